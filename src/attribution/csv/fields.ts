/*
 * The fields of a receipts CSV row read straight from its bytes to small integers, accepting exactly what
 * the receipt schema accepts (anything else returns -1, and the row then goes the exact way, through
 * the schema, for its message). Bytes are ASCII here: a row with any other byte never reaches this file.
 */

import { PAYER_KINDS } from "../../rules/rule.js";
import { dateNumberOfParts } from "../totals/numbers.js";

/** The value of the ASCII digits `bytes[start … end)`, or -1 when one is not a digit (exact up to 15 digits). */
export function digitsValue(bytes: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = (bytes[i] as number) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** An EBK code: exactly six digits, as a number; -1 otherwise. */
export function ebkValue(bytes: Uint8Array, start: number, end: number): number {
  return end - start === 6 ? digitsValue(bytes, start, end) : -1;
}

/** A KATO code: exactly nine digits, as a number; -1 otherwise (-2 for an empty cell: no place). */
export function katoValue(bytes: Uint8Array, start: number, end: number): number {
  if (end === start) return -2;
  return end - start === 9 ? digitsValue(bytes, start, end) : -1;
}

/** An amount that is too large for a float64 of tiyn: read through the schema, as a bigint. */
export const TOO_LARGE = -2;

/** Integer digits an amount may have here: 13 (under 10^15 tiyn, well inside MAX_SAFE_INTEGER). */
const MAX_WHOLE_DIGITS = 13;

/**
 * An amount in KZT (`\d+(\.\d{1,2})?`, above zero) as whole tiyn; -1 when it is not one,
 * {@link TOO_LARGE} when it is one with more than 13 integer digits.
 */
export function amountTiyn(bytes: Uint8Array, start: number, end: number): number {
  let point = end;
  for (let i = start; i < end; i++) {
    if (bytes[i] === 46) {
      point = i;
      break;
    }
  }
  const decimals = end - point - 1;
  if (point === start || (point < end && decimals !== 1 && decimals !== 2)) return -1;
  const fraction = point < end ? digitsValue(bytes, point + 1, end) : 0;
  if (fraction < 0) return -1;
  // a longer amount is checked digit by digit here and read exactly (as a bigint) by the schema
  if (point - start > MAX_WHOLE_DIGITS) return digitsValue(bytes, start, point) < 0 ? -1 : TOO_LARGE;
  const kzt = digitsValue(bytes, start, point);
  if (kzt < 0) return -1;
  const tiyn = kzt * 100 + (decimals === 1 ? fraction * 10 : fraction);
  return tiyn === 0 ? -1 : tiyn;
}

/** A payment date `YYYY-MM-DD` that is a real calendar date, as the number yyyymmdd; -1 otherwise. */
export function dateValue(bytes: Uint8Array, start: number, end: number): number {
  if (end - start !== 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45) return -1;
  const year = digitsValue(bytes, start, start + 4);
  const month = digitsValue(bytes, start + 5, start + 7);
  const day = digitsValue(bytes, start + 8, start + 10);
  return year < 0 || month < 0 || day < 0 ? -1 : dateNumberOfParts(year, month, day);
}

const KIND_BYTES = PAYER_KINDS.map((kind) => Uint8Array.from(kind, (c) => c.charCodeAt(0)));

/** A payer kind, as its index in `PAYER_KINDS`; -1 otherwise. */
export function kindValue(bytes: Uint8Array, start: number, end: number): number {
  for (let k = 0; k < KIND_BYTES.length; k++) {
    const kind = KIND_BYTES[k] as Uint8Array;
    if (kind.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < kind.length && same; i++) same = bytes[start + i] === kind[i];
    if (same) return k;
  }
  return -1;
}

/** The text of ASCII bytes `bytes[start … end)`. */
export function asciiText(bytes: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let i = start; i < end; i += 4096) {
    text += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + 4096)));
  }
  return text;
}
