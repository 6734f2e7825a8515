import { describeValue, labelOf } from "../../errors/describe.js";
import { type Issue, throwIssues } from "../../errors/issue.js";
import { type AttributeOptions, checkCall } from "../attribute.js";
import { placeIndex } from "../totals/numbers.js";
import { compileAttribution } from "../totals/tables.js";
import type { AttributionTotals } from "../totals/totals.js";
import { type CsvRunOptions, finishCsv, placeScans, throwEncoding } from "./finish.js";
import { type CsvLayout, readLayout } from "./layout.js";
import type { ReadId } from "./record.js";
import { encodingProblems } from "./region.js";
import { createScanner, type ScanContext, scanLines } from "./scan.js";

/**
 * Options of {@link attributeReceiptsCsv}: those of {@link attribute}, and the file's name.
 *
 * @category Attribution
 */
export interface AttributeCsvOptions extends AttributeOptions {
  /** What is being read, for messages (e.g. the file name). Default `"receipts CSV"`. */
  readonly what?: string;
}

/** Whether bytes start with a UTF-8 byte order mark (3 bytes) or a UTF-16 one. */
export function byteOrderMark(bytes: Uint8Array): { readonly utf8: number; readonly utf16: boolean } {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  return {
    utf8: a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0,
    utf16: (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff),
  };
}

/** What a scan reads with, for a file's layout. */
export function scanContext(layout: CsvLayout, tables: ScanContext["tables"]): ScanContext {
  return {
    tables,
    places: placeIndex(tables.placeNumbers),
    columns: layout.columns,
    width: layout.header.length,
    complete: layout.complete,
  };
}

/** Refuses what is not CSV text or bytes, and options that are not {@link AttributeCsvOptions}. */
function checkCsvCall(csv: unknown, options: unknown): void {
  checkCall([], options);
  const what = (options as { what?: unknown }).what;
  const issues: Issue[] = [
    ...(typeof csv === "string" || csv instanceof Uint8Array
      ? []
      : [
          {
            path: ["csv"],
            code: "INVALID_INPUT" as const,
            message: `must be CSV text or bytes (a Uint8Array), not ${describeValue(csv)}`,
          },
        ]),
    ...(what === undefined || typeof what === "string"
      ? []
      : [
          {
            path: ["options", "what"],
            code: "INVALID_INPUT" as const,
            message: "must be a string naming the file",
          },
        ]),
  ];
  throwIssues("receipts CSV", issues);
}

/**
 * Attributes the receipts of a CSV file to totals in one pass over its bytes, without an object per
 * row: the same totals, notes, unattributed receipts and problems as reading the file with
 * {@link readReceiptsCsv} (checked against the rules unless `unattributed`) and attributing it with
 * {@link attribute}, as the `attribute` command does. Bytes are checked as UTF-8 text first, as
 * `readTextFile` does. Rows are read straight to small integers; rows with quotes or text other than
 * ASCII, and rows with problems, are read the exact way with the same messages.
 *
 * For files on disk in Node.js, `attributeReceiptsCsvFile` (fourth-level-budget/node) reads any size on
 * all cores in bounded memory.
 *
 * @param csv - The file's bytes, or its text.
 * @throws {@link FourthLevelError} `INVALID_ENCODING` for bytes that are not UTF-8 text; `INVALID_INPUT`
 *   listing every problem with its row, line and column (`row 3 (line 5).amount: …`).
 * @category Attribution
 * @example
 * ```ts
 * const csv = [
 *   "id,ebk,amount,payment_date,payer_kind,residence",
 *   "veh-1,104402,21625.00,2026-03-10,individual,104035100",
 *   "veh-2,104402,8650.00,2026-09-30,individual,104035100",
 * ].join("\n");
 * const totals = attributeReceiptsCsv(csv, { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() });
 * totals.rows.map((r) => [accountId(r.account), r.amount.toKzt(), r.receipts]); //=> [["budget:4:104035000", "30275.00", 2]]
 * ```
 */
export function attributeReceiptsCsv(
  csv: Uint8Array | string,
  options: AttributeCsvOptions,
): AttributionTotals {
  checkCsvCall(csv, options);
  const bytes = typeof csv === "string" ? new TextEncoder().encode(csv) : csv;
  const mark = byteOrderMark(bytes);
  const layout = readLayout(bytes, mark.utf8, true) as CsvLayout;
  const what = labelOf(options.what, "receipts CSV");
  const tables = compileAttribution(options.rulebook, options.territory);
  const context = scanContext(layout, tables);
  const scanner = createScanner(context);
  scanLines(scanner, bytes, layout.dataStart, bytes.length, true);
  const scans = placeScans([scanner.result], layout);
  if (typeof csv !== "string") {
    const head = encodingProblems(bytes, 0, layout.dataStart, 1);
    throwEncoding(what, { ...head, utf16: mark.utf16 }, scans);
  }
  const run: CsvRunOptions = {
    rulebook: options.rulebook,
    territory: options.territory,
    law: options.law,
    unattributed: options.unattributed === true,
    what,
  };
  return finishCsv(tables, layout, scans, run, (hashes) => {
    const ids: ReadId[] = [];
    const again = createScanner(context, 16, { hashes, ids });
    scanLines(again, bytes, layout.dataStart, bytes.length, true);
    return ids.map((id) => ({ ...id, line: id.line + layout.linesBefore }));
  });
}
