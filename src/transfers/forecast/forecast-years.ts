import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { yearKeySchema } from "../../input/codes.js";
import { wholeNumberSchema } from "../../input/decimal.js";
import { FIRST_FORECAST_YEAR, LAST_FORECAST_YEAR } from "./rates.js";

/** A year a forecast may cover: a whole year from {@link FIRST_FORECAST_YEAR} to {@link LAST_FORECAST_YEAR}. */
export const forecastYearSchema = wholeNumberSchema(
  FIRST_FORECAST_YEAR,
  LAST_FORECAST_YEAR,
  (value) => `${value} is not a whole year from ${FIRST_FORECAST_YEAR} to ${LAST_FORECAST_YEAR}`,
);

/** The years from `first` to `last`, both included (none when `last` is before `first`). */
export function yearsFrom(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** The issue of a horizon before the base year, at `["horizon"]`, for a refinement; none when it is not. */
export function horizonIssues(baseYear: number, horizon: number): z.core.$ZodRawIssue[] {
  return horizon >= baseYear
    ? []
    : [
        {
          code: "custom",
          path: ["horizon"],
          input: horizon,
          message: `horizon ${horizon} is before the base year ${baseYear}`,
        },
      ];
}

/**
 * Values keyed by year (`{ 2027: … }`, in JSON `{ "2027": … }`), read with number keys; a key that is not
 * a year, or a value that is not a map, is named with `what` the values are.
 */
export function byYearSchema<T extends z.ZodType>(value: T, what: string) {
  return z.record(yearKeySchema, value, {
    error: (issue) => {
      if (issue.code === "invalid_key") {
        return `${JSON.stringify(issue.input)} is not a year: ${what} are keyed by the year, such as 2027`;
      }
      return issue.code === "invalid_type"
        ? `${describeValue(issue.input)} is not ${what} keyed by year`
        : undefined;
    },
  });
}
