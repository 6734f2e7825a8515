import { vi } from "vitest";
import { main } from "../src/cli/program.js";
import { FourthLevelError } from "../src/errors/error.js";
import { type Issue, issuesOf as issuesIn } from "../src/errors/issue.js";

/** The code of the FourthLevelError `f` throws, `"not a FourthLevelError"` for another throw, or undefined. */
export function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof FourthLevelError ? e.code : "not a FourthLevelError";
  }
  return undefined;
}

/** The FourthLevelError `f` throws (fails the test if it throws anything else or nothing). */
export function errorOf(f: () => unknown): FourthLevelError {
  try {
    f();
  } catch (e) {
    if (e instanceof FourthLevelError) return e;
    throw e;
  }
  throw new Error("expected a FourthLevelError, nothing was thrown");
}

/**
 * The issues (path arrays, typed codes) of the INVALID_INPUT error `f` throws — one at the root for an
 * error without a list — (fails the test if it throws anything else or nothing).
 */
export function inputIssuesOf(f: () => unknown): readonly Issue[] {
  const error = errorOf(f);
  if (error.code !== "INVALID_INPUT")
    throw new Error(`expected INVALID_INPUT, got ${error.code}: ${error.message}`);
  return issuesIn(error);
}

/**
 * The codes of the problems `f` reports: the codes of its issues for an INVALID_INPUT error, the error's own
 * code for another, `[]` when it returns.
 */
export function issueCodesOf(f: () => unknown): readonly string[] {
  try {
    f();
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    return e.code === "INVALID_INPUT" ? issuesIn(e).map((issue) => issue.code) : [e.code];
  }
  return [];
}

/**
 * Runs the command line with `args`, capturing what it prints: its exit code, standard output and
 * standard error.
 */
export async function runCli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = undefined;
  }
}
