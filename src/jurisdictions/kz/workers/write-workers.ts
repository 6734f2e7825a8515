import { stringify } from "csv-stringify/sync";
import * as z from "zod";
import { shapeIssues } from "../../../attribution/attribute.js";
import type { Receipt } from "../../../attribution/receipt.js";
import { RECEIPT_CSV_COLUMNS } from "../../../attribution/receipts-input.js";
import { throwIssues } from "../../../errors/issue.js";
import { parseInput } from "../../../input/parse.js";
import { ATTRIBUTION_KEYS } from "../../../rules/rule.js";
import { FIELD_OF_COLUMN, WORKER_CSV_COLUMNS, type WorkerRecords, workerApiRecordSchema } from "./records.js";

const noteSchema = z.array(z.string(), { error: "must be the note, a list of lines" });

const workersSchema = z.object(
  {
    note: noteSchema,
    records: z.array(workerApiRecordSchema, { error: "must be an array of worker records" }),
  },
  { error: "must be worker records { note, records }, e.g. what generateWorkers gives" },
);

/** `# ` before each line of a note: the preamble the CSV readers take as the file's note. */
const preamble = (note: readonly string[]) => note.map((line) => `# ${line}\n`).join("");

/**
 * Worker records as CSV text with the header `WORKER_CSV_COLUMNS`, the note as `#` lines before it
 * (the first of generated records starts `# GENERATED`); `readWorkersCsv` reads it back.
 *
 * @category Node
 * @example
 * ```ts
 * import { workersToCsv } from "fourth-level-budget/node";
 * const made = generateWorkers({ district: "104000000", count: 3 });
 * workersToCsv(made).startsWith("# GENERATED"); //=> true
 * readWorkersCsv(workersToCsv(made)).records.length; //=> 3
 * ```
 */
export function workersToCsv(workers: WorkerRecords): string {
  const checked = parseInput(workersSchema, workers, "worker records");
  const rows = checked.records.map((r) =>
    WORKER_CSV_COLUMNS.map((column) => {
      const value = r[FIELD_OF_COLUMN[column]];
      return typeof value === "object" ? value.toKzt() : String(value);
    }),
  );
  return preamble(checked.note) + stringify([[...WORKER_CSV_COLUMNS], ...rows]);
}

/**
 * Receipts as CSV text with the header `RECEIPT_CSV_COLUMNS` and the note as `#` lines before it;
 * `readReceiptsCsv` reads it back.
 *
 * @category Node
 * @example
 * ```ts
 * import { receiptsToCsv } from "fourth-level-budget/node";
 * const made = generateWorkers({ district: "104000000", count: 2 });
 * const csv = receiptsToCsv(workerReceipts(made.records), made.note);
 * readReceiptsCsv(csv, kazakhstanTerritory()).length; //=> 24
 * ```
 */
export function receiptsToCsv(receipts: readonly Receipt[], note: readonly string[] = []): string {
  const checked = parseInput(
    z.strictObject({
      receipts: z.array(z.unknown(), { error: "must be an array of receipts" }),
      note: noteSchema,
    }),
    { receipts, note },
    "receipts",
  );
  throwIssues(
    "receipts",
    checked.receipts.flatMap((r, i) => shapeIssues(r as Receipt, ["receipts", i])),
  );
  const rows = receipts.map((r) => [
    r.id,
    r.ebk,
    r.amount.toKzt(),
    r.paymentDate,
    r.payerKind,
    ...ATTRIBUTION_KEYS.map((key) => r.places[key] ?? ""),
  ]);
  return preamble(note) + stringify([[...RECEIPT_CSV_COLUMNS], ...rows]);
}
