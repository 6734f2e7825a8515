import * as z from "zod";
import type { DatedSeries } from "../../../calendar/dated.js";
import type { Issue } from "../../../errors/issue.js";
import { yearSchema } from "../../../input/codes.js";
import { got, wholeNumberSchema } from "../../../input/decimal.js";

/** A tax year as the calculators take it: a whole year; whether the law has values for it is checked after. */
export const taxYearSchema = yearSchema(1900, 2100, "a tax year such as 2026");

/**
 * Months of ownership in the tax year, a whole number from 1 to 12 (12 when absent). An object owned 0
 * months in the year is left out of the input, never given 0.
 */
export const monthsOwnedSchema = wholeNumberSchema(
  1,
  12,
  (value) =>
    `months ${value} must be a whole number from 1 to 12 (an object owned 0 months is left out of the input)`,
);

/** Who pays a tax that distinguishes individuals from legal entities. */
export const payerSchema = z.enum(["individual", "legal_entity"], {
  error: (issue) => `must be "individual" or "legal_entity" (${got(issue.input)})`,
});

/** The first and last tax year a dated series of the law covers (`last` is `undefined` for an open end). */
function yearsCovered(series: DatedSeries<unknown>): {
  readonly first: number;
  readonly last?: number;
} {
  const first = Number(series.entries[0]?.from.slice(0, 4));
  const end = series.entries[series.entries.length - 1]?.to;
  return end === undefined ? { first } : { first, last: Number(end.slice(0, 4)) };
}

/**
 * The issue at `["year"]` when `year` is outside the years `series` covers, with the range that would be
 * valid and why (e.g. "the rates are read as of the 2026 edition of the Code"); none otherwise.
 */
export function yearOutsideIssues(series: DatedSeries<unknown>, year: number, why: string): Issue[] {
  const { first, last } = yearsCovered(series);
  if (year >= first && (last === undefined || year <= last)) return [];
  const range = last === undefined ? `${first} or later` : `${first}–${last}`;
  return [{ path: ["year"], code: "INVALID_INPUT", message: `tax year ${year} is outside ${range}: ${why}` }];
}

/** The first tax year in which `series` holds a value (not `undefined`), for messages; `undefined` if never. */
export function firstYearWith(series: DatedSeries<unknown>): number | undefined {
  const entry = series.entries.find((e) => e.value !== undefined);
  return entry === undefined ? undefined : Number(entry.from.slice(0, 4));
}
