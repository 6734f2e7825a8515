import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";

const BOM = "\uFEFF";

/**
 * Parses JSON text given by a user. A UTF-8 byte order mark at the start (as Windows Notepad saves) is
 * skipped.
 *
 * @category Input
 * @param what - What the text is, for the message (e.g. the file name).
 * @throws {@link FourthLevelError} `INVALID_INPUT` saying where the JSON is broken, or that the text is
 *   empty.
 * @example
 * ```ts
 * parseJsonText('\uFEFF{"year": 2026}', "scenario"); //=> { year: 2026 }
 * ```
 */
export function parseJsonText(text: string, what: string): unknown {
  const label = labelOf(what, "JSON text");
  if (typeof text !== "string") {
    throw new FourthLevelError("INVALID_INPUT", `${label} must be text, not ${describeValue(text)}`, {});
  }
  const body = text.startsWith(BOM) ? text.slice(BOM.length) : text;
  if (body.trim() === "") {
    throw new FourthLevelError("INVALID_INPUT", `${label} is empty: it must hold JSON`, {});
  }
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new FourthLevelError("INVALID_INPUT", `${label} is not valid JSON: ${(e as Error).message}`, {
      what: label,
    });
  }
}
