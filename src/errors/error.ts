import type { Issue, IssuePath } from "./issue.js";

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
  | "INVALID_ENCODING";

/** One problem found in an input: where it is (a JSON path such as `units[2].figures.tax_revenue`) and what is wrong. */
export interface InputIssue {
  /** Path to the offending value, dot and bracket notation; empty for the whole input. */
  readonly path: string;
  /** What is wrong and what would be valid. */
  readonly message: string;
  /** The kind of problem, when it has one of its own (e.g. `MISSING_KEY` for a receipt). */
  readonly code?: ErrorCode;
}

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

/** A dotted path of the older issue form, as a path array (`"units[2].kato"` → `["units", 2, "kato"]`). */
function pathOfText(path: string): IssuePath {
  if (path === "") return [];
  return path
    .split(/\.|(?=\[)/)
    .filter((part) => part !== "")
    .map((part) => (/^\[\d+\]$/.test(part) ? Number(part.slice(1, -1)) : part));
}

/**
 * Throws one {@link FourthLevelError} with code `INVALID_INPUT` listing every issue, or returns if
 * there are none.
 *
 * @param what - What was being read, e.g. `"scenario file examples/x.json"`.
 * @param issues - Every problem found, each with its path.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `issues` is not empty.
 */
export function throwIfIssues(what: string, issues: readonly InputIssue[]): void {
  if (issues.length === 0) return;
  const lines = issues.map(
    (i) =>
      `  ${i.path === "" ? "(root)" : i.path}${i.code === undefined ? "" : ` [${i.code}]`}: ${i.message}`,
  );
  throw new FourthLevelError(
    "INVALID_INPUT",
    `${what}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${lines.join("\n")}`,
    { issues },
    issues.map((i) => ({ path: pathOfText(i.path), code: i.code ?? "INVALID_INPUT", message: i.message })),
  );
}

/**
 * The issues for the fields of `value` that are not `allowed`: a misspelt optional field would otherwise
 * be ignored without a word. Not an object: no issues (its type is checked elsewhere).
 *
 * @param path - Where `value` is, e.g. `"units[0]"` (`""` at the top).
 */
export function unknownFieldIssues(value: unknown, allowed: readonly string[], path: string): InputIssue[] {
  if (value === null || typeof value !== "object") return [];
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({
      path: path === "" ? key : `${path}.${key}`,
      message: `unknown field ${JSON.stringify(key)}: the fields are ${allowed.join(", ")}`,
    }));
}

/**
 * A path inside another: `joinPath("units[0]", "base.costs")` is `"units[0].base.costs"`,
 * `joinPath("units", "[2]")` is `"units[2]"`; an empty side leaves the other.
 *
 */
export function joinPath(base: string, sub: string): string {
  if (base === "") return sub;
  if (sub === "") return base;
  return sub.startsWith("[") ? `${base}${sub}` : `${base}.${sub}`;
}

/**
 * The issues a {@link FourthLevelError} carries: its `details.issues` when it lists them, else one issue
 * at the root with its message and code.
 *
 */
export function issuesOfError(error: FourthLevelError): readonly InputIssue[] {
  const inner = error.details.issues as readonly InputIssue[] | undefined;
  if (inner !== undefined) return inner;
  // An error of code moved to the new issues (path arrays): its issues in the older form.
  return error.issues.length > 0
    ? error.issues.map((i) => ({
        path: i.path.reduce<string>(
          (text, part) => joinPath(text, typeof part === "number" ? `[${part}]` : part),
          "",
        ),
        message: i.message,
        ...(i.code === "INVALID_INPUT" ? {} : { code: i.code }),
      }))
    : [{ path: "", message: error.message, code: error.code }];
}

/**
 * Runs `read`; when it throws a {@link FourthLevelError}, adds its issues to `issues` with their paths
 * moved under `at` (a path prefix, or a function renaming each path) and returns `undefined`, so that
 * reading can go on and report every problem at once. Other errors are rethrown.
 *
 */
export function collectIssues<T>(
  issues: InputIssue[],
  at: string | ((path: string) => string),
  read: () => T,
): T | undefined {
  try {
    return read();
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    const rename = typeof at === "string" ? (path: string) => joinPath(at, path) : at;
    for (const issue of issuesOfError(e)) issues.push({ ...issue, path: rename(issue.path) });
    return undefined;
  }
}

/**
 * Zod's issues as {@link InputIssue}s, each path written as `districts[0].units[1].figures.tax_revenue`.
 *
 */
export function zodIssues(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
): InputIssue[] {
  return issues.map((i) => ({
    path: i.path.reduce<string>(
      (text, part) => joinPath(text, typeof part === "number" ? `[${part}]` : String(part)),
      "",
    ),
    message: i.message,
  }));
}
