import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support.js";

const ROOT = resolve(import.meta.dirname, "..");

/** A fresh folder holding a file `afile` and a folder `ex`. */
function place(): { dir: string; file: string; folder: string } {
  const dir = mkdtempSync(join(tmpdir(), "fourth-level-output-"));
  const file = join(dir, "afile");
  writeFileSync(file, "not a folder\n");
  const folder = join(dir, "ex");
  mkdirSync(folder);
  return { dir, file, folder };
}

describe("an output path of the wrong kind is refused with its option, exit 2, no stack trace", () => {
  it("run --format xlsx --output FOLDER", async () => {
    const { folder } = place();
    const { code, err } = await runCli(["run", "--format", "xlsx", "--output", folder]);
    expect(code).toBe(2);
    expect(err).toBe(
      `error: --output ${folder}: cannot write the file: it is a folder; give a file's path in it\n`,
    );
  });
  it("run --format xlsx --output in a folder that does not exist", async () => {
    const { dir } = place();
    const file = join(dir, "nonexistent-dir", "x.xlsx");
    const { code, err } = await runCli(["run", "--format", "xlsx", "--output", file]);
    expect(code).toBe(2);
    expect(err).toBe(
      `error: --output ${file}: cannot write the file: the folder ${join(dir, "nonexistent-dir")} does not exist\n`,
    );
  });
  it("run --format datapackage --output FILE, and a folder below a file", async () => {
    const { file } = place();
    const first = await runCli(["run", "--format", "datapackage", "--output", file]);
    expect(first.code).toBe(2);
    expect(first.err).toBe(
      `error: --output ${file}: cannot make the folder: it is a file, not a folder; give a folder's path\n`,
    );
    const below = join(file, "sub", "pack");
    const second = await runCli(["run", "--format", "datapackage", "--output", below]);
    expect(second.code).toBe(2);
    expect(second.err).toBe(
      `error: --output ${below}: cannot make the folder: ${file} is a file, not a folder; give a folder's path\n`,
    );
  });
  it("run --format datapackage --output makes the missing folders, several levels deep", async () => {
    const { dir } = place();
    const pack = join(dir, "a", "b", "pack");
    const { code } = await runCli(["run", "--format", "datapackage", "--output", pack]);
    expect(code).toBe(0);
    expect(readdirSync(pack)).toContain("datapackage.json");
  });
  it("run --chart FILE and compare --chart FILE say the same", async () => {
    const { file } = place();
    const expected = `error: --chart ${file}: cannot make the folder: it is a file, not a folder; give a folder's path\n`;
    const run = await runCli(["run", "--format", "csv", "--chart", file]);
    expect([run.code, run.err]).toEqual([2, expected]);
    const compare = await runCli(["compare", join(ROOT, "examples/reform-tax-swap.json"), "--chart", file]);
    expect(compare.code).toBe(2);
    expect(compare.err).toBe(expected);
  });
  it("sql --owners FOLDER", async () => {
    const { folder } = place();
    const { code, err } = await runCli(["sql", "--year", "2026", "--owners", folder]);
    expect(code).toBe(2);
    expect(err).toBe(
      `error: --owners ${folder}: cannot write the file: it is a folder; give a file's path in it\n`,
    );
  });
});

describe("a folder under /proc is refused at once (Node's recursive mkdir loops forever there)", () => {
  it("makeOutputFolder('/proc/nope/charts') ends within the child's time limit with the folder it could not make", () => {
    const script = [
      `const { makeOutputFolder } = await import(${JSON.stringify(join(ROOT, "src/cli/commands/write-output.ts"))});`,
      `try { makeOutputFolder("--chart", "/proc/nope/charts"); console.log("made"); }`,
      "catch (e) { console.log(e.code, e.message); }",
    ].join("\n");
    const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(child.signal).toBe(null); // not killed by the time limit
    expect(child.stdout).toBe(
      "INVALID_INPUT --chart /proc/nope/charts: cannot make the folder /proc/nope (ENOENT: no such file or directory)\n",
    );
  });
});
