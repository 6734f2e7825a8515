import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support.js";

const TEXTS = resolve(import.meta.dirname, "..", "data", "decisions");

describe("fourth-level check on a folder", () => {
  it("reads every .txt decision text in it, by name", async () => {
    const texts = readdirSync(TEXTS).filter((f) => f.endsWith(".txt"));
    const { code, out } = await runCli(["check", "--json", TEXTS]);
    expect(code).toBe(0);
    const files = (JSON.parse(out) as { file: string }[]).map((d) => d.file);
    expect(new Set(files)).toEqual(new Set(texts.sort().map((f) => join(TEXTS, f))));
  });

  it("a folder without decision texts is named on standard error, exit code 2, the other files still read", async () => {
    const empty = mkdtempSync(join(tmpdir(), "check-folder-"));
    const text = join(TEXTS, "kz-wko-taskala-aggregate-2025-v1.txt");
    const { code, out, err } = await runCli(["check", empty, text]);
    expect(code).toBe(2);
    expect(out).toContain("1 decision(s) checked");
    expect(err).toContain(`${empty}: the folder holds no decision text (.txt)`);
  });

  it("a glob the shell passed as written (it matched nothing) says to give the folder", async () => {
    const { code, err } = await runCli(["check", "no-such-folder/*.txt"]);
    expect(code).toBe(2);
    expect(err).toContain(
      "no-such-folder/*.txt: no file matches this pattern here; to check every decision text of a folder, give the folder",
    );
  });
});
