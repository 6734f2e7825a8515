import type { LineSum } from "../budget/consolidation.js";
import { BUDGET_LINE_KEYS } from "../budget/lines.js";
import { OWN_REVENUE_LINES } from "../budget/statement.js";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import type { DistrictResult, ScenarioResult, UnitResult } from "../scenario/run.js";
import { checkedScenarioResult } from "./json.js";
import { planTables } from "./plan.js";

/**
 * One column of an exported table: its machine name, a title for people with the unit, its type (as a
 * Frictionless Table Schema type) and what it holds.
 *
 * @category Reports
 */
export interface ExportField {
  /** `snake_case`, the CSV header, e.g. `"thousand_kzt"`. */
  readonly name: string;
  /** For people, with the unit, e.g. `"amount, thousand KZT"`. */
  readonly title: string;
  readonly type: "string" | "integer" | "number";
  /** `thousand KZT` for money (exact decimal strings), `%` for self-sufficiency, `fraction` for a rate (0.05 is 5 %). */
  readonly unit?: "thousand KZT" | "%" | "fraction";
  readonly description: string;
}

/**
 * A table of a run as exported to CSV, Markdown, XLSX and the Fiscal Data Package: every cell a string,
 * money exact (thousand-KZT decimal strings), an unknown figure an empty string.
 *
 * @category Reports
 */
export interface ExportTable {
  readonly name: "statements" | "checks" | "consolidations" | "plan";
  readonly title: string;
  readonly description: string;
  readonly fields: readonly ExportField[];
  readonly rows: readonly (readonly string[])[];
}

/** The names of the tables {@link runExportTables} gives, in its order. @category Reports */
export const EXPORT_TABLES = ["statements", "checks", "consolidations", "plan"] as const;

const THOUSAND: ExportField["unit"] = "thousand KZT";

/** The unit of a `number` field by its name: a percent (`_percent`), a growth rate (`_growth`), else money. */
const unitOf = (name: string): ExportField["unit"] =>
  name.endsWith("_percent") ? "%" : name.endsWith("_growth") ? "fraction" : THOUSAND;

/**
 * Fields from a text table, one field a line: `name | title | type | description`. A `number` is an
 * amount in thousand KZT, a percent when its name ends in `_percent`, a decimal fraction when it ends in
 * `_growth`; the title then names the unit.
 */
function fields(...parts: readonly string[]): ExportField[] {
  return parts
    .join("\n")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [name, title, type, description] = line.split("|").map((cell) => cell.trim()) as [
        string,
        string,
        ExportField["type"],
        string,
      ];
      const unit = type === "number" ? unitOf(name) : undefined;
      return {
        name,
        title: unit === undefined ? title : `${title}, ${unit}`,
        type,
        ...(unit === undefined ? {} : { unit }),
        description,
      };
    });
}

const SCENARIO = "scenario | scenario | string | the scenario's name";
const YEAR = "year | year | integer | the budget year";
const DISTRICT = `
district_code | district KATO | string | KATO code of the district or city of regional significance
district | district | string | the district's Russian name in the KATO classifier`;
const UNIT = `
unit_code | unit KATO | string | KATO code of the fourth-level unit; empty on a district's total row
unit | unit | string | the unit's Russian name in the KATO classifier, or district total`;

const STATEMENT_FIELDS = fields(
  SCENARIO,
  YEAR,
  DISTRICT,
  UNIT,
  `
line | line | string | a budget line (revenue_total, …), or revenue_by_ebk: receipts by EBK code
ebk | EBK | string | EBK code of a revenue_by_ebk row
category | category | string | revenue category of a revenue_by_ebk row
thousand_kzt | amount | number | the statement's amount
source | source | string | published (the decision), ledger (receipts, transfers) or computed
published_thousand_kzt | published | number | the amount as published, where the line is published`,
);

const CHECK_FIELDS = fields(
  SCENARIO,
  YEAR,
  DISTRICT,
  UNIT,
  `
identity | identity | string | the budget identity checked (revenue, balance, financing, …)
status | status | string | ok, mismatch or not_checkable
difference | difference (published − computed) | number | published minus computed
reason | reason | string | why the identity cannot be checked`,
);

const CONSOLIDATION_FIELDS = fields(
  SCENARIO,
  YEAR,
  DISTRICT,
  `
units | units | integer | unit statements consolidated
revenue_total | revenues of the units | number | Σ revenue_total as published; empty if one lacks it
expenditures | costs of the units | number | Σ expenditures as published; empty if one lacks it
transfers_to_units | transfers district → units | number | transfers the ledger moved to the units
transfers_to_district | transfers units → district | number | budget withdrawals the ledger moved
units_own_revenues | units' own revenues | number | revenues less the transfers from the district
consolidated_revenue | consolidated revenues | number | without mutual transfers (BC2008 Art. 6 p.3)
consolidated_expenditures | consolidated costs | number | the same, costs
netting_status | netting | string | ok, mismatch, not_checkable: ledger transfers = units' lines
netting_difference | netting difference | number | of a netting mismatch
netting_reason | netting reason | string | why the netting cannot be checked`,
);

const PLAN_FIELDS = fields(
  SCENARIO,
  DISTRICT,
  UNIT,
  `
year | year | integer | the base year (published) or a planned year
source | source | string | published, fixed, formula, equalisation or kept
own_revenues | own revenues | number | tax + non-tax + capital sales (as published in the base year)
tax_revenue | tax revenue | number | tax revenue
non_tax_revenue | non-tax revenue | number | non-tax revenue
capital_sales | capital sales | number | sales of fixed capital
costs | costs | number | expenditures
subvention | subvention | number | the subvention (base year: the published transfers)
withdrawal | budget withdrawal | number | the budget withdrawal
balance | balance | number | own revenues + subvention − withdrawal − costs: negative is a financing gap
district_outlay | district outlay | number | on a total row: Σ subventions − Σ withdrawals
self_sufficiency_percent | self-sufficiency | number | own revenues ÷ costs: published (base year) or planned
citation | legal ground | string | the rule of the year's transfer
alternative | alternative | string | the alternative plan's name
alternative_net | alternative net transfer | number | net transfer under the alternative
difference | difference (alternative − plan) | number | alternative minus plan
change | change | string | gains, loses or same
alternative_balance | balance under the alternative | number | the unit's balance then
own_revenues_from_receipts | own revenues from receipts | number | base year: receipts in place of the lines they replace
self_sufficiency_from_receipts_percent | self-sufficiency from receipts | number | base year: own revenues from receipts ÷ costs
excluded_costs | costs left out of the forecast | number | base year: the unit's costs the plan leaves out of the forecast base (BC2025 Art. 80 p.4 part 2)
over_plan | revenue over the plan | number | base year: the unit's revenue collected over the plan, left with it (BC2025 Art. 76 p.4 part 2)
minimum_funding_shortfall | minimum-funding shortfall counted | number | a planned year: the shortfall of minimum funding of ended years that lowers the year's net transfer (BC2025 Art. 79 p.3 part 4)
terms_citation | ground of the planning-law terms | string | the legal grounds of excluded_costs, over_plan and minimum_funding_shortfall on the row
cost_growth | cost growth | number | a planned year: the growth of the unit's costs from the year before
revenue_growth | revenue growth | string | a planned year: each own-revenue line's growth, a fraction or mrp (with the MRP), e.g. tax_revenue 0.05; capital_sales 0
figures_source | figures from | string | where the unit's published figures come from (its decision or file)`,
);

const sum = (s: LineSum): string => (s.kind === "sum" ? s.amount.toThousandKzt() : "");

/** The first cells of a unit's rows: scenario, year, district, unit. */
const unitCells = (result: ScenarioResult, d: DistrictResult, u: UnitResult): string[] => [
  result.name,
  String(result.year),
  d.district.code,
  d.district.nameRu,
  u.unit.code,
  u.unit.nameRu,
];

function statementRows(result: ScenarioResult): string[][] {
  return result.districts.flatMap((d) =>
    d.units.flatMap((u) => {
      const at = unitCells(result, d, u);
      const lines = BUDGET_LINE_KEYS.flatMap((key) => {
        const line = u.statement.lines[key];
        if (line === undefined) return [];
        const published = u.published[key]?.toThousandKzt() ?? "";
        return [[...at, key, "", "", line.amount.toThousandKzt(), line.source, published]];
      });
      const byEbk = u.statement.revenueByEbk.map((r) => [
        ...at,
        "revenue_by_ebk",
        r.ebk ?? "",
        r.category ?? "",
        r.amount.toThousandKzt(),
        "ledger",
        "",
      ]);
      return [...lines, ...byEbk];
    }),
  );
}

function checkRows(result: ScenarioResult): string[][] {
  return result.districts.flatMap((d) =>
    d.units.flatMap((u) =>
      u.statement.checks.map((c) => [
        ...unitCells(result, d, u),
        c.identity,
        c.status,
        c.difference?.toThousandKzt() ?? "",
        c.reason ?? "",
      ]),
    ),
  );
}

function consolidationRows(result: ScenarioResult): string[][] {
  return result.districts.map(({ district, consolidation: c }) => [
    result.name,
    String(result.year),
    district.code,
    district.nameRu,
    String(c.unitCount),
    sum(c.totals.revenue_total),
    sum(c.totals.expenditures),
    c.mutualTransfers.toUnits.toThousandKzt(),
    c.mutualTransfers.toDistrict.toThousandKzt(),
    sum(c.unitsOwnRevenue),
    c.consolidated?.revenue.toThousandKzt() ?? "",
    c.consolidated?.expenditures.toThousandKzt() ?? "",
    c.netting.status,
    c.netting.difference?.toThousandKzt() ?? "",
    c.netting.reason ?? "",
  ]);
}

function planRows(result: ScenarioResult, year: number | undefined): string[][] {
  const tables = planTables(result, year);
  const key = (district: string, unit: string | null, y: number) => `${district}|${unit ?? ""}|${y}`;
  const comparison = new Map(tables.comparison.map((c) => [key(c.districtCode, c.unitCode, c.year), c]));
  const rates = new Map(result.assumptions.rates.map((a) => [`${a.code}|${a.year}`, a]));
  const sources = new Map(result.assumptions.sources.map((s) => [s.code, s.source]));
  return tables.rows.map((r) => {
    const c = comparison.get(key(r.districtCode, r.unitCode, r.year));
    const a = rates.get(`${r.unitCode}|${r.year}`);
    return [
      result.name,
      r.districtCode,
      r.district,
      r.unitCode ?? "",
      r.unit,
      String(r.year),
      r.source ?? "",
      r.ownRevenues ?? "",
      ...OWN_REVENUE_LINES.map((l) => r.ownRevenueLines[l] ?? ""),
      r.costs ?? "",
      r.subvention ?? "",
      r.withdrawal ?? "",
      r.balance ?? "",
      r.outlay ?? "",
      r.selfSufficiency ?? "",
      r.citation,
      c?.alternative ?? "",
      c?.alternativeAmount ?? "",
      c?.difference ?? "",
      c === undefined || c.change === "outlay" ? "" : c.change,
      c?.alternativeBalance ?? "",
      r.ownRevenuesFromReceipts ?? "",
      r.selfSufficiencyFromReceipts ?? "",
      r.excludedCosts ?? "",
      r.overPlan ?? "",
      r.shortfall ?? "",
      r.termsCitation,
      a?.costGrowth ?? "",
      Object.entries(a?.revenueGrowth ?? {})
        .map(([line, rate]) => `${line} ${rate}`)
        .join("; "),
      r.unitCode === null ? "" : (sources.get(r.unitCode) ?? ""),
    ];
  });
}

/**
 * The tables of scenario results as `fourth-level run` exports them (CSV, Markdown, XLSX, Fiscal Data
 * Package): `statements` (each unit's statement lines with their source and the published amount, and
 * its receipts by EBK code), `checks` (each identity of each statement), `consolidations` (one row per
 * district) and `plan` (one row per unit and year, with the self-sufficiency published and, with
 * receipts, computed from them, and the assumptions of the year: the unit's cost and revenue growth,
 * where its figures come from, and the planning-law terms of its plan with their ground — the costs left
 * out of the forecast base and the revenue over the plan in the base year, the minimum-funding shortfall
 * counted in a planned year). Money as exact thousand-KZT decimal strings.
 *
 * @param year - Keep only this year in `plan` (the statements, checks and consolidations are the base year's).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not a list of `runScenario` results, or a
 * `year` that is not a year of every scenario.
 * @category Reports
 * @example
 * ```ts
 * const scenario = resolveScenario({ name: "Bel-Agach 2026", year: 2026, districts: [{ kato: "104000000", units: [
 *   { kato: "104035000", figures: { revenue_total: "54959", tax_revenue: "39585", capital_sales: "2000", transfers: "13374", expenditures: "54959" } },
 * ] }] });
 * const [statements, checks] = runExportTables([runScenario(scenario)]);
 * statements?.rows[0]?.slice(6); //=> ["revenue_total", "", "", "54959", "published", "54959"]
 * // 39 585 + 2 000 + 13 374 = 54 959
 * checks?.rows[0]?.slice(6, 8); //=> ["revenue", "ok"]
 * ```
 */
export function runExportTables(results: readonly ScenarioResult[], year?: number): ExportTable[] {
  if (!Array.isArray(results)) {
    const message = `must be a list of runScenario results, not ${describeValue(results)}`;
    throw new FourthLevelError("INVALID_INPUT", `runExportTables results ${message}`, {}, [
      { path: [], code: "INVALID_INPUT", message },
    ]);
  }
  const checked = results.map((r, i) => checkedScenarioResult(r, `runExportTables results[${i}]`));
  return [
    {
      name: "statements",
      title: "Budget statements",
      description:
        "Each unit's statement lines in the base year, with where each comes from and the published amount",
      fields: STATEMENT_FIELDS,
      rows: checked.flatMap(statementRows),
    },
    {
      name: "checks",
      title: "Identity checks",
      description:
        "Each budget identity of each unit's statement: ok, mismatch (with the difference) or not checkable",
      fields: CHECK_FIELDS,
      rows: checked.flatMap(checkRows),
    },
    {
      name: "consolidations",
      title: "District consolidations",
      description:
        "Each district's units summed, the transfers between district and units, and the netting check",
      fields: CONSOLIDATION_FIELDS,
      rows: checked.flatMap(consolidationRows),
    },
    {
      name: "plan",
      title: "Plan of transfers",
      description: "Each unit and district total by year: the base year as published, then the planned years",
      fields: PLAN_FIELDS,
      rows: checked.flatMap((r) => planRows(r, year)),
    },
  ];
}
