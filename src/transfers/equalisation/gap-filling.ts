import { Dec } from "../../money/decimal.js";
import { Money } from "../../money/money.js";
import type { CheckedMethod, CheckedUnit } from "./equalise-input.js";
import type { PoolEntry, PoolShares, WithdrawalEntry } from "./types.js";

/**
 * The pool shares of gap filling: each unit's gap is forecast costs − forecast own revenues, its weight
 * in the pool (in tiyn); a unit with a surplus has weight zero when it keeps it, or pays a budget
 * withdrawal of its surplus. The pool is the method's, else the total gap.
 */
export function gapFillingShares(
  units: readonly CheckedUnit[],
  method: Extract<CheckedMethod, { kind: "gap_filling" }>,
): PoolShares {
  const entries: PoolEntry[] = [];
  const withdrawals: WithdrawalEntry[] = [];
  units.forEach((unit, index) => {
    // both forecasts are there: the input schema requires them under gap filling
    const revenues = unit.forecastOwnRevenues ?? Money.zero;
    const costs = unit.forecastCosts ?? Money.zero;
    const gap = costs.minus(revenues);
    const figures = `costs ${costs} − own revenues ${revenues}`;
    if (!gap.isNegative()) {
      entries.push({ index, weight: new Dec(gap.tiyn.toString()), basis: `gap ${gap} (${figures})` });
    } else if (method.surpluses.kind === "withdraw") {
      withdrawals.push({ index, surplus: gap.negate(), basis: `surplus ${gap.negate()} (${figures})` });
    } else {
      entries.push({ index, weight: new Dec(0), basis: `no gap: surplus ${gap.negate()} kept (${figures})` });
    }
  });
  const totalGap = Money.fromTiyn(entries.reduce((sum, e) => sum + BigInt(e.weight.toFixed(0)), 0n));
  return { pool: method.pool ?? totalGap, entries, withdrawals };
}
