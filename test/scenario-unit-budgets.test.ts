import { describe, expect, it } from "vitest";
import { resolveScenario } from "../src/scenario/load.js";
import type { ReadScenarioFile } from "../src/scenario/types.js";
import { BEL_AGACH_DISTRICTS } from "./fixtures/bel-agach-2026.js";
import { inputIssuesOf } from "./support.js";

/** A reader that gives `text` for the unit budgets file `budgets.csv`. */
const reader =
  (text: string): ReadScenarioFile =>
  (name) => ({ path: name, text });

// Borodulikha district (104000000): Бель-Агачский с.о. in the file's districts, Новодворовский and
// Зубаировский с.о. from the CSV; Дружба (394845000, Kamysty district) from the CSV alone.
const scenario = (csv: string) =>
  resolveScenario(
    {
      name: "units from a CSV",
      year: 2026,
      districts: BEL_AGACH_DISTRICTS,
      unitBudgets: { file: "budgets.csv", note: "figures typed for the test" },
    },
    { readFile: reader(csv) },
  );

describe("a scenario's unit budgets file", () => {
  it("joins each unit to its district, the file's districts first", () => {
    const read = scenario(
      "# a note on the figures\nkato,tax_revenue,expenditures,source\n104057000,1000.5,20000,\n394845000,930,28849,decision of 2025\n104049000,800,15000,\n",
    );
    expect(read.districts.map((d) => [d.kato, d.units.map((u) => u.kato)])).toEqual([
      ["104000000", ["104035000", "104057000", "104049000"]],
      ["394800000", ["394845000"]],
    ]);
    const novodvorovka = read.districts[0]?.units[1];
    expect(novodvorovka?.figures.tax_revenue?.toThousandKzt()).toBe("1000.5");
    expect(novodvorovka?.figures.non_tax_revenue).toBeUndefined();
    expect(novodvorovka?.source).toBe("budgets.csv");
    expect(read.districts[1]?.units[0]?.source).toBe("decision of 2025");
  });

  it("reports every problem at once, at its line and column", () => {
    const paths = (csv: string) => inputIssuesOf(() => scenario(csv)).map((i) => i.path);
    expect(paths("tax_revenue\n1\n")).toEqual([["unitBudgets", "file", "column kato"]]);
    expect(
      paths(
        "kato,tax_revenue,expenditures,bogus\n104035000,1,2,\n104057000,1x,2,x\n104000000,1,2,\n104049000,1\n394845000,1,2,\n394845000,1,2,\n",
      ),
    ).toEqual([
      ["unitBudgets", "file", "column bogus"],
      ["unitBudgets", "file", "line 2", "kato"],
      ["unitBudgets", "file", "line 3", "tax_revenue"],
      ["unitBudgets", "file", "line 4", "kato"],
      ["unitBudgets", "file", "line 5"],
      ["unitBudgets", "file", "line 7", "kato"],
    ]);
  });
});
