import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { Dec, type DecimalInput } from "../money/decimal.js";
import { yearKeySchema } from "./codes.js";
import { decimalSchema } from "./decimal.js";

/**
 * A yearly rate as a decimal fraction, never a float: `"0.05"` is +5 %, `"-0.02"` is −2 %, `0` is none.
 * It may not be below −1 (−100 %).
 *
 * @category Planning
 */
export type Rate = DecimalInput;

/**
 * One {@link Rate} for every year, or a rate for each year keyed by the year it applies to (the rate of
 * year Y takes the value of year Y − 1 to year Y), e.g. `"0.05"` or `{ 2027: "0.05", 2028: "0.04" }`.
 *
 * @category Planning
 */
export type RateSchedule = Rate | Readonly<Record<number, Rate>>;

/**
 * A rate schedule as read: the rate, or the rates by year, as canonical decimal strings (`"0.050"` → `"0.05"`).
 *
 * @category Planning
 */
export type ParsedRateSchedule = string | Readonly<Record<number, string>>;

const RATE_VALID =
  'a decimal fraction such as "0.05" for 5 % (a string, never a float), a bigint or a safe integer';

/**
 * A {@link Rate}: a plain decimal string (`"0.05"` = 5 %), a bigint or a safe integer, at least −1
 * (−100 %: a value cannot fall below zero); read as its canonical decimal string (`"0.050"` → `"0.05"`).
 * In JSON Schema: a decimal string.
 */
export const rateSchema: z.ZodType<string, Rate> = decimalSchema(
  {},
  (value) => `${value} is not a rate: give ${RATE_VALID}`,
)
  .superRefine((rate, ctx) => {
    if (new Dec(rate).lessThan(-1)) {
      ctx.addIssue({
        code: "custom",
        message: `rate ${rate} is below -1 (−100 %): a value cannot fall below zero`,
      });
    }
  })
  .meta({ type: "string", pattern: "^[+-]?\\d+(\\.\\d+)?$", description: 'A rate: "0.05" is 5 %' });

/** {@link rateSchema} behind a check of the kind of value. */
const rateOf = <T extends Rate>(kind: z.ZodType<T>) =>
  kind.pipe(rateSchema as unknown as z.ZodType<string, T>);

/** Rates keyed by year, each read by `rate`. */
const ratesByYear = <I>(rate: z.ZodType<string, I>) =>
  z.record(yearKeySchema, rate, {
    error: (issue) =>
      issue.code === "invalid_key"
        ? `${JSON.stringify(issue.input)} is not a year: rates by year are keyed by the year, such as 2027`
        : undefined,
  });

/**
 * A {@link RateSchedule}: one {@link rateSchema} rate for every year, or rates keyed by year
 * (`{ 2027: "0.05" }`, in JSON `{ "2027": "0.05" }`); read as {@link ParsedRateSchedule}. Which years must
 * have a rate depends on what the schedule is for: see {@link rateYearIssues}.
 */
export const rateScheduleSchema: z.ZodType<ParsedRateSchedule, RateSchedule> = z.union(
  [
    // one branch per kind of value, so that a value is checked by the branch of its kind only
    rateOf(z.string()),
    rateOf(z.number()),
    rateOf(z.bigint()),
    ratesByYear(rateSchema),
  ],
  {
    error: () =>
      `must be one rate for every year (${RATE_VALID}) or rates by year such as { 2027: "0.05", 2028: "0.04" }`,
  },
) as z.ZodType<ParsedRateSchedule, RateSchedule>;

const RATE_TEXT_VALID = 'a decimal string such as "0.05" for 5 % (not a JSON number)';

/**
 * A {@link rateSchema} rate as a file writes it: a decimal string (`"0.05"` = 5 %), never a JSON number.
 * In JSON Schema: a string with its pattern.
 */
export const rateTextSchema: z.ZodType<string, string> = z
  .string({ error: (issue) => `${describeValue(issue.input)} is not a rate: give ${RATE_TEXT_VALID}` })
  .meta({ pattern: "^[+-]?\\d+(\\.\\d+)?$" })
  .pipe(rateSchema as unknown as z.ZodType<string, string>);

/**
 * A rate schedule as a file writes it: one {@link rateTextSchema} rate for every year, or rates by year
 * (`{ "2027": "0.05" }`); read as {@link ParsedRateSchedule}.
 */
export const rateTextScheduleSchema: z.ZodType<ParsedRateSchedule, string | Record<string, string>> = z.union(
  [rateTextSchema, ratesByYear(rateTextSchema)],
  {
    error: () =>
      `must be one rate for every year (${RATE_TEXT_VALID}) or rates by year such as { "2027": "0.05", "2028": "0.04" }`,
  },
) as unknown as z.ZodType<ParsedRateSchedule, string | Record<string, string>>;

/** The rate a read schedule gives `year`, as a decimal string, or `undefined` when it gives none. */
export function rateOfYear(schedule: ParsedRateSchedule, year: number): string | undefined {
  return typeof schedule === "string" ? schedule : schedule[year];
}

/**
 * An issue (for a zod refinement) at `[...path, "<year>"]` for each of `years` to which a read schedule
 * gives no rate: "no rate for 2027: give one (0 for none)". A single rate covers every year.
 */
export function rateYearIssues(
  schedule: ParsedRateSchedule,
  years: readonly number[],
  path: readonly PropertyKey[],
): z.core.$ZodRawIssue[] {
  return years
    .filter((year) => rateOfYear(schedule, year) === undefined)
    .map((year) => ({
      code: "custom",
      path: [...path, String(year)],
      input: undefined,
      message: `no rate for ${year}: give one (0 for none)`,
    }));
}
