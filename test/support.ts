import { FourthLevelError, type InputIssue } from "../src/errors/error.js";

/** The code of the FourthLevelError `f` throws, `"not a FourthLevelError"` for another throw, or undefined. */
export function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof FourthLevelError ? e.code : "not a FourthLevelError";
  }
  return undefined;
}

/** The issues of the INVALID_INPUT error `f` throws (fails the test if it throws anything else or nothing). */
export function issuesOf(f: () => unknown): readonly InputIssue[] {
  try {
    f();
  } catch (e) {
    if (e instanceof FourthLevelError && e.code === "INVALID_INPUT")
      return e.details.issues as readonly InputIssue[];
    throw e;
  }
  throw new Error("expected an INVALID_INPUT error, nothing was thrown");
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
