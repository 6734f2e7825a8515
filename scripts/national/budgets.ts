import { type BudgetFigures, Money } from "../../src/index.js";
import {
  BUDGETS_TOTAL_2025_KZT,
  CAPITAL_SHARE_PER_MILLE,
  FIXED_COST_PER_MILLE,
  OWN_REVENUE_SIGMA,
  OWN_SHARE,
  TAX_SHARE_PER_MILLE,
} from "./calibration.js";
import { normal, seeded } from "./random.js";
import type { NationalUnit } from "./units.js";

/*
 * The budgets of a synthetic national year: every fourth-level unit's revenues (tax, non-tax, capital
 * sales, transfers) and expenditures, summing exactly to the published national aggregates of 2025
 * (calibration.ts). Units with a published 2025 budget keep it; the others share what is left:
 * - own revenues by population times a seeded lognormal factor (OWN_REVENUE_SIGMA): places differ in
 *   what they collect per resident (ASSUMPTION: the spread is not published);
 * - a cost need of a fixed part per unit plus a part per resident (FIXED_COST_PER_MILLE, ASSUMPTION);
 * - transfers by the gap between need and own revenues (none where own revenues cover the need);
 * - expenditures equal to revenues (balanced; ASSUMPTION, published budgets have small deficits).
 * Amounts are in whole 0.1 thousand KZT, the precision of published decisions; every split is by
 * largest remainder (Money.allocate), so the totals hold to the tiyn.
 */

/** One unit's budget in the national year. */
export interface NationalBudget {
  readonly unit: NationalUnit;
  readonly figures: BudgetFigures;
  /** Whether the figures are a published decision's (else generated). */
  readonly published: boolean;
}

/** 0.1 thousand KZT in tiyn: the step of every generated amount. */
const STEP = 10_000n;

/** `total` split by `weights` (bigints, at least one positive) in whole steps, exactly. */
function split(total: Money, weights: readonly bigint[]): Money[] {
  return Money.fromTiyn(total.tiyn / STEP)
    .allocate(weights)
    .map((part) => Money.fromTiyn(part.tiyn * STEP));
}

const sumOf = (figures: Iterable<BudgetFigures>, line: keyof BudgetFigures) =>
  Money.sum([...figures].map((f) => f[line] ?? Money.zero));

/** The own revenues of figures: tax, non-tax, capital sales. */
export const ownOf = (f: BudgetFigures) =>
  Money.sum([f.tax_revenue, f.non_tax_revenue, f.capital_sales].map((m) => m ?? Money.zero));

/** The national totals of the year: revenues and own revenues (N1, N2), in steps of 0.1 thousand KZT. */
export function nationalTargets(): { readonly revenues: Money; readonly own: Money } {
  const revenues = Money.kzt(BUDGETS_TOTAL_2025_KZT);
  const own = Money.fromTiyn(((revenues.tiyn * OWN_SHARE.numerator) / OWN_SHARE.denominator / STEP) * STEP);
  return { revenues, own };
}

/** Generated figures of one unit from its own revenues and transfers. */
function generatedFigures(own: Money, transfers: Money): BudgetFigures {
  const [tax, nonTax, capital] = split(own, [
    TAX_SHARE_PER_MILLE,
    1000n - TAX_SHARE_PER_MILLE - CAPITAL_SHARE_PER_MILLE,
    CAPITAL_SHARE_PER_MILLE,
  ]) as [Money, Money, Money];
  const revenues = own.plus(transfers);
  return {
    revenue_total: revenues,
    tax_revenue: tax,
    non_tax_revenue: nonTax,
    capital_sales: capital,
    transfers,
    expenditures: revenues,
  };
}

/**
 * The budgets of every unit: published figures where given (by KATO code), the others generated with
 * the seed so that all of them together sum to the national targets.
 */
export function nationalBudgets(
  units: readonly NationalUnit[],
  published: ReadonlyMap<string, BudgetFigures>,
  seed: number,
): NationalBudget[] {
  const random = seeded(seed);
  const targets = nationalTargets();
  const kept = units.flatMap((u) => {
    const figures = published.get(u.code);
    return figures === undefined ? [] : [figures];
  });
  const generated = units.filter((u) => !published.has(u.code));
  const revenues = targets.revenues.minus(sumOf(kept, "revenue_total"));
  const own = targets.own.minus(Money.sum(kept.map(ownOf)));
  const ownParts = split(
    own,
    generated.map((u) =>
      BigInt(Math.round(u.population * Math.exp(OWN_REVENUE_SIGMA * normal(random)) * 1000)),
    ),
  );
  const people = BigInt(generated.reduce((sum, u) => sum + u.population, 0));
  const count = BigInt(generated.length);
  const need = split(
    revenues,
    generated.map(
      (u) => FIXED_COST_PER_MILLE * people + (1000n - FIXED_COST_PER_MILLE) * count * BigInt(u.population),
    ),
  );
  const gaps = need.map((n, i) => {
    const gap = n.tiyn - (ownParts[i] as Money).tiyn;
    return gap > 0n ? gap : 0n;
  });
  const transfers = split(revenues.minus(own), gaps);
  const byCode = new Map(
    generated.map((u, i) => [u.code, generatedFigures(ownParts[i] as Money, transfers[i] as Money)]),
  );
  return units.map((unit) => {
    const figures = published.get(unit.code);
    return figures === undefined
      ? { unit, figures: byCode.get(unit.code) as BudgetFigures, published: false }
      : { unit, figures, published: true };
  });
}
