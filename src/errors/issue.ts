import { labelOf } from "./describe.js";
import { type ErrorCode, FourthLevelError } from "./error.js";

/**
 * Where a problem is inside an input: the keys and indexes from the root, e.g.
 * `["districts", 0, "units", 1, "figures", "tax_revenue"]`. Empty for the input as a whole.
 *
 * @category Errors
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input: where it is, what kind of problem it is, and what is wrong with what
 * would be valid.
 *
 * @category Errors
 */
export interface Issue {
  /** Where the offending value is; `[]` for the whole input. */
  readonly path: IssuePath;
  /** The kind of problem: `INVALID_INPUT` for a shape error, or a code of its own (`UNKNOWN_KATO`, `NO_RULE`…). */
  readonly code: ErrorCode;
  /** What is wrong and what would be valid. */
  readonly message: string;
}

/** A key that reads unambiguously in a dotted path: not empty, no dot, bracket or quote, no edge spaces. */
const PLAIN_KEY = /^[^.[\]"'\s](?:[^.[\]"']*[^.[\]"'\s])?$/u;

const isPath = (path: unknown): path is IssuePath =>
  Array.isArray(path) && path.every((p) => typeof p === "string" || typeof p === "number");

const isIssue = (issue: unknown): issue is Issue =>
  typeof issue === "object" &&
  issue !== null &&
  isPath((issue as Issue).path) &&
  typeof (issue as Issue).code === "string" &&
  typeof (issue as Issue).message === "string";

/** Refuses what is not a path or a list of issues (a plain-JavaScript caller can pass anything). */
function check(ok: boolean, what: string): void {
  if (!ok) throw new FourthLevelError("INVALID_INPUT", `${what}`, {});
}

/**
 * A path written as people read it: `districts[0].units[1].figures.tax_revenue`, `row 3 (line 4).amount`;
 * a key that could be misread in such a path (empty, or holding a dot, a bracket or a quote) is quoted
 * (`codes["1.5"]`); the empty path is `(root)`.
 *
 * @category Errors
 * @example
 * ```ts
 * formatPath(["districts", 0, "units", 1, "kato"]); //=> "districts[0].units[1].kato"
 * formatPath(["row 3 (line 4)", "amount"]); //=> "row 3 (line 4).amount"
 * formatPath(["openCodes", "a.b"]); //=> 'openCodes["a.b"]'
 * formatPath([]); //=> "(root)"
 * ```
 */
export function formatPath(path: IssuePath): string {
  check(isPath(path), "formatPath needs an array of keys (strings) and indexes (numbers)");
  if (path.length === 0) return "(root)";
  return path
    .map((part, i) => {
      if (typeof part === "number") return `[${part}]`;
      if (!PLAIN_KEY.test(part)) return `[${JSON.stringify(part)}]`;
      return i === 0 ? part : `.${part}`;
    })
    .join("");
}

/**
 * The issues with `prefix` put before each path: the issues of a part, placed inside the whole.
 *
 * @category Errors
 * @example
 * ```ts
 * const inner = [{ path: ["kato"], code: "UNKNOWN_KATO", message: "not in the classifier" }] as const;
 * atPath(["units", 2], inner)[0]?.path; //=> ["units", 2, "kato"]
 * ```
 */
export function atPath(prefix: IssuePath, issues: readonly Issue[]): Issue[] {
  check(isPath(prefix), "atPath needs a path: an array of keys (strings) and indexes (numbers)");
  check(
    Array.isArray(issues) && issues.every(isIssue),
    "atPath needs an array of issues { path, code, message }",
  );
  return issues.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}

/**
 * The issues a {@link FourthLevelError} carries: its `issues` when it lists them, else one issue at the
 * root with its code and message.
 *
 * @category Errors
 * @example
 * ```ts
 * issuesOf(new FourthLevelError("UNKNOWN_KATO", "999 is not in the classifier"));
 * //=> [{ path: [], code: "UNKNOWN_KATO", message: "999 is not in the classifier" }]
 * ```
 */
export function issuesOf(error: FourthLevelError): readonly Issue[] {
  check(error instanceof FourthLevelError, "issuesOf needs a FourthLevelError");
  return error.issues.length > 0 ? error.issues : [{ path: [], code: error.code, message: error.message }];
}

/**
 * Throws one {@link FourthLevelError} with code `INVALID_INPUT` listing every issue (each on its own line
 * with its path and code), or returns when there is none.
 *
 * @param what - What was being read, e.g. `"scenario file examples/x.json"`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` with `issues` when `issues` is not empty.
 * @category Errors
 * @example
 * ```ts
 * throwIssues("plan", []); // returns: nothing to report
 * ```
 */
export function throwIssues(what: string, issues: readonly Issue[]): void {
  check(
    Array.isArray(issues) && issues.every(isIssue),
    "throwIssues needs an array of issues { path, code, message }",
  );
  if (issues.length === 0) return;
  const lines = issues.map(
    (i) => `  ${formatPath(i.path)}${i.code === "INVALID_INPUT" ? "" : ` [${i.code}]`}: ${i.message}`,
  );
  throw new FourthLevelError(
    "INVALID_INPUT",
    `${labelOf(what, "input")}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${lines.join("\n")}`,
    {},
    issues,
  );
}

/**
 * Runs `read`; when it throws a {@link FourthLevelError}, returns its issues placed under `at` instead,
 * so that reading can go on and report every problem at once. Anything else it throws is rethrown.
 *
 * @category Errors
 * @example
 * ```ts
 * const [value, issues] = tryRead(["figures", "tax_revenue"], () => Money.thousandKzt("1.5.0"));
 * value; //=> undefined
 * issues[0]?.path; //=> ["figures", "tax_revenue"]
 * ```
 */
export function tryRead<T>(at: IssuePath, read: () => T): [T | undefined, Issue[]] {
  check(isPath(at), "tryRead needs a path: an array of keys (strings) and indexes (numbers)");
  check(typeof read === "function", "tryRead needs a function to run");
  try {
    return [read(), []];
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    return [undefined, atPath(at, issuesOf(e))];
  }
}
