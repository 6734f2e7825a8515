import { readFileSync, statSync } from "node:fs";
import { FourthLevelError } from "../errors/error.js";

/** Input files larger than this are refused (a district's receipts for a year are far smaller). */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/**
 * Reads a UTF-8 text file given by a user: refuses directories, devices and files over
 * {@link MAX_INPUT_BYTES} with a clear error instead of hanging or crashing.
 *
 * @param what - What the file is, for the message (e.g. `"scenario"`).
 * @throws {@link FourthLevelError} `INVALID_INPUT` naming the path and why it cannot be read.
 * @example
 * ```ts
 * const text = readTextFile("examples/kz-2026-published.json", "scenario");
 * ```
 */
export function readTextFile(path: string, what = "file"): string {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error(`not a regular file${stat.isDirectory() ? " (a directory)" : ""}`);
    if (stat.size > MAX_INPUT_BYTES) throw new Error(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new FourthLevelError("INVALID_INPUT", `cannot read ${what} ${path}: ${(e as Error).message}`, {
      path,
    });
  }
}

/**
 * Parses JSON text given by a user.
 * @param what - What the text is, for the message (e.g. the file name).
 * @throws {@link FourthLevelError} `INVALID_INPUT` saying where the JSON is broken.
 */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new FourthLevelError("INVALID_INPUT", `${what} is not valid JSON: ${(e as Error).message}`, {
      what,
    });
  }
}
