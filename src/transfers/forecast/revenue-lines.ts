import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { fieldsSchema } from "../../input/fields.js";
import { nonNegativeMoneySchema } from "../../input/money.js";
import { parseInput } from "../../input/parse.js";
import { type RateSchedule, rateScheduleSchema, rateYearIssues } from "../../input/rate.js";
import { whenValidAt } from "../../input/when.js";
import { Money } from "../../money/money.js";
import { forecastYearSchema, horizonIssues, yearsFrom } from "./forecast-years.js";
import { applyFactor, cumulativeFactors, ONE, scheduleFactors } from "./rates.js";

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

const notAMap = (what: string) => (issue: { readonly input?: unknown }) =>
  `${describeValue(issue.input)} is not ${what}`;

const shapeSchema = z.object({
  base: fieldsSchema(
    {
      year: forecastYearSchema,
      lines: z.record(z.string(), nonNegativeMoneySchema, {
        error: notAMap('a map of amounts by revenue line, such as { vehicle_tax: Money.kzt("1200000") }'),
      }),
    },
    "a revenue base",
  ),
  growth: z.record(z.string(), rateScheduleSchema, {
    error: notAMap('a map of rates by revenue line, such as { vehicle_tax: "0.05" }'),
  }),
  horizon: forecastYearSchema,
});

type Shape = z.output<typeof shapeSchema>;

/** Every line of the base has a growth covering each forecast year, and the growth names no other line. */
function growthOfLines({ base, growth, horizon }: Shape, ctx: z.RefinementCtx<Shape>): void {
  for (const line of Object.keys(growth)) {
    if (!Object.hasOwn(base.lines, line)) {
      ctx.addIssue({
        code: "custom",
        path: ["growth", line],
        message: `"${line}" is not a revenue line of the base year (the lines are ${Object.keys(base.lines).join(", ") || "none"})`,
      });
    }
  }
  for (const line of Object.keys(base.lines)) {
    const schedule = growth[line];
    if (schedule === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["growth", line],
        message: `no growth for "${line}": give a rate ("0" to keep it flat)`,
      });
    } else {
      ctx.issues.push(...rateYearIssues(schedule, yearsFrom(base.year + 1, horizon), ["growth", line]));
    }
  }
}

const revenueInputSchema = shapeSchema
  .superRefine(
    ({ base, horizon }, ctx) => {
      ctx.issues.push(...horizonIssues(base.year, horizon));
    },
    {
      when: whenValidAt(["base", "year"], ["horizon"]),
    },
  )
  .superRefine(growthOfLines, {
    when: whenValidAt(["base", "year"], ["base", "lines"], ["growth"], ["horizon"]),
  });

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
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once, each with its path
 * (`["growth", "land_tax", "2027"]`): a bad year or horizon, a negative or non-Money base, a growth line
 * unknown to the base, a line with no growth, a rate below −100 % or not a plain decimal, a year with no
 * rate.
 * @category Planning
 * @example
 * ```ts
 * const years = forecastRevenueLines(
 *   { year: 2025, lines: { vehicle_tax: Money.kzt("1000000") } },
 *   { vehicle_tax: "0.1" },
 *   2028,
 * );
 * years[3]?.lines.vehicle_tax?.toKzt(); //=> "1331000.00"
 * ```
 */
export function forecastRevenueLines(
  base: RevenueBase,
  growth: RevenueGrowth,
  horizon: number,
): readonly RevenueYear[] {
  const input = parseInput(revenueInputSchema, { base, growth, horizon }, "revenue forecast");
  const years = yearsFrom(input.base.year, input.horizon);
  const lines = Object.entries(input.base.lines).map(([line, amount]) => {
    const schedule = input.growth[line] ?? "0";
    return { line, amount, cumulative: cumulativeFactors(years, scheduleFactors(schedule, years.slice(1))) };
  });
  return years.map((year, i) => {
    const amounts: Record<string, Money> = {};
    for (const { line, amount, cumulative } of lines)
      amounts[line] = applyFactor(amount, cumulative[i] ?? ONE);
    return { year, lines: amounts, total: Money.sum(Object.values(amounts)) };
  });
}
