import { readSync } from "node:fs";
import type { ReadId } from "../attribution/csv/record.js";
import { MAX_RECORD_BYTES } from "../attribution/csv/region.js";
import {
  createScanner,
  type RangeScan,
  type ScanContext,
  type Scanner,
  scanLines,
} from "../attribution/csv/scan.js";
import { sortedHashes } from "../attribution/totals/ids.js";
import { placeIndex } from "../attribution/totals/numbers.js";
import type { AttributionTables } from "../attribution/totals/tables.js";

/** Bytes read from the file at a time. */
const CHUNK = 4 * 1024 * 1024;

/** A byte range of the file to scan: it starts at a line and ends after a newline (or at the end of the file). */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** What a scan of a file's range needs, as plain data (it crosses to a worker thread). */
export interface RangeJob {
  readonly path: string;
  readonly size: number;
  readonly range: ByteRange;
  readonly tables: AttributionTables;
  readonly columns: readonly number[];
  readonly width: number;
  readonly complete: boolean;
  /** The second pass: keep the ids of these hashes. */
  readonly collect?: readonly number[];
}

/** The outcome of a range: the scan, and where it stopped (past `end` when a quoted record went over it). */
export interface RangeOutcome {
  readonly scan: RangeScan;
  readonly stoppedAt: number;
  readonly ids: readonly ReadId[];
}

/** Scans one range of an open file in chunks: lines cut by a chunk's end are read with the next chunk. */
function scanFile(fd: number, size: number, range: ByteRange, scanner: Scanner): number {
  let buffer = new Uint8Array(Math.min(CHUNK, Math.max(range.end - range.start, 1) + 1));
  let [filled, bufferStart] = [0, range.start];
  for (;;) {
    if (filled === buffer.length) {
      const grown = new Uint8Array(Math.min(buffer.length * 2, MAX_RECORD_BYTES + CHUNK));
      grown.set(buffer);
      buffer = grown;
    }
    const position = bufferStart + filled;
    const limit = position < range.end ? range.end : size;
    const read =
      position < limit
        ? readSync(fd, buffer, filled, Math.min(buffer.length - filled, limit - position), position)
        : 0;
    filled += read;
    const atEnd = bufferStart + filled >= size;
    const stopAt = range.end - bufferStart;
    const stopped = scanLines(scanner, buffer, 0, filled, atEnd, stopAt);
    if (stopped >= stopAt || atEnd || read === 0) return bufferStart + stopped;
    buffer.copyWithin(0, stopped, filled);
    filled -= stopped;
    bufferStart += stopped;
  }
}

/** Runs a job on an open file: the scan of its range (sorted hashes), or the ids of the second pass. */
export function runRangeJob(fd: number, job: RangeJob): RangeOutcome {
  const context: ScanContext = {
    tables: job.tables,
    places: placeIndex(job.tables.placeNumbers),
    columns: job.columns,
    width: job.width,
    complete: job.complete,
  };
  const ids: ReadId[] = [];
  const expected = Math.ceil((job.range.end - job.range.start) / 48);
  const scanner =
    job.collect === undefined
      ? createScanner(context, expected)
      : createScanner(context, 16, { hashes: new Set(job.collect), ids });
  const stoppedAt = scanFile(fd, job.size, job.range, scanner);
  sortedHashes(scanner.result.hashes); // in the worker: the threads sort their ranges at once
  return { scan: scanner.result, stoppedAt, ids };
}
