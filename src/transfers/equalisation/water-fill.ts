import { Money } from "../../money/money.js";

/** One recipient of a bounded pool: its weight (a whole number at a common scale) and bounds, in tiyn. */
export interface BoundedRecipient {
  /** Non-negative weight, already scaled to a whole number common to all recipients. */
  readonly weight: bigint;
  /** The least the recipient may get, tiyn (≥ 0). */
  readonly floor: bigint;
  /** The most the recipient may get, tiyn; `undefined` when unbounded. */
  readonly cap: bigint | undefined;
}

/**
 * Which bound, if any, fixed a recipient's amount.
 *
 * @category Transfers
 */
export type BindingBound = "floor" | "cap" | "none";

/** The result of {@link waterFill}: one amount and one binding bound per recipient, in order. */
export interface WaterFill {
  readonly amounts: readonly bigint[];
  readonly bound: readonly BindingBound[];
}

/**
 * Splits `pool` tiyn among `recipients` in proportion to their weights, within their floors and caps,
 * by water-filling: split what is left among the recipients not yet fixed (largest remainder, ties by
 * order); if some shares fall below their floor or rise above their cap, fix one side at its bounds —
 * the floors when their total shortfall is at least the caps' total excess, else the caps (the
 * Bitran–Hax rule: the fixed side stays bound at the solution) — and repeat. At most one round per
 * recipient; exact to the tiyn.
 *
 * The caller checks feasibility first (see `equalise`); `undefined` when the pool cannot be placed
 * (what is left has no recipient with a positive weight).
 * @internal
 */
export function waterFill(pool: bigint, recipients: readonly BoundedRecipient[]): WaterFill | undefined {
  const amounts = recipients.map(() => 0n);
  const bound: BindingBound[] = recipients.map(() => "none");
  let free = recipients.map((_, i) => i);
  let left = pool;
  for (;;) {
    // With no positive weight left, each free share is zero (its weight's share of any rate); floors
    // may still fix some, and money that no one can take makes the pool unplaceable.
    const weights = free.map((i) => recipients[i]?.weight ?? 0n);
    const shares = splitByWeight(left, weights) ?? weights.map(() => 0n);
    let shortfall = 0n;
    let excess = 0n;
    const below: number[] = [];
    const above: number[] = [];
    free.forEach((i, k) => {
      const r = recipients[i] as BoundedRecipient;
      const share = shares[k] ?? 0n;
      amounts[i] = share;
      if (share < r.floor) {
        shortfall += r.floor - share;
        below.push(i);
      } else if (r.cap !== undefined && share > r.cap) {
        excess += share - r.cap;
        above.push(i);
      }
    });
    if (below.length === 0 && above.length === 0) {
      return shares.reduce((a, b) => a + b, 0n) === left ? { amounts, bound } : undefined;
    }
    const fixed = new Set<number>();
    if (shortfall >= excess) {
      for (const i of below) {
        amounts[i] = (recipients[i] as BoundedRecipient).floor;
        bound[i] = "floor";
        fixed.add(i);
      }
    }
    if (excess >= shortfall) {
      for (const i of above) {
        amounts[i] = (recipients[i] as BoundedRecipient).cap ?? 0n;
        bound[i] = "cap";
        fixed.add(i);
      }
    }
    for (const i of fixed) left -= amounts[i] ?? 0n;
    free = free.filter((i) => !fixed.has(i));
  }
}

/**
 * `amount` tiyn split by `weights` (largest remainder, ties by order); all zeros when there is nothing
 * to split; `undefined` when there is something to split but no positive weight.
 * @internal
 */
export function splitByWeight(amount: bigint, weights: readonly bigint[]): readonly bigint[] | undefined {
  if (weights.every((w) => w === 0n)) return amount === 0n ? weights.map(() => 0n) : undefined;
  return Money.fromTiyn(amount)
    .allocate(weights)
    .map((m) => m.tiyn);
}
