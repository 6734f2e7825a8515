import { parse } from "#csv-parse";
import type { Scanner } from "./scan.js";

/*
 * The exact lane of a receipts CSV: a record with a quote (perhaps over several lines) or a byte outside
 * printable ASCII is read by csv-parse with the options `readReceiptsCsv` gives it, and its cells are
 * handed on as text. The bytes are checked as UTF-8 here, line by line, since only such records can
 * hold anything but ASCII.
 */

/** The longest record read here: a quote still open after this many bytes is reported, not read on. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

const LF = 10;
const QUOTE = 34;

/** A quote is still open after {@link MAX_RECORD_BYTES}. */
const TOO_LONG = -2;

/**
 * The end (a newline offset, or `to` at the end of the file) of the record that starts at `start`: the
 * first line end after which the quotes are balanced. -1 when it lies beyond `to` and more bytes may
 * come; {@link TOO_LONG} when it is longer than {@link MAX_RECORD_BYTES}.
 */
function recordEnd(bytes: Uint8Array, start: number, to: number, atEnd: boolean): number {
  let quotes = 0;
  for (let i = start; i < to; i++) {
    const b = bytes[i];
    if (b === QUOTE) quotes++;
    else if (b === LF && quotes % 2 === 0) return i;
  }
  if (atEnd) return to;
  return to - start > MAX_RECORD_BYTES ? TOO_LONG : -1;
}

/**
 * The first line with a NUL byte and the first line that is not UTF-8 among the lines of
 * `bytes[start … end)`, the first of them numbered `firstLine` (0: none).
 */
export function encodingProblems(
  bytes: Uint8Array,
  start: number,
  end: number,
  firstLine: number,
): { nulLine: number; badLine: number } {
  const found = { nulLine: 0, badLine: 0 };
  const fatal = new TextDecoder("utf-8", { fatal: true });
  let [from, line] = [start, firstLine];
  while (from <= end) {
    const newline = bytes.indexOf(LF, from);
    const stop = newline < 0 || newline > end ? end : newline;
    const text = bytes.subarray(from, stop);
    if (found.nulLine === 0 && text.includes(0)) found.nulLine = line;
    if (found.badLine === 0) {
      try {
        fatal.decode(text);
      } catch {
        found.badLine = line;
      }
    }
    [from, line] = [stop + 1, line + 1];
  }
  return found;
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

/**
 * Reads the record at `start` the exact way: csv-parse gives its cells (or an error, which stops the
 * reading of rows: the file is not CSV), and the record is handed on as text. Gives the offset after
 * it, or -1 when it needs bytes after `to`.
 */
export function scanRegion(
  scanner: Scanner,
  bytes: Uint8Array,
  start: number,
  to: number,
  atEnd: boolean,
): number {
  const found = recordEnd(bytes, start, to, atEnd);
  if (found === -1) return -1;
  const { result, context } = scanner;
  if (found === TOO_LONG) {
    // the rows after it cannot be told apart: stop reading rows, go on checking the encoding
    result.fatal ??= { line: result.lines + 1, text: "" };
  }
  const end = found === TOO_LONG ? to : found;
  const problems = encodingProblems(bytes, start, end, result.lines + 1);
  if (result.nulLine === 0) result.nulLine = problems.nulLine;
  if (result.badLine === 0) result.badLine = problems.badLine;
  const first = result.lines + 1;
  const raw = new TextDecoder("utf-8").decode(bytes.subarray(start, end));
  result.lines += raw.split("\n").length;
  if (result.fatal !== undefined) return end + 1;
  const text = raw.replace(/\r\n/g, "\n");
  let records: ParsedRecord[];
  try {
    records = parse(text, {
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
      relax_column_count: true,
      record_delimiter: "\n",
    }) as unknown as ParsedRecord[];
  } catch {
    result.fatal = { line: first, text };
    return end + 1;
  }
  for (const { record, info } of records) {
    const row = ++result.rows;
    const line = first + info.lines - 1;
    if (record.length !== context.width) result.widthProblems.push({ row, line, fields: record.length });
    else result.deferred.push({ row, line, cells: record });
  }
  return end + 1;
}
