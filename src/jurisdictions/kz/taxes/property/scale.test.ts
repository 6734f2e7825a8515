import { describe, expect, it } from "vitest";
import { Money } from "../../../../money/money.js";
import { PROPERTY_TAX_SCALE_2017, PROPERTY_TAX_SCALE_2026, type PropertyTaxRow, taxInRow } from "./scale.js";

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

  it("each fixed sum is the tax of the row below at the row's lower edge (marginal schedule)", () => {
    // taxInRow(previous row, edge) must give the law's fixed sum of the next row (asserted equal to the
    // hand-typed LAW_2026 above), e.g. 471 600 + 0.65 % × 50 mn = 796 600 at 150 mn and
    // 2 196 600 + 0.75 % × 100 mn = 2 946 600 at 450 mn (prop-01).
    const rows = PROPERTY_TAX_SCALE_2026.rows;
    for (let i = 1; i < rows.length; i++) {
      const prev = rows[i - 1] as PropertyTaxRow;
      const row = rows[i] as PropertyTaxRow;
      expect(prev.upTo?.toKzt()).toBe(row.over.toKzt());
      expect({ over: row.over.toKzt(), tax: taxInRow(prev, row.over).toKzt() }).toEqual({
        over: row.over.toKzt(),
        tax: row.fixed.toKzt(),
      });
    }
  });

  it("the hand-typed law table is itself a marginal schedule in whole tenge", () => {
    for (let i = 1; i < LAW_2026.length; i++) {
      const [over, fixed] = LAW_2026[i] as [bigint, bigint, bigint];
      const [prevOver, prevFixed, prevBp] = LAW_2026[i - 1] as [bigint, bigint, bigint];
      expect(prevFixed + ((over - prevOver) * prevBp) / 10_000n).toBe(fixed);
      expect(((over - prevOver) * prevBp) % 10_000n).toBe(0n);
    }
  });
});
