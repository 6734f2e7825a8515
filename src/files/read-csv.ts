// "#csv-parse" is csv-parse's Node build in Node and its browser build in browsers (package.json
// "imports"): the Node build needs Node's Buffer; the browser build carries its own and is slower.
import { parse } from "#csv-parse";
import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { throwIssues } from "../errors/issue.js";

/** One data row of a CSV file: its cells in column order and the file line it ends on (1-based). */
export interface CsvRow {
  /** The cells, as many as the row has (possibly not as many as the header). */
  readonly cells: readonly string[];
  /** The line of the file the row ends on, counting the preamble and the header. */
  readonly line: number;
}

/** A CSV file read by {@link readCsvRecords}. */
export interface CsvRecords {
  /** The `#` lines before the header, without the `#` and one space after it (a note on the data). */
  readonly preamble: readonly string[];
  /** The header row's column names (empty for a file without rows). */
  readonly header: readonly string[];
  /** The data rows after the header, empty lines left out. */
  readonly rows: readonly CsvRow[];
}

/** Options of {@link readCsvRecords}. */
export interface ReadCsvOptions {
  /** Whether to trim spaces around each cell (default `false`). */
  readonly trim?: boolean;
}

/**
 * Reads CSV text given by a user: lines starting with `#` before the header are a preamble (a note on
 * where the data comes from), then a header row and data rows; a byte-order mark and empty lines are
 * skipped. Rows may have more or fewer cells than the header: callers report that with the row's line.
 *
 * @param text - The whole file, UTF-8 text.
 * @param what - What is being read, for the error message (e.g. the file name).
 * @throws {@link FourthLevelError} `INVALID_INPUT` when the text is not text, not CSV (e.g. an unclosed
 * quote) or has no header line (see {@link checkHeaderLine}); `INVALID_ENCODING` naming the first line with a NUL or a replacement character (U+FFFD), the
 * marks of UTF-16 or of bytes that were not UTF-8 read leniently (two ids differing only in such bytes
 * would otherwise read as one).
 */
export function readCsvRecords(text: string, what: string, options: ReadCsvOptions = {}): CsvRecords {
  const label = labelOf(what, "CSV text");
  const problem = (message: string) => throwIssues(label, [{ path: [], code: "INVALID_INPUT", message }]);
  if (typeof text !== "string") problem(`must be CSV text, not ${describeValue(text)}`);
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const bad = lines.findIndex((line) => /[\uFFFD\0]/u.test(line));
  if (bad >= 0) {
    throw new FourthLevelError(
      "INVALID_ENCODING",
      `${label} is not UTF-8 text: line ${bad + 1} has ${lines[bad]?.includes("\0") ? "a NUL byte, as in UTF-16 text" : "a replacement character (U+FFFD), left where bytes that are not UTF-8 (e.g. Windows-1251) were read"}; read the file as UTF-8 strictly (readTextFile) or save it as UTF-8`,
      { what: label, line: bad + 1 },
    );
  }
  const first = lines.findIndex((line) => !line.startsWith("#"));
  const skipped = first < 0 ? lines.length : first;
  let parsed: { record: string[]; info: { lines: number } }[] = [];
  try {
    parsed = parse(lines.slice(skipped).join("\n"), {
      skip_empty_lines: true,
      trim: options.trim === true,
      bom: true,
      info: true,
      relax_column_count: true,
    }) as unknown as typeof parsed;
  } catch (e) {
    problem(`not readable as CSV: ${(e as Error).message}`);
  }
  const [headerRow, ...rows] = parsed;
  checkHeaderLine(headerRow?.record ?? [], label, skipped);
  return {
    preamble: lines.slice(0, skipped).map((line) => line.replace(/^#\s?/, "")),
    header: headerRow?.record ?? [],
    rows: rows.map((row) => ({ cells: row.record, line: row.info.lines + skipped })),
  };
}

/**
 * Refuses CSV text without a header line — empty, blank, or `#` note lines only — as one problem that says
 * so, instead of a missing-column problem for each column the caller needs.
 *
 * @param header - The header's column names as read (none when there is no header line).
 * @param label - What is read, at the head of the message (e.g. the file name).
 * @param noteLines - How many `#` note lines come before where the header would be.
 */
export function checkHeaderLine(header: readonly string[], label: string, noteLines: number): void {
  if (header.length > 0) return;
  const what = noteLines > 0 ? `holds only # note lines (${noteLines})` : "is empty";
  const message = `${what}: a CSV file starts with a header line (its column names), then a row per record`;
  throw new FourthLevelError("INVALID_INPUT", `${label} ${message}`, { what: label }, [
    { path: [], code: "INVALID_INPUT", message },
  ]);
}

/** A row's cells by column name; a column the row has no cell for is absent. */
export function cellsByColumn(header: readonly string[], row: CsvRow): Readonly<Record<string, string>> {
  // Object.fromEntries keeps a column named "__proto__" as a key, for the input layer to refuse.
  return Object.fromEntries(
    header.flatMap((column, i) => {
      const cell = row.cells[i];
      return cell === undefined ? [] : [[column, cell]];
    }),
  );
}
