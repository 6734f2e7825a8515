import { type InputIssue, throwIfIssues } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import {
  applyFactor,
  cumulativeFactors,
  type Factor,
  forecastYears,
  ONE,
  type RateSchedule,
  readAmount,
  readSchedule,
} from "./rates.js";

/**
 * The published base year of a unit's own revenues: one amount (KZT, ≥ 0) per revenue line.
 *
 * @category Planning
 */
export interface RevenueBase {
  /** The base year, 2018–2030. */
  readonly year: number;
  /** Amount per revenue line, e.g. `{ vehicle_tax: Money.kzt("1200000") }`; names are the caller's. */
  readonly lines: Readonly<Record<string, Money>>;
}

/**
 * The growth of each revenue line: one rate for every year or a rate per year (the caller's assumption).
 *
 * @category Planning
 */
export type RevenueGrowth = Readonly<Record<string, RateSchedule>>;

/**
 * The forecast own revenues of one year.
 *
 * @category Planning
 */
export interface RevenueYear {
  readonly year: number;
  /** Amount per revenue line, KZT. */
  readonly lines: Readonly<Record<string, Money>>;
  /** The sum of the lines, KZT. */
  readonly total: Money;
}

/**
 * Forecasts own revenues by line from a base year to `horizon`: each line's base amount compounded by its
 * growth rates (base × Π (1 + rate of each year after the base year)), computed exactly and rounded once
 * per year, half away from zero, to the tiyn. Growth is the caller's assumption (a revenue potential such
 * as Kazakhstan's, BC2025 Art. 80 p.3, and its ministry's methodology are not modelled here);
 * every line needs a rate, `0` to keep it flat.
 *
 * @category Planning
 * @param base - The base year and its amounts per line (the base year itself is returned unchanged).
 * @param growth - A rate or rates by year for every line of `base`, and for no other line.
 * @param horizon - The last forecast year, from the base year to 2030.
 * @returns One {@link RevenueYear} per year from the base year to `horizon`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once, each with its path:
 * a bad year or horizon, a negative or non-Money base, a growth line unknown to the base, a line with no
 * growth, a rate below −100 % or not a plain decimal, a year with no rate.
 * @example
 * ```ts
 * const years = forecastRevenueLines(
 *   { year: 2025, lines: { vehicle_tax: Money.kzt("1000000") } },
 *   { vehicle_tax: "0.1" },
 *   2028,
 * );
 * years[3]?.lines.vehicle_tax?.toKzt(); // "1331000.00" (1 000 000 × 1.1³)
 * ```
 */
export function forecastRevenueLines(
  base: RevenueBase,
  growth: RevenueGrowth,
  horizon: number,
): readonly RevenueYear[] {
  const issues: InputIssue[] = [];
  const years = forecastYears(base.year, horizon, "base.year", issues);
  const amounts = new Map<string, Money>();
  for (const [line, amount] of Object.entries(base.lines)) {
    const checked = readAmount(amount, `base.lines.${line}`, issues);
    if (checked !== undefined) amounts.set(line, checked);
  }
  for (const line of Object.keys(growth)) {
    if (!Object.hasOwn(base.lines, line)) {
      issues.push({ path: `growth.${line}`, message: `"${line}" is not a revenue line of the base year` });
    }
  }
  const cumulative = new Map<string, Factor[]>();
  for (const line of Object.keys(base.lines)) {
    if (!Object.hasOwn(growth, line)) {
      issues.push({
        path: `growth.${line}`,
        message: `no growth for "${line}": give a rate ("0" to keep it flat)`,
      });
      continue;
    }
    const factors = readSchedule(growth[line], years.slice(1), `growth.${line}`, issues);
    cumulative.set(line, cumulativeFactors(years, factors));
  }
  throwIfIssues("revenue forecast", issues);
  return years.map((year, i) => {
    const lines: Record<string, Money> = {};
    for (const [line, amount] of amounts) lines[line] = applyFactor(amount, cumulative.get(line)?.[i] ?? ONE);
    return { year, lines, total: Money.sum(Object.values(lines)) };
  });
}
