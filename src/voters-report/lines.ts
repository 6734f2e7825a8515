import { Dec } from "../money/decimal.js";
import { Money, percentOf } from "../money/money.js";
import type { PlanRowSource } from "../report/plan.js";
import type { ReportFacts } from "./facts.js";

/** The own revenue lines the decision gives, in order. */
export const ownLines = (f: ReportFacts) =>
  (["tax", "nonTax", "capital"] as const).flatMap((key) => {
    const amount = f.figures.sources[key];
    return amount === undefined ? [] : [{ key, amount }];
  });

const CHANGED = {
  revenues: "revenue_total",
  tax: "tax_revenue",
  transfers: "transfers",
  costs: "expenditures",
} as const;

/** A line of the budget in the year before and in the report's year. */
export interface ChangedLine {
  readonly key: keyof typeof CHANGED;
  readonly before: Money;
  readonly after: Money;
  readonly direction: "up" | "down" | "same";
  /** The change as % of the year before, one decimal, unsigned; absent when the year before is zero. */
  readonly percent?: string;
}

/** Revenues, tax revenue, transfers and costs in both years, where both decisions give them. */
export function changedLines(f: ReportFacts): ChangedLine[] {
  const previous = f.previous?.figures;
  if (previous === undefined) return [];
  return (Object.keys(CHANGED) as (keyof typeof CHANGED)[]).flatMap((key) => {
    const before = previous[CHANGED[key]];
    const after = f.result.statement.lines[CHANGED[key]]?.amount;
    if (before === undefined || after === undefined) return [];
    const difference = after.minus(before);
    const percent = before.tiyn === 0n ? undefined : percentOf(difference.abs(), before);
    const direction = difference.tiyn > 0n ? "up" : difference.tiyn < 0n ? "down" : "same";
    return [{ key, before, after, direction, ...(percent === undefined ? {} : { percent }) }];
  });
}

/** A planned year of the unit, its amounts as Money. */
export interface PlanLine {
  readonly year: number;
  readonly own?: Money;
  readonly costs?: Money;
  readonly subvention?: Money;
  readonly withdrawal?: Money;
  readonly source: PlanRowSource;
}

const amount = (v: string | null) => (v === null ? undefined : Money.thousandKzt(v));

/** The unit's years of the plan, the base year first (`planned`: only the years after it). */
export const planLines = (f: ReportFacts, planned = true): PlanLine[] =>
  f.plan.flatMap((r) => {
    if (r.source === null || (planned && r.year <= f.year)) return [];
    const own = amount(r.ownRevenues);
    const costs = amount(r.costs);
    const subvention = amount(r.subvention);
    const withdrawal = amount(r.withdrawal);
    return [
      {
        year: r.year,
        source: r.source,
        ...(own === undefined ? {} : { own }),
        ...(costs === undefined ? {} : { costs }),
        ...(subvention === undefined ? {} : { subvention }),
        ...(withdrawal === undefined ? {} : { withdrawal }),
      },
    ];
  });

/** Whether the plan computed some of the unit's planned years (by the formula or a method), not only set them. */
export const hasComputedYears = (f: ReportFacts) =>
  planLines(f).some((r) => r.source !== "fixed" && r.source !== "kept");

/** The own revenue lines of the plan's growth rates, by the words' keys. */
const GROWTH_LINES = { tax_revenue: "tax", non_tax_revenue: "nonTax", capital_sales: "capital" } as const;

/** A growth rate as a percent ("0.05" → "5"), or `"mrp"` for a line that moves with the MRP. */
const percentOfRate = (rate: string) => (rate === "mrp" ? "mrp" : Dec(rate).times(100).toString());

/**
 * The growth the scenario assumed for the years the plan computed, in runs of years with the same rates:
 * each as percents a year (or `"mrp"`), `all` when costs and every own revenue line grow alike.
 */
export interface AssumedGrowth {
  readonly from: number;
  readonly to: number;
  readonly all?: string;
  readonly costs: string;
  readonly revenues: readonly { readonly key: "tax" | "nonTax" | "capital"; readonly growth: string }[];
}

const sameRates = (a: AssumedGrowth, b: AssumedGrowth) =>
  a.costs === b.costs &&
  a.revenues.length === b.revenues.length &&
  a.revenues.every((r, i) => r.key === b.revenues[i]?.key && r.growth === b.revenues[i]?.growth);

/** The growth rates behind the unit's computed years, in runs of years with the same rates. */
export function assumedGrowth(f: ReportFacts): AssumedGrowth[] {
  const computed = new Set(
    planLines(f)
      .filter((r) => r.source !== "fixed" && r.source !== "kept")
      .map((r) => r.year),
  );
  const runs: AssumedGrowth[] = [];
  for (const rate of f.rates.filter((r) => computed.has(r.year))) {
    const revenues = Object.entries(rate.revenueGrowth).flatMap(([line, growth]) => {
      const key = GROWTH_LINES[line as keyof typeof GROWTH_LINES];
      return key === undefined ? [] : [{ key, growth: percentOfRate(growth) }];
    });
    const costs = percentOfRate(rate.costGrowth);
    const all = revenues.every((r) => r.growth === costs) ? costs : undefined;
    const run = { from: rate.year, to: rate.year, costs, revenues, ...(all === undefined ? {} : { all }) };
    const last = runs.at(-1);
    if (last !== undefined && last.to === rate.year - 1 && sameRates(last, run)) {
      runs[runs.length - 1] = { ...last, to: rate.year };
    } else runs.push(run);
  }
  return runs;
}
