import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { inputPath } from "../src/cli/commands/options.js";

const ROOT = resolve(import.meta.dirname, "..");

describe("file arguments name the files the package ships", () => {
  it("a file that exists is taken as given", () => {
    expect(inputPath("examples/kz-2026-published.json")).toBe("examples/kz-2026-published.json");
  });
  it("fourth-level-budget/examples/… and …/data/… are the package's own files wherever the command runs", () => {
    const path = inputPath("fourth-level-budget/data/decisions/kz-abai-borodulikha-belagach-2026.txt");
    expect(isAbsolute(path)).toBe(true);
    expect(path).toBe(join(ROOT, "data/decisions/kz-abai-borodulikha-belagach-2026.txt"));
    expect(existsSync(path)).toBe(true);
  });
  it("a name the package does not ship is returned as given, so reading it reports it missing", () => {
    expect(inputPath("examples/no-such-scenario.json")).toBe("examples/no-such-scenario.json");
    expect(inputPath("fourth-level-budget/src/index.ts")).toBe("fourth-level-budget/src/index.ts");
    expect(inputPath("receipts.csv")).toBe("receipts.csv");
  });
});
