import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { Dec, type DecimalInput, divideRounded, type RoundingMode, roundToBigint, toDec } from "./decimal.js";

const TIYN_PER_KZT = 100n;
const TIYN_PER_THOUSAND_KZT = 100_000n;

/**
 * The largest amount read as input, in KZT: 10^15, a thousand trillion tenge, far above any tax base,
 * wage or budget in Kazakhstan (a typing error, not an amount to compute with). One rule for every amount
 * given: Money.kzt, Money.thousandKzt, the amounts of scenario and receipts files, the CLI's options.
 * Sums of many amounts (a national total) may exceed it.
 */
export const MAX_INPUT_KZT = 10n ** 15n;

/** The bound {@link MAX_INPUT_KZT} in words, for messages. */
export const MAX_INPUT_TEXT = `at most ${MAX_INPUT_KZT} KZT (10^15, a thousand trillion tenge: far above any tax base, wage or budget)`;

function fromDecimal(
  value: Dec,
  scale: bigint,
  unit: string,
  input: DecimalInput,
  mode?: RoundingMode,
): Money {
  const tiyn = value.times(scale.toString());
  if (tiyn.abs().greaterThan((MAX_INPUT_KZT * TIYN_PER_KZT).toString())) {
    throw new FourthLevelError(
      "INVALID_AMOUNT",
      `${unit} amount ${String(input)} is too large: an amount must be ${MAX_INPUT_TEXT}`,
      { value: String(input), unit },
    );
  }
  if (mode === undefined && !tiyn.isInteger()) {
    throw new FourthLevelError(
      "INVALID_AMOUNT",
      `${unit} amount ${String(input)} is not a whole number of tiyn (at most ${
        scale === TIYN_PER_KZT ? 2 : 5
      } decimals); name a rounding mode to round it`,
      { value: String(input), unit },
    );
  }
  return Money.fromTiyn(roundToBigint(tiyn, mode ?? "trunc"));
}

function formatScaled(tiyn: bigint, scale: bigint, minDecimals: number): string {
  const text = new Dec(tiyn.toString()).dividedBy(scale.toString()).toFixed();
  if (minDecimals === 0) return text;
  const [whole, fraction = ""] = text.split(".");
  return `${whole}.${fraction.padEnd(minDecimals, "0")}`;
}

/** Refuses a number of decimal places that is not a whole number from 0 to `max`. */
function checkPlaces(places: unknown, max: number): void {
  if (typeof places !== "number" || !Number.isSafeInteger(places) || places < 0 || places > max) {
    throw new FourthLevelError(
      "INVALID_AMOUNT",
      `decimal places ${describeValue(places)} must be a whole number from 0 to ${max}`,
      { places: describeValue(places) },
    );
  }
}

/**
 * `value` when it is a Money; otherwise a clear error rather than a BigInt TypeError (for callers in plain
 * JavaScript).
 * @param what - What the value is, for the message.
 * @throws {@link FourthLevelError} `INVALID_AMOUNT`.
 */
export function assertMoney(value: unknown, what: string): Money {
  if (value instanceof Money) return value;
  throw new FourthLevelError(
    "INVALID_AMOUNT",
    `${labelOf(what, "amount")} ${describeValue(value)} is not a Money amount: build one with Money.kzt("…") or Money.thousandKzt("…")`,
    { value: describeValue(value) },
  );
}

/**
 * An exact amount of Kazakhstani tenge, always a whole number of tiyn (1 KZT = 100 tiyn). Immutable:
 * every operation returns a new value. Arithmetic is exact (bigint tiyn); any operation that can make
 * fractions (a rate, a share, a unit conversion) names its {@link RoundingMode}. No float is ever used.
 *
 * Published budgets are in thousand KZT with one decimal: read them with {@link Money.thousandKzt} and
 * print them with {@link Money.toThousandKzt}.
 *
 * @category Money
 * @example
 * ```ts
 * import { Money } from "fourth-level-budget";
 * const tax = Money.thousandKzt("39585");          // 39,585 thousand KZT as published
 * const share = tax.times("0.1", "halfExpand");      // 10 %, rounded to the tiyn
 * share.toKzt(); //=> "3958500.00"
 * Money.kzt("100").allocate([1, 1, 1]).map((m) => m.toKzt()); //=> ["33.34", "33.33", "33.33"]
 * ```
 */
export class Money {
  /** The amount in tiyn. */
  readonly tiyn: bigint;

  private constructor(tiyn: bigint) {
    this.tiyn = tiyn;
  }

  /** Zero tenge. */
  static readonly zero: Money = new Money(0n);

  /**
   * An amount in tiyn.
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` for a number that is not a safe integer.
   */
  static fromTiyn(tiyn: bigint | number): Money {
    if (typeof tiyn === "bigint") return new Money(tiyn);
    if (typeof tiyn !== "number" || !Number.isSafeInteger(tiyn)) {
      throw new FourthLevelError(
        "INVALID_AMOUNT",
        `tiyn ${describeValue(tiyn)} is not a bigint or a safe integer`,
        { value: describeValue(tiyn) },
      );
    }
    return new Money(BigInt(tiyn));
  }

  /**
   * An amount in KZT: a decimal string (`"1234.56"`), a bigint or a safe integer of tenge. Without a
   * rounding mode the amount must be whole tiyn (at most two decimals); with one it is rounded to the tiyn.
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` for a float, exponent notation, text, more than
   * two decimals without a rounding mode, or more than 10^15 KZT either way (the bound of every amount read).
   */
  static kzt(amount: DecimalInput, mode?: RoundingMode): Money {
    return fromDecimal(toDec(amount, "KZT amount"), TIYN_PER_KZT, "KZT", amount, mode);
  }

  /**
   * An amount given in thousand KZT, the unit of published budget decisions (`"65315"`, `"-1642.4"`).
   * Exact to the tiyn (five decimals); round with `mode` otherwise.
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` as for {@link Money.kzt}.
   */
  static thousandKzt(amount: DecimalInput, mode?: RoundingMode): Money {
    return fromDecimal(
      toDec(amount, "thousand-KZT amount"),
      TIYN_PER_THOUSAND_KZT,
      "thousand KZT",
      amount,
      mode,
    );
  }

  /**
   * The exact sum of the amounts (zero for an empty list).
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` when an amount is not a Money.
   */
  static sum(amounts: Iterable<Money>): Money {
    if (typeof amounts !== "object" || amounts === null || !(Symbol.iterator in amounts)) {
      throw new FourthLevelError(
        "INVALID_AMOUNT",
        `Money.sum needs a list of Money amounts, not ${describeValue(amounts)}`,
        {},
      );
    }
    let total = 0n;
    for (const m of amounts) total += assertMoney(m, "a summed amount").tiyn;
    return new Money(total);
  }

  /**
   * This amount plus `other`.
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` when `other` is not a Money (e.g. a number).
   */
  plus(other: Money): Money {
    return new Money(this.tiyn + assertMoney(other, "the other amount").tiyn);
  }

  /**
   * This amount minus `other`.
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` when `other` is not a Money.
   */
  minus(other: Money): Money {
    return new Money(this.tiyn - assertMoney(other, "the other amount").tiyn);
  }

  /** The amount with the opposite sign. */
  negate(): Money {
    return new Money(-this.tiyn);
  }

  /** The absolute amount. */
  abs(): Money {
    return this.tiyn < 0n ? this.negate() : this;
  }

  /**
   * This amount times a decimal factor (a rate, a coefficient), rounded to the tiyn with `mode`.
   * @param factor - e.g. `"0.7"` or `"1.5"`; a string, bigint or safe integer (never a float).
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` for a factor that is not a plain decimal.
   */
  times(factor: DecimalInput, mode: RoundingMode): Money {
    return new Money(roundToBigint(new Dec(this.tiyn.toString()).times(toDec(factor, "factor")), mode));
  }

  /**
   * This amount × `numerator` ÷ `denominator`, rounded to the tiyn with `mode`, exactly (integer
   * arithmetic): e.g. an annual tax for 5 months of 12 is `annual.scaledBy(5, 12, "halfExpand")`.
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` when the numbers are not safe integers or the
   * denominator is not positive.
   */
  scaledBy(numerator: number, denominator: number, mode: RoundingMode): Money {
    if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
      const [n, d] = [describeValue(numerator), describeValue(denominator)];
      throw new FourthLevelError(
        "INVALID_AMOUNT",
        `scaledBy(${n}, ${d}) needs whole numbers and a positive denominator`,
        { numerator: n, denominator: d },
      );
    }
    return new Money(divideRounded(this.tiyn * BigInt(numerator), BigInt(denominator), mode));
  }

  /**
   * This amount rounded to a multiple of `step` (e.g. `Money.kzt(1)` for whole tenge).
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` when `step` is not a Money or not positive.
   */
  roundTo(step: Money, mode: RoundingMode): Money {
    if (assertMoney(step, "the rounding step").tiyn <= 0n) {
      throw new FourthLevelError("INVALID_AMOUNT", `rounding step ${step.toKzt()} KZT must be positive`, {
        step: step.toKzt(),
      });
    }
    return new Money(divideRounded(this.tiyn, step.tiyn, mode) * step.tiyn);
  }

  /**
   * Splits this amount into parts proportional to `weights` by the largest-remainder method: each part
   * first gets its exact share rounded towards zero, then the tiyn left over go one each to the parts
   * with the largest remainders; equal remainders are served in the order the weights are given. The
   * parts always sum to this amount, each lies within one tiyn of its exact share, and the result depends
   * only on the inputs.
   *
   * @param weights - Non-negative decimals (strings, bigints or safe integers), at least one positive.
   * @returns One part per weight, in the same order.
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` for an empty list, a negative weight or all zeros.
   */
  allocate(weights: readonly DecimalInput[]): Money[] {
    if (!Array.isArray(weights)) {
      throw new FourthLevelError(
        "INVALID_AMOUNT",
        `allocate needs an array of weights, not ${describeValue(weights)}`,
        {},
      );
    }
    const decimals = Array.from(weights, (w) => toDec(w, "weight"));
    if (decimals.length === 0 || decimals.some((w) => w.isNegative()) || decimals.every((w) => w.isZero())) {
      throw new FourthLevelError(
        "INVALID_AMOUNT",
        "allocate needs at least one weight, none negative and not all zero",
        { weights: weights.map(describeValue) },
      );
    }
    const places = Math.max(...decimals.map((w) => w.decimalPlaces()));
    const scale = new Dec(10).pow(places);
    const ints = decimals.map((w) => BigInt(w.times(scale).toFixed(0)));
    const totalWeight = ints.reduce((a, b) => a + b, 0n);
    const magnitude = this.tiyn < 0n ? -this.tiyn : this.tiyn;
    const floors = ints.map((w) => (magnitude * w) / totalWeight);
    const remainders = ints.map((w) => (magnitude * w) % totalWeight);
    let leftover = magnitude - floors.reduce((a, b) => a + b, 0n);
    const order = remainders
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
    for (const { i } of order) {
      if (leftover === 0n) break;
      floors[i] = (floors[i] ?? 0n) + 1n;
      leftover -= 1n;
    }
    const sign = this.tiyn < 0n ? -1n : 1n;
    return floors.map((f) => new Money(sign * f));
  }

  /**
   * −1, 0 or 1 as this amount is less than, equal to or greater than `other`.
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` when `other` is not a Money (e.g. a number).
   */
  compare(other: Money): -1 | 0 | 1 {
    const { tiyn } = assertMoney(other, "the compared amount");
    return this.tiyn < tiyn ? -1 : this.tiyn > tiyn ? 1 : 0;
  }

  /**
   * Whether both amounts are the same number of tiyn.
   * @throws {@link FourthLevelError} `INVALID_AMOUNT` when `other` is not a Money (a number 0 is not
   *   "equal" to zero tiyn: it is an error, not `false`).
   */
  equals(other: Money): boolean {
    return this.tiyn === assertMoney(other, "the compared amount").tiyn;
  }

  /** Whether the amount is zero. */
  isZero(): boolean {
    return this.tiyn === 0n;
  }

  /** Whether the amount is below zero. */
  isNegative(): boolean {
    return this.tiyn < 0n;
  }

  /** The amount in KZT with two decimals, e.g. `"-1642400.00"`. */
  toKzt(): string {
    return formatScaled(this.tiyn, TIYN_PER_KZT, 2);
  }

  /**
   * The amount in thousand KZT, exact, with no trailing zeros: `"65315"`, `"-1642.4"`, `"0.00001"` for
   * one tiyn. This is the form used in published decisions and in JSON output.
   */
  toThousandKzt(): string {
    return formatScaled(this.tiyn, TIYN_PER_THOUSAND_KZT, 0);
  }

  /** The amount in thousand KZT rounded to `places` decimals (0–5; one, as published, by default). */
  toThousandKztRounded(places = 1, mode: RoundingMode = "halfExpand"): string {
    checkPlaces(places, 5);
    const step = 10n ** BigInt(5 - places);
    return formatScaled(divideRounded(this.tiyn, step, mode) * step, TIYN_PER_THOUSAND_KZT, places);
  }

  /** `"1234.56 KZT"`. */
  toString(): string {
    return `${this.toKzt()} KZT`;
  }

  /** JSON form: the KZT decimal string, never a float. */
  toJSON(): string {
    return this.toKzt();
  }
}

/**
 * `part` as a percentage of `whole`, rounded to `places` decimals: e.g. the share of own revenues in
 * costs (self-sufficiency). Returns `undefined` when `whole` is zero (the share is not defined).
 *
 * @category Money
 * @example
 * ```ts
 * import { Money, percentOf } from "fourth-level-budget";
 * percentOf(Money.thousandKzt("41585"), Money.thousandKzt("54959")); //=> "75.7"
 * ```
 */
export function percentOf(
  part: Money,
  whole: Money,
  places = 1,
  mode: RoundingMode = "halfExpand",
): string | undefined {
  assertMoney(part, "part");
  if (assertMoney(whole, "whole").isZero()) return undefined;
  checkPlaces(places, 10);
  const scale = 10n ** BigInt(places);
  return formatScaled(divideRounded(part.tiyn * 100n * scale, whole.tiyn, mode), scale, places);
}
