import { Command, CommanderError, Option } from "commander";
import { FourthLevelError } from "../errors/error.js";
import { readTextFile } from "../files/read-text-file.js";
import { parseJsonText } from "../input/json.js";
import { kazakhstanRulebook } from "../jurisdictions/kz/law.js";
import { kazakhstanTerritory } from "../jurisdictions/kz/territory.js";
import { revenueFromRegistry } from "../revenue/chain.js";
import { type Registry, readRegistry, readVehicleRegistryCsv } from "../revenue/registry.js";
import { addAttributeCommand } from "./commands/attribute.js";
import { addCheckCommand } from "./commands/check.js";
import { EXIT_BAD_INPUT, print } from "./commands/options.js";
import { addRunCommand } from "./commands/run.js";
import { addSchemaCommand } from "./commands/schema.js";
import { addWhereCommand } from "./commands/where.js";
import { addTaxCommands, formatRevenue, revenueToJson, wholeNumber } from "./tax-commands.js";

/** Adds `fourth-level revenue <registry>` (to move to commands/ with the tax commands). */
function addRevenueCommand(program: Command): void {
  program
    .command("revenue")
    .description(
      "the chain from tax bases to budgets: a registry of taxable objects (.json, or .csv of vehicles) → each object's tax → receipts on the due date → attribution → each budget's tax lines",
    )
    .argument(
      "<registry>",
      "registry file (.json with vehicles, dwellings, landPlots, advertisements, incomes — see the README — or .csv of vehicles)",
    )
    .option(
      "--year <year>",
      "tax year (required for .csv; for .json it must match the file)",
      wholeNumber("--year", 2018, 2100),
    )
    .addOption(
      new Option(
        "--age-coefficient-scope <scope>",
        "2026: what the car age coefficient scales (the Code does not say)",
      ).choices(["whole_amount", "mrp_part"]),
    )
    .option("--json", "print JSON (money as KZT decimal strings)")
    .action(
      (
        file: string,
        opts: { year?: number; ageCoefficientScope?: "whole_amount" | "mrp_part"; json?: boolean },
      ) => {
        const territory = kazakhstanTerritory();
        const text = readTextFile(file, "registry");
        let registry: Registry;
        if (file.toLowerCase().endsWith(".csv")) {
          if (opts.year === undefined)
            throw new FourthLevelError("INVALID_INPUT", "a .csv registry needs --year", { file });
          registry = readVehicleRegistryCsv(text, opts.year, territory, file);
        } else {
          const data = parseJsonText(text, file);
          registry = readRegistry(data, territory, file);
          if (opts.year !== undefined && opts.year !== registry.year) {
            throw new FourthLevelError(
              "INVALID_INPUT",
              `--year ${opts.year} differs from the registry's year ${registry.year}`,
              { file },
            );
          }
        }
        const objects =
          registry.vehicles.length +
          registry.dwellings.length +
          registry.landPlots.length +
          registry.advertisements.length +
          registry.incomes.length;
        if (objects === 0)
          throw new FourthLevelError("INVALID_INPUT", `${file} holds no taxable objects`, { file });
        const rulebook = kazakhstanRulebook(
          registry.openCodes === undefined ? {} : { openCodes: registry.openCodes },
        );
        const result = revenueFromRegistry(
          opts.ageCoefficientScope === undefined
            ? registry
            : { ...registry, ageCoefficientScope: opts.ageCoefficientScope },
          { rulebook, territory },
        );
        print(opts.json === true, revenueToJson(result, registry.note), () =>
          formatRevenue(result, registry.note),
        );
      },
    );
}

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
  addTaxCommands(program, print);
  addRevenueCommand(program);
  addSchemaCommand(program);
  addWhereCommand(program);
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
