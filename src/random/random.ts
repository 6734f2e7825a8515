/*
 * Seeded draws for generated data, never for money arithmetic. Only integer operations, additions and
 * multiplications by powers of two are used, which IEEE 754 defines exactly: the same seed gives the same
 * draws on every platform and engine (no Math.random, no Math.exp or Math.log, whose last bits may differ).
 */

/**
 * A seeded source of uniform numbers in [0, 1) (splitmix32): each is a whole multiple of 2^-32, the same
 * sequence for the same seed everywhere.
 *
 * @param seed - A whole number; only its low 32 bits count.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

/**
 * A draw of the standard normal distribution, approximated by the Irwin–Hall sum of 12 uniforms less 6
 * (mean 0, variance 1, tails cut at ±6): additions of multiples of 2^-32 only, so exact everywhere.
 */
export function normalDraw(random: () => number): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += random();
  return sum - 6;
}

/** A whole number from 0 to `n` − 1, uniform (`n` a positive safe integer below 2^21 · 2^32). */
export function indexBelow(random: () => number, n: number): number {
  return Math.floor(random() * n);
}

/**
 * Draws indexes 0 … n − 1 with probability proportional to `weights` (Vose's alias method): constant
 * time a draw after a table built once.
 */
export function aliasSampler(weights: readonly number[]): (random: () => number) => number {
  const n = weights.length;
  const total = weights.reduce((a, b) => a + b, 0);
  const scaled = weights.map((w) => (w * n) / total);
  const [prob, alias] = [new Float64Array(n), new Int32Array(n)];
  const small = scaled.flatMap((p, i) => (p < 1 ? [i] : []));
  const large = scaled.flatMap((p, i) => (p >= 1 ? [i] : []));
  while (small.length > 0 && large.length > 0) {
    const [s, l] = [small.pop() as number, large.pop() as number];
    [prob[s], alias[s]] = [scaled[s] as number, l];
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    ((scaled[l] as number) < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) prob[i] = 1;
  return (random) => {
    const i = Math.floor(random() * n);
    return random() < (prob[i] as number) ? i : (alias[i] as number);
  };
}
