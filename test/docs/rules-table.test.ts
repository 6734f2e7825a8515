import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { rulesTable } from "../../scripts/rules-table.js";

const ROOT = resolve(import.meta.dirname, "../..");
const committed = readFileSync(join(ROOT, "docs", "rules.md"), "utf8");
const generated = rulesTable(ROOT);

describe("docs/rules.md, the table of every rule of the law", () => {
  it("is what scripts/rules-table.ts writes from the law values and the tests (else run npm run docs:rules)", () => {
    const [was, now] = [committed.split("\n"), generated.split("\n")];
    const at = was.findIndex((line, i) => line !== now[i]);
    const line = at < 0 && was.length !== now.length ? Math.min(was.length, now.length) : at;
    const first = line < 0 ? undefined : { line: line + 1, committed: was[line], generated: now[line] };
    expect(first, "docs/rules.md is stale: run npm run docs:rules").toBeUndefined();
  });

  it("names at least one test for every rule", () => {
    const untested = generated.split("\n").filter((l) => l.endsWith("| — |"));
    expect(untested).toEqual([]);
  });
});
