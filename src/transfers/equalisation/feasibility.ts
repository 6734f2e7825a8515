import type { Issue } from "../../errors/issue.js";
import { Money } from "../../money/money.js";
import type { CheckedUnit } from "./equalise-input.js";
import type { Limit, PoolEntry } from "./types.js";

/** The units sharing a pool with their weights and limits, as the feasibility checks read them. */
export interface BoundedPool {
  readonly pool: Money;
  readonly entries: readonly PoolEntry[];
  /** Each entry's weight as a whole number at a common scale. */
  readonly weights: readonly bigint[];
  readonly floors: readonly (Limit | undefined)[];
  readonly caps: readonly (Limit | undefined)[];
}

const CONSTRAINTS = ["method", "constraints"] as const;

/** A floor above the cap of the same unit. */
function crossedLimits(units: readonly CheckedUnit[], p: BoundedPool): Issue[] {
  return p.entries.flatMap((e, k): Issue[] => {
    const floor = p.floors[k];
    const cap = p.caps[k];
    if (floor === undefined || cap === undefined || floor.amount.compare(cap.amount) <= 0) return [];
    return [
      {
        path: ["units", e.index],
        code: "INVALID_INPUT",
        message: `${units[e.index]?.id}: floor ${floor.amount} (${floor.reason}) is above its cap ${cap.amount} (${cap.reason})`,
      },
    ];
  });
}

/** Floors that take more than the pool. */
function floorsAbovePool(units: readonly CheckedUnit[], p: BoundedPool): Issue[] {
  const total = Money.sum(p.floors.map((f) => f?.amount ?? Money.zero));
  if (total.compare(p.pool) <= 0) return [];
  const parts = p.entries.flatMap((e, k) => {
    const f = p.floors[k];
    return f === undefined || f.amount.isZero() ? [] : [`${units[e.index]?.id} ${f.amount} (${f.reason})`];
  });
  return [
    {
      path: [...CONSTRAINTS, "floor"],
      code: "INVALID_INPUT",
      message: `floors sum to ${total}, above the pool ${p.pool}: ${parts.join(", ")}`,
    },
  ];
}

/**
 * Caps that leave part of the pool unplaced. The most the units can take: its cap for a unit with a
 * positive weight (unbounded without one), its floor for a unit of weight zero (water-filling gives it
 * nothing beyond its floor).
 */
function capsBelowPool(units: readonly CheckedUnit[], p: BoundedPool): Issue[] {
  let reachable = Money.zero;
  let capped = false;
  const parts: string[] = [];
  for (const [k, e] of p.entries.entries()) {
    const id = units[e.index]?.id;
    const cap = p.caps[k];
    if ((p.weights[k] ?? 0n) === 0n) {
      const floor = p.floors[k]?.amount ?? Money.zero;
      reachable = reachable.plus(floor);
      parts.push(`${id} ${floor} (weight zero)`);
    } else if (cap === undefined) {
      return [];
    } else {
      reachable = reachable.plus(cap.amount);
      capped = true;
      parts.push(`${id} ${cap.amount} (${cap.reason})`);
    }
  }
  if (reachable.compare(p.pool) >= 0) return [];
  const zeroWeight = parts.some((part) => part.endsWith("(weight zero)"))
    ? "; a unit of weight zero (no gap, or an indicator of 0) takes only its floor"
    : "";
  return [
    {
      path: capped ? [...CONSTRAINTS, "cap"] : ["method", "pool"],
      code: "INVALID_INPUT",
      message: `the units can receive at most ${reachable}, below the pool ${p.pool}: ${parts.join(", ")}${zeroWeight}`,
    },
  ];
}

/**
 * Why a pool cannot be placed within its floors and caps, all at once: a unit's floor above its cap,
 * floors summing above the pool, caps (and the floors of zero-weight units) summing below it.
 */
export function feasibilityIssues(units: readonly CheckedUnit[], p: BoundedPool): Issue[] {
  return [...crossedLimits(units, p), ...floorsAbovePool(units, p), ...capsBelowPool(units, p)];
}
