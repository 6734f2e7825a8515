import type { Citation } from "../../citation/citation.js";
import { type PlanningLaw, planningLawOf } from "../../law/law.js";
import { Money } from "../../money/money.js";
import type { CheckedPlan, CheckedUnit } from "./input.js";
import { signedAmount } from "./net-transfer.js";
import type { PlannedTransfer } from "./result-types.js";
import type { PlanLaw } from "./types.js";

/** The planning law of the year a plan is made in; `undefined` when the law does not cover it (reported elsewhere). */
export function planningTermsOf(madeIn: number, law: PlanLaw): PlanningLaw | undefined {
  try {
    return planningLawOf(madeIn, law).value;
  } catch {
    return undefined;
  }
}

const sumOf = (amounts: Readonly<Record<string, Money>> | undefined): Money =>
  Money.sum(Object.values(amounts ?? {}));

/** The base-year costs the forecast starts from: `base.costs` − the excluded categories. */
export const costBaseOf = (unit: Pick<CheckedUnit, "base">): Money =>
  unit.base.costs.minus(sumOf(unit.base.excludedCosts));

/**
 * The base-year lines the revenue forecast starts from: each line less its over-plan part, unless the
 * planning law's `overPlanRevenue.inForecastBase` keeps it in (or the law has no such rule).
 */
export function revenueBaseOf(unit: Pick<CheckedUnit, "base">, terms: PlanningLaw | undefined) {
  const { ownRevenues, overPlan } = unit.base;
  if (overPlan === undefined || terms?.overPlanRevenue?.inForecastBase !== false) return ownRevenues;
  return Object.fromEntries(
    Object.entries(ownRevenues).map(([line, amount]) => [line, amount.minus(overPlan[line] ?? Money.zero)]),
  );
}

/** The shortfall of one direction in one year: minimum − financed, zero when the financing reached the minimum. */
export function entryShortfall(m: { readonly minimum: Money; readonly financed: Money }): Money {
  const gap = m.minimum.minus(m.financed);
  return gap.isNegative() ? Money.zero : gap;
}

/** A unit's minimum-funding shortfalls: Σ (minimum − financed) over the directions and years below minimum. */
export function shortfallOf(unit: Pick<CheckedUnit, "minimumFunding">): Money {
  return Money.sum((unit.minimumFunding ?? []).map(entryShortfall));
}

/**
 * The years of the period a plan sets in which a unit's volume comes from the formula: the plan's years
 * from its first, as many as the planning period, without a fixed volume or an equalisation method.
 */
export function formulaYearsOf(input: CheckedPlan, unit: number, years: readonly number[], period: number) {
  const u = input.units[unit];
  const fixed = new Set((u?.fixedVolumes ?? []).map((v) => v.year));
  const first = years[0] ?? 0;
  // read before the equalisation's own checks: its map may not be one yet
  const byYear: unknown = input.equalisation?.byYear;
  const methods = typeof byYear === "object" && byYear !== null ? (byYear as Record<number, unknown>) : {};
  return years.filter((y) => y < first + period && !fixed.has(y) && methods[y] === undefined);
}

/** The shortfall counted in one year of a unit's volumes, and its ground. */
export interface CountedShortfall {
  readonly amount: Money;
  readonly citation: Citation;
}

/**
 * The part of each unit's minimum-funding shortfalls counted in each formula year of the period the plan
 * sets (see `MinimumFundingRule`): all in the first such year, or in equal parts to the tiyn (the
 * remainder to the earliest years). Empty without shortfalls or without the rule.
 */
export function shortfallShares(
  input: CheckedPlan,
  years: readonly number[],
  terms: PlanningLaw,
): ReadonlyMap<number, CountedShortfall>[] {
  const rule = terms.minimumFunding;
  return input.units.map((u, i) => {
    const total = shortfallOf(u);
    if (rule === undefined || total.isZero()) return new Map();
    const counted = formulaYearsOf(input, i, years, terms.period);
    if (counted.length === 0) return new Map();
    const targets = rule.spread === "first_year" ? counted.slice(0, 1) : counted;
    const parts = total.allocate(targets.map(() => 1));
    return new Map(targets.map((y, k) => [y, { amount: parts[k] as Money, citation: rule.citation }]));
  });
}

/**
 * A formula transfer with a shortfall counted: the unit's net transfer (subvention positive) less the
 * shortfall, a subvention, a withdrawal or none by its sign.
 */
export function withShortfall(
  transfer: PlannedTransfer,
  shortfall: CountedShortfall | undefined,
): PlannedTransfer {
  if (shortfall === undefined) return transfer;
  const net = signedAmount(transfer).minus(shortfall.amount);
  const kind = net.isZero() ? "none" : net.isNegative() ? "withdrawal" : "subvention";
  return { ...transfer, kind, amount: net.abs(), shortfall };
}

/** The unit's base-year amounts the law names: its excluded costs and its over-plan revenue, when given. */
export function baseTermsOf(unit: Pick<CheckedUnit, "base">, terms: PlanningLaw | undefined) {
  const { excludedCosts, overPlan } = unit.base;
  const exclusions = terms?.costExclusions;
  const rule = terms?.overPlanRevenue;
  return {
    ...(excludedCosts === undefined || exclusions === undefined
      ? {}
      : {
          excludedCosts: {
            amounts: excludedCosts,
            total: sumOf(excludedCosts),
            citation: exclusions.citation,
          },
        }),
    ...(overPlan === undefined || rule === undefined
      ? {}
      : {
          overPlan: {
            amounts: overPlan,
            total: sumOf(overPlan),
            citation: rule.citation,
            inForecastBase: rule.inForecastBase,
          },
        }),
  };
}
