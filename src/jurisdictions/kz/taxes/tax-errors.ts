import { FourthLevelError } from "../../../errors/error.js";
import { formatPath, type Issue, type IssuePath } from "../../../errors/issue.js";

/**
 * The error for a rate, scale or rule the law read does not establish for the case: code
 * `NO_ESTABLISHED_RATE`, one issue at `path` (the entry the caller may supply), the message saying what
 * is missing and how to supply it, and `details.missing` naming the entry.
 */
export function noEstablishedRate(
  message: string,
  path: IssuePath,
  details: Readonly<Record<string, unknown>> = {},
): FourthLevelError {
  return new FourthLevelError("NO_ESTABLISHED_RATE", message, details, [
    { path, code: "NO_ESTABLISHED_RATE", message },
  ]);
}

/** The error for a tax that does not exist in the year asked (abolished): code `ABOLISHED_TAX`. */
export function abolishedTax(message: string, year: number): FourthLevelError {
  return new FourthLevelError("ABOLISHED_TAX", message, { year }, [
    { path: ["year"], code: "ABOLISHED_TAX", message },
  ]);
}

/**
 * Throws one `NO_ESTABLISHED_RATE` error listing `issues` (each a rate the caller must supply), written as
 * `throwIssues` writes its list; returns when there is none.
 */
export function throwNoEstablishedRates(what: string, issues: readonly Issue[]): void {
  if (issues.length === 0) return;
  const lines = issues.map((i) => `  ${formatPath(i.path)}: ${i.message}`).join("\n");
  throw new FourthLevelError("NO_ESTABLISHED_RATE", `${what}: no established rate\n${lines}`, {}, issues);
}
