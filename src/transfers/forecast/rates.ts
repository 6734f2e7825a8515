import { type ParsedRateSchedule, rateOfYear } from "../../input/rate.js";
import { divideRounded } from "../../money/decimal.js";
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

/** The factor `1 + rate` of a rate read as a canonical decimal string (see `rateSchema`), exactly. @internal */
export function factorOf(rate: string): Factor {
  const [whole = "0", fraction = ""] = rate.replace(/^-/, "").split(".");
  const den = 10n ** BigInt(fraction.length);
  const magnitude = BigInt(`${whole}${fraction}`);
  return { num: den + (rate.startsWith("-") ? -magnitude : magnitude), den };
}

/**
 * The factor `1 + rate` of each of `years` from a read rate schedule; a year it gives no rate is left
 * out (the input schema has named it). @internal
 */
export function scheduleFactors(schedule: ParsedRateSchedule, years: readonly number[]): Map<number, Factor> {
  const factors = new Map<number, Factor>();
  for (const year of years) {
    const rate = rateOfYear(schedule, year);
    if (rate !== undefined) factors.set(year, factorOf(rate));
  }
  return factors;
}

/**
 * The cumulative growth factor of each of `years` (ascending, the first being the base year): the
 * product Π(1 + rate) of the factors of the later years up to it, 1 for the base year. A year missing
 * from `factors` counts as no growth. @internal
 */
export function cumulativeFactors(years: readonly number[], factors: ReadonlyMap<number, Factor>): Factor[] {
  let factor = ONE;
  return years.map((year, i) => {
    if (i > 0) factor = multiply(factor, factors.get(year) ?? ONE);
    return factor;
  });
}
