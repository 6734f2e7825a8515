import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/program.js";
import { argumentsIn, guideCommands } from "./commands.js";

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

describe("every `npx fourth-level` command of docs/*.md and the README runs from a clone with the exit code it documents", () => {
  it("finds the commands", () => {
    expect(commands.length).toBeGreaterThan(20);
  });
  for (const command of commands) {
    it(`${command.where}: ${command.line}`, async () => {
      const code = await main(argumentsIn(ROOT, command.words));
      expect({ code, err: code === command.exitCode ? "" : err }).toEqual({
        code: command.exitCode,
        err: "",
      });
    });
  }
});
