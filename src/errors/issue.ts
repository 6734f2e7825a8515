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

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A path written as people read it: `districts[0].units[1].figures.tax_revenue`; a key that is not an
 * identifier is quoted (`figures["доходы"]`); the empty path is `(root)`.
 *
 * @category Errors
 * @example
 * ```ts
 * formatPath(["districts", 0, "units", 1, "kato"]); //=> "districts[0].units[1].kato"
 * formatPath([]); //=> "(root)"
 * ```
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return "(root)";
  return path
    .map((part, i) => {
      if (typeof part === "number") return `[${part}]`;
      if (!IDENTIFIER.test(part)) return `[${JSON.stringify(part)}]`;
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
  if (issues.length === 0) return;
  const lines = issues.map(
    (i) => `  ${formatPath(i.path)}${i.code === "INVALID_INPUT" ? "" : ` [${i.code}]`}: ${i.message}`,
  );
  throw new FourthLevelError(
    "INVALID_INPUT",
    `${what}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${lines.join("\n")}`,
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
  try {
    return [read(), []];
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    return [undefined, atPath(at, issuesOf(e))];
  }
}
