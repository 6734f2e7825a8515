import type { ErrorCode, InputIssue } from "../../errors/error.js";
import { Money } from "../../money/money.js";

// The hand checks of the older input layer, still read by transfers/plan and transfers/replan while they
// move to schemas; nothing in forecast, equalisation or postings uses them. Delete this file when the
// last import of it goes.

/** A value for a message: strings quoted, everything else (bigints too) as `String` gives it. @internal */
export function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/**
 * Records an issue at `path` unless `value` is a non-negative Money; returns it when it is one. A value
 * of any type (a bigint, a number, an object) gives an issue, never a `TypeError`. @internal
 *
 * @param code - The code the issue carries, e.g. `"INVALID_AMOUNT"` (none by default).
 */
export function readAmount(
  value: unknown,
  path: string,
  issues: InputIssue[],
  code?: ErrorCode,
): Money | undefined {
  const withCode = code === undefined ? {} : { code };
  if (!(value instanceof Money)) {
    issues.push({
      path,
      message: `${describe(value)} is not a Money amount (build one with Money.kzt("…"))`,
      ...withCode,
    });
    return undefined;
  }
  if (value.isNegative()) {
    issues.push({ path, message: `${value.toKzt()} KZT is negative`, ...withCode });
    return undefined;
  }
  return value;
}

/**
 * Records an issue at `path` unless `value` is a Money above zero; returns it when it is one. @internal
 *
 * @param code - The code the issue carries, e.g. `"INVALID_AMOUNT"` (none by default).
 */
export function readPositiveAmount(
  value: unknown,
  path: string,
  issues: InputIssue[],
  code?: ErrorCode,
): Money | undefined {
  if (value instanceof Money && (value.isNegative() || value.isZero())) {
    issues.push({
      path,
      message: `the amount must be positive, got ${value.toKzt()} KZT`,
      ...(code === undefined ? {} : { code }),
    });
    return undefined;
  }
  return readAmount(value, path, issues, code);
}
