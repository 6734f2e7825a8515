/*
 * The seeded draws of the national generator: the library's seeded source and alias table
 * (src/random/random.ts), and the spread of amounts.
 */
export { aliasSampler, seededRandom as seeded } from "../../src/random/random.js";

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
