/*
 * Small integer forms of the text fields of a receipt, for the bulk attribution paths: a date as the
 * number yyyymmdd (ordered like the ISO text), a KATO code as its 9-digit number.
 */

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `year` is a leap year of the Gregorian calendar. */
const isLeap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * The date number yyyymmdd of a real calendar date, or -1 when the parts are not one (the same dates
 * as `isIsoDate`: years 0000–9999, months 1–12, the days of that month).
 */
export function dateNumberOfParts(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1) return -1;
  const last = month === 2 && isLeap(year) ? 29 : (DAYS_IN_MONTH[month] as number);
  return day > last ? -1 : year * 10_000 + month * 100 + day;
}

/** The digit value of the character at `i`, or -1 when it is not an ASCII digit. */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** The value of `count` ASCII digits of `text` from `start`, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const d = digitAt(text, i);
    if (d < 0) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The date number yyyymmdd of an ISO date `YYYY-MM-DD`, or -1 when `text` is not a real date. */
export function dateNumber(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const [year, month, day] = [digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2)];
  return year < 0 || month < 0 || day < 0 ? -1 : dateNumberOfParts(year, month, day);
}

/**
 * The places of a territory by KATO code number: an open-addressing hash table of typed arrays, a few
 * nanoseconds a lookup (a Map of numbers is several times slower on millions of receipts).
 */
export interface PlaceIndex {
  readonly keys: Int32Array;
  readonly values: Int32Array;
  readonly mask: number;
}

/** Builds the {@link PlaceIndex} of place code numbers (-1 for a code that is not 9 digits: left out). */
export function placeIndex(codes: Int32Array): PlaceIndex {
  let size = 1024;
  while (size < codes.length * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const values = new Int32Array(size);
  const mask = size - 1;
  codes.forEach((code, place) => {
    if (code < 0) return;
    let slot = Math.imul(code, 0x9e3779b1) >>> 0;
    for (slot &= mask; keys[slot] !== -1 && keys[slot] !== code; slot = (slot + 1) & mask);
    keys[slot] = code;
    values[slot] = place;
  });
  return { keys, values, mask };
}

/** The place index of a KATO code number, or -1 when the territory has no such place. */
export function placeOf(index: PlaceIndex, code: number): number {
  const { keys, mask } = index;
  for (let slot = (Math.imul(code, 0x9e3779b1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
    const key = keys[slot] as number;
    if (key === code) return index.values[slot] as number;
    if (key === -1) return -1;
  }
}
