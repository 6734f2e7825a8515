import type { Command } from "commander";
import { readWorkersFile } from "../../jurisdictions/kz/workers/read-workers-file.js";
import { workerReceipts } from "../../jurisdictions/kz/workers/worker-receipts.js";
import { inputPath } from "./options.js";
import { formatOption, printWorkers, type WorkersFormat } from "./workers-output.js";

/** Adds `fourth-level workers receipts FILE`: the withheld-IIT receipts of a file of worker records. */
export function addWorkersReceiptsCommand(workers: Command): void {
  workers
    .command("receipts")
    .description(
      "read worker records (.csv or .json, real or generated), check them, and print the withheld-IIT receipts (EBK 101201) they give, each with its employer's seat, workplace and residence",
    )
    .argument(
      "<file>",
      "worker records: .csv with columns id,year,employer_id,employer_seat,workplace,residence,annual_wage,withheld_iit, or .json",
    )
    .addOption(formatOption())
    .action((file: string, opts: { format: WorkersFormat }) => {
      const read = readWorkersFile(inputPath(file));
      if (read.generated) process.stderr.write(`${file}: GENERATED records, not real data\n`);
      printWorkers(opts.format, read, workerReceipts(read.records));
    });
}
