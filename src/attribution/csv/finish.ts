import { parse } from "#csv-parse";
import type { EbkNumberingLaw } from "../../classification/category.js";
import { FourthLevelError } from "../../errors/error.js";
import { type Issue, type IssuePath, throwIssues } from "../../errors/issue.js";
import { checkHeaderLine } from "../../files/read-csv.js";
import type { Rulebook } from "../../rules/rulebook.js";
import type { Territory } from "../../territory/territory.js";
import { finishRoute } from "../totals/attribute-totals.js";
import { repeatedHashes, sortedHashes } from "../totals/ids.js";
import { createRoute, noteFor, type Route } from "../totals/route.js";
import { emptySums, mergeSums } from "../totals/sums.js";
import type { AttributionTables } from "../totals/tables.js";
import type { AttributionNote, AttributionTotals } from "../totals/totals.js";
import type { CsvLayout } from "./layout.js";
import {
  absentFields,
  type ReadId,
  type RecordContext,
  type RowIssue,
  readRecordRow,
  rowText,
} from "./record.js";
import { MAX_RECORD_BYTES } from "./region.js";
import type { RangeScan } from "./scan.js";

/** What a CSV attribution is asked: the rules, the territory, and how to name the file. */
export interface CsvRunOptions {
  readonly rulebook: Rulebook;
  readonly territory: Territory;
  readonly law: EbkNumberingLaw | undefined;
  readonly unattributed: boolean;
  /** The file, in the problems' header (e.g. its path). */
  readonly what: string;
}

/** A scan of one range with its place in the file: the rows and lines before it. */
export interface PlacedScan {
  readonly scan: RangeScan;
  readonly rowsBefore: number;
  readonly linesBefore: number;
}

/** Places scans one after another: each range's rows and lines follow those of the ranges before it. */
export function placeScans(scans: readonly RangeScan[], layout: CsvLayout): PlacedScan[] {
  let [rows, lines] = [0, layout.linesBefore];
  return scans.map((scan) => {
    const placed = { scan, rowsBefore: rows, linesBefore: lines };
    [rows, lines] = [rows + scan.rows, lines + scan.lines];
    return placed;
  });
}

/** The encoding problem of the file, if any: a UTF-16 mark, else the first NUL, else the first non-UTF-8 line. */
export function throwEncoding(
  what: string,
  head: { readonly utf16: boolean; readonly nulLine: number; readonly badLine: number },
  scans: readonly PlacedScan[],
): void {
  const first = (pick: (s: RangeScan) => number, inHead: number) =>
    inHead > 0
      ? inHead
      : (scans.map((p) => (pick(p.scan) > 0 ? p.linesBefore + pick(p.scan) : 0)).find((l) => l > 0) ?? 0);
  const nul = first((s) => s.nulLine, head.nulLine);
  const bad = first((s) => s.badLine, head.badLine);
  const [line, reason] = head.utf16
    ? [1, "a UTF-16 byte order mark"]
    : nul > 0
      ? [nul, "a NUL byte, as in UTF-16 text"]
      : [bad, "bytes that are not UTF-8 (Windows-1251 or another code page)"];
  if (line === 0) return;
  throw new FourthLevelError(
    "INVALID_ENCODING",
    `${what} is not UTF-8 text: line ${line} has ${reason}; save the file as UTF-8`,
    { what, line },
  );
}

/** A problem of the input as a whole or of its shape. */
const invalid = (path: IssuePath, message: string): Issue => ({ path, code: "INVALID_INPUT", message });

/** The first record csv-parse could not read stops everything: its message, as the reader gives it. */
function throwFatal(what: string, layout: CsvLayout, scans: readonly PlacedScan[]): void {
  const placed = scans.find((p) => p.scan.fatal !== undefined);
  const fatal = placed?.scan.fatal;
  if (placed === undefined || fatal === undefined) return;
  const line = placed.linesBefore + fatal.line;
  let message = `a quoted field on line ${line} is still open after ${MAX_RECORD_BYTES / 1024 / 1024} MiB`;
  try {
    parse("\n".repeat(line - 1 - layout.preambleLines) + fatal.text, {
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true,
      record_delimiter: "\n",
    });
  } catch (e) {
    message = (e as Error).message;
  }
  throwIssues(what, [{ path: [], code: "INVALID_INPUT", message: `not readable as CSV: ${message}` }]);
}

/** `YYYY-MM-DD` of a date number. */
const dateText = (date: number) =>
  `${String(Math.floor(date / 10_000)).padStart(4, "0")}-${String(Math.floor(date / 100) % 100).padStart(2, "0")}-${String(date % 100).padStart(2, "0")}`;

/** The rows of the exact lane read in file order, their problems and ids, the notes merged in row order. */
function readDeferred(route: Route, context: RecordContext, scans: readonly PlacedScan[]): AttributionNote[] {
  const notes: { row: number; note: AttributionNote }[] = [];
  for (const { scan, rowsBefore, linesBefore } of scans) {
    for (const n of scan.notes) {
      const note = noteFor(route, n.place, dateText(n.date));
      notes.push({ row: rowsBefore + n.row, note: { receiptId: n.id, note } });
    }
    for (const d of scan.deferred) {
      const before = route.notes.length;
      readRecordRow(context, d.cells, rowsBefore + d.row, linesBefore + d.line);
      for (const note of route.notes.slice(before)) notes.push({ row: rowsBefore + d.row, note });
    }
  }
  return notes.sort((a, b) => a.row - b.row).map((n) => n.note);
}

/** Issues of repeated ids: the second and later rows with an id, in row order. */
function duplicateIssues(ids: readonly ReadId[]): RowIssue[] {
  const seen = new Set<string>();
  const issues: RowIssue[] = [];
  for (const { row, line, id } of [...ids].sort((a, b) => a.row - b.row)) {
    if (seen.has(id)) {
      const message = `receipt id ${JSON.stringify(id)} is used twice`;
      issues.push({ row, seq: 0, issue: invalid([rowText(row, line), "id"], message) });
    }
    seen.add(id);
  }
  return issues;
}

/**
 * The totals of a scanned file, or its problems as `readReceiptsCsv` and `attribute` report them. The
 * fast lane's ids are known by hash only: when a hash repeats, `idsOf` reads the ids of those hashes
 * again (a second pass over the file) so that only ids really used twice are reported.
 */
export function finishCsv(
  tables: AttributionTables,
  layout: CsvLayout,
  scans: readonly PlacedScan[],
  options: CsvRunOptions,
  idsOf: (hashes: ReadonlySet<number>) => ReadId[],
): AttributionTotals {
  throwFatal(options.what, layout, scans);
  checkHeaderLine(layout.header, options.what, layout.preambleLines);
  const issues: RowIssue[] = [];
  const route = createRoute({
    tables,
    rulebook: options.rulebook,
    territory: options.territory,
    law: options.law,
    unattributed: options.unattributed,
    sums: emptySums(tables),
    report: () => undefined, // readRecord reports the problems of a row against the rules
  });
  for (const { scan } of scans) mergeSums(route.sums, scan.sums);
  const ids: ReadId[] = [];
  const context: RecordContext = {
    layout,
    records: {
      what: options.what,
      territory: options.territory,
      rulebook: options.unattributed ? undefined : options.rulebook,
      at: (_, path) => path,
      absent: absentFields(layout),
    },
    route,
    issues,
    ids,
  };
  const notes = readDeferred(route, context, scans);
  const sorted = [
    ...scans.map((p) => sortedHashes(p.scan.hashes)),
    Float64Array.from(ids, (i) => i.hash).sort(),
  ];
  const repeated = repeatedHashes(sorted);
  if (repeated.size > 0) {
    issues.push(...duplicateIssues([...ids.filter((i) => repeated.has(i.hash)), ...idsOf(repeated)]));
  }
  throwIssues(options.what, [
    ...layout.problems.map((p) => invalid([`column ${p.column}`], p.message)),
    ...scans.flatMap(({ scan, rowsBefore, linesBefore }) =>
      scan.widthProblems.map((w) =>
        invalid(
          [rowText(rowsBefore + w.row, linesBefore + w.line)],
          `has ${w.fields} fields, the header has ${layout.header.length}`,
        ),
      ),
    ),
    ...issues.sort((a, b) => a.row - b.row || a.seq - b.seq).map((i) => i.issue),
  ]);
  return { ...finishRoute({ ...route, notes: [] }), notes };
}
