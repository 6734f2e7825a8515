import { OWN_REVENUE_LINES } from "../budget/statement.js";
import { formatCitation } from "../citation/citation.js";
import { FourthLevelError } from "../errors/error.js";
import { Money } from "../money/money.js";
import type { DistrictPlanResult } from "../scenario/plan-types.js";
import type { DistrictResult, ScenarioResult } from "../scenario/run.js";
import type { UnitPlan } from "../transfers/plan/district-plan.js";
import type { ReplanResult } from "../transfers/replan/replan.js";
import { unitSelfSufficiency } from "./self-sufficiency.js";

/**
 * Where a row's transfer comes from: the published base year, the plan's sources, or `kept` — a volume of
 * the plan in force that a re-plan may not change (BC2025 Art. 79 p.2).
 * @category Reports
 */
export type PlanRowSource = "published" | "fixed" | "formula" | "equalisation" | "kept";

/**
 * One row of a scenario's multi-year table: a unit in a year, or the district's total for a year
 * (`unit` is `null`). Money as thousand-KZT decimal strings, exact (the unit of published decisions);
 * an unknown figure is `null`.
 * @category Reports
 */
export interface PlanRow {
  readonly districtCode: string;
  readonly district: string;
  /** The unit's KATO code; `null` on the district's total row. */
  readonly unitCode: string | null;
  /** The unit's name, or `"district total"`. */
  readonly unit: string;
  readonly year: number;
  /** `published` for the base year; the plan's source otherwise; `null` on a total row. */
  readonly source: PlanRowSource | null;
  /** Own revenues: tax + non-tax + capital sales. */
  readonly ownRevenues: string | null;
  /** Own revenues by line (`tax_revenue`, `non_tax_revenue`, `capital_sales`), thousand KZT; `{}` on a total row. */
  readonly ownRevenueLines: Readonly<Record<string, string>>;
  readonly costs: string | null;
  /**
   * Transfers from the district: the planned subvention; in the base year, the published transfers
   * (subvention and targeted transfers together; `null` when the decision does not give them).
   */
  readonly subvention: string | null;
  /** The planned budget withdrawal (unit → district); `null` in the base year (decisions show none). */
  readonly withdrawal: string | null;
  /** Own revenues + subvention − withdrawal − costs: zero under the formula, else a surplus or a need. */
  readonly balance: string | null;
  /**
   * On a district total row: the district's transfer outlay, Σ subventions − Σ withdrawals (in the base
   * year the published transfers); `null` on a unit row.
   */
  readonly outlay: string | null;
  /** Own revenues ÷ costs, %, one decimal: of the published figures in the base year, planned later. */
  readonly selfSufficiency: string | null;
  /**
   * In the base year of a scenario with receipts: own revenues with the receipts in place of the published
   * lines they replace (thousand KZT), as the unit's statement has them; `null` otherwise.
   */
  readonly ownRevenuesFromReceipts: string | null;
  /** Self-sufficiency computed from receipts (the statement's), %, beside the published one; `null` otherwise. */
  readonly selfSufficiencyFromReceipts: string | null;
  /** The legal ground of the year's transfer (the rule in force), empty in the base year. */
  readonly citation: string;
  /**
   * In the base year of a planned unit: its costs the plan leaves out of the forecast base (planning law
   * `costExclusions`; in Kazakhstan BC2025 Art. 80 p.4 part 2); `null` when none are given.
   */
  readonly excludedCosts: string | null;
  /**
   * In the base year of a planned unit: its revenue collected over the plan (planning law
   * `overPlanRevenue`; in Kazakhstan BC2025 Art. 76 p.4 part 2); `null` when none is given.
   */
  readonly overPlan: string | null;
  /**
   * In a planned year: the minimum-funding shortfall counted in the year's transfer, which lowers its net
   * transfer (planning law `minimumFunding`; in Kazakhstan BC2025 Art. 79 p.3 part 4); `null` otherwise.
   */
  readonly shortfall: string | null;
  /** The legal grounds of `excludedCosts`, `overPlan` and `shortfall` on the row, `; `-separated; empty without them. */
  readonly termsCitation: string;
}

/**
 * One row of the comparison with the alternative plan, thousand KZT (net: withdrawals negative).
 *
 * @category Reports
 */
export interface PlanComparisonTableRow {
  readonly districtCode: string;
  readonly district: string;
  readonly alternative: string;
  readonly unitCode: string | null;
  readonly unit: string;
  readonly year: number;
  /** The net transfer under the plan; on a total row, the district's outlay. */
  readonly plan: string;
  /** The same under the alternative. */
  readonly alternativeAmount: string;
  /** Alternative − plan. */
  readonly difference: string;
  /** The unit's balance under the alternative (a surplus, or a need when negative); `null` on a total row. */
  readonly alternativeBalance: string | null;
  /** `gains`, `loses`, `same`; on a total row `outlay`. */
  readonly change: "gains" | "loses" | "same" | "outlay";
}

/**
 * The tables of `fourth-level run`: the years of every unit and district, and the comparisons.
 *
 * @category Reports
 */
export interface PlanTables {
  /** The scenario's year (published) and the planned years, in order. */
  readonly years: readonly number[];
  readonly rows: readonly PlanRow[];
  readonly comparison: readonly PlanComparisonTableRow[];
}

const k = (m: Money) => m.toThousandKzt();
const keptIn = (replan: ReplanResult | undefined, unit: string, year: number): boolean =>
  replan?.units.find((u) => u.code === unit)?.years.find((y) => y.year === year)?.status === "kept";
const sumOrNull = (amounts: readonly (Money | undefined)[]): string | null =>
  amounts.some((a) => a === undefined) ? null : k(Money.sum(amounts as Money[]));

type DistrictColumns = Pick<PlanRow, "districtCode" | "district">;

/** No planning-law term on a row. */
const NO_TERMS = { excludedCosts: null, overPlan: null, shortfall: null, termsCitation: "" } as const;

/** The base-year terms of a unit's plan: the costs left out of the forecast base and the revenue over the plan. */
function baseTerms(u: UnitPlan | undefined): Pick<PlanRow, keyof typeof NO_TERMS> {
  const excluded = u?.excludedCosts;
  const over = u?.overPlan;
  return {
    ...NO_TERMS,
    excludedCosts: excluded === undefined ? null : k(excluded.total),
    overPlan: over === undefined ? null : k(over.total),
    termsCitation: [excluded, over]
      .flatMap((t) => (t === undefined ? [] : [formatCitation(t.citation)]))
      .join("; "),
  };
}

/** The base year's rows of a district: each unit's published figures, then the district's total. */
function publishedRows(
  d: DistrictResult,
  district: DistrictColumns,
  year: number,
  plans: readonly UnitPlan[],
): PlanRow[] {
  // the published figures: the base the plan forecasts from (the statement may carry receipts instead)
  // self-sufficiency once per unit: its row and the district's total both use its own revenues
  const units = d.units.map((u) => ({ u, ...unitSelfSufficiency(u) }));
  const base = units.map(({ u, published: self, fromReceipts }): PlanRow => {
    const costs = u.published.expenditures;
    const transfers = u.published.transfers;
    return {
      ...district,
      unitCode: u.unit.code,
      unit: u.unit.nameRu,
      year,
      source: "published",
      ownRevenues: self.ownRevenues === undefined ? null : k(self.ownRevenues),
      ownRevenueLines: Object.fromEntries(
        OWN_REVENUE_LINES.flatMap((l) => {
          const amount = u.published[l];
          return amount === undefined ? [] : [[l, k(amount)]];
        }),
      ),
      costs: costs === undefined ? null : k(costs),
      subvention: transfers === undefined ? null : k(transfers),
      withdrawal: null,
      balance:
        self.ownRevenues === undefined || costs === undefined || transfers === undefined
          ? null
          : k(self.ownRevenues.plus(transfers).minus(costs)),
      outlay: null,
      selfSufficiency: self.percent ?? null,
      ownRevenuesFromReceipts: fromReceipts?.ownRevenues === undefined ? null : k(fromReceipts.ownRevenues),
      selfSufficiencyFromReceipts: fromReceipts?.percent ?? null,
      citation: "",
      ...baseTerms(plans.find((p) => p.code === u.unit.code)),
    };
  });
  // in the base year the district's outlay is the published transfers to its units
  const transfers = sumOrNull(d.units.map((u) => u.published.transfers));
  return [
    ...base,
    {
      ...district,
      unitCode: null,
      unit: "district total",
      year,
      source: null,
      ownRevenues: sumOrNull(units.map(({ published }) => published.ownRevenues)),
      ownRevenueLines: {},
      costs: sumOrNull(d.units.map((u) => u.published.expenditures)),
      subvention: transfers,
      withdrawal: null,
      balance: null,
      outlay: transfers,
      selfSufficiency: null,
      ownRevenuesFromReceipts: null,
      selfSufficiencyFromReceipts: null,
      citation: "",
      ...NO_TERMS,
    },
  ];
}

/** The planned years' rows of a district: each unit's plan, then the district's total and outlay. */
function plannedRows(
  p: DistrictPlanResult,
  district: DistrictColumns,
  keep: (y: number) => boolean,
): PlanRow[] {
  const rows: PlanRow[] = [];
  for (const [j, y] of p.plan.years.entries()) {
    if (!keep(y)) continue;
    for (const u of p.plan.units) {
      const uy = u.years[j];
      if (uy === undefined) continue;
      rows.push({
        ...district,
        unitCode: u.code,
        unit: u.name,
        year: y,
        source: keptIn(p.replan, u.code, y) ? "kept" : uy.transfer.source,
        ownRevenues: k(uy.ownRevenues.total),
        ownRevenueLines: Object.fromEntries(
          Object.entries(uy.ownRevenues.lines).map(([line, amount]) => [line, k(amount)]),
        ),
        costs: k(uy.costs),
        subvention: uy.transfer.kind === "subvention" ? k(uy.transfer.amount) : "0",
        withdrawal: uy.transfer.kind === "withdrawal" ? k(uy.transfer.amount) : "0",
        balance: k(uy.balance),
        outlay: null,
        selfSufficiency: uy.selfSufficiency ?? null,
        ownRevenuesFromReceipts: null,
        selfSufficiencyFromReceipts: null,
        citation: formatCitation(uy.transfer.citation),
        ...NO_TERMS,
        ...(uy.transfer.shortfall === undefined
          ? {}
          : {
              shortfall: k(uy.transfer.shortfall.amount),
              termsCitation: formatCitation(uy.transfer.shortfall.citation),
            }),
      });
    }
    const dy = p.plan.byYear[j];
    if (dy === undefined) continue;
    rows.push({
      ...district,
      unitCode: null,
      unit: "district total",
      year: y,
      source: null,
      ownRevenues: k(Money.sum(p.plan.units.map((u) => u.years[j]?.ownRevenues.total ?? Money.zero))),
      ownRevenueLines: {},
      costs: k(Money.sum(p.plan.units.map((u) => u.years[j]?.costs ?? Money.zero))),
      subvention: k(dy.subventions),
      withdrawal: k(dy.withdrawals),
      balance: null,
      outlay: k(dy.outlay),
      selfSufficiency: null,
      ownRevenuesFromReceipts: null,
      selfSufficiencyFromReceipts: null,
      citation: "",
      ...NO_TERMS,
    });
  }
  return rows;
}

/** The rows comparing a district's plan with its alternative, year by year: units, then the outlay. */
function comparisonRows(
  p: DistrictPlanResult,
  district: DistrictColumns,
  keep: (y: number) => boolean,
): PlanComparisonTableRow[] {
  const comparison: PlanComparisonTableRow[] = [];
  const alt = p.alternative;
  if (alt === undefined) return [];
  const at = { ...district, alternative: alt.name };
  // year by year as the plan's table: the units, then the district's outlay
  for (const y of alt.comparison.byYear) {
    if (!keep(y.year)) continue;
    for (const r of alt.comparison.rows.filter((x) => x.year === y.year)) {
      comparison.push({
        ...at,
        unitCode: r.unit,
        unit: r.name,
        year: r.year,
        plan: k(r.a),
        alternativeAmount: k(r.b),
        difference: k(r.difference),
        alternativeBalance: k(r.balanceB),
        change: r.change,
      });
    }
    comparison.push({
      ...at,
      unitCode: null,
      unit: "district outlay",
      year: y.year,
      plan: k(y.outlayA),
      alternativeAmount: k(y.outlayB),
      difference: k(y.difference),
      alternativeBalance: null,
      change: "outlay",
    });
  }
  return comparison;
}

/**
 * The scenario result as tables: per district, each unit's base year as published
 * (the figures the plan forecasts from, even where receipts changed the statement) and its
 * planned years (own revenues, costs, subvention, withdrawal, balance, self-sufficiency, legal ground),
 * a district total per year (its transfer outlay = Σ subventions − Σ withdrawals), and, where the
 * scenario has an alternative plan, who gains and who loses. Without a plan, only the base year.
 *
 * @param year - Keep only this year (the scenario's year or a planned year).
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `year` is neither the scenario's year nor planned.
 * @category Reports
 * @example
 * ```ts
 * const scenario = resolveScenario({ name: "Bel-Agach 2026", year: 2026, districts: [{ kato: "104000000", units: [
 *   { kato: "104035000", figures: { tax_revenue: "39585", capital_sales: "2000", transfers: "13374", expenditures: "54959" } },
 * ] }] });
 * const { rows } = planTables(runScenario(scenario));
 * rows.map((r) => [r.unit, r.subvention]); //=> [["Бель-Агачский с.о.", "13374"], ["district total", "13374"]]
 * // own revenues 39 585 + 2 000 = 41 585 of costs 54 959: 75.7 %
 * rows[0]?.selfSufficiency; //=> "75.7"
 * ```
 */
export function planTables(result: ScenarioResult, year?: number): PlanTables {
  if (result === null || typeof result !== "object" || !Array.isArray(result.districts as unknown)) {
    throw new FourthLevelError("INVALID_INPUT", "planTables needs the result of runScenario", {
      result: typeof result,
    });
  }
  const planned = result.plan?.districts[0]?.plan.years ?? [];
  const years = [result.year, ...planned];
  if (year !== undefined && !years.includes(year)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `year ${year} is not in the scenario "${result.name}": its years are ${years.join(", ")}`,
      { year: String(year) },
    );
  }
  const keep = (y: number) => year === undefined || y === year;
  const rows: PlanRow[] = [];
  const comparison: PlanComparisonTableRow[] = [];
  result.districts.forEach((d, i) => {
    const district = { districtCode: d.district.code, district: d.district.nameRu };
    const p = result.plan?.districts[i];
    if (keep(result.year)) rows.push(...publishedRows(d, district, result.year, p?.plan.units ?? []));
    if (p === undefined) return;
    rows.push(...plannedRows(p, district, keep));
    comparison.push(...comparisonRows(p, district, keep));
  });
  return { years: year === undefined ? years : [year], rows, comparison };
}
