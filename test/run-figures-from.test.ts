// Where the Assumptions say a unit's figures come from: inline in the scenario file (at the figures'
// path), a decision text, a unit budgets file (its line). Druzhba's 2026 figures are the published ones of
// data/decisions/kz-kostanay-kamysty-druzhba-2026.txt (tax 912, non-tax 18, expenditures 28 849 thousand KZT).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assumptionLines } from "../src/report/assumptions.js";
import { resolveScenario } from "../src/scenario/load.js";
import { scenarioFileReader } from "../src/scenario/load-file.js";
import { runScenario } from "../src/scenario/run.js";

const EXAMPLES = join(__dirname, "..", "examples");
const example = () => JSON.parse(readFileSync(join(EXAMPLES, "druzhba-2026-law-terms.json"), "utf8"));
const FIGURES = { tax_revenue: "912", non_tax_revenue: "18", expenditures: "28849" };

/** The example with Druzhba's figures given inline instead of its decision text, and `source` when given. */
function inline(source?: string) {
  const file = example();
  const { decisionFile: _, ...unit } = file.districts[0].units[0];
  const given = { ...unit, figures: FIGURES, ...(source === undefined ? {} : { source }) };
  return { ...file, districts: [{ ...file.districts[0], units: [given] }] };
}

const figuresLine = (file: unknown, readFile = scenarioFileReader(EXAMPLES)) =>
  assumptionLines(runScenario(resolveScenario(file, { readFile })).assumptions).filter((l) =>
    l.startsWith("figures of "),
  );

describe("the Assumptions name where each unit's figures come from", () => {
  it("figures given inline: the place in the scenario file, with the source when one is named", () => {
    expect(figuresLine(inline())).toEqual([
      "figures of Дружбинская с.а. (394845000): given inline in the scenario file at districts.0.units.0.figures",
    ]);
    expect(figuresLine(inline("decision of 2025-12-25 No 414"))).toEqual([
      "figures of Дружбинская с.а. (394845000): decision of 2025-12-25 No 414; given inline in the scenario file at districts.0.units.0.figures",
    ]);
  });

  it("figures read from a decision text: its address and the file", () => {
    expect(figuresLine(example())).toEqual([
      "figures of Дружбинская с.а. (394845000): http://insecure.zan.kz/rus/docs/G25NK00414M/compare/kaz; read from the decision text ../data/decisions/kz-kostanay-kamysty-druzhba-2026.txt (the scenario file's districts.0.units.0.decisionFile)",
    ]);
  });

  it("figures of a unit budgets file: the file and the line", () => {
    // Zubair's published 2026 figures (data/decisions/kz-abai-borodulikha-zubair-2026.txt): tax 13 128,
    // expenditures 31 904 thousand KZT, on line 2 of the file (its header is line 1)
    const file = { ...inline(), unitBudgets: { file: "budgets.csv" } };
    const csv = "kato,tax_revenue,expenditures\n104049000,13128,31904\n";
    expect(figuresLine(file, (name) => ({ path: name, text: csv }))).toEqual([
      "figures of Дружбинская с.а. (394845000): given inline in the scenario file at districts.0.units.0.figures",
      "figures of Зубаировский с.о. (104049000): read from the unit budgets file budgets.csv, line 2 (the scenario file's unitBudgets.file)",
    ]);
  });
});
