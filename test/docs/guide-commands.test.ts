import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/program.js";
import { argumentsIn, type GuideCommand, guideCommands, namesBundledFiles } from "./commands.js";

const ROOT = resolve(import.meta.dirname, "../..");
const commands = guideCommands(ROOT);

let err = "";
beforeEach(() => {
  err = "";
  process.exitCode = undefined;
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/** Runs a command as bash would in `cwd`: its exit code, and standard error when the code is not the documented one. */
async function run(command: GuideCommand, cwd: string) {
  const code = await main(argumentsIn(cwd, command.words, ROOT));
  return { code, err: code === command.exitCode ? "" : err };
}

describe("every `npx fourth-level` command of docs/*.md and the README runs from a clone with the exit code it documents", () => {
  it("finds the commands", () => {
    expect(commands.length).toBeGreaterThan(20);
  });
  for (const command of commands) {
    it(`${command.where}: ${command.line}`, async () => {
      expect(await run(command, ROOT)).toEqual({ code: command.exitCode, err: "" });
      // the reform example runs on 11,482 generated workers' receipts: a comparison of both views takes
      // tens of seconds on a busy machine
    }, 180_000);
  }
});

// As a user of the installed package types them, in a folder of their own: `examples/…` and `data/…` are
// not there, a glob over them matches nothing and reaches the command as written.
describe("every command that names the package's files runs as written from a folder without them", () => {
  let folder = "";
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "guide-commands-"));
    process.chdir(folder);
  });
  afterAll(() => {
    process.chdir(ROOT);
    rmSync(folder, { recursive: true, force: true });
  });
  const naming = commands.filter(namesBundledFiles);
  it("finds them", () => {
    expect(naming.length).toBeGreaterThan(20);
  });
  for (const command of naming) {
    it(`${command.where}: ${command.line}`, async () => {
      expect(await run(command, folder)).toEqual({ code: command.exitCode, err: "" });
    }, 180_000);
  }
});
