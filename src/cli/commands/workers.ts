import type { Command } from "commander";
import { addWorkersGenerateCommand } from "./workers-generate.js";
import { addWorkersReceiptsCommand } from "./workers-receipts.js";

/**
 * Adds `fourth-level workers <generate|receipts>`: employer–employee records, generated for a district or
 * read from a file, and the withheld-IIT receipts they give.
 */
export function addWorkersCommand(program: Command): void {
  const workers = program
    .command("workers")
    .description(
      "employer-employee records: generate them for a district (labelled GENERATED), or turn a file of them into withheld-IIT receipts",
    );
  addWorkersGenerateCommand(workers);
  addWorkersReceiptsCommand(workers);
}
