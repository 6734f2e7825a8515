import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { checkCall } from "../attribution/attribute.js";
import { type AttributeCsvOptions, byteOrderMark } from "../attribution/csv/attribute-csv.js";
import { type CsvRunOptions, finishCsv, placeScans, throwEncoding } from "../attribution/csv/finish.js";
import { type CsvLayout, readLayout } from "../attribution/csv/layout.js";
import { encodingProblems } from "../attribution/csv/region.js";
import { compileAttribution } from "../attribution/totals/tables.js";
import type { AttributionTotals } from "../attribution/totals/totals.js";
import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { type Issue, throwIssues } from "../errors/issue.js";
import { type ByteRange, type RangeJob, type RangeOutcome, runRangeJob } from "./read-range.js";

/**
 * Options of {@link attributeReceiptsCsvFile}: those of `attribute`, the file's name in messages, and
 * the number of threads.
 *
 * @category Node
 */
export interface AttributeCsvFileOptions extends AttributeCsvOptions {
  /**
   * How many threads read the file, each a byte range. The result does not depend on it. Default: the
   * machine's cores (at most 8), and one for files under 16 MiB (starting a thread costs more than it
   * saves there).
   */
  readonly threads?: number;
}

/** Threads used by default at most: each costs its own copy of the modules (tens of MiB). */
const MAX_THREADS = 8;

/** Files smaller than this are read by one thread: starting another costs more than it saves. */
const PARALLEL_FROM_BYTES = 16 * 1024 * 1024;

/** Reads the file's first bytes until they hold its layout (the preamble and the header line). */
function readHead(
  fd: number,
  size: number,
): { head: Uint8Array; layout: CsvLayout; mark: ReturnType<typeof byteOrderMark> } {
  for (let length = 64 * 1024; ; length *= 4) {
    const head = new Uint8Array(Math.min(length, size));
    const read = readSync(fd, head, 0, head.length, 0);
    const mark = byteOrderMark(head);
    const layout = readLayout(head.subarray(0, read), mark.utf8, read >= size);
    if (layout !== undefined) return { head, layout, mark };
  }
}

/** The offset just after the first newline at or after `offset` (or the file's size). */
function nextLineStart(fd: number, size: number, offset: number): number {
  const buffer = new Uint8Array(64 * 1024);
  for (let at = offset; at < size; at += buffer.length) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, size - at), at);
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline >= 0) return at + newline + 1;
  }
  return size;
}

/** The data of the file cut into `count` ranges at line starts (empty ranges left out). */
function rangesOf(fd: number, size: number, start: number, count: number): ByteRange[] {
  const cuts = [start];
  for (let k = 1; k < count; k++)
    cuts.push(
      Math.max(
        nextLineStart(fd, size, start + Math.floor(((size - start) * k) / count) - 1),
        cuts[k - 1] as number,
      ),
    );
  cuts.push(size);
  return cuts
    .slice(0, -1)
    .flatMap((from, k) =>
      (cuts[k + 1] as number) > from ? [{ start: from, end: cuts[k + 1] as number }] : [],
    );
}

/**
 * The module a worker thread runs, and how: the built `.js` beside this module, or the `.ts` source
 * under tsx (tests and benchmarks run from the sources). `undefined` when neither can be found (e.g.
 * in a CommonJS bundle): the file is then read by one thread.
 */
function workerModule(): WorkerModule | undefined {
  try {
    const js = new URL("./read-range.js", import.meta.url);
    if (existsSync(fileURLToPath(js))) return { url: js, tsx: false };
    const ts = new URL("./read-range.ts", import.meta.url);
    if (existsSync(fileURLToPath(ts))) return { url: ts, tsx: true };
  } catch {
    // no import.meta.url here
  }
  return undefined;
}

/** The module a worker runs, and whether it is TypeScript source (read through tsx, a development tool). */
interface WorkerModule {
  readonly url: URL;
  readonly tsx: boolean;
}

/** Runs a job in a worker thread: it imports the range reader and runs it on its own handle of the file. */
function inWorker(module: WorkerModule, job: RangeJob): Promise<RangeOutcome> {
  const code = `
    const { parentPort, workerData } = require("node:worker_threads");
    const { openSync, closeSync } = require("node:fs");
    const ready = workerData.tsx ? import("tsx/esm/api").then((tsx) => tsx.register()) : Promise.resolve();
    ready.then(() => import(workerData.module)).then(({ runRangeJob }) => {
      const fd = openSync(workerData.job.path, "r");
      try {
        const outcome = runRangeJob(fd, workerData.job);
        parentPort.postMessage(outcome, [outcome.scan.hashes.values.buffer]);
      } finally {
        closeSync(fd);
      }
    });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, {
      eval: true,
      workerData: { module: module.url.href, tsx: module.tsx, job },
    });
    worker.once("message", (outcome: RangeOutcome) => {
      resolve(outcome);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

/** Refuses a call whose path is not a string or whose options are not {@link AttributeCsvFileOptions}. */
function checkFileCall(path: unknown, options: unknown): void {
  checkCall([], options);
  const { what, threads } = options as { what?: unknown; threads?: unknown };
  const issues: Issue[] = [
    ...(typeof path === "string"
      ? []
      : [
          {
            path: ["path"],
            code: "INVALID_INPUT" as const,
            message: `must be a file path, not ${describeValue(path)}`,
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
    ...(threads === undefined ||
    (Number.isInteger(threads) && (threads as number) >= 1 && (threads as number) <= 256)
      ? []
      : [
          {
            path: ["options", "threads"],
            code: "INVALID_INPUT" as const,
            message: `must be a whole number from 1 to 256, not ${describeValue(threads)}`,
          },
        ]),
  ];
  throwIssues("receipts CSV file", issues);
}

/** Opens a file given by a user, refusing what is not a regular file with a clear error. */
function openFile(path: string): { fd: number; size: number } {
  let fd: number | undefined;
  try {
    // the same checks and messages as readTextFile, without its size limit
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error(`not a regular file${stat.isDirectory() ? " (a directory)" : ""}`);
    fd = openSync(path, "r");
    return { fd, size: fstatSync(fd).size };
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    throw new FourthLevelError("INVALID_INPUT", `cannot read file ${path}: ${(e as Error).message}`, {
      path,
    });
  }
}

/** The scans of the ranges in file order; a range that began inside a quoted record is read again from its true start. */
function alignedScans(
  fd: number,
  ranges: readonly ByteRange[],
  outcomes: readonly RangeOutcome[],
  job: (range: ByteRange) => RangeJob,
) {
  const scans: RangeOutcome["scan"][] = [];
  let expected = ranges[0]?.start ?? 0;
  ranges.forEach((range, k) => {
    if (expected >= range.end) return; // a quoted record of the range before went over all of it
    const outcome =
      range.start === expected
        ? (outcomes[k] as RangeOutcome)
        : runRangeJob(fd, job({ start: expected, end: range.end }));
    scans.push(outcome.scan);
    expected = outcome.stoppedAt;
  });
  return scans;
}

/**
 * Attributes the receipts of a CSV file to totals in bounded memory, on all cores: the file is read in
 * chunks, cut into byte ranges at line starts, each range scanned by a worker thread with the same
 * compiled rules, and the ranges' exact sums merged. The same totals, notes, unattributed receipts and
 * problems as reading the file with `readTextFile` and `readReceiptsCsv` (checked against the rules unless
 * `unattributed`) and attributing it with `attribute` — what the `attribute` command does — for files of
 * any size (no 512 MiB limit: memory does not grow with the receipts, only with the rows that have
 * problems, notes or are unattributed).
 *
 * @param path - The receipts file (columns as `readReceiptsCsv` reads them).
 * @throws `FourthLevelError` `INVALID_INPUT` when the file cannot be read, and listing every problem
 *   with its row, line and column; `INVALID_ENCODING` for a file that is not UTF-8 text.
 * @category Node
 * @example
 * ```ts
 * import { kazakhstanRulebook, kazakhstanTerritory } from "fourth-level-budget";
 * import { attributeReceiptsCsvFile } from "fourth-level-budget/node";
 * const totals = await attributeReceiptsCsvFile("examples/receipts-borodulikha-illustrative.csv", {
 *   rulebook: kazakhstanRulebook(),
 *   territory: kazakhstanTerritory(),
 * });
 * totals.postedTotal.equals(totals.receiptsTotal); //=> true
 * ```
 */
export async function attributeReceiptsCsvFile(
  path: string,
  options: AttributeCsvFileOptions,
): Promise<AttributionTotals> {
  checkFileCall(path, options);
  const { fd, size } = openFile(path);
  try {
    const { head, layout, mark } = readHead(fd, size);
    const tables = compileAttribution(options.rulebook, options.territory);
    const threads =
      options.threads ?? (size < PARALLEL_FROM_BYTES ? 1 : Math.min(availableParallelism(), MAX_THREADS));
    const module = threads > 1 ? workerModule() : undefined;
    const ranges = rangesOf(fd, size, layout.dataStart, module === undefined ? 1 : threads);
    const job = (range: ByteRange): RangeJob => ({
      path,
      size,
      range,
      tables,
      columns: layout.columns,
      width: layout.header.length,
      complete: layout.complete,
    });
    // a worker that cannot start (no built module, no threads) leaves its range to this thread
    const pending =
      module === undefined
        ? []
        : ranges
            .slice(1)
            .map((range) => inWorker(module, job(range)).catch(() => runRangeJob(fd, job(range))));
    const first = ranges.length === 0 ? [] : [runRangeJob(fd, job(ranges[0] as ByteRange))];
    const outcomes = [...first, ...(await Promise.all(pending))];
    const scans = placeScans(alignedScans(fd, ranges, outcomes, job), layout);
    throwEncoding(
      `file ${path}`,
      { ...encodingProblems(head, 0, layout.dataStart, 1), utf16: mark.utf16 },
      scans,
    );
    const run: CsvRunOptions = {
      rulebook: options.rulebook,
      territory: options.territory,
      law: options.law,
      unattributed: options.unattributed === true,
      what: labelOf(options.what, path),
    };
    return finishCsv(tables, layout, scans, run, (hashes) =>
      runRangeJob(fd, { ...job({ start: layout.dataStart, end: size }), collect: [...hashes] }).ids.map(
        (id) => ({
          ...id,
          line: id.line + layout.linesBefore,
        }),
      ),
    );
  } finally {
    closeSync(fd);
  }
}
