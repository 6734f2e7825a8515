import { parse } from "#csv-parse";
import { ATTRIBUTION_KEYS } from "../../rules/rule.js";
import { RECEIPT_CSV_COLUMNS } from "../receipts-input.js";

/*
 * The start of a receipts CSV file, read as `readReceiptsCsv` reads it: `#` lines before the header are
 * a preamble, then blank lines, then the header row; the data rows follow. Everything here is on the
 * first lines only, so it may be slow and exact: it uses csv-parse itself.
 */

/** The fields of a receipt, in the order of {@link RECEIPT_CSV_COLUMNS}: id, ebk, amount, date, kind, places. */
export const FIELD_COLUMNS: readonly string[] = RECEIPT_CSV_COLUMNS;

/** Index of the first place in {@link FIELD_COLUMNS}. */
export const FIRST_PLACE = FIELD_COLUMNS.length - ATTRIBUTION_KEYS.length;

/** The columns `readReceiptsCsv` requires. */
const REQUIRED = ["id", "ebk", "amount", "payment_date", "payer_kind"];

/** A problem of the header itself (an unknown or missing column). */
export interface ColumnProblem {
  readonly column: string;
  readonly message: string;
}

/** Where the receipt fields are in a file's rows, and where its rows start. */
export interface CsvLayout {
  /** The header's column names, trimmed (empty when the file has no header). */
  readonly header: readonly string[];
  /** Per field of {@link FIELD_COLUMNS}: its column in the rows, or -1 when the header lacks it. */
  readonly columns: readonly number[];
  /** Whether every required column is there (otherwise no row can become a receipt). */
  readonly complete: boolean;
  /** The byte offset where the data rows start (after the header line). */
  readonly dataStart: number;
  /** The number of lines before the data rows (preamble, blank lines and the header). */
  readonly linesBefore: number;
  /** The number of `#` preamble lines (csv-parse's line numbers in messages start after them). */
  readonly preambleLines: number;
  /** Unknown and missing columns, in the order `readReceiptsCsv` reports them. */
  readonly problems: readonly ColumnProblem[];
}

const LF = 10;

/** Whether a line holds only what csv-parse trims on the left (space, tab, CR, form feed): an empty line. */
function isBlank(line: string): boolean {
  return /^[ \t\r\f]*$/.test(line);
}

/** The header cells of a header line, as csv-parse reads them with the reader's options. */
function headerCells(line: string): string[] {
  const [record] = parse(line, {
    skip_empty_lines: true,
    trim: true,
    bom: true,
    relax_column_count: true,
  }) as string[][];
  return record ?? [];
}

/** The problems of a header: unknown columns, then missing required ones. */
function columnProblems(header: readonly string[]): ColumnProblem[] {
  return [
    ...header
      .filter((h) => !FIELD_COLUMNS.includes(h))
      .map((column) => ({
        column,
        message: `unknown column; columns are ${RECEIPT_CSV_COLUMNS.join(", ")}`,
      })),
    ...REQUIRED.filter((c) => !header.includes(c)).map((column) => ({
      column,
      message: "required column is missing",
    })),
  ];
}

/**
 * The layout of a file from its first bytes (the head must hold the preamble and the header line; more
 * is fine). `bomLength` is 3 when the file starts with a UTF-8 byte order mark.
 * @returns The layout, or `undefined` when the head ends before the header line does.
 */
export function readLayout(head: Uint8Array, bomLength: number, atEnd: boolean): CsvLayout | undefined {
  const decoder = new TextDecoder("utf-8");
  let [start, line, preambleLines, inPreamble] = [bomLength, 0, 0, true];
  while (start < head.length || (start === head.length && atEnd)) {
    const newline = head.indexOf(LF, start);
    if (newline < 0 && !atEnd) return undefined;
    const end = newline < 0 ? head.length : newline;
    const text = decoder.decode(head.subarray(start, end)).replace(/\r$/, "");
    line++;
    if (inPreamble && text.startsWith("#")) preambleLines++;
    else inPreamble = false;
    if (!inPreamble && !isBlank(text)) {
      const header = headerCells(text);
      return layoutOf(header, newline < 0 ? head.length : newline + 1, line, preambleLines);
    }
    if (newline < 0) break;
    start = newline + 1;
  }
  return layoutOf([], head.length, line, preambleLines);
}

function layoutOf(
  header: readonly string[],
  dataStart: number,
  linesBefore: number,
  preambleLines: number,
): CsvLayout {
  const columns = FIELD_COLUMNS.map((name) => header.indexOf(name));
  return {
    header,
    columns,
    complete: REQUIRED.every((c) => header.includes(c)),
    dataStart,
    linesBefore,
    preambleLines,
    problems: columnProblems(header),
  };
}
