import { type ErrorCode, FourthLevelError, type InputIssue } from "../../errors/error.js";
import type { RateSchedule } from "../../input/rate.js";
import { type DecimalInput, divideRounded, toDec } from "../../money/decimal.js";
import { Money } from "../../money/money.js";

export type { Rate, RateSchedule } from "../../input/rate.js";

/**
 * The first year a forecast may cover: a library limit, not a legal one (it is the first year of
 * Kazakhstan's fourth-level budgets; the law a plan is handed decides what applies in each year).
 * @category Planning
 */
export const FIRST_FORECAST_YEAR = 2018;

/**
 * The last year a forecast may reach: plans reach at most 2030 (a library limit, not a legal one).
 *
 * @category Planning
 */
export const LAST_FORECAST_YEAR = 2030;

/**
 * An exact positive-denominator fraction `num / den`, `den` a power of ten: a growth factor such as
 * 1.05 or a product of them. @internal
 */
export interface Factor {
  readonly num: bigint;
  readonly den: bigint;
}

/** The factor 1 (no growth). @internal */
export const ONE: Factor = { num: 1n, den: 1n };

/** `a × b`, exactly. @internal */
export function multiply(a: Factor, b: Factor): Factor {
  return { num: a.num * b.num, den: a.den * b.den };
}

/**
 * `amount × factor × numerator ÷ denominator`, computed exactly and rounded once, half away from zero,
 * to a multiple of `stepTiyn` tiyn (1 = the tiyn, 100 = whole tenge). @internal
 */
export function applyFactor(
  amount: Money,
  factor: Factor,
  numerator = 1n,
  denominator = 1n,
  stepTiyn = 1n,
): Money {
  const tiyn = divideRounded(
    amount.tiyn * factor.num * numerator,
    factor.den * denominator * stepTiyn,
    "halfExpand",
  );
  return Money.fromTiyn(tiyn * stepTiyn);
}

/** A factor as an exact decimal string, e.g. `"1.1025"`. @internal */
export function formatFactor(factor: Factor): string {
  const places = factor.den.toString().length - 1;
  const negative = factor.num < 0n;
  const digits = (negative ? -factor.num : factor.num).toString().padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}

/**
 * Reads one rate as the factor `1 + rate`, or records an issue at `path` (not a plain decimal, or below
 * −100 %) and returns `undefined`. @internal
 */
export function readRate(value: unknown, path: string, issues: InputIssue[]): Factor | undefined {
  let text: string;
  try {
    text = toDec(value as DecimalInput, "rate").toFixed();
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    issues.push({ path, message: `${e.message} (a rate is a decimal fraction: "0.05" for 5 %)` });
    return undefined;
  }
  const [whole = "0", fraction = ""] = text.split(".");
  const den = 10n ** BigInt(fraction.length);
  const rate = BigInt(`${whole}${fraction}`);
  if (rate < -den) {
    issues.push({ path, message: `rate ${text} is below -1 (−100 %): a value cannot fall below zero` });
    return undefined;
  }
  return { num: den + rate, den };
}

/**
 * The factor `1 + rate` for each of `years` from a {@link RateSchedule}; every problem (a bad rate, a
 * year with no rate) is recorded at `path` and the year left out. @internal
 */
export function readSchedule(
  schedule: unknown,
  years: readonly number[],
  path: string,
  issues: InputIssue[],
): Map<number, Factor> {
  const factors = new Map<number, Factor>();
  if (typeof schedule === "object" && schedule !== null) {
    const byYear = schedule as Readonly<Record<number, unknown>>;
    for (const year of years) {
      const rate = byYear[year];
      if (rate === undefined) {
        issues.push({ path: `${path}.${year}`, message: `no rate for ${year}: give one (0 for none)` });
        continue;
      }
      const factor = readRate(rate, `${path}.${year}`, issues);
      if (factor !== undefined) factors.set(year, factor);
    }
    return factors;
  }
  const factor = readRate(schedule, path, issues);
  if (factor !== undefined) for (const year of years) factors.set(year, factor);
  return factors;
}

/**
 * Checks a base year and a horizon (whole years, `FIRST_FORECAST_YEAR ≤ baseYear ≤ horizon ≤
 * LAST_FORECAST_YEAR`), recording issues at `basePath` and `"horizon"`; returns the years from the base
 * year to the horizon, or an empty list when they are invalid. @internal
 */
export function forecastYears(
  baseYear: unknown,
  horizon: unknown,
  basePath: string,
  issues: InputIssue[],
): number[] {
  const before = issues.length;
  const isYear = (y: unknown): y is number =>
    Number.isSafeInteger(y) && (y as number) >= FIRST_FORECAST_YEAR && (y as number) <= LAST_FORECAST_YEAR;
  const range = `a whole year from ${FIRST_FORECAST_YEAR} to ${LAST_FORECAST_YEAR}`;
  if (!isYear(baseYear)) issues.push({ path: basePath, message: `${describe(baseYear)} is not ${range}` });
  if (!isYear(horizon)) issues.push({ path: "horizon", message: `${describe(horizon)} is not ${range}` });
  else if (isYear(baseYear) && horizon < baseYear) {
    issues.push({ path: "horizon", message: `horizon ${horizon} is before the base year ${baseYear}` });
  }
  if (issues.length > before || !isYear(baseYear) || !isYear(horizon)) return [];
  return Array.from({ length: horizon - baseYear + 1 }, (_, i) => baseYear + i);
}

/** A value for a message: strings quoted, everything else (bigints too) as `String` gives it. @internal */
export function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/**
 * Records an issue at `path` unless `value` is a non-negative Money; returns it when it is one. A value
 * of any type (a bigint, a number, an object) gives an issue, never a `TypeError`. @internal
 *
 * @param code - The code the issue carries, e.g. `"INVALID_AMOUNT"` (none by default).
 */
export function readAmount(
  value: unknown,
  path: string,
  issues: InputIssue[],
  code?: ErrorCode,
): Money | undefined {
  const withCode = code === undefined ? {} : { code };
  if (!(value instanceof Money)) {
    issues.push({
      path,
      message: `${describe(value)} is not a Money amount (build one with Money.kzt("…"))`,
      ...withCode,
    });
    return undefined;
  }
  if (value.isNegative()) {
    issues.push({ path, message: `${value.toKzt()} KZT is negative`, ...withCode });
    return undefined;
  }
  return value;
}

/**
 * Records an issue at `path` unless `value` is a Money above zero; returns it when it is one. @internal
 *
 * @param code - The code the issue carries, e.g. `"INVALID_AMOUNT"` (none by default).
 */
export function readPositiveAmount(
  value: unknown,
  path: string,
  issues: InputIssue[],
  code?: ErrorCode,
): Money | undefined {
  if (value instanceof Money && (value.isNegative() || value.isZero())) {
    issues.push({
      path,
      message: `the amount must be positive, got ${value.toKzt()} KZT`,
      ...(code === undefined ? {} : { code }),
    });
    return undefined;
  }
  return readAmount(value, path, issues, code);
}

/**
 * The cumulative growth factor of each of `years` (ascending, the first being the base year): the
 * product Π(1 + rate) of the factors of the later years up to it, 1 for the base year. A year missing
 * from `factors` counts as no growth (its issue is recorded where the rate is read). @internal
 */
export function cumulativeFactors(years: readonly number[], factors: ReadonlyMap<number, Factor>): Factor[] {
  let factor = ONE;
  return years.map((year, i) => {
    if (i > 0) factor = multiply(factor, factors.get(year) ?? ONE);
    return factor;
  });
}
