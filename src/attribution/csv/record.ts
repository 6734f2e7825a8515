import type { ErrorCode } from "../../errors/error.js";
import { FourthLevelError } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import { ATTRIBUTION_KEYS } from "../../rules/rule.js";
import type { Receipt } from "../receipt.js";
import { receiptJsonSchema } from "../receipts-input.js";
import { idHash } from "../totals/ids.js";
import { postReceipt, type Route } from "../totals/route.js";
import { type CsvLayout, FIELD_COLUMNS } from "./layout.js";

/*
 * A row of a receipts CSV read the exact way, as `readReceiptsCsv` reads each record: the receipt schema
 * (its messages), the duplicate check, the rules in force (their messages), the places in the territory.
 * Only rows the fast lane could not take come here.
 */

/** One problem of a row, before rows are numbered in the whole file: `seq` orders the problems of a row. */
export interface RowIssue {
  readonly row: number;
  readonly line: number;
  /** 0 the schema, 1 a duplicate id, 2 the rules, 3 an unknown place. */
  readonly seq: number;
  /** The column (or `""` for the row as a whole). */
  readonly column: string;
  readonly code: ErrorCode | undefined;
  readonly message: string;
}

/** A receipt read here, for the duplicate check: its row, line and id. */
export interface ReadId {
  readonly row: number;
  readonly line: number;
  readonly id: string;
  readonly hash: number;
}

/** The CSV column of a schema field (`paymentDate` → `payment_date`, `places.residence` → `residence`). */
const CSV_NAME: Readonly<Record<string, string>> = { paymentDate: "payment_date", payerKind: "payer_kind" };

/** The column of a field path of the receipt schema or of `attribute`. */
export function columnOf(path: readonly PropertyKey[]): string {
  const field = path.map(String).join(".");
  return field.startsWith("places.") ? field.slice("places.".length) : (CSV_NAME[field] ?? field);
}

/** The schema fields of the required columns a file lacks (their problems are not reported per row). */
export function absentFields(layout: CsvLayout): ReadonlySet<string> {
  const name = (column: string) => Object.entries(CSV_NAME).find(([, c]) => c === column)?.[0] ?? column;
  return new Set(FIELD_COLUMNS.filter((_, f) => layout.columns[f] === -1).map(name));
}

/** The record the schema reads from a row's cells (a place cell left empty is no place). */
function recordOf(layout: CsvLayout, cells: readonly string[]) {
  const cell = (field: number) => {
    const at = layout.columns[field] as number;
    return at < 0 ? undefined : cells[at];
  };
  const places: Record<string, string> = {};
  ATTRIBUTION_KEYS.forEach((key, k) => {
    const code = cell(FIELD_COLUMNS.length - ATTRIBUTION_KEYS.length + k);
    if (code !== undefined && code !== "") places[key] = code;
  });
  return {
    id: cell(0),
    ebk: cell(1),
    amount: cell(2),
    paymentDate: cell(3),
    payerKind: cell(4),
    places,
  };
}

/** Everything a row of the exact lane needs besides the row. */
export interface RecordContext {
  readonly layout: CsvLayout;
  readonly absent: ReadonlySet<string>;
  readonly route: Route;
  readonly issues: RowIssue[];
  readonly ids: ReadId[];
  /** The line of the row being read, for the problems the route reports. */
  readonly current: { line: number };
}

/** The problems of places that are 9 digits but not in the territory (as `readReceiptsCsv` finds them). */
function unknownPlaces(
  context: RecordContext,
  places: Readonly<Record<string, string>>,
  row: number,
  line: number,
) {
  for (const [key, code] of Object.entries(places)) {
    if (!/^\d{9}$/.test(code)) continue;
    try {
      context.route.territory.place(code);
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      context.issues.push({ row, line, seq: 3, column: key, code: e.code, message: e.message });
    }
  }
}

/**
 * Reads one row the exact way: its schema problems, or its receipt attributed through the route (whose
 * problems the route reports); then its unknown places.
 */
export function readRecordRow(
  context: RecordContext,
  cells: readonly string[],
  row: number,
  line: number,
): void {
  const record = recordOf(context.layout, cells);
  const parsed = receiptJsonSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (context.absent.has(String(issue.path[0]))) continue;
      context.issues.push({
        row,
        line,
        seq: 0,
        column: columnOf(issue.path),
        code: undefined,
        message: issue.message,
      });
    }
  } else {
    const raw = parsed.data;
    const receipt: Receipt = {
      id: raw.id,
      ebk: raw.ebk,
      amount: Money.kzt(raw.amount),
      paymentDate: raw.paymentDate as Receipt["paymentDate"],
      payerKind: raw.payerKind as Receipt["payerKind"],
      places: Object.fromEntries(Object.entries(raw.places).filter(([, v]) => v !== undefined)),
    };
    context.ids.push({ row, line, id: receipt.id, hash: idHash(receipt.id) });
    context.current.line = line;
    postReceipt(context.route, receipt, row);
  }
  unknownPlaces(context, record.places, row, line);
}

/** The route's report for rows of a file: problems of the rules by column; unknown places are found apart. */
export function reportRowIssue(issues: RowIssue[], current: { readonly line: number }) {
  return (row: number, field: readonly PropertyKey[], code: ErrorCode, message: string): void => {
    if (code === "UNKNOWN_KATO") return;
    issues.push({ row, line: current.line, seq: 2, column: columnOf(field), code, message });
  };
}
