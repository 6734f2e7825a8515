import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Command, Option } from "commander";
import { FourthLevelError, type InputIssue, issuesOfError, throwIfIssues } from "../../errors/error.js";
import { loadScenario } from "../../scenario/load-file.js";
import { runScenario } from "../../scenario/run.js";
import { wholeNumber } from "./options.js";
import { RUN_FORMATS, type RunFormat, renderRun } from "./run-output.js";

/** The bundled example scenario of real 2026 budgets, in the package's folder above this module. */
function bundledExample(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("fourth-level: cannot find the package folder of the bundled example");
    dir = parent;
  }
  return join(dir, "examples", "kz-2026-published.json");
}

/** Runs every scenario file, reading them all before failing, so that all their problems show at once. */
function runAll(files: readonly string[]) {
  const errors: { readonly file: string; readonly error: FourthLevelError }[] = [];
  const results = files.flatMap((file) => {
    try {
      return [runScenario(loadScenario(file))];
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      errors.push({ file, error: e });
      return [];
    }
  });
  if (errors.length === 1) throw errors[0]?.error;
  throwIfIssues(
    `${errors.length} scenario files`,
    errors.flatMap(({ file, error }): InputIssue[] =>
      issuesOfError(error).map((issue) => ({
        ...issue,
        path: issue.path === "" ? file : `${file}: ${issue.path}`,
      })),
    ),
  );
  return results;
}

/** Adds `fourth-level run [scenarios...]`: statements, consolidation and the plan of each scenario. */
export function addRunCommand(program: Command): void {
  program
    .command("run")
    .description(
      "run scenario files: each unit's budget statement, identity checks and self-sufficiency, the district consolidation, and the multi-year plan of transfers when the scenario has one; with no file, the bundled example of real 2026 budgets planned to 2028",
    )
    .argument("[scenarios...]", "scenario .json files (print their schema with `fourth-level schema`)")
    .addOption(
      new Option(
        "--format <format>",
        "table (readable), md (Markdown), csv (one row per unit and year, exact) or json (everything, exact)",
      )
        .choices(RUN_FORMATS)
        .default("table"),
    )
    .addOption(
      new Option("--json", "the same as --format json (money as thousand-KZT decimal strings)").conflicts(
        "format",
      ),
    )
    .option(
      "--year <year>",
      "show only this year: the scenario's year or a planned year",
      wholeNumber("--year", 2018, 2100),
    )
    .action((files: string[], opts: { format: RunFormat; json?: boolean; year?: number }) => {
      const results = runAll(files.length === 0 ? [bundledExample()] : files);
      process.stdout.write(`${renderRun(results, opts.json === true ? "json" : opts.format, opts.year)}\n`);
    });
}
