import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";

/**
 * A calendar date written `YYYY-MM-DD`, as legal dates are at the API. A string, so that results never
 * depend on the machine's time zone; the type accepts literals such as `"2026-01-01"` and refuses a plain
 * `string` until it is checked with {@link isoDate} or {@link isIsoDate}.
 *
 * @category Calendar
 */
export type IsoDate = `${number}-${number}-${number}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** Days in `month` (1–12) of `year`. */
function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (e.g. not `2025-02-29`). Checked with
 * integer arithmetic on the Gregorian calendar, so it is fast and cannot depend on the time zone.
 *
 * @category Calendar
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); //=> true
 * isIsoDate("2025-02-29"); //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  const match = typeof value === "string" ? ISO_DATE.exec(value) : null;
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Returns `value` when it is a real calendar date `YYYY-MM-DD`.
 *
 * @param what - What the date is, for the message (e.g. `"payment date"`).
 * @throws {@link FourthLevelError} `INVALID_DATE` otherwise.
 * @category Calendar
 * @example
 * ```ts
 * isoDate("2026-01-01"); //=> "2026-01-01"
 * ```
 */
export function isoDate(value: unknown, what = "date"): IsoDate {
  if (!isIsoDate(value)) {
    throw new FourthLevelError(
      "INVALID_DATE",
      `${labelOf(what, "date")} ${describeValue(value)} is not a calendar date written YYYY-MM-DD`,
      { value: describeValue(value) },
    );
  }
  return value;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (negative before), on integers only. */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date of a day number (see {@link dayNumber}). */
function dateOfDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

function format(year: number, month: number, day: number): IsoDate {
  if (year < 0 || year > 9999) {
    throw new FourthLevelError("INVALID_DATE", `year ${year} is outside 0000-9999`, { year });
  }
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

function parts(date: IsoDate, what: string): [number, number, number] {
  const checked = isoDate(date, what);
  return [Number(checked.slice(0, 4)), Number(checked.slice(5, 7)), Number(checked.slice(8, 10))];
}

/**
 * `date` plus `days` calendar days (negative: earlier), on plain calendar numbers: the result never
 * depends on the time zone.
 *
 * @throws {@link FourthLevelError} `INVALID_DATE` for a date that is not `YYYY-MM-DD`, a `days` that is
 * not a safe integer, or a result outside the years 0000–9999.
 * @category Calendar
 * @example
 * ```ts
 * addDays("2024-02-28", 1); //=> "2024-02-29"
 * addDays("2026-01-01", -1); //=> "2025-12-31"
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parts(date, "date");
  if (!Number.isSafeInteger(days)) {
    throw new FourthLevelError("INVALID_DATE", `${describeValue(days)} is not a whole number of days`, {
      days: describeValue(days),
    });
  }
  return dateOfDayNumber(dayNumber(year, month, day) + days);
}

/**
 * `date` plus `months` calendar months; a day past the end of the target month becomes its last day
 * (31 Jan + 1 month = 28 or 29 Feb).
 *
 * @throws {@link FourthLevelError} `INVALID_DATE` as {@link addDays}.
 * @category Calendar
 * @example
 * ```ts
 * addMonths("2026-01-31", 1); //=> "2026-02-28"
 * addMonths("2025-08-15", 6); //=> "2026-02-15"
 * ```
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parts(date, "date");
  if (!Number.isSafeInteger(months)) {
    throw new FourthLevelError("INVALID_DATE", `${describeValue(months)} is not a whole number of months`, {
      months: describeValue(months),
    });
  }
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * `date` plus `years` years; 29 February becomes 28 February in a year that is not a leap year.
 *
 * @throws {@link FourthLevelError} `INVALID_DATE` as {@link addDays}.
 * @category Calendar
 * @example
 * ```ts
 * addYears("2024-02-29", 1); //=> "2025-02-28"
 * ```
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, typeof years === "number" && Number.isSafeInteger(years) ? years * 12 : Number.NaN);
}

/**
 * The day after `date`.
 *
 * @category Calendar
 * @example
 * ```ts
 * nextDay("2025-12-31"); //=> "2026-01-01"
 * ```
 */
export function nextDay(date: IsoDate): IsoDate {
  return addDays(date, 1);
}

/**
 * The day before `date`.
 *
 * @category Calendar
 * @example
 * ```ts
 * previousDay("2024-03-01"); //=> "2024-02-29"
 * ```
 */
export function previousDay(date: IsoDate): IsoDate {
  return addDays(date, -1);
}

/**
 * The fiscal year of a date: in Kazakhstan the fiscal year is the calendar year.
 *
 * @category Calendar
 * @example
 * ```ts
 * fiscalYearOf("2026-12-31"); //=> 2026
 * ```
 */
export function fiscalYearOf(date: IsoDate): number {
  return Number(isoDate(date).slice(0, 4));
}

/** `year` when it is a whole year 0–9999. @throws FourthLevelError `INVALID_DATE` otherwise. */
function wholeYear(year: unknown): number {
  if (typeof year === "number" && Number.isSafeInteger(year) && year >= 0 && year <= 9999) return year;
  throw new FourthLevelError(
    "INVALID_DATE",
    `year ${describeValue(year)} is not a whole year from 0 to 9999`,
    {
      year: describeValue(year),
    },
  );
}

/**
 * 1 January of `year`, `YYYY-01-01`.
 *
 * @category Calendar
 * @example
 * ```ts
 * firstJanuary(2026); //=> "2026-01-01"
 * ```
 */
export function firstJanuary(year: number): IsoDate {
  return `${String(wholeYear(year)).padStart(4, "0")}-01-01` as IsoDate;
}

/**
 * 31 December of `year`, `YYYY-12-31`.
 *
 * @category Calendar
 * @example
 * ```ts
 * lastDecember(2025); //=> "2025-12-31"
 * ```
 */
export function lastDecember(year: number): IsoDate {
  return `${String(wholeYear(year)).padStart(4, "0")}-12-31` as IsoDate;
}
