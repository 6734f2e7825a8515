import * as z from "zod";
import { type IsoDate, isIsoDate } from "../calendar/iso-date.js";
import { describeValue } from "../errors/describe.js";

/** A string of digits checked by a pattern, with a code of its own when it fails (and the pattern in JSON Schema). */
function digits(count: number, what: string, example: string, code: "UNKNOWN_KATO" | "UNKNOWN_EBK") {
  const pattern = new RegExp(`^\\d{${count}}$`);
  return z
    .string({
      error: (issue) =>
        typeof issue.input === "number" || typeof issue.input === "bigint"
          ? `must be a ${count}-digit ${what} as a string, written in quotes: "${/^\d+$/.test(String(issue.input)) && String(issue.input).length === count ? String(issue.input) : example}", not the number ${String(issue.input)}`
          : `must be a ${count}-digit ${what} as a string such as "${example}", not ${describeValue(issue.input)}`,
    })
    .refine((s) => pattern.test(s), {
      message: `must be a ${count}-digit ${what} such as "${example}"`,
      params: { code },
    })
    .meta({ pattern: pattern.source });
}

/** A KATO code: nine digits (the classifier of administrative-territorial objects); read as a {@link KatoCode}. */
export const katoCodeSchema = digits(9, "KATO code", "104035000", "UNKNOWN_KATO").brand<"KatoCode">();

/** An EBK revenue code: six digits (category 1 + class 2 + subclass 1 + specific 2); read as an {@link EbkCode}. */
export const ebkCodeSchema = digits(6, "EBK code", "104402", "UNKNOWN_EBK").brand<"EbkCode">();

/**
 * A KATO code that has been checked to be nine digits (`"104035100"`): what the input schemas give for a
 * KATO code. Any `KatoCode` is a `string`; a `string` becomes one only through a schema (the public
 * functions take strings and check them).
 *
 * @category Input
 */
export type KatoCode = string & z.$brand<"KatoCode">;

/**
 * An EBK revenue code that has been checked to be six digits (`"104402"`): what the input schemas give for
 * an EBK code. Any `EbkCode` is a `string`.
 *
 * @category Input
 */
export type EbkCode = string & z.$brand<"EbkCode">;

/** A calendar date written `YYYY-MM-DD` that exists (not `2025-02-29`). */
export const isoDateSchema = z
  .string({
    error: (issue) =>
      `${describeValue(issue.input)} is not a calendar date written YYYY-MM-DD, such as 2026-03-10`,
  })
  .refine(isIsoDate, {
    error: (issue) =>
      `${describeValue(issue.input)} is not a calendar date written YYYY-MM-DD that exists, such as 2026-03-10`,
    params: { code: "INVALID_DATE" },
    abort: true, // the checks that follow read the date
  })
  .transform((s) => s as IsoDate)
  .meta({ format: "date" });

/** A whole year from `min` to `max`, with what it is for in the message. */
export function yearSchema(min: number, max: number, why = "") {
  const message = `must be a whole year from ${min} to ${max}${why === "" ? "" : ` (${why})`}`;
  return z.number({ error: message }).int({ message }).min(min, { message }).max(max, { message });
}

/** A JSON object key that is a year (`"2027"`), read as the number 2027. */
export const yearKeySchema = z
  .string()
  .regex(/^\d{4}$/, { message: "must be a year such as 2027" })
  .transform(Number);
