import { Dec } from "../../money/decimal.js";
import { Money } from "../../money/money.js";
import type { CheckedChangeLimit, CheckedConstraints, CheckedUnit } from "./equalise-input.js";
import type { Limit } from "./types.js";

/** The limit `pick` prefers (the first on a tie), or `undefined` when there is none. */
function strictest(limits: readonly Limit[], pick: (a: Money, b: Money) => boolean): Limit | undefined {
  return limits.reduce<Limit | undefined>(
    (best, l) => (best === undefined || pick(l.amount, best.amount) ? l : best),
    undefined,
  );
}

/**
 * The corridor a change limit sets around last year's amount: `up` rounded down to the tiyn, `down`
 * rounded up (it may be negative; the floor then is zero).
 */
function changeLimit(last: Money, limit: CheckedChangeLimit): { up: Money; down: Money; label: string } {
  if (limit.kind === "amount") {
    return { up: last.plus(limit.amount), down: last.minus(limit.amount), label: limit.amount.toString() };
  }
  const p = new Dec(limit.percent).dividedBy(100);
  return {
    up: last.times(new Dec(1).plus(p).toFixed(), "floor"),
    down: last.times(new Dec(1).minus(p).toFixed(), "ceil"),
    label: `${limit.percent} %`,
  };
}

/**
 * A unit's effective floor: its own floor or the common one, raised by the change limit's floor when
 * it has a last year; `undefined` when none applies.
 */
export function floorOf(unit: CheckedUnit, c: CheckedConstraints): Limit | undefined {
  const limits: Limit[] = [];
  const own = c.floorByUnit?.[unit.id];
  if (own !== undefined) limits.push({ amount: own, reason: "unit floor" });
  else if (c.floor !== undefined) limits.push({ amount: c.floor, reason: "common floor" });
  if (c.maxChange !== undefined && unit.lastYear !== undefined) {
    const { down, label } = changeLimit(unit.lastYear, c.maxChange);
    const amount = down.isNegative() ? Money.zero : down;
    limits.push({ amount, reason: `at most ${label} below last year's ${unit.lastYear}` });
  }
  return strictest(limits, (a, b) => a.compare(b) > 0);
}

/**
 * A unit's effective cap: the lowest of its own cap or the common one, the per-capita cap and the
 * change limit's cap; `undefined` when none applies.
 */
export function capOf(unit: CheckedUnit, c: CheckedConstraints): Limit | undefined {
  const limits: Limit[] = [];
  const own = c.capByUnit?.[unit.id];
  if (own !== undefined) limits.push({ amount: own, reason: "unit cap" });
  else if (c.cap !== undefined) limits.push({ amount: c.cap, reason: "common cap" });
  if (c.capPerCapita !== undefined) {
    const { amount, indicator } = c.capPerCapita;
    const people = unit.indicators?.[indicator] ?? "0";
    limits.push({
      amount: amount.times(people, "floor"),
      reason: `${amount} per person × ${indicator} ${people}`,
    });
  }
  if (c.maxChange !== undefined && unit.lastYear !== undefined) {
    const { up, label } = changeLimit(unit.lastYear, c.maxChange);
    limits.push({ amount: up, reason: `at most ${label} above last year's ${unit.lastYear}` });
  }
  return strictest(limits, (a, b) => a.compare(b) < 0);
}
