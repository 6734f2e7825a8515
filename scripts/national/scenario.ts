import { stringify } from "csv-stringify/sync";
import type { Money } from "../../src/index.js";
import type { NationalBudget } from "./budgets.js";
import { FIXED_COST_PER_MILLE, OWN_REVENUE_SIGMA } from "./calibration.js";
import { PUBLISHED_2025 } from "./published-2025.js";

/*
 * The national scenario of a seed: a scenario file naming the units with a published 2025 decision by
 * their decision texts, and a unit budgets CSV with the generated budgets of all the others, both
 * labelled as generated where they are.
 */

/** The lines of the unit budgets file, thousand KZT. */
const LINES = [
  "revenue_total",
  "tax_revenue",
  "non_tax_revenue",
  "capital_sales",
  "transfers",
  "expenditures",
] as const;

/** What the generated figures are, line by line: the CSV's preamble, and the scenario's notes joined. */
export function generatedNoteLines(seed: number): string[] {
  return [
    `GENERATED synthetic budgets (seed ${seed}), NOT published data.`,
    "Calibrated to published national aggregates of 2025: fourth-level budgets over 442 bn KZT, one third own revenues,",
    "an average of about 190 mn KZT (President K.-Zh. Tokayev, 12 Mar 2026; kazpravda.kz, trend.az: data/aggregates).",
    "Own revenues by population (KATO bulletin of 1 Jan 2023) times a seeded lognormal factor",
    `(sigma ${OWN_REVENUE_SIGMA}), split 95.5 % tax, 1.5 % non-tax, 3.0 % capital sales as in the project's 45 published budgets;`,
    `transfers fill the gap to a cost need ${Number(FIXED_COST_PER_MILLE) / 10} % fixed per unit and the rest per resident;`,
    "expenditures equal revenues. Spread, cost need and balance are ASSUMPTIONS (scripts/national/calibration.ts).",
  ];
}

const generatedNote = (seed: number) => generatedNoteLines(seed).join(" ");

const thousand = (m: Money | undefined) => (m === undefined ? "" : m.toThousandKzt());

/** The unit budgets CSV of the generated units: a preamble saying what it is, the header, one row a unit. */
export function unitBudgetsCsv(budgets: readonly NationalBudget[], seed: number): string {
  const rows = budgets
    .filter((b) => !b.published)
    .map((b) => [b.unit.code, ...LINES.map((line) => thousand(b.figures[line]))]);
  const preamble = generatedNoteLines(seed)
    .map((line) => `# ${line}`)
    .join("\n");
  return `${preamble}\n${stringify([["kato", ...LINES], ...rows])}`;
}

/** The scenario file of the national year, naming `csvFile` (relative to the scenario). */
export function nationalScenario(budgets: readonly NationalBudget[], seed: number, csvFile: string): object {
  const published = budgets.filter((b) => b.published);
  const districts = new Map<string, { kato: string; decisionFile: string }[]>();
  for (const b of published) {
    const units = districts.get(b.unit.districtCode) ?? [];
    units.push({ kato: b.unit.code, decisionFile: `../data/decisions/${PUBLISHED_2025[b.unit.code]}` });
    districts.set(b.unit.districtCode, units);
  }
  return {
    $schema: "./scenario.schema.json",
    name: `Kazakhstan 2025, all ${budgets.length.toLocaleString("en-US")} fourth-level budgets: GENERATED (synthetic, seed ${seed}) except ${published.length} published, planned to 2028`,
    note: `${(budgets.length - published.length).toLocaleString("en-US")} units have GENERATED budgets (${csvFile}), not published data; the ${published.length} units listed under districts are read from their published 2025 maslikhat decisions (data/decisions/). ${generatedNote(seed)} Regenerate with: npm run national:generate -- --seed ${seed}`,
    year: 2025,
    districts: [...districts].map(([kato, units]) => ({ kato, units })),
    unitBudgets: { file: csvFile, note: generatedNote(seed) },
    plan: {
      horizon: 2028,
      note: "Own revenues and costs flat at their 2025 amounts (growth 0): an assumption, not a forecast.",
      revenueGrowth: { tax_revenue: "0", non_tax_revenue: "0", capital_sales: "0" },
      costGrowth: "0",
    },
  };
}
