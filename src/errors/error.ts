import type { Issue } from "./issue.js";

/**
 * The codes a {@link FourthLevelError} can carry. Each names one kind of problem; `details` says which
 * value caused it and what would have been valid.
 * @category Errors
 */
export type ErrorCode =
  /** A money amount that is not a whole number of tiyn, not a number, or not allowed here. */
  | "INVALID_AMOUNT"
  /** A date that is not a real calendar date written as `YYYY-MM-DD`. */
  | "INVALID_DATE"
  /** Two dated values of one series cover the same day. */
  | "DATED_OVERLAP"
  /** Two consecutive dated values of one series leave days uncovered. */
  | "DATED_GAP"
  /** A dated series has no value in force on the date asked. */
  | "NO_VALUE_ON_DATE"
  /** A KATO code that is not 9 digits or not in the bundled classifier. */
  | "UNKNOWN_KATO"
  /** An EBK revenue code that no rule of the rulebook knows, on any date. */
  | "UNKNOWN_EBK"
  /** No rule of the rulebook applies to this receipt (code known, but not on that date or payer kind). */
  | "NO_RULE"
  /** More than one rule applies: the rulebook is ambiguous. */
  | "SEVERAL_RULES"
  /** A rule is malformed (no citation, bad dates, unknown key). */
  | "INVALID_RULE"
  /** A receipt lacks the KATO key its rule attributes by. */
  | "MISSING_KEY"
  /** An input file or object failed validation; `details.issues` lists every problem with its path. */
  | "INVALID_INPUT"
  /** A published decision text could not be read; `details` names the line and why. */
  | "UNREADABLE_DECISION"
  /** The law sets no rate for this case and none was supplied: the caller must give it. */
  | "NO_ESTABLISHED_RATE"
  /** The tax or fee does not exist in the year asked (abolished, or not yet introduced). */
  | "ABOLISHED_TAX"
  /** A field that the input does not have (often a misspelling); the message lists the fields. */
  | "UNKNOWN_FIELD"
  /** A key `__proto__`, `constructor` or `prototype` in a keyed map: refused, never dropped. */
  | "FORBIDDEN_KEY"
  /** A text or file that is not UTF-8 (e.g. CP1251 or UTF-16). */
  | "INVALID_ENCODING"
  /** A calibration's target lies outside what the parameter's range gives; `details` has both ends. */
  | "TARGET_UNREACHABLE"
  /**
   * A calibration's target gives the same value at both ends of the parameter's range: the parameter
   * does not move it (a re-attribution nets to zero for the country); `details` has both ends.
   */
  | "TARGET_INSENSITIVE"
  /** A calibration found the effect rising and falling over the parameter's range; `details` has the points. */
  | "NOT_MONOTONE";

/**
 * The one error class of the library. `code` says what kind of problem it is; `details` carries the
 * offending values (always plain data, safe to print as JSON).
 *
 * @category Errors
 * @example
 * ```ts
 * import { FourthLevelError, Money } from "fourth-level-budget";
 * Money.kzt("1.005"); //=> throws INVALID_AMOUNT
 * try {
 *   Money.kzt("1.005");
 * } catch (e) {
 *   e instanceof FourthLevelError && e.code; //=> "INVALID_AMOUNT"
 * }
 * ```
 */
export class FourthLevelError extends Error {
  /** What kind of problem this is. */
  readonly code: ErrorCode;
  /** The offending values and what would be valid. */
  readonly details: Readonly<Record<string, unknown>>;
  /** For `INVALID_INPUT`: every problem of the input, each with its path; empty otherwise. */
  readonly issues: readonly Issue[];

  constructor(
    code: ErrorCode,
    message: string,
    details: Readonly<Record<string, unknown>> = {},
    issues: readonly Issue[] = [],
  ) {
    super(message);
    this.name = "FourthLevelError";
    this.code = code;
    this.details = details;
    this.issues = issues;
  }
}
