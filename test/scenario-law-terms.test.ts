// The planning-law terms of BC2025 in a scenario file: the costs the forecast leaves out (Art. 80 p.4
// part 2), revenue over the plan (Art. 76 p.4 part 2) and minimum funding shortfalls (Art. 79 p.3 part 4),
// each at its place in the file. Druzhba's 2026 figures are published (tax 912, non-tax 18, expenditures
// 28 849 thousand KZT); the excluded costs, the over-plan part and the shortfall are illustrative
// (examples/druzhba-2026-law-terms.json).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explain } from "../src/report/explain/explain.js";
import { resolveScenario } from "../src/scenario/load.js";
import { scenarioFileReader } from "../src/scenario/load-file.js";
import { runScenario } from "../src/scenario/run.js";
import { inputIssuesOf } from "./support.js";

const EXAMPLES = join(__dirname, "..", "examples");
const IN_EXAMPLES = { readFile: scenarioFileReader(EXAMPLES) };

/**
 * The bundled example of the terms (examples/druzhba-2026-law-terms.json: a plan made in 2026 for
 * 2027–2028, flat): 1,000 of the expenditures are targeted transfers; 100 of the tax collected over the
 * plan; culture 300 short in 2025. With `plan`, the unit's plan replaced.
 */
function druzhba(plan?: Record<string, unknown>) {
  const file = JSON.parse(readFileSync(join(EXAMPLES, "druzhba-2026-law-terms.json"), "utf8"));
  if (plan === undefined) return file;
  const unit = file.districts[0].units[0];
  return { ...file, districts: [{ ...file.districts[0], units: [{ ...unit, plan }] }] };
}

describe("the planning-law terms in a scenario file", () => {
  it("excluded costs, over-plan revenue and a shortfall change the formula's subvention", () => {
    const result = runScenario(resolveScenario(druzhba(), IN_EXAMPLES));
    const years = result.plan?.districts[0]?.plan.units[0]?.years ?? [];
    // costs 28,849 − 1,000 = 27,849; own 912 − 100 + 18 = 830; formula 27,019; shortfall 300 over 2027 and
    // 2028: 150 a year → subvention 26,869
    expect(years.map((y) => y.costs.toThousandKzt())).toEqual(["27849", "27849"]);
    expect(years.map((y) => y.ownRevenues.total.toThousandKzt())).toEqual(["830", "830"]);
    expect(years.map((y) => `${y.transfer.kind} ${y.transfer.amount.toThousandKzt()}`)).toEqual([
      "subvention 26869",
      "subvention 26869",
    ]);
  });

  it("explain shows each term in the formula, with its article", () => {
    const scenario = resolveScenario(druzhba(), IN_EXAMPLES);
    const result = runScenario(scenario);
    const e = explain(scenario, { unit: "394845000", year: 2027, line: "subvention" }, result);
    expect(e.formula).toBe("27849 − 830 = 27019; − shortfall 150 → subvention 26869");
    const [costs, own, shortfall] = e.children;
    expect(costs?.formula).toBe("(28849 − 1000 excluded) × (1 + 0) = 27849");
    expect(costs?.sources.map((s) => s.citation).join("\n")).toContain("Art. 80 p.4 part 2");
    const tax = own?.children.find((c) => c.figure === "tax_revenue");
    expect(tax?.formula).toBe("(912 − 100 over the plan) × (1 + 0) = 812");
    expect(tax?.sources.map((s) => s.citation).join("\n")).toContain("Art. 76 p.4 part 2");
    // culture: 300 − 0 = 300 short in 2025, counted in equal parts in the formula years 2027 and 2028
    expect(shortfall?.value).toBe("150");
    expect(shortfall?.formula).toBe("shortfall 300 ÷ 2 formula years of the period (2027, 2028) → 150");
    expect(shortfall?.sources.map((s) => s.citation)).toEqual([
      "the scenario file, districts.0.units.0.plan.minimumFunding",
      expect.stringContaining("Art. 79 p.3 part 4"),
    ]);
    expect(shortfall?.children.map((c) => [c.label, c.formula, c.sources[0]?.path?.join(".")])).toEqual([
      ["minimum funding of culture, 2025", "300 − 0 = 300", "districts.0.units.0.plan.minimumFunding.0"],
    ]);
  });

  it("explain shows each shortfall given and the part of their sum a year counts, to the tiyn", () => {
    const minimumFunding = [
      { year: 2025, direction: "culture", minimum: "500", financed: "200" },
      { year: 2025, direction: "sport", minimum: "100", financed: "150" },
      { year: 2024, direction: "culture", minimum: "0.00001", financed: "0" },
    ];
    const scenario = resolveScenario(druzhba({ minimumFunding }), IN_EXAMPLES);
    const result = runScenario(scenario);
    const at = (year: number) =>
      explain(scenario, { unit: "394845000", year, line: "subvention" }, result).children[2];
    // 500 − 200 = 300; sport financed above its minimum: 0; 0.00001 thousand KZT = 1 tiyn. Σ 300.00001
    // = 30,000,001 tiyn in two equal parts to the tiyn, the remainder to 2027: 150.00001 and 150
    const e2027 = at(2027);
    expect(e2027?.formula).toBe(
      "Σ shortfalls 300 + 0 + 0.00001 = 300.00001 ÷ 2 formula years of the period (2027, 2028) → 150.00001",
    );
    expect(at(2028)?.value).toBe("150");
    expect(e2027?.children.map((c) => [c.label, c.formula, c.sources[0]?.path?.join(".")])).toEqual([
      ["minimum funding of culture, 2025", "500 − 200 = 300", "districts.0.units.0.plan.minimumFunding.0"],
      [
        "minimum funding of sport, 2025",
        "100 − 150 = -50 → 0 (financed above the minimum)",
        "districts.0.units.0.plan.minimumFunding.1",
      ],
      [
        "minimum funding of culture, 2024",
        "0.00001 − 0 = 0.00001",
        "districts.0.units.0.plan.minimumFunding.2",
      ],
    ]);
  });

  it("reports their problems in the unit's plan", () => {
    const issues = inputIssuesOf(() =>
      resolveScenario(
        druzhba({
          excludedCosts: { wages: "1" },
          minimumFunding: [{ year: 2026, direction: "culture", minimum: "300", financed: "0" }],
        }),
        IN_EXAMPLES,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["districts", 0, "units", 0, "plan", "excludedCosts", "wages"],
      ["districts", 0, "units", 0, "plan", "minimumFunding", 0, "year"],
    ]);
  });
});
