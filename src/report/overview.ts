import * as z from "zod";
import type { BudgetStatement } from "../budget/statement.js";
import { parseInput } from "../input/parse.js";
import { Money, percentOf } from "../money/money.js";
import type { ScenarioResult } from "../scenario/run.js";
import type { FourthLevelUnit } from "../territory/territory.js";
import { checkedScenarioResult } from "./json.js";
import { type OverviewPlanYear, planByYear } from "./overview-plan.js";

const optionsSchema = z.strictObject({
  mostDependent: z
    .int({ error: "must be a whole number of units, 0 or more" })
    .min(0, { error: "must be a whole number of units, 0 or more" })
    .optional(),
});

/**
 * The lines an overview sums, in KZT.
 *
 * @category Reports
 */
export const OVERVIEW_LINES = [
  "revenue_total",
  "tax_revenue",
  "non_tax_revenue",
  "capital_sales",
  "transfers",
  "expenditures",
] as const;

/**
 * Sums of units' statements: each line's total over the units that state it, and how many do not.
 *
 * @category Reports
 */
export interface OverviewTotals {
  readonly units: number;
  readonly lines: Readonly<Record<(typeof OVERVIEW_LINES)[number], Money>>;
  /** Units without the line, by line (only lines some unit lacks). */
  readonly missing: Readonly<Partial<Record<(typeof OVERVIEW_LINES)[number], number>>>;
  /** Own revenues (tax + non-tax + capital sales) of the units with a self-sufficiency. */
  readonly ownRevenues: Money;
  /** Expenditures of the same units. */
  readonly costs: Money;
  /** `ownRevenues` as a percent of `costs`, one decimal; absent when there are no costs. */
  readonly selfSufficiency?: string;
}

/**
 * A region's or district's part of an overview.
 *
 * @category Reports
 */
export interface OverviewGroup {
  readonly code: string;
  readonly name: string;
  /** The region a district belongs to (absent for a region). */
  readonly region?: string;
  readonly totals: OverviewTotals;
}

/**
 * A unit among the most dependent.
 *
 * @category Reports
 */
export interface DependentUnit {
  readonly unit: FourthLevelUnit;
  /** Self-sufficiency in %, one decimal. */
  readonly selfSufficiency: string;
  readonly ownRevenues: Money;
  readonly costs: Money;
  /** The transfers line of the unit's statement, when stated. */
  readonly transfers?: Money;
}

/**
 * How self-sufficiency is spread over the units (only units whose self-sufficiency can be computed).
 *
 * @category Reports
 */
export interface SelfSufficiencySpread {
  readonly units: number;
  /** Units without a self-sufficiency, with the reason. */
  readonly notComputed: readonly { readonly unit: FourthLevelUnit; readonly reason: string }[];
  /** The lowest and the highest, %. */
  readonly min?: string;
  readonly max?: string;
  /** Deciles 1 to 9, %: the k-th is the value of rank ⌈k × n / 10⌉ in ascending order (nearest rank). */
  readonly deciles: readonly string[];
  /** Units whose own revenues cover less than 10 % of their costs (exact, before rounding), and their share of units in %. */
  readonly under10: { readonly units: number; readonly percent?: string };
  /** Units covering less than 35 %, and their share of units in %. */
  readonly under35: { readonly units: number; readonly percent?: string };
}

/**
 * The national (or any large) picture of a scenario's result: totals by region and district, the spread
 * of self-sufficiency, the most dependent units, and where the units' figures come from.
 *
 * @category Reports
 */
export interface ScenarioOverview {
  readonly name: string;
  readonly note?: string;
  readonly year: number;
  /** Where the figures come from: each source with its number of units (most first). */
  readonly sources: readonly { readonly source: string; readonly units: number }[];
  readonly totals: OverviewTotals;
  readonly regions: readonly OverviewGroup[];
  readonly districts: readonly OverviewGroup[];
  readonly selfSufficiency: SelfSufficiencySpread;
  /** The units with the lowest self-sufficiency, lowest first. */
  readonly mostDependent: readonly DependentUnit[];
  /** The plan summed over the districts, by year (the base year first); empty without a plan. */
  readonly plan: readonly OverviewPlanYear[];
}

interface UnitRow {
  readonly unit: FourthLevelUnit;
  readonly statement: BudgetStatement;
  readonly source: string;
}

/** The totals of some units' statements. */
function totalsOf(rows: readonly UnitRow[]): OverviewTotals {
  const lines = {} as Record<(typeof OVERVIEW_LINES)[number], Money>;
  const missing: Partial<Record<(typeof OVERVIEW_LINES)[number], number>> = {};
  for (const key of OVERVIEW_LINES) {
    const stated = rows.flatMap((r) => {
      const line = r.statement.lines[key];
      return line === undefined ? [] : [line.amount];
    });
    lines[key] = Money.sum(stated);
    if (stated.length < rows.length) missing[key] = rows.length - stated.length;
  }
  const covered = rows.filter((r) => r.statement.selfSufficiency.percent !== undefined);
  const ownRevenues = Money.sum(covered.map((r) => r.statement.selfSufficiency.ownRevenues ?? Money.zero));
  const costs = Money.sum(covered.map((r) => r.statement.selfSufficiency.costs ?? Money.zero));
  const percent = percentOf(ownRevenues, costs);
  return {
    units: rows.length,
    lines,
    missing,
    ownRevenues,
    costs,
    ...(percent === undefined ? {} : { selfSufficiency: percent }),
  };
}

/** Rows grouped by a key, in the order the keys first appear. */
function groupBy(rows: readonly UnitRow[], key: (r: UnitRow) => string): Map<string, UnitRow[]> {
  const groups = new Map<string, UnitRow[]>();
  for (const r of rows) {
    const list = groups.get(key(r));
    if (list === undefined) groups.set(key(r), [r]);
    else list.push(r);
  }
  return groups;
}

/** `count` of `total` in %, one decimal, rounded half up; absent for no total. */
function shareOf(count: number, total: number): string | undefined {
  if (total === 0) return undefined;
  const tenths = Math.floor((2000 * count + total) / (2 * total));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** Whether own revenues cover less than `percent` % of costs, exactly. */
const under = (r: UnitRow, percent: bigint) => {
  const { ownRevenues, costs } = r.statement.selfSufficiency;
  return (ownRevenues?.tiyn ?? 0n) * 100n < percent * (costs?.tiyn ?? 0n);
};

/** Ascending by exact self-sufficiency (own × other costs against other own × costs; costs positive). */
function byDependence(a: UnitRow, b: UnitRow): number {
  const [x, y] = [a.statement.selfSufficiency, b.statement.selfSufficiency];
  const left = (x.ownRevenues?.tiyn ?? 0n) * (y.costs?.tiyn ?? 1n);
  const right = (y.ownRevenues?.tiyn ?? 0n) * (x.costs?.tiyn ?? 1n);
  return left < right ? -1 : left > right ? 1 : a.unit.code < b.unit.code ? -1 : 1;
}

/** The spread of self-sufficiency over the units, sorted by dependence. */
function spreadOf(rows: readonly UnitRow[], sorted: readonly UnitRow[]): SelfSufficiencySpread {
  const n = sorted.length;
  const at = (rank: number) => sorted[rank - 1]?.statement.selfSufficiency.percent as string;
  const count = (percent: bigint) => sorted.filter((r) => under(r, percent)).length;
  const [under10, under35] = [count(10n), count(35n)];
  return {
    units: n,
    notComputed: rows.flatMap((r) => {
      const { percent, reason } = r.statement.selfSufficiency;
      return percent === undefined ? [{ unit: r.unit, reason: reason ?? "not computed" }] : [];
    }),
    ...(n === 0 ? {} : { min: at(1), max: at(n) }),
    deciles: n === 0 ? [] : [1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => at(Math.ceil((k * n) / 10))),
    under10: { units: under10, ...optional(shareOf(under10, n)) },
    under35: { units: under35, ...optional(shareOf(under35, n)) },
  };
}

const optional = (percent: string | undefined) => (percent === undefined ? {} : { percent });

/**
 * The overview of a scenario's result: totals of every line by region, by district and for all units (each
 * the exact sum of its units' statements), the spread of self-sufficiency (deciles by nearest rank, the
 * units under 10 % and 35 %), the `mostDependent` units with the lowest self-sufficiency, and the
 * sources of the units' figures. Pure; amounts in KZT as `Money`.
 *
 * @category Reports
 * @param result - What `runScenario` returns.
 * @param options - `mostDependent`: how many of the most dependent units to list (default 10).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not a scenario result or a count.
 * @example
 * ```ts
 * const overview = scenarioOverview(runScenario(loadScenario("examples/kz-2026-published.json")));
 * overview.totals.units; //=> 12
 * ```
 */
export function scenarioOverview(
  result: ScenarioResult,
  options: { readonly mostDependent?: number } = {},
): ScenarioOverview {
  const checked = checkedScenarioResult(result, "scenarioOverview result");
  const { mostDependent = 10 } = parseInput(optionsSchema, options, "overview options");
  const rows: UnitRow[] = checked.districts.flatMap((d) =>
    d.units.map((u) => ({ unit: u.unit, statement: u.statement, source: u.source ?? "not stated" })),
  );
  const sorted = rows.filter((r) => r.statement.selfSufficiency.percent !== undefined).sort(byDependence);
  const sources = groupBy(rows, (r) => r.source);
  const group = (
    key: (r: UnitRow) => string,
    name: (r: UnitRow) => string,
    region?: (r: UnitRow) => string,
  ) =>
    [...groupBy(rows, key)]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, members]) => ({
        code,
        name: name(members[0] as UnitRow),
        ...(region === undefined ? {} : { region: region(members[0] as UnitRow) }),
        totals: totalsOf(members),
      }));
  return {
    name: checked.name,
    ...(checked.note === undefined ? {} : { note: checked.note }),
    year: checked.year,
    sources: [...sources]
      .map(([source, units]) => ({ source, units: units.length }))
      .sort((a, b) => b.units - a.units),
    totals: totalsOf(rows),
    regions: group(
      (r) => r.unit.region.code,
      (r) => r.unit.region.nameRu,
    ),
    districts: group(
      (r) => r.unit.district.code,
      (r) => r.unit.district.nameRu,
      (r) => r.unit.region.code,
    ),
    selfSufficiency: spreadOf(rows, sorted),
    mostDependent: sorted.slice(0, mostDependent).map((r) => ({
      unit: r.unit,
      selfSufficiency: r.statement.selfSufficiency.percent as string,
      ownRevenues: r.statement.selfSufficiency.ownRevenues as Money,
      costs: r.statement.selfSufficiency.costs as Money,
      ...(r.statement.lines.transfers === undefined ? {} : { transfers: r.statement.lines.transfers.amount }),
    })),
    plan: planByYear(checked),
  };
}
