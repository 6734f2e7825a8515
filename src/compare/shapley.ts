import { Money } from "../money/money.js";

/** n! as a bigint. */
function factorial(n: number): bigint {
  let f = 1n;
  for (let k = 2n; k <= BigInt(n); k++) f *= k;
  return f;
}

/** The number of components in a subset (the bits set in its mask). */
const sizeOf = (mask: number): number => {
  let size = 0;
  for (let m = mask; m > 0; m >>= 1) size += m & 1;
  return size;
};

/** `a ÷ b` rounded down (towards −∞), for a positive `b`. */
const floorDiv = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
};

/**
 * The Shapley values of n components, in whole tiyn that sum exactly to the total effect.
 *
 * `values[mask]` is the effect (tiyn) of the components whose bits are set in `mask` (bit i: component
 * i), `values[0]` being 0. The Shapley value of component i is its marginal contribution averaged over
 * all n! orders: φᵢ = Σ over subsets S without i of |S|!·(n−|S|−1)!/n! × (v(S ∪ {i}) − v(S)). Its
 * numerator over n! is exact (bigint); the φᵢ sum to v(all) − v(∅). Each is rounded down to the tiyn; the
 * tiyn left over (fewer than n) go one each to the largest remainders by {@link Money.allocate}, equal
 * remainders served in the order of `tieOrder` (indexes of the components, e.g. sorted by id). So each
 * part lies within one tiyn of its exact value, a part whose exact value is whole is that value (a
 * component that never changes anything gets 0), and the parts sum to v(all) exactly.
 */
export function shapleyParts(values: readonly bigint[], n: number, tieOrder: readonly number[]): Money[] {
  const all = (1 << n) - 1;
  const weights = Array.from({ length: n }, (_, k) => factorial(k) * factorial(n - k - 1));
  const numerators = Array.from({ length: n }, () => 0n);
  for (let mask = 0; mask <= all; mask++) {
    const without = weights[sizeOf(mask)];
    for (let i = 0; i < n; i++) {
      if ((mask & (1 << i)) !== 0 || without === undefined) continue;
      const gain = (values[mask | (1 << i)] ?? 0n) - (values[mask] ?? 0n);
      numerators[i] = (numerators[i] ?? 0n) + without * gain;
    }
  }
  const denominator = factorial(n);
  const floors = numerators.map((v) => floorDiv(v, denominator));
  const remainders = numerators.map((v, i) => v - (floors[i] ?? 0n) * denominator);
  const total = (values[all] ?? 0n) - (values[0] ?? 0n);
  const leftover = total - floors.reduce((a, b) => a + b, 0n);
  const extra =
    leftover === 0n
      ? tieOrder.map(() => Money.zero)
      : Money.fromTiyn(leftover).allocate(tieOrder.map((i) => (remainders[i] ?? 0n).toString()));
  const parts = floors.map((f) => Money.fromTiyn(f));
  return parts.map((p, i) => p.plus(extra[tieOrder.indexOf(i)] ?? Money.zero));
}
