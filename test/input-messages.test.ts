import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseJsonText } from "../src/input/json.js";
import { resolveScenario } from "../src/scenario/load.js";
import { errorOf, inputIssuesOf, runCli } from "./support.js";

describe("a JSON syntax error names its line and column and what was expected", () => {
  it("a text cut short: the end of the text, counted by hand", () => {
    // line 3 is ` "districts": [` — 15 characters, so the text ends before column 16
    const text = '{"name": "x",\n "year": 2026,\n "districts": [';
    expect(errorOf(() => parseJsonText(text, "scenario cut.json")).message).toBe(
      "scenario cut.json is not valid JSON: line 3, column 16: the text ends before the JSON does: an object {, an array [ or a string is not closed (is the file cut short?)",
    );
  });

  it('a missing comma: line 2, column 15 is the `"` after `2026 `', () => {
    const text = '{"name": "x",\n "year": 2026 "districts": []}';
    expect(errorOf(() => parseJsonText(text, "scenario comma.json")).message).toBe(
      "scenario comma.json is not valid JSON: line 2, column 15: Expected ',' or '}' after property value",
    );
  });

  it("the CLI says the same for a file, exit 2", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "fourth-level-json-")), "cut.json");
    writeFileSync(file, '{"name": "x",\n "year": 2026,\n "districts": [');
    const { code, err } = await runCli(["run", file]);
    expect(code).toBe(2);
    expect(err).toContain(
      `scenario ${file} is not valid JSON: line 3, column 16: the text ends before the JSON does`,
    );
  });
});

describe("a value of the wrong kind or a missing field says what to give", () => {
  const scenario = {
    name: "x",
    year: "2026",
    districts: [
      { kato: "104000000", units: [{ kato: "104035000", figures: { tax_revenue: "1", expenditures: "2" } }] },
    ],
    reforms: [
      {
        id: "wp",
        title: "t",
        effectiveFrom: "2026-01-01",
        label: { kind: "proposal", author: "a", text: "b" },
      },
    ],
  };

  it("year as a string, a reform without changes", () => {
    expect(inputIssuesOf(() => resolveScenario(scenario)).map((i) => [i.path, i.message])).toEqual([
      [["year"], 'give the budget year as a whole number such as 2026, not "2026"'],
      [["reforms", 0, "changes"], "missing: give an array [ … ]"],
    ]);
  });

  it("year missing", () => {
    const { year: _, ...noYear } = scenario;
    expect(inputIssuesOf(() => resolveScenario(noYear)).map((i) => [i.path, i.message])[0]).toEqual([
      ["year"],
      "missing: give the budget year, a whole number such as 2026",
    ]);
  });
});

describe('require("fourth-level-budget/charts")', () => {
  it("throws a clear error: the entry is ESM only, and how to load it", () => {
    const require = createRequire(import.meta.url);
    const error = (() => {
      try {
        require("fourth-level-budget/charts");
      } catch (e) {
        return e as NodeJS.ErrnoException;
      }
      return undefined;
    })();
    expect(error?.code).toBe("ERR_REQUIRE_ESM");
    expect(error?.message).toContain("fourth-level-budget/charts is an ECMAScript module only");
    expect(error?.message).toContain('await import("fourth-level-budget/charts")');
  });
});
