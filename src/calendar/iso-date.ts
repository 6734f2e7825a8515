import { addDays, format, parseISO } from "date-fns";
import { FourthLevelError } from "../errors/error.js";

/**
 * A calendar date written `YYYY-MM-DD`, as legal dates are at the API. A plain string, so that results
 * never depend on the machine's time zone; validate one with {@link isoDate}.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (e.g. not `2025-02-29`). Checked with
 * integer arithmetic on the Gregorian calendar, so it is fast and cannot depend on the time zone.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/**
 * Returns `value` when it is a real calendar date `YYYY-MM-DD`.
 * @param what - What the date is, for the message (e.g. `"payment date"`).
 * @throws {@link FourthLevelError} `INVALID_DATE` otherwise.
 * @example
 * ```ts
 * isoDate("2026-01-01"); // "2026-01-01"
 * isoDate("2025-02-29"); // throws INVALID_DATE
 * ```
 */
export function isoDate(value: unknown, what = "date"): IsoDate {
  if (!isIsoDate(value)) {
    throw new FourthLevelError(
      "INVALID_DATE",
      `${what} ${JSON.stringify(value)} is not a calendar date written YYYY-MM-DD`,
      { value: String(value) },
    );
  }
  return value;
}

/** The day after `date`. */
export function nextDay(date: IsoDate): IsoDate {
  return format(addDays(parseISO(date), 1), "yyyy-MM-dd");
}

/** The day before `date`. */
export function previousDay(date: IsoDate): IsoDate {
  return format(addDays(parseISO(date), -1), "yyyy-MM-dd");
}

/** The fiscal year of a date: in Kazakhstan the fiscal year is the calendar year. */
export function fiscalYearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 1 January of `year`, `YYYY-01-01`. */
export function firstJanuary(year: number): IsoDate {
  return `${String(year).padStart(4, "0")}-01-01`;
}

/** 31 December of `year`, `YYYY-12-31`. */
export function lastDecember(year: number): IsoDate {
  return `${String(year).padStart(4, "0")}-12-31`;
}
