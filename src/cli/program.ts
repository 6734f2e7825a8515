import { Command, CommanderError } from "commander";
import { FourthLevelError } from "../errors/error.js";
import { addAttributeCommand } from "./commands/attribute.js";
import { addCalibrateCommand } from "./commands/calibrate.js";
import { addCheckCommand } from "./commands/check.js";
import { addCompareCommand } from "./commands/compare.js";
import { addExplainCommand } from "./commands/explain.js";
import { addFindCommand } from "./commands/find.js";
import { EXIT_BAD_INPUT } from "./commands/options.js";
import { addReportCommand } from "./commands/report.js";
import { addRevenueCommand } from "./commands/revenue.js";
import { addRunCommand } from "./commands/run.js";
import { addSchemaCommand } from "./commands/schema.js";
import { addSqlCommand } from "./commands/sql.js";
import { addTaxCommand } from "./commands/tax.js";
import { addUnitsCommand } from "./commands/units.js";
import { addWhereCommand } from "./commands/where.js";
import { addWorkersCommand } from "./commands/workers.js";

/** Builds the `fourth-level` command line program (exported for tests). */
export function buildProgram(): Command {
  const program = new Command("fourth-level")
    .description(
      "Kazakhstan's fourth-level budgets: check published maslikhat decisions, attribute tax receipts to budgets, run scenarios.",
    )
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  addCheckCommand(program);
  addAttributeCommand(program);
  addRunCommand(program);
  addCompareCommand(program);
  addCalibrateCommand(program);
  addReportCommand(program);
  addTaxCommand(program);
  addRevenueCommand(program);
  addSchemaCommand(program);
  addWhereCommand(program);
  addFindCommand(program);
  addUnitsCommand(program);
  addExplainCommand(program);
  addSqlCommand(program);
  addWorkersCommand(program);
  return program;
}

/** Runs the CLI on `argv` and returns the exit code: 0 done, 2 unreadable input or bad arguments. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    if (e instanceof FourthLevelError) {
      process.stderr.write(`error: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}
