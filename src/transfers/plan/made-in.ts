import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { parseInput } from "../../input/parse.js";
import { FIRST_FORECAST_YEAR, LAST_FORECAST_YEAR } from "../forecast/rates.js";
import type { DistrictPlanInput } from "./types.js";

/** A plan's base year: a whole year from 2018 to 2029 (a plan covers at least the year after it, to 2030). */
export const planBaseYearSchema = z
  .number({ error: (issue) => baseYearMessage(issue.input) })
  .int({ error: (issue) => baseYearMessage(issue.input) })
  .min(FIRST_FORECAST_YEAR, { error: (issue) => baseYearMessage(issue.input) })
  .max(LAST_FORECAST_YEAR - 1, { error: (issue) => baseYearMessage(issue.input) });

function baseYearMessage(value: unknown): string {
  return `${describeValue(value)} is not a whole year (a number) from ${FIRST_FORECAST_YEAR} to ${LAST_FORECAST_YEAR - 1}`;
}

const madeInSchema = z.looseObject(
  { baseYear: planBaseYearSchema, includeBaseYear: z.boolean().optional() },
  { error: "must be { baseYear, includeBaseYear? }" },
);

/** {@link planMadeIn} of an input already read. @internal */
export const madeInOf = (input: {
  readonly baseYear: number;
  readonly includeBaseYear?: boolean | undefined;
}): number => (input.includeBaseYear === true ? input.baseYear - 1 : input.baseYear);

/**
 * The year a plan is taken as made in: the year before its first planned year (`baseYear`, or
 * `baseYear − 1` with `includeBaseYear`) — the plan of the 2026 budget is made in 2025. The planning law of
 * that year gives the rule of fixed volumes and the formula's citation.
 *
 * @param input - The plan's `baseYear` (a whole year 2018–2029) and `includeBaseYear` (a boolean, default
 * false); other fields are not read.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a bad base year or `includeBaseYear`.
 * @category Planning
 * @example
 * ```ts
 * planMadeIn({ baseYear: 2026 }); //=> 2026
 * planMadeIn({ baseYear: 2026, includeBaseYear: true }); //=> 2025
 * ```
 */
export function planMadeIn(input: Pick<DistrictPlanInput, "baseYear" | "includeBaseYear">): number {
  return madeInOf(parseInput(madeInSchema, input, "year the plan is made in"));
}
