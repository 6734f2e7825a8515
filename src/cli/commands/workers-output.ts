import { Option } from "commander";
import type { Receipt } from "../../attribution/receipt.js";
import type { WorkerRecords } from "../../jurisdictions/kz/workers/records.js";
import { receiptsToCsv, workersToCsv } from "../../jurisdictions/kz/workers/write-workers.js";

/** The formats of the `workers` commands. */
export type WorkersFormat = "csv" | "json";

/** `--format csv|json` (csv by default). */
export const formatOption = () =>
  new Option("--format <format>", "csv (with the note as # lines) or json")
    .choices(["csv", "json"])
    .default("csv");

/** Prints records, or the receipts they give, in `format`, the note first. */
export function printWorkers(
  format: WorkersFormat,
  workers: WorkerRecords,
  receipts: readonly Receipt[] | undefined,
): void {
  const { generated, note, records } = workers;
  const text =
    receipts === undefined
      ? format === "csv"
        ? workersToCsv(workers)
        : `${JSON.stringify({ generated, note, records }, null, 1)}\n`
      : format === "csv"
        ? receiptsToCsv(receipts, note)
        : `${JSON.stringify({ note: note.join(" "), receipts }, null, 1)}\n`;
  process.stdout.write(text);
}
