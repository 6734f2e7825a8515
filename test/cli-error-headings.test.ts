import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support.js";

/** What a command prints on standard error, its exit code checked to be 2 (bad input). */
async function errorOf(args: readonly string[]): Promise<string> {
  const { code, err } = await runCli(args);
  expect(code).toBe(2);
  return err;
}

describe("a command's input problems are headed by the command and named by its options", () => {
  it("units --district with a unit's code", async () => {
    const err = await errorOf(["units", "--district", "104049000"]);
    expect(err).toContain(
      "error: units: 1 problem\n  --district [UNKNOWN_KATO]: 104049000 (Зубаировский с.о.)",
    );
    expect(err).not.toContain("unitsOfDistrict");
  });

  it("find with a blank text", async () => {
    expect(await errorOf(["find", " "])).toBe(
      "error: find: 1 problem\n  TEXT: is blank: give a name or part of one\n",
    );
  });

  it("tax land with an adjustment outside ±50 % (TC2025 Art. 582 p.1)", async () => {
    const err = await errorOf([
      "tax",
      "land",
      "--year",
      "2026",
      "--area-m2",
      "100",
      "--category",
      "village",
      "--adjustment-percent",
      "90",
    ]);
    expect(err).toContain("error: tax land: 1 problem\n  --adjustment-percent: ");
    expect(err).not.toContain("landTax");
  });

  it("tax property: a coefficient given for two objects is one problem, at its option", async () => {
    const args = ["tax", "property", "--year", "2026", "--value", "1000", "--value", "2000"];
    const err = await errorOf([...args, "--luxury-coefficient", "9"]);
    expect(err).toBe(
      "error: tax property: 1 problem\n  --luxury-coefficient: luxury coefficient 9 is outside 1 to 1.5 (the range the maslikhat may set)\n",
    );
  });

  it("workers generate: every problem at its option", async () => {
    const args = [
      "workers",
      "generate",
      "--district",
      "104000000",
      "--average-wage",
      "0",
      "--commuter-share",
      "2",
    ];
    expect(await errorOf(args)).toBe(
      "error: workers generate: 2 problems\n  --average-wage [INVALID_AMOUNT]: must be more than 0, got 0.00 KZT\n  --commuter-share: 2 must be at least 0 and at most 1\n",
    );
  });

  it("explain with a line that is none", async () => {
    const err = await errorOf(["explain", "104049000", "--year", "2026", "--line", "taxes"]);
    expect(err).toContain('error: explain: 1 problem\n  --line: "taxes" is not a line that can be explained');
  });
});

describe("check on a JSON file that holds one decision object, not an array", () => {
  const folder = mkdtempSync(join(tmpdir(), "check-json-"));
  const file = (name: string, data: unknown) => {
    const path = join(folder, name);
    writeFileSync(path, JSON.stringify(data));
    return path;
  };

  it("its problems are at its own fields, and the heading says what the file may hold", async () => {
    const path = file("one.json", { id: 5 });
    const err = await errorOf(["check", path]);
    expect(err).toContain(
      `${path} (a JSON file holds an array of decisions, as published-budgets.json, or one decision object): 9 problems\n  id: must be text, not 5\n  unit: is missing: it must be text`,
    );
    expect(err).not.toContain("[0]");
  });

  it("a JSON string is neither", async () => {
    const path = file("text.json", "x");
    expect(await errorOf(["check", path])).toContain(
      '1 problem\n  (root): must be a decision { id, unit, unitRu, unitType, district, region, source, years, lines }, not "x"',
    );
  });

  it("one valid decision object is read (Akzhona 2024, as published in published-budgets.json)", async () => {
    const akzhona = {
      id: "kz-kyzylorda-kazaly-akzhona-2024-amend",
      unit: "Akzhona rural district",
      unitRu: "сельский округ Акжона",
      unitType: "rural_district",
      district: "Kazaly district",
      region: "Kyzylorda region",
      source: "https://adilet.zan.kz/rus/docs/G24LD00232M",
      years: [2024],
      lines: [
        { key: "revenue_total", amounts: { "2024": 65315 } },
        { key: "expenditures", amounts: { "2024": 66957.4 } },
        { key: "deficit", amounts: { "2024": -1642.4 } },
      ],
    };
    const { code, out } = await runCli(["check", "--json", file("akzhona.json", akzhona)]);
    expect(code).toBe(0);
    const decisions = JSON.parse(out) as { figures: Record<string, string> }[];
    expect(decisions.map((d) => d.figures)).toEqual([
      { revenue_total: "65315", expenditures: "66957.4", deficit: "-1642.4" },
    ]);
  });
});
