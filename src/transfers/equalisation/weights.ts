import { Dec } from "../../money/decimal.js";
import type { CheckedMethod, CheckedUnit } from "./equalise-input.js";
import type { PoolShares } from "./types.js";

/** The pool shares of the weights method: each unit weighs its indicator (given for every unit: the input schema requires it). */
export function weightShares(
  units: readonly CheckedUnit[],
  method: Extract<CheckedMethod, { kind: "weights" }>,
): PoolShares {
  const values = units.map((unit) => new Dec(unit.indicators?.[method.indicator] ?? "0"));
  const total = values.reduce((sum, v) => sum.plus(v), new Dec(0));
  const entries = values.map((weight, index) => ({
    index,
    weight,
    basis: `${method.indicator} ${weight.toFixed()} of ${total.toFixed()}`,
  }));
  return { pool: method.pool, entries, withdrawals: [] };
}
