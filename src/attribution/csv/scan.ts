import { type HashList, hashList, idHashOfBytes, pushHash } from "../totals/ids.js";
import { type PlaceIndex, placeOf } from "../totals/numbers.js";
import { addToCell, countReceipt, emptySums, type Sums } from "../totals/sums.js";
import { type AttributionTables, destinationOf, ruleOf } from "../totals/tables.js";
import { amountTiyn, asciiText, dateValue, ebkValue, katoValue, kindValue } from "./fields.js";
import { FIRST_PLACE } from "./layout.js";
import type { ReadId } from "./record.js";
import { scanRegion } from "./region.js";

/*
 * The fast lane of a receipts CSV: line by line over the bytes, each field read straight to a small
 * integer, each receipt summed into the (account, rule) cells without an object per row. A row the
 * lane cannot take as it is — a quote or a byte outside printable ASCII, a field the schema would refuse,
 * an unknown place, a receipt the tables cannot attribute — is handed on as text ("deferred") to be read
 * the exact way. Nothing here needs the territory's words: a scan can run in a worker thread.
 */

/** A receipt of the fast lane whose posting carries a note (its place had no unit budget that day). */
export interface NoteEvent {
  readonly row: number;
  readonly id: string;
  readonly place: number;
  readonly date: number;
}

/** A row handed on to be read the exact way: its cells as text. */
export interface DeferredRow {
  readonly row: number;
  readonly line: number;
  readonly cells: readonly string[];
}

/** A row with another number of fields than the header. */
export interface WidthProblem {
  readonly row: number;
  readonly line: number;
  readonly fields: number;
}

/**
 * What the scan of one byte range found. Rows and lines count from 1 at the range's start: the merge
 * adds the rows and lines of the ranges before it.
 */
export interface RangeScan {
  readonly sums: Sums;
  readonly hashes: HashList;
  readonly notes: NoteEvent[];
  readonly deferred: DeferredRow[];
  readonly widthProblems: WidthProblem[];
  /** Rows (non-empty records) and lines seen. */
  rows: number;
  lines: number;
  /** The first line with a NUL byte, and the first that is not UTF-8 (0: none). */
  nulLine: number;
  badLine: number;
  /** The first region csv-parse could not read: its first line and its text. */
  fatal: { readonly line: number; readonly text: string } | undefined;
}

/** What a scan reads with: the compiled tables, the place index and the file's columns. */
export interface ScanContext {
  readonly tables: AttributionTables;
  readonly places: PlaceIndex;
  readonly columns: readonly number[];
  readonly width: number;
  readonly complete: boolean;
}

/** A scan in progress: its result and the field bounds of the current row. */
export interface Scanner {
  readonly context: ScanContext;
  readonly result: RangeScan;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per field of FIELD_COLUMNS: the value read from the current row. */
  readonly values: Float64Array;
  /** When set, the ids of the fast lane whose hash is among `hashes` are kept (the second pass). */
  readonly collect?: { readonly hashes: ReadonlySet<number>; readonly ids: ReadId[] };
}

/** A scanner for one range, with an empty result. */
export function createScanner(
  context: ScanContext,
  expectedRows = 1024,
  collect?: Scanner["collect"],
): Scanner {
  return {
    ...(collect === undefined ? {} : { collect }),
    context,
    result: {
      sums: emptySums(context.tables),
      hashes: hashList(expectedRows),
      notes: [],
      deferred: [],
      widthProblems: [],
      rows: 0,
      lines: 0,
      nulLine: 0,
      badLine: 0,
      fatal: undefined,
    },
    starts: new Int32Array(context.width + 1),
    ends: new Int32Array(context.width + 1),
    values: new Float64Array(context.columns.length),
  };
}

/** A comma, in {@link BYTE_KIND}. */
const COMMA = 1;
/** A quote, a control character other than tab, or a byte outside ASCII: the exact lane reads the line. */
const OTHER = 2;

/** What each byte is to the fast lane: 0 a character of a field, {@link COMMA} or {@link OTHER}. */
const BYTE_KIND = Uint8Array.from({ length: 256 }, (_, b) =>
  b === 44 ? COMMA : (b < 32 && b !== 9) || b > 126 || b === 34 ? OTHER : 0,
);

/**
 * Splits the line `bytes[start … end)` at commas into the scanner's field bounds (trimmed of spaces and
 * tabs, as csv-parse trims), and gives the number of fields; -1 when the line holds a quote or a byte
 * outside printable ASCII and tab (it then goes to the exact lane).
 */
function splitLine(scanner: Scanner, bytes: Uint8Array, start: number, end: number): number {
  // plain assignments only: array destructuring here made the whole scan a third slower
  const starts = scanner.starts;
  const ends = scanner.ends;
  const width = scanner.context.width;
  let fields = 0;
  let from = start;
  for (let i = start; i < end; i++) {
    const kind = BYTE_KIND[bytes[i] as number] as number;
    if (kind === 0) continue;
    if (kind === OTHER) return -1;
    if (fields < width) {
      starts[fields] = from;
      ends[fields] = i;
    }
    fields++;
    from = i + 1;
  }
  if (fields < width) {
    starts[fields] = from;
    ends[fields] = end;
  }
  const count = fields + 1;
  const trimmed = Math.min(count, width);
  for (let f = 0; f < trimmed; f++) {
    let a = starts[f] as number;
    let z = ends[f] as number;
    while (a < z && (bytes[a] === 32 || bytes[a] === 9)) a++;
    while (z > a && (bytes[z - 1] === 32 || bytes[z - 1] === 9)) z--;
    starts[f] = a;
    ends[f] = z;
  }
  return count;
}

/** The row's cells as text, for the exact lane. */
function cellsOf(scanner: Scanner, bytes: Uint8Array): string[] {
  return Array.from({ length: scanner.context.width }, (_, f) =>
    asciiText(bytes, scanner.starts[f] as number, scanner.ends[f] as number),
  );
}

/** Reads the field `f` (before the places) of the current row; -1 when it is not what the schema accepts. */
function readField(bytes: Uint8Array, f: number, a: number, z: number): number {
  switch (f) {
    case 0:
      return z > a ? 0 : -1; // the id only needs to be there
    case 1:
      return ebkValue(bytes, a, z);
    case 2:
      return amountTiyn(bytes, a, z);
    case 3:
      return dateValue(bytes, a, z);
    default:
      return kindValue(bytes, a, z);
  }
}

/**
 * Reads the receipt fields of the current row into `values` (a place: its index, -2 when the cell is
 * empty or the column absent); false when one is not what the schema accepts or a place is unknown.
 */
function readFields(scanner: Scanner, bytes: Uint8Array): boolean {
  const columns = scanner.context.columns;
  const values = scanner.values;
  for (let f = 0; f < columns.length; f++) {
    const column = columns[f] as number;
    if (column < 0) {
      values[f] = -2;
      continue;
    }
    const a = scanner.starts[column] as number;
    const z = scanner.ends[column] as number;
    if (f < FIRST_PLACE) {
      const value = readField(bytes, f, a, z);
      if (value < 0) return false;
      values[f] = value;
    } else if (z === a) {
      values[f] = -2;
    } else {
      const code = katoValue(bytes, a, z);
      const place = code >= 0 ? placeOf(scanner.context.places, code) : code;
      if (place === -1) return false;
      values[f] = place;
    }
  }
  return true;
}

/** Reads one row of the fast lane: sums it, or defers it, or notes a wrong number of fields. */
export function scanRow(scanner: Scanner, bytes: Uint8Array, fields: number, line: number): void {
  const { context, result, values } = scanner;
  const row = ++result.rows;
  if (fields !== context.width) {
    result.widthProblems.push({ row, line, fields });
    return;
  }
  if (result.fatal !== undefined) return;
  const valid = readFields(scanner, bytes);
  if (valid && !context.complete) return; // no row can become a receipt; its fields are fine
  const { tables } = context;
  const ebk = valid ? (tables.ebkIndex[values[1] as number] as number) : -1;
  const date = values[3] as number;
  const rule = ebk < 0 ? -1 : ruleOf(tables, ebk, values[4] as number, date);
  const place = rule < 0 ? -2 : (values[FIRST_PLACE + (tables.ruleKey[rule] as number)] as number);
  if (place < 0) {
    result.deferred.push({ row, line, cells: cellsOf(scanner, bytes) });
    return;
  }
  const idColumn = context.columns[0] as number;
  const idStart = scanner.starts[idColumn] as number;
  const idEnd = scanner.ends[idColumn] as number;
  const hash = idHashOfBytes(bytes, idStart, idEnd);
  pushHash(result.hashes, hash);
  if (scanner.collect?.hashes.has(hash)) {
    scanner.collect.ids.push({ row, line, id: asciiText(bytes, idStart, idEnd), hash });
  }
  const destination = destinationOf(tables, rule, place, date);
  const account = destination < 0 ? -1 - destination : destination;
  const tiyn = values[2] as number;
  addToCell(result.sums, account * result.sums.width + rule, tiyn);
  countReceipt(result.sums, tiyn);
  if (destination < 0) result.notes.push({ row, id: asciiText(bytes, idStart, idEnd), place, date });
}

/**
 * Scans the whole lines of `bytes[from … to)`: the last line counts as whole only `atEnd` (the end of
 * the file). No line starting at or after `stopAt` is read (the end of a range; a quoted record that
 * starts before it is read to its end). Gives the offset scanning stopped at: `to` or past `stopAt`, or
 * the start of a line (or of a quoted record over several lines) that needs the bytes after `to`.
 */
export function scanLines(
  scanner: Scanner,
  bytes: Uint8Array,
  from: number,
  to: number,
  atEnd: boolean,
  stopAt = to,
): number {
  const result = scanner.result;
  let start = from;
  while (start < to && start < stopAt) {
    let newline = bytes.indexOf(10, start);
    if (newline < 0 || newline >= to) {
      if (!atEnd) return start;
      newline = to;
    }
    const end = newline < to && newline > start && bytes[newline - 1] === 13 ? newline - 1 : newline;
    const fields = splitLine(scanner, bytes, start, end);
    if (fields < 0) {
      const next = scanRegion(scanner, bytes, start, to, atEnd);
      if (next < 0) return start;
      start = next;
      continue;
    }
    result.lines++;
    if (fields > 1 || (scanner.ends[0] as number) > (scanner.starts[0] as number)) {
      scanRow(scanner, bytes, fields, result.lines);
    }
    start = newline + 1;
  }
  return start;
}
