import type { Issue } from "../../errors/issue.js";
import { Dec } from "../../money/decimal.js";
import { capOf, floorOf } from "./constraints.js";
import type { CheckedEqualisation, CheckedUnit } from "./equalise-input.js";
import { type BoundedPool, feasibilityIssues } from "./feasibility.js";
import { gapFillingShares } from "./gap-filling.js";
import type { WithdrawalEntry } from "./types.js";
import { weightShares } from "./weights.js";

/** A checked equalisation made ready to fill: the units sharing the pool with their limits, the withdrawals. */
export interface PreparedPool extends BoundedPool {
  readonly withdrawals: readonly WithdrawalEntry[];
  /** Why the pool cannot be placed within its limits; empty when it can. */
  readonly issues: readonly Issue[];
}

/** Decimal weights as whole numbers at one common scale (exact). */
function scaledIntegers(weights: readonly Dec[]): bigint[] {
  const places = Math.max(0, ...weights.map((w) => w.decimalPlaces()));
  const scale = new Dec(10).pow(places);
  return weights.map((w) => BigInt(w.times(scale).toFixed(0)));
}

/**
 * The pool of a checked input by its method, each sharing unit's weight, floor and cap, the budget
 * withdrawals, and the issues that make the pool infeasible.
 */
export function preparePool({ units, method }: CheckedEqualisation): PreparedPool {
  const { pool, entries, withdrawals } =
    method.kind === "gap_filling" ? gapFillingShares(units, method) : weightShares(units, method);
  const constraints = method.constraints ?? {};
  const bounded: BoundedPool = {
    pool,
    entries,
    weights: scaledIntegers(entries.map((e) => e.weight)),
    floors: entries.map((e) => floorOf(units[e.index] as CheckedUnit, constraints)),
    caps: entries.map((e) => capOf(units[e.index] as CheckedUnit, constraints)),
  };
  return { ...bounded, withdrawals, issues: feasibilityIssues(units, bounded) };
}
