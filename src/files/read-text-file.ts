import { readFileSync, statSync } from "node:fs";
import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { decodeText } from "./decode-text.js";

/**
 * Input files larger than this are refused (a district's receipts for a year are far smaller).
 *
 * @category Node
 */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

/**
 * Reads a UTF-8 text file given by a user (a UTF-8 byte order mark, as Windows Notepad saves, is
 * skipped): refuses directories, devices and files over {@link MAX_INPUT_BYTES} with a clear error
 * instead of hanging or crashing, and a file in another encoding (Windows-1251, UTF-16) instead of
 * reading it with replacement characters.
 *
 * @param path - The file's path.
 * @param what - What the file is, for the message (e.g. `"scenario"`).
 * @throws `FourthLevelError` `INVALID_INPUT` naming the path and why it cannot be read (a path that is
 *   not a non-empty string included);
 *   `INVALID_ENCODING` naming the path and the first line that is not UTF-8.
 * @category Node
 * @example
 * ```ts
 * import { readTextFile } from "fourth-level-budget/node";
 * readTextFile("examples/kz-2026-published.json", "scenario").startsWith("{"); //=> true
 * ```
 */
export function readTextFile(path: string, what = "file"): string {
  const label = labelOf(what, "file");
  if (typeof path !== "string" || path === "") {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `cannot read ${label}: its path must be a file name, not ${describeValue(path)}`,
      { path: describeValue(path) },
    );
  }
  let bytes: Uint8Array;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error(`not a regular file${stat.isDirectory() ? " (a directory)" : ""}`);
    if (stat.size > MAX_INPUT_BYTES) throw new Error(`larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`);
    bytes = readFileSync(path);
  } catch (e) {
    throw new FourthLevelError("INVALID_INPUT", `cannot read ${label} ${path}: ${(e as Error).message}`, {
      path,
    });
  }
  return decodeText(bytes, `${label} ${path}`);
}
