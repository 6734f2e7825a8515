import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";

const BOM = "\uFEFF";

/**
 * Parses JSON text given by a user. A UTF-8 byte order mark at the start (as Windows Notepad saves) is
 * skipped.
 *
 * @category Input
 * @param what - What the text is, for the message (e.g. the file name).
 * @throws {@link FourthLevelError} `INVALID_INPUT` saying where the JSON is broken (line and column) and
 *   what was expected there, or that the text is empty.
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
    const { where, reason } = syntaxError(body, String((e as Error).message));
    throw new FourthLevelError("INVALID_INPUT", `${label} is not valid JSON: ${where}${reason}`, {
      what: label,
    });
  }
}

/** The 1-based line and column of the character at `position` of `text`. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where a JSON syntax error is (`line 3, column 16: `, from the engine's position; the end of the text
 * for a text cut short) and what was expected there, without the engine's offset.
 */
function syntaxError(body: string, message: string): { where: string; reason: string } {
  const cut = /Unexpected end of JSON input/.test(message);
  const at = /at position (\d+)/.exec(message);
  const position = cut ? body.trimEnd().length : at === null ? undefined : Number(at[1]);
  const reason = cut
    ? "the text ends before the JSON does: an object {, an array [ or a string is not closed (is the file cut short?)"
    : message.replace(/ in JSON at position \d+.*$/, "").replace(/ at position \d+.*$/, "");
  if (position === undefined) return { where: "", reason };
  const { line, column } = lineAndColumn(body, position);
  return { where: `line ${line}, column ${column}: `, reason };
}
