import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moneyArb, nonNegativeMoneyArb, tiynArb, weightArb } from "../../test/arbitraries/money.js";
import { codeOf } from "../../test/support.js";
import { divideRounded, ROUNDING_MODES, type RoundingMode } from "./decimal.js";
import { Money, percentOf } from "./money.js";

describe("Money parsing", () => {
  it("reads KZT strings, integers and bigints exactly", () => {
    expect(Money.kzt("1234.56").tiyn).toBe(123456n);
    expect(Money.kzt("-0.01").tiyn).toBe(-1n);
    expect(Money.kzt(15).tiyn).toBe(1500n);
    expect(Money.kzt(7n).tiyn).toBe(700n);
  });
  it("reads thousand-KZT figures as published", () => {
    // 65 315 thousand KZT = 65 315 000 KZT = 6 531 500 000 tiyn
    expect(Money.thousandKzt("65315").tiyn).toBe(6_531_500_000n);
    // −1 642.4 thousand KZT = −1 642 400 KZT
    expect(Money.thousandKzt("-1642.4").toKzt()).toBe("-1642400.00");
    expect(Money.thousandKzt("0.00001").tiyn).toBe(1n);
  });
  it("rejects floats, exponents, blanks and sub-tiyn amounts with INVALID_AMOUNT", () => {
    expect(codeOf(() => Money.kzt(1.5))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.kzt("1e3"))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.kzt(""))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.kzt("12,5"))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.kzt("1.005"))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.thousandKzt("0.000001"))).toBe("INVALID_AMOUNT");
  });
  it("rounds sub-tiyn amounts only when a mode is named", () => {
    expect(Money.kzt("1.005", "halfExpand").tiyn).toBe(101n);
    expect(Money.kzt("1.005", "halfEven").tiyn).toBe(100n);
    expect(Money.kzt("-1.005", "halfExpand").tiyn).toBe(-101n);
  });
});

describe("Money formatting", () => {
  it("prints KZT with two decimals and thousand KZT without trailing zeros", () => {
    expect(Money.kzt("65315000").toThousandKzt()).toBe("65315");
    expect(Money.kzt("-1642400").toThousandKzt()).toBe("-1642.4");
    expect(Money.fromTiyn(5n).toKzt()).toBe("0.05");
    expect(Money.fromTiyn(-5n).toKzt()).toBe("-0.05");
    expect(Money.zero.toKzt()).toBe("0.00");
    expect(JSON.stringify({ a: Money.kzt("3.10") })).toBe('{"a":"3.10"}');
  });
  it("rounds thousand-KZT output to the published one decimal", () => {
    // 1 642 449.99 KZT = 1 642.44999 thousand → 1 642.4; 1 642 450 KZT → 1 642.5 (half away from zero)
    expect(Money.kzt("1642449.99").toThousandKztRounded()).toBe("1642.4");
    expect(Money.kzt("1642450").toThousandKztRounded()).toBe("1642.5");
    expect(Money.kzt("-1642450").toThousandKztRounded()).toBe("-1642.5");
    expect(Money.kzt("5000").toThousandKztRounded(0)).toBe("5");
  });
});

describe("Money arithmetic", () => {
  it("multiplies by decimal factors with a named rounding", () => {
    // 4 641.50 KZT × 0.5 = 2 320.75; 10.01 × 0.5 = 5.005 → 5.01 (halfExpand) / 5.00 (halfEven)
    expect(Money.kzt("4641.50").times("0.5", "halfExpand").toKzt()).toBe("2320.75");
    expect(Money.kzt("10.01").times("0.5", "halfExpand").toKzt()).toBe("5.01");
    expect(Money.kzt("10.01").times("0.5", "halfEven").toKzt()).toBe("5.00");
  });
  it("rounds to whole tenge", () => {
    const tenge = Money.kzt(1);
    expect(Money.kzt("4641.50").roundTo(tenge, "halfExpand").toKzt()).toBe("4642.00");
    expect(Money.kzt("4641.50").roundTo(tenge, "halfEven").toKzt()).toBe("4642.00");
    expect(Money.kzt("4642.50").roundTo(tenge, "halfEven").toKzt()).toBe("4642.00");
    expect(Money.kzt("4641.49").roundTo(tenge, "halfExpand").toKzt()).toBe("4641.00");
    expect(Money.kzt("-4641.50").roundTo(tenge, "floor").toKzt()).toBe("-4642.00");
  });
  it("divides with every rounding mode as ECMA-402 defines them", () => {
    // 7/2 = 3.5 (tie), −7/2 = −3.5, 8/3 = 2.67, −8/3 = −2.67
    const table: Record<RoundingMode, [bigint, bigint, bigint, bigint]> = {
      ceil: [4n, -3n, 3n, -2n],
      floor: [3n, -4n, 2n, -3n],
      expand: [4n, -4n, 3n, -3n],
      trunc: [3n, -3n, 2n, -2n],
      halfCeil: [4n, -3n, 3n, -3n],
      halfFloor: [3n, -4n, 3n, -3n],
      halfExpand: [4n, -4n, 3n, -3n],
      halfTrunc: [3n, -3n, 3n, -3n],
      halfEven: [4n, -4n, 3n, -3n],
    };
    for (const mode of ROUNDING_MODES) {
      expect(
        [
          divideRounded(7n, 2n, mode),
          divideRounded(-7n, 2n, mode),
          divideRounded(8n, 3n, mode),
          divideRounded(-8n, 3n, mode),
        ],
        mode,
      ).toEqual(table[mode]);
    }
    expect(divideRounded(5n, 2n, "halfEven")).toBe(2n);
  });
  it("gives percentages of a whole, undefined for a zero whole", () => {
    // (39 585 + 0 + 2 000) / 54 959 = 75.666…% (Bel-Agach 2026 own revenues over costs)
    expect(percentOf(Money.thousandKzt("41585"), Money.thousandKzt("54959"))).toBe("75.7");
    expect(percentOf(Money.kzt(1), Money.zero)).toBeUndefined();
  });
});

describe("Money from plain JavaScript", () => {
  it("refuses unknown rounding modes and non-Money operands with INVALID_AMOUNT", () => {
    const m = Money.kzt("12.50");
    expect(codeOf(() => m.times("0.333", "bogus" as RoundingMode))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => m.times("0.333", undefined as unknown as RoundingMode))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => m.roundTo(Money.kzt(1), "bogus" as RoundingMode))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => m.plus(5 as unknown as Money))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => m.minus("1" as unknown as Money))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => m.compare(12.5 as unknown as Money))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.zero.equals(0 as unknown as Money))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => m.roundTo(100 as unknown as Money, "halfExpand"))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.sum([m, 5 as unknown as Money]))).toBe("INVALID_AMOUNT");
    expect(() => m.plus(5 as unknown as Money)).toThrow(
      '5 is not a Money amount: build one with Money.kzt("…") or Money.thousandKzt("…")',
    );
  });
});

describe("allocate", () => {
  it("splits by largest remainder, ties to the earlier weight", () => {
    // 100.00 / 3 = 33.333…: one tiyn left over, all remainders equal → the first part gets it
    expect(
      Money.kzt(100)
        .allocate([1, 1, 1])
        .map((m) => m.toKzt()),
    ).toEqual(["33.34", "33.33", "33.33"]);
    // 0.05 KZT in 70:30 → 3.5 and 1.5 tiyn → floors 3,1; remainders equal (0.5) → first gets it: 4,1
    expect(
      Money.kzt("0.05")
        .allocate(["0.7", "0.3"])
        .map((m) => m.tiyn),
    ).toEqual([4n, 1n]);
    // 10 tiyn in 1:2:7 → 1, 2, 7 exactly
    expect(
      Money.fromTiyn(10)
        .allocate([1, 2, 7])
        .map((m) => m.tiyn),
    ).toEqual([1n, 2n, 7n]);
    // largest remainder, not largest ratio: 5 tiyn in 1:3 → 1.25 and 3.75 → 1 and 4
    expect(
      Money.fromTiyn(5)
        .allocate([1, 3])
        .map((m) => m.tiyn),
    ).toEqual([1n, 4n]);
    // negative totals mirror positive ones
    expect(
      Money.kzt("-100")
        .allocate([1, 1, 1])
        .map((m) => m.toKzt()),
    ).toEqual(["-33.34", "-33.33", "-33.33"]);
  });
  it("rejects empty, negative and all-zero weights", () => {
    expect(codeOf(() => Money.kzt(1).allocate([]))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.kzt(1).allocate([1, -1]))).toBe("INVALID_AMOUNT");
    expect(codeOf(() => Money.kzt(1).allocate([0, "0.0"]))).toBe("INVALID_AMOUNT");
  });

  const weightsArb = fc
    .array(weightArb, { minLength: 1, maxLength: 12 })
    .filter((ws) => ws.some((w) => Number(w) > 0));

  it("property: parts sum to the total", () => {
    fc.assert(
      fc.property(moneyArb, weightsArb, (total, weights) => {
        expect(Money.sum(total.allocate(weights)).equals(total)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  it("property: each part lies within one tiyn of its exact share", () => {
    fc.assert(
      fc.property(moneyArb, weightsArb, (total, weights) => {
        const scaled = weights.map((w) => BigInt(w.replace(".", "")));
        const sum = scaled.reduce((a, b) => a + b, 0n);
        total.allocate(weights).forEach((part, i) => {
          // |part·sum − total·w| < sum  ⇔  |part − exact share| < 1 tiyn
          const diff = part.tiyn * sum - total.tiyn * (scaled[i] ?? 0n);
          expect(diff < sum && -diff < sum).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });
  it("property: deterministic — the same inputs give the same parts", () => {
    fc.assert(
      fc.property(moneyArb, weightsArb, (total, weights) => {
        const first = total.allocate(weights).map((m) => m.tiyn);
        expect(total.allocate(weights).map((m) => m.tiyn)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});

describe("Money properties", () => {
  it("property: addition is exact, commutative and associative; minus inverts plus", () => {
    fc.assert(
      fc.property(moneyArb, moneyArb, moneyArb, (a, b, c) => {
        expect(a.plus(b).equals(b.plus(a))).toBe(true);
        expect(
          a
            .plus(b)
            .plus(c)
            .equals(a.plus(b.plus(c))),
        ).toBe(true);
        expect(a.plus(b).minus(b).equals(a)).toBe(true);
        expect(a.plus(a.negate()).isZero()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  it("property: KZT and thousand-KZT strings round-trip exactly", () => {
    fc.assert(
      fc.property(tiynArb, (t) => {
        const m = Money.fromTiyn(t);
        expect(Money.kzt(m.toKzt()).tiyn).toBe(t);
        expect(Money.thousandKzt(m.toThousandKzt()).tiyn).toBe(t);
      }),
      { numRuns: 500 },
    );
  });
  it("property: rounding to a step lands on the step and moves less than one step", () => {
    const modes = fc.constantFrom(...ROUNDING_MODES);
    fc.assert(
      fc.property(moneyArb, fc.bigInt({ min: 1n, max: 100_000n }), modes, (m, step, mode) => {
        const r = m.roundTo(Money.fromTiyn(step), mode);
        expect(r.tiyn % step).toBe(0n);
        const moved = r.tiyn - m.tiyn;
        expect(moved < step && -moved < step).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
  it("property: a factor of 1 changes nothing; factor 0 gives zero", () => {
    fc.assert(
      fc.property(nonNegativeMoneyArb, (m) => {
        expect(m.times("1", "trunc").equals(m)).toBe(true);
        expect(m.times(0, "ceil").isZero()).toBe(true);
      }),
    );
  });
});
