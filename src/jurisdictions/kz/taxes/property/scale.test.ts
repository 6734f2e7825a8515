import { describe, expect, it } from "vitest";
import { Money } from "../../../../money/money.js";
import { PROPERTY_TAX_SCALE_2017, PROPERTY_TAX_SCALE_2026 } from "./scale.js";

/**
 * The law's table, typed by hand from tax-rates.md §3.2 (2017 Code Art. 531 p.1) and Part 2 §4.6 (2026 Code
 * Art. 602 p.1): [lower edge, fixed sum, rate in basis points (0.01 %)].
 */
const LAW_2017: readonly [bigint, bigint, bigint][] = [
  [0n, 0n, 5n],
  [2_000_000n, 1_000n, 8n],
  [4_000_000n, 2_600n, 10n],
  [6_000_000n, 4_600n, 15n],
  [8_000_000n, 7_600n, 20n],
  [10_000_000n, 11_600n, 25n],
  [12_000_000n, 16_600n, 30n],
  [14_000_000n, 22_600n, 35n],
  [16_000_000n, 29_600n, 40n],
  [18_000_000n, 37_600n, 45n],
  [20_000_000n, 46_600n, 50n],
  [75_000_000n, 321_600n, 60n],
  [100_000_000n, 471_600n, 65n],
];
const LAW_2026: readonly [bigint, bigint, bigint][] = [
  ...LAW_2017,
  [150_000_000n, 796_600n, 70n],
  [350_000_000n, 2_196_600n, 75n],
  [450_000_000n, 2_946_600n, 200n],
];

const bp = (ratePercent: string): bigint => {
  // "0.08" → 8n, "2" → 200n: percent with at most two decimals, read without floats.
  const [whole = "0", fraction = ""] = ratePercent.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
};

describe("property-tax scale rows", () => {
  it("the 2017 rows are the law's table (Art. 531 p.1)", () => {
    expect(
      PROPERTY_TAX_SCALE_2017.rows.map((r) => [r.over.tiyn / 100n, r.fixed.tiyn / 100n, bp(r.ratePercent)]),
    ).toEqual(LAW_2017);
    expect(PROPERTY_TAX_SCALE_2017.rows.at(-1)?.upTo?.equals(Money.kzt("150000000"))).toBe(true);
  });

  it("the 2026 rows are the law's table (Art. 602 p.1), last row open", () => {
    expect(
      PROPERTY_TAX_SCALE_2026.rows.map((r) => [r.over.tiyn / 100n, r.fixed.tiyn / 100n, bp(r.ratePercent)]),
    ).toEqual(LAW_2026);
    expect(PROPERTY_TAX_SCALE_2026.rows.at(-1)?.upTo).toBeUndefined();
  });

  it("each fixed sum is the cumulative tax at the row's lower edge (marginal schedule), by hand", () => {
    // fixed(i) = fixed(i−1) + rate(i−1) × (edge(i) − edge(i−1)), in whole tenge (every product is whole).
    expect(0n + (2_000_000n * 5n) / 10_000n).toBe(1_000n);
    expect(1_000n + (2_000_000n * 8n) / 10_000n).toBe(2_600n);
    expect(2_600n + (2_000_000n * 10n) / 10_000n).toBe(4_600n);
    expect(4_600n + (2_000_000n * 15n) / 10_000n).toBe(7_600n);
    expect(7_600n + (2_000_000n * 20n) / 10_000n).toBe(11_600n);
    expect(11_600n + (2_000_000n * 25n) / 10_000n).toBe(16_600n);
    expect(16_600n + (2_000_000n * 30n) / 10_000n).toBe(22_600n);
    expect(22_600n + (2_000_000n * 35n) / 10_000n).toBe(29_600n);
    expect(29_600n + (2_000_000n * 40n) / 10_000n).toBe(37_600n);
    expect(37_600n + (2_000_000n * 45n) / 10_000n).toBe(46_600n);
    expect(46_600n + (55_000_000n * 50n) / 10_000n).toBe(321_600n);
    expect(321_600n + (25_000_000n * 60n) / 10_000n).toBe(471_600n);
    expect(471_600n + (50_000_000n * 65n) / 10_000n).toBe(796_600n); // tax at 150 mn
    expect(796_600n + (200_000_000n * 70n) / 10_000n).toBe(2_196_600n); // 2026: tax at 350 mn
    expect(2_196_600n + (100_000_000n * 75n) / 10_000n).toBe(2_946_600n); // 2026: tax at 450 mn = prop-01
    // and the same check over the hand-typed table, row by row
    for (let i = 1; i < LAW_2026.length; i++) {
      const [over, fixed] = LAW_2026[i] as [bigint, bigint, bigint];
      const [prevOver, prevFixed, prevBp] = LAW_2026[i - 1] as [bigint, bigint, bigint];
      expect(prevFixed + ((over - prevOver) * prevBp) / 10_000n).toBe(fixed);
      expect(((over - prevOver) * prevBp) % 10_000n).toBe(0n);
    }
  });
});
