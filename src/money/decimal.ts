import Decimal from "decimal.js";
import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";

/**
 * The library's private decimal.js clone: 80 significant digits, never exponent notation. Nothing
 * outside this package touches it, and nothing here touches the global `Decimal` settings.
 * @internal
 */
export const Dec = Decimal.clone({
  precision: 80,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -100,
  toExpPos: 100,
});
/** @internal */
export type Dec = InstanceType<typeof Dec>;

/**
 * How to round a value that falls between two representable amounts. The names follow ECMA-402 /
 * Temporal: `ceil` towards +∞, `floor` towards −∞, `expand` away from zero, `trunc` towards zero, and
 * the `half*` modes pick the nearest, breaking a tie (exactly half) in the named direction
 * (`halfExpand` is the school rule "half up", `halfEven` is banker's rounding).
 * @category Money
 */
export type RoundingMode =
  | "ceil"
  | "floor"
  | "expand"
  | "trunc"
  | "halfCeil"
  | "halfFloor"
  | "halfExpand"
  | "halfTrunc"
  | "halfEven";

const DECIMAL_ROUNDING: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
  expand: Decimal.ROUND_UP,
  trunc: Decimal.ROUND_DOWN,
  halfCeil: Decimal.ROUND_HALF_CEIL,
  halfFloor: Decimal.ROUND_HALF_FLOOR,
  halfExpand: Decimal.ROUND_HALF_UP,
  halfTrunc: Decimal.ROUND_HALF_DOWN,
  halfEven: Decimal.ROUND_HALF_EVEN,
};

/**
 * Every rounding mode name, in the order of {@link RoundingMode}.
 *
 * @category Money
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.keys(DECIMAL_ROUNDING) as RoundingMode[];

/**
 * A decimal number given without passing through a float: a plain decimal string (`"0.7"`, `"-1642.4"`),
 * a bigint, or a safe integer.
 * @category Money
 */
export type DecimalInput = string | bigint | number;

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/**
 * Reads a {@link DecimalInput} exactly.
 * @throws {@link FourthLevelError} `INVALID_AMOUNT` for anything else (floats, exponents, blanks).
 * @internal
 */
export function toDec(value: DecimalInput, what = "amount"): Dec {
  if (typeof value === "bigint") return new Dec(value.toString());
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      throw new FourthLevelError(
        "INVALID_AMOUNT",
        `${labelOf(what, "amount")} ${value} is not a safe integer: pass decimals as strings (e.g. "0.7") so no float is involved`,
        { value: String(value) },
      );
    }
    return new Dec(value);
  }
  if (typeof value !== "string" || !PLAIN_DECIMAL.test(value)) {
    throw new FourthLevelError(
      "INVALID_AMOUNT",
      `${labelOf(what, "amount")} ${describeValue(value)} is not a plain decimal number such as "1234.5" or "-12"`,
      { value: describeValue(value) },
    );
  }
  return new Dec(value);
}

/**
 * Refuses a rounding mode that is not one of {@link ROUNDING_MODES} (plain JavaScript callers can pass
 * anything).
 * @throws {@link FourthLevelError} `INVALID_AMOUNT` naming the valid modes.
 * @internal
 */
export function assertRoundingMode(mode: unknown): asserts mode is RoundingMode {
  if (typeof mode !== "string" || !Object.hasOwn(DECIMAL_ROUNDING, mode)) {
    throw new FourthLevelError(
      "INVALID_AMOUNT",
      `rounding mode ${describeValue(mode)} is not one of ${ROUNDING_MODES.join(", ")}`,
      { mode: describeValue(mode) },
    );
  }
}

/** The decimal.js rounding of a named mode (checked). @internal */
export function roundingOf(mode: RoundingMode): Decimal.Rounding {
  assertRoundingMode(mode);
  return DECIMAL_ROUNDING[mode];
}

/** Rounds a decimal to a whole number with the named mode and returns it as a bigint (exact: the
 * decimal is finite). @internal */
export function roundToBigint(value: Dec, mode: RoundingMode): bigint {
  assertRoundingMode(mode);
  return BigInt(value.toDecimalPlaces(0, DECIMAL_ROUNDING[mode]).toFixed(0));
}

/**
 * `numerator / denominator` rounded to a whole number with the named mode, exactly (integer arithmetic,
 * no precision limit). @internal
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  assertRoundingMode(mode);
  if (denominator === 0n) throw new RangeError("division by zero");
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const remainder = n % d;
  if (remainder === 0n) return negative ? -quotient : quotient;
  const twice = remainder * 2n;
  const tie = twice === d;
  const above = twice > d;
  // Whether to move the magnitude up (away from zero) from the truncated quotient.
  const awayFromZero: Record<RoundingMode, boolean> = {
    ceil: !negative,
    floor: negative,
    expand: true,
    trunc: false,
    halfCeil: above || (tie && !negative),
    halfFloor: above || (tie && negative),
    halfExpand: above || tie,
    halfTrunc: above,
    halfEven: above || (tie && quotient % 2n === 1n),
  };
  const magnitude = awayFromZero[mode] ? quotient + 1n : quotient;
  return negative ? -magnitude : magnitude;
}
