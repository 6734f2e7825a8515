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
