// `fourth-level run` prints the terms of the planning law a plan applies, with their articles, in every
// format: the costs left out of the forecast base (BC2025 Art. 80 p.4 part 2), the revenue over the plan
// (Art. 76 p.4 part 2) and the minimum-funding shortfall counted in the next period (Art. 79 p.3 part 4),
// and the planning law's settings used. The scenario is examples/druzhba-2026-law-terms.json: Druzhba's
// published 2026 figures (decision of the Kamysty district maslikhat: tax 912, non-tax 18, transfers
// 27 919, expenditures 28 849 thousand KZT) with ILLUSTRATIVE terms — 1 000 of the costs are targeted
// transfers, 100 of the tax was collected over the plan, culture was financed 0 of a minimum of 300 in
// 2025 — planned flat (0 % growth) for 2027–2028 by a plan made in 2026.
//
// By hand: costs 28 849 − 1 000 = 27 849; own revenues (912 − 100) + 18 = 830; the formula's subvention
// 27 849 − 830 = 27 019; the shortfall 300 − 0 = 300, spread evenly over the formula years of the period
// (2027 and 2028): 150 a year; subvention 27 019 − 150 = 26 869; balance 830 + 26 869 − 27 849 = −150.
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runCli } from "./support.js";

const FILE = join(import.meta.dirname, "..", "examples", "druzhba-2026-law-terms.json");
const BUNDLED = join(import.meta.dirname, "..", "examples", "kz-2026-published.json");
const ED = "(ed. 2026-01-16)";
const BC2025 = "Budget Code of 15 Mar 2025 No 171-VIII";
const ART_80 = `${BC2025}, Art. 80 p.4 part 2 ${ED}`;
const ART_76 = `${BC2025}, Art. 76 p.4 part 2 ${ED}`;
const ART_79 = `${BC2025}, Art. 79 p.3 part 4 ${ED}`;

const TERM_LINES = [
  `planning law: plan made in 2026, bc2025 (three-year cycles from 2026, volumes set for 3 years); general transfer own revenues − costs (${BC2025}, Art. 79 p.1, with Art. 80 p.2-6 ${ED})`,
  `costs left out of the forecast base, Дружбинская с.а. (394845000): targeted_transfers 1000 thousand KZT of the base year's costs (${ART_80})`,
  `revenue over the plan, Дружбинская с.а. (394845000): tax_revenue 100 thousand KZT of the base year, stays with the unit; left out of the forecast base (overPlanRevenue.inForecastBase: false) (${ART_76})`,
  `minimum-funding shortfalls, Дружбинская с.а. (394845000): 2025 culture minimum 300 − financed 0 = 300 thousand KZT; counted in the net transfer (minimumFunding.spread: evenly): 2027 −150, 2028 −150 (${ART_79})`,
];
const gapLine = (year: number) =>
  `financing gap: Дружбинская с.а. (394845000) ${year}: own revenues + transfer (formula) − costs = -150 thousand KZT; the transfer is lowered by the minimum-funding shortfall counted, 150 thousand KZT (${ART_79})`;

describe("run shows the planning-law terms with their articles", () => {
  it("text: the financing gaps name the shortfall; the Assumptions give each term and setting", async () => {
    const { code, out } = await runCli(["run", FILE]);
    expect(code).toBe(0);
    expect(out).toContain(`  ${gapLine(2027)}\n  ${gapLine(2028)}\n`);
    expect(out).toContain(TERM_LINES.map((l) => `   ${l}`).join("\n"));
  });

  it("md: the same lines, as list items", async () => {
    const { out } = await runCli(["run", FILE, "--format", "md"]);
    expect(out).toContain(`- ${gapLine(2027)}`);
    expect(out).toContain(TERM_LINES.map((l) => `- ${l}`).join("\n"));
  });

  it("json: the summary's financing gaps, the assumptions' planning law and terms, the table's rows", async () => {
    const { out } = await runCli(["run", FILE, "--json"]);
    const [r] = JSON.parse(out);
    expect(r.summary.financingGaps).toEqual(
      [2027, 2028].map((year) => ({
        unitCode: "394845000",
        unit: "Дружбинская с.а.",
        year,
        source: "formula",
        balance: "-150",
        minimumFundingShortfall: "150",
        citation: ART_79,
      })),
    );
    expect(r.summary.shortfalls).toBeUndefined();
    expect(r.assumptions.planningLaw).toMatchObject({
      madeIn: 2026,
      id: "bc2025",
      regime: "three_year",
      period: 3,
      cycleStart: 2026,
      costExclusions: ART_80,
      minimumFunding: { spread: "evenly", citation: ART_79 },
      overPlanRevenue: { inForecastBase: false, citation: ART_76 },
    });
    expect(r.assumptions.planningTerms).toEqual([
      {
        code: "394845000",
        name: "Дружбинская с.а.",
        excludedCosts: {
          thousandKzt: { targeted_transfers: "1000" },
          totalThousandKzt: "1000",
          citation: ART_80,
        },
        overPlan: {
          thousandKzt: { tax_revenue: "100" },
          totalThousandKzt: "100",
          citation: ART_76,
          inForecastBase: false,
        },
        minimumFunding: {
          spread: "evenly",
          citation: ART_79,
          directions: [{ year: 2025, direction: "culture", minimum: "300", financed: "0", shortfall: "300" }],
          counted: [
            { year: 2027, thousandKzt: "150" },
            { year: 2028, thousandKzt: "150" },
          ],
        },
      },
    ]);
    const unitRows = r.tables.rows.filter((row: { unitCode: string | null }) => row.unitCode !== null);
    expect(
      unitRows.map((row: Record<string, unknown>) => [
        row.year,
        row.excludedCosts,
        row.overPlan,
        row.shortfall,
      ]),
    ).toEqual([
      [2026, "1000", "100", null],
      [2027, null, null, "150"],
      [2028, null, null, "150"],
    ]);
  });

  it("csv: the base year's row carries the excluded costs and over-plan revenue, a planned year's the shortfall", async () => {
    const { out } = await runCli(["run", FILE, "--format", "csv"]);
    const rows = (parse(out, { columns: true }) as Record<string, string>[]).filter(
      (r) => r.unit_code !== "",
    );
    expect(
      rows.map((r) => [
        r.year,
        r.subvention,
        r.balance,
        r.excluded_costs,
        r.over_plan,
        r.minimum_funding_shortfall,
        r.terms_citation,
      ]),
    ).toEqual([
      ["2026", "27919", "0", "1000", "100", "", `${ART_80}; ${ART_76}`],
      ["2027", "26869", "-150", "", "", "150", ART_79],
      ["2028", "26869", "-150", "", "", "150", ART_79],
    ]);
  });

  it("the overview of a scenario (table and md) has the same Assumptions, before the plan", async () => {
    const table = (await runCli(["run", FILE, "--overview"])).out;
    expect(table).toContain(TERM_LINES.map((l) => `   ${l}`).join("\n"));
    expect(table.indexOf("== Assumptions")).toBeLessThan(table.indexOf("== Plan 2026-2028"));
    const md = (await runCli(["run", FILE, "--overview", "--format", "md"])).out;
    expect(md).toContain(TERM_LINES.map((l) => `- ${l}`).join("\n"));
  });

  it("adds no term to a scenario without them: one planning-law line, empty columns", async () => {
    const text = await runCli(["run", BUNDLED]);
    for (const word of ["costs left out", "revenue over the plan", "minimum-funding"]) {
      expect(text.out).not.toContain(word);
    }
    expect(text.out).toContain("   planning law: plan made in 2026, bc2025 (three-year cycles from 2026");
    const csv = parse((await runCli(["run", BUNDLED, "--format", "csv"])).out, { columns: true }) as Record<
      string,
      string
    >[];
    const terms = csv.flatMap((r) => [
      r.excluded_costs,
      r.over_plan,
      r.minimum_funding_shortfall,
      r.terms_citation,
    ]);
    expect(new Set(terms)).toEqual(new Set([""]));
    const [json] = JSON.parse((await runCli(["run", BUNDLED, "--json"])).out);
    expect(json.assumptions.planningTerms).toEqual([]);
  });
});
