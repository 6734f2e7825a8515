/*
 * A seeded random source for generated data (never for money arithmetic): splitmix32, and an alias table
 * to draw an index by weight in constant time.
 */

/** A function giving uniform numbers in [0, 1), the same sequence for the same seed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
}

/** Draws indexes 0 … n-1 with probability proportional to `weights` (Vose's alias method). */
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

/**
 * Multipliers per mille of a lognormal spread (σ = 0.8) with mean 1000: an amount is its line's mean
 * times one of them, divided by 1000, in whole tiyn.
 */
export function spreadPerMille(count = 64): Int32Array {
  const sigma = 0.8;
  const raw = Array.from({ length: count }, (_, i) => {
    // the quantile (i + 0.5) / count of the standard normal, by the inverse error function's series
    const p = (i + 0.5) / count;
    const z = Math.sqrt(2) * inverseErf(2 * p - 1);
    return Math.exp(sigma * z);
  });
  const mean = raw.reduce((a, b) => a + b, 0) / count;
  return Int32Array.from(raw, (r) => Math.max(1, Math.round((r / mean) * 1000)));
}

/** An approximation of the inverse error function (Giles 2010), good to about 1e-7 here. */
function inverseErf(x: number): number {
  let w = -Math.log((1 - x) * (1 + x));
  if (w < 5) {
    w -= 2.5;
    let p = 2.81022636e-8;
    for (const c of [
      3.43273939e-7, -3.5233877e-6, -4.39150654e-6, 0.00021858087, -0.00125372503, -0.00417768164,
      0.246640727, 1.50140941,
    ])
      p = c + p * w;
    return p * x;
  }
  w = Math.sqrt(w) - 3;
  let p = -0.000200214257;
  for (const c of [
    0.000100950558, 0.00134934322, -0.00367342844, 0.00573950773, -0.0076224613, 0.00943887047, 1.00167406,
    2.83297682,
  ])
    p = c + p * w;
  return p * x;
}

/** A standard normal number from two uniform ones (Box–Muller). */
export function normal(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
