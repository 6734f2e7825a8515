import type { Issue } from "../../errors/issue.js";
import { ATTRIBUTION_KEYS } from "../../rules/rule.js";
import { csvIssuePath, fieldOfColumn, type RecordsContext, readRecord } from "../receipts-input.js";
import { idHash } from "../totals/ids.js";
import { postReceipt, type Route } from "../totals/route.js";
import { type CsvLayout, FIELD_COLUMNS, FIRST_PLACE } from "./layout.js";

/*
 * A row of a receipts CSV read the exact way: by `readRecord`, the function `readReceiptsCsv` reads each
 * record with (the receipt schema and its messages, the rules in force, the places in the territory),
 * its problems placed at the row and column as that reader places them. Only rows the fast lane could
 * not take come here. Duplicate ids are found apart, over the whole file.
 */

/** One problem of a row: `seq` orders the problems of a row (0 a duplicate id, 1 the others in order). */
export interface RowIssue {
  readonly row: number;
  readonly seq: number;
  readonly issue: Issue;
}

/** A receipt read here, for the duplicate check: its row, line and id. */
export interface ReadId {
  readonly row: number;
  readonly line: number;
  readonly id: string;
  readonly hash: number;
}

/** The text of a row in a problem's path, as `readReceiptsCsv` writes it. */
export const rowText = (row: number, line: number) => `row ${row} (line ${line})`;

/** The schema fields of the required columns a file lacks (their problems are not reported per row). */
export function absentFields(layout: CsvLayout): ReadonlySet<string> {
  return new Set(
    FIELD_COLUMNS.filter((_, f) => f < FIRST_PLACE && layout.columns[f] === -1).map(fieldOfColumn),
  );
}

/** The record the schema reads from a row's cells (a place cell left empty is no place). */
function recordOf(layout: CsvLayout, cells: readonly string[]) {
  const cell = (field: number) => {
    const at = layout.columns[field] as number;
    return at < 0 ? undefined : cells[at];
  };
  const places: Record<string, string> = {};
  ATTRIBUTION_KEYS.forEach((key, k) => {
    const code = cell(FIRST_PLACE + k);
    if (code !== undefined && code !== "") places[key] = code;
  });
  return { id: cell(0), ebk: cell(1), amount: cell(2), paymentDate: cell(3), payerKind: cell(4), places };
}

/** Everything a row of the exact lane needs besides the row. */
export interface RecordContext {
  readonly layout: CsvLayout;
  /** How `readRecord` reads: with the rulebook unless the receipts that cannot be attributed are kept. */
  readonly records: RecordsContext;
  readonly route: Route;
  readonly issues: RowIssue[];
  readonly ids: ReadId[];
}

/** Reads one row the exact way: its problems, and its receipt attributed through the route. */
export function readRecordRow(
  context: RecordContext,
  cells: readonly string[],
  row: number,
  line: number,
): void {
  const read = readRecord(recordOf(context.layout, cells), context.records, new Set());
  const text = rowText(row, line);
  for (const issue of read.issues) {
    context.issues.push({ row, seq: 1, issue: { ...issue, path: csvIssuePath(text, issue.path) } });
  }
  if (read.receipt !== undefined) {
    context.ids.push({ row, line, id: read.receipt.id, hash: idHash(read.receipt.id) });
    // its problems against the rules were reported above: the route only sums it, or keeps it aside
    postReceipt(context.route, read.receipt, row);
  }
}
