import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shapleyParts } from "../src/compare/shapley.js";

/**
 * The rounding of Shapley values to whole tiyn, over any effects of 1–5 components (values of every
 * subset, in tiyn, v(∅) = 0). The exact values come from the definition itself — the marginal
 * contributions averaged over every one of the n! orders — not from the subset formula the code uses.
 */

/** Every order of 0…n−1. */
function orders(n: number): number[][] {
  if (n === 0) return [[]];
  return orders(n - 1).flatMap((o) =>
    Array.from({ length: n }, (_, k) => [...o.slice(0, k), n - 1, ...o.slice(k)]),
  );
}

/** n! × each component's Shapley value: the sum over all orders of its marginal contribution. */
function exactTimesOrders(values: readonly bigint[], n: number): bigint[] {
  const sums = Array.from({ length: n }, () => 0n);
  for (const order of orders(n)) {
    let mask = 0;
    for (const i of order) {
      sums[i] = (sums[i] ?? 0n) + (values[mask | (1 << i)] ?? 0n) - (values[mask] ?? 0n);
      mask |= 1 << i;
    }
  }
  return sums;
}

const factorial = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * factorial(n - 1));

/** Effects of every subset of n components (v(∅) = 0), with the ties of small values. */
const gameArb = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc
    .tuple(
      fc.array(
        fc.oneof(fc.bigInt({ min: -3n, max: 3n }), fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n })),
        {
          minLength: 2 ** n - 1,
          maxLength: 2 ** n - 1,
        },
      ),
      fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
    )
    .map(([rest, tieOrder]) => ({ n, values: [0n, ...rest], tieOrder })),
);

describe("shapleyParts", () => {
  it("sums exactly to the total and lies within one tiyn of each exact Shapley value", () => {
    fc.assert(
      fc.property(gameArb, ({ n, values, tieOrder }) => {
        const parts = shapleyParts(values, n, tieOrder);
        const total = parts.reduce((a, p) => a + p.tiyn, 0n);
        expect(total).toBe(values[2 ** n - 1]);
        const exact = exactTimesOrders(values, n);
        const orders = factorial(n);
        parts.forEach((p, i) => {
          const gap = p.tiyn * orders - (exact[i] ?? 0n);
          expect(gap > -orders && gap < orders).toBe(true);
          // a whole exact value is given as it is
          if ((exact[i] ?? 0n) % orders === 0n) expect(p.tiyn * orders).toBe(exact[i]);
        });
      }),
    );
  });

  it("does not depend on the numbering of the components, ties following the tie order", () => {
    fc.assert(
      fc.property(gameArb, fc.nat(), ({ n, values, tieOrder }, seed) => {
        // renumber: component i becomes σ(i)
        const sigma = Array.from({ length: n }, (_, i) => (i + seed) % n);
        const moved = (mask: number) =>
          sigma.reduce((m, to, from) => ((mask & (1 << from)) !== 0 ? m | (1 << to) : m), 0);
        const renumbered: bigint[] = [];
        values.forEach((v, mask) => {
          renumbered[moved(mask)] = v;
        });
        const parts = shapleyParts(values, n, tieOrder);
        const again = shapleyParts(
          renumbered,
          n,
          tieOrder.map((i) => sigma[i] as number),
        );
        expect(sigma.map((to) => again[to]?.tiyn)).toEqual(parts.map((p) => p.tiyn));
      }),
    );
  });

  it("gives zero to a component that never changes the effect, and the total to a lone one", () => {
    fc.assert(
      fc.property(gameArb, fc.nat(), ({ n, values, tieOrder }, pick) => {
        const idle = pick % n;
        // the effect of a set is the effect of the set without the idle component
        const game = values.map((_, mask) => values[mask & ~(1 << idle)] ?? 0n);
        expect(shapleyParts(game, n, tieOrder)[idle]?.tiyn).toBe(0n);
        expect(shapleyParts([0n, values[1] ?? 0n], 1, [0]).map((p) => p.tiyn)).toEqual([values[1]]);
      }),
    );
  });

  it("splits what two components do only together evenly, the odd tiyn to the first in the tie order", () => {
    // v({0}) = v({1}) = 0, v({0, 1}) = 3 tiyn: each exact value is 1.5 tiyn
    expect(shapleyParts([0n, 0n, 0n, 3n], 2, [0, 1]).map((p) => p.tiyn)).toEqual([2n, 1n]);
    expect(shapleyParts([0n, 0n, 0n, 3n], 2, [1, 0]).map((p) => p.tiyn)).toEqual([1n, 2n]);
    // −3 tiyn: −1.5 each, rounded down to −2 each, the tiyn left over to the first in the tie order
    expect(shapleyParts([0n, 0n, 0n, -3n], 2, [0, 1]).map((p) => p.tiyn)).toEqual([-1n, -2n]);
  });
});
