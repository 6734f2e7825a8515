import type * as z from "zod";
import { FourthLevelError } from "../errors/error.js";
import { type Issue, type IssuePath, throwIssues } from "../errors/issue.js";

/** Keys refused in any keyed map: JavaScript would drop them or let them change an object's prototype. */
export const FORBIDDEN_KEYS: readonly string[] = ["__proto__", "constructor", "prototype"];

const MAX_DEPTH = 64;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Options of {@link checkInput} and {@link parseInput}. */
export interface ParseOptions {
  /**
   * Top-level fields of the input that are looked for forbidden keys only at their own level, not inside:
   * values the library built and is handed back (a law, a rulebook, a ledger of postings), which the schema
   * checks by shape without copying them, so that nothing in them can be dropped. Walking them on every
   * call would cost more than the work (a law has thousands of values, a ledger millions).
   */
  readonly opaque?: readonly string[];
}

/** Every forbidden key anywhere in plain objects and arrays of `value`, with its path. */
function forbiddenKeyIssues(
  value: unknown,
  path: IssuePath,
  depth: number,
  seen: Set<object>,
  opaque: readonly string[] = [],
): Issue[] {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => forbiddenKeyIssues(item, [...path, i], depth + 1, seen));
  }
  if (!isPlainObject(value)) return [];
  return Object.keys(value).flatMap((key) =>
    FORBIDDEN_KEYS.includes(key)
      ? [
          {
            path: [...path, key],
            code: "FORBIDDEN_KEY" as const,
            message: `the key ${JSON.stringify(key)} is not allowed (JavaScript would drop it or change the object's prototype); rename it`,
          },
        ]
      : opaque.includes(key)
        ? []
        : forbiddenKeyIssues(value[key], [...path, key], depth + 1, seen),
  );
}

interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
  readonly params?: { readonly code?: unknown };
  readonly errors?: readonly (readonly ZodIssueLike[])[];
}

/** A branch of a union that failed only on the kind of the value itself (not a string, not an object…). */
const failedOnKind = (branch: readonly ZodIssueLike[]) =>
  branch.some((i) => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_value"));

/**
 * The issues of the one branch of a failed union that the value is of the kind of (e.g. the object branch
 * of `"named" | { mrp, citation }` for an object), placed at the union's path; `undefined` when no single
 * branch fits, so that the union's own message applies.
 */
function fittingBranch(i: ZodIssueLike): ZodIssueLike[] | undefined {
  const fitting = (i.errors ?? []).filter((branch) => !failedOnKind(branch));
  const only = fitting[0];
  return fitting.length === 1 && only !== undefined
    ? only.map((inner) => ({ ...inner, path: [...i.path, ...inner.path] }))
    : undefined;
}

const toPath = (path: readonly PropertyKey[]): IssuePath =>
  path.map((part) => (typeof part === "number" ? part : String(part)));

/** The kinds of value zod names in its default messages, as what a user would give. */
const KINDS: Readonly<Record<string, string>> = {
  number: "a number",
  int: "a whole number",
  string: "a string (text in quotes)",
  array: "an array [ … ]",
  object: "an object { … }",
  boolean: "true or false",
  bigint: "a whole number",
  null: "null",
};

/**
 * Zod's default message of a value of the wrong kind (`Invalid input: expected number, received
 * string`) as what to give: `give a number, not a string`, or `missing: give an array [ … ]` for a field
 * left out. A schema's own message is kept.
 */
function plainMessage(message: string): string {
  const m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (m === null) return message;
  const [, expected = "", received = ""] = m;
  const wanted = KINDS[expected] ?? expected;
  if (received === "undefined") return `missing: give ${wanted}`;
  return `give ${wanted}, not ${(KINDS[received] ?? received).replace(/ \(.*\)$| \[ … \]$| \{ … \}$/, "")}`;
}

/** Zod's issues as the library's: path arrays, a code of their own where the schema names one. */
function fromZod(issues: readonly ZodIssueLike[]): Issue[] {
  return issues.flatMap((i): Issue[] => {
    const branch = i.code === "invalid_union" ? fittingBranch(i) : undefined;
    if (branch !== undefined) return fromZod(branch);
    if (i.code === "unrecognized_keys") {
      return (i.keys ?? [])
        .filter((key) => !FORBIDDEN_KEYS.includes(key))
        .map((key) => ({
          path: [...toPath(i.path), key],
          code: "UNKNOWN_FIELD",
          message: `unknown field ${JSON.stringify(key)} (a misspelling?)${
            i.message.startsWith("Unrecognized key") ? "" : `: ${i.message}`
          }`,
        }));
    }
    const code = typeof i.params?.code === "string" ? (i.params.code as Issue["code"]) : "INVALID_INPUT";
    return [{ path: toPath(i.path), code, message: plainMessage(i.message) }];
  });
}

/**
 * Checks `value` against `schema` once and returns the parsed value, or every problem at once: keys
 * `__proto__`, `constructor` and `prototype` anywhere in the input, and each failure of the schema, each
 * with its path. The result of a successful read is what the schema outputs (e.g. decimal strings turned
 * into `Money`).
 *
 * @param what - What is read, in words (not a function name), for the message: e.g. `"land tax"`,
 *   `"scenario file x.json"`.
 * @param options - See {@link ParseOptions}.
 * @returns The issues (empty when the input is valid) and, when valid, the parsed value.
 */
export function checkInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  options: ParseOptions = {},
): { readonly value?: z.output<S>; readonly issues: readonly Issue[] } {
  const forbidden = forbiddenKeyIssues(value, [], 0, new Set(), options.opaque ?? []);
  let result: ReturnType<S["safeParse"]>;
  try {
    result = schema.safeParse(value) as ReturnType<S["safeParse"]>;
  } catch (e) {
    if (e instanceof FourthLevelError) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    return {
      issues: [
        ...forbidden,
        { path: [], code: "INVALID_INPUT", message: `${what} cannot be read: ${reason}` },
      ],
    };
  }
  if (result.success && forbidden.length === 0) return { value: result.data as z.output<S>, issues: [] };
  return {
    issues: [...forbidden, ...(result.success ? [] : fromZod(result.error.issues as ZodIssueLike[]))],
  };
}

/**
 * Checks `value` against `schema` and returns the parsed value.
 *
 * @param what - What is read, in words, for the message (e.g. `"land tax"`).
 * @param options - See {@link ParseOptions}.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path (see
 * {@link checkInput}).
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  options: ParseOptions = {},
): z.output<S> {
  const checked = checkInput(schema, value, what, options);
  throwIssues(what, checked.issues);
  return checked.value as z.output<S>;
}
