import { join } from "node:path";
import { type Command, Option } from "commander";
import { FourthLevelError } from "../../errors/error.js";
import { issuesOf } from "../../errors/issue.js";
import { fiscalDataPackage } from "../../report/datapackage.js";
import { EXPORT_TABLES } from "../../report/export-tables.js";
import { runXlsx } from "../../report/xlsx.js";
import { loadScenario } from "../../scenario/load-file.js";
import { runScenario, type ScenarioResult } from "../../scenario/run.js";
import { inputPath, wholeNumber } from "./options.js";
import { progressBar } from "./progress.js";
import { CHART_LANG_OPTION, type ChartFlags, writeRunCharts } from "./run-charts.js";
import { RUN_FORMATS } from "./run-output.js";
import { OVERVIEW_FROM_UNITS, type RunOptions, renderRunView } from "./run-overview.js";
import { makeOutputFolder, writeOutputFile } from "./write-output.js";

/** The bundled example scenario of real 2026 budgets: the package's own file wherever the command runs. */
export const BUNDLED_EXAMPLE = "fourth-level-budget/examples/kz-2026-published.json";

/**
 * Runs every scenario file, reading them all before failing, so that all their problems show at once:
 * each file's problems under its name, their paths starting with it.
 */
function runAll(files: readonly string[]) {
  const errors: { readonly file: string; readonly error: FourthLevelError }[] = [];
  const results = files.flatMap((file) => {
    try {
      const bar = progressBar(`${file}: planning districts`, 1);
      try {
        const onProgress = (done: number, total: number) => bar.update(done, total);
        return [runScenario(loadScenario(inputPath(file), { onProgress }))];
      } finally {
        bar.stop();
      }
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      errors.push({ file, error: e });
      return [];
    }
  });
  if (errors.length === 1) throw errors[0]?.error;
  if (errors.length > 1) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      [`${errors.length} scenario files cannot be run:`, ...errors.map(({ error }) => error.message)].join(
        "\n",
      ),
      {},
      errors.flatMap(({ file, error }) => issuesOf(error).map((i) => ({ ...i, path: [file, ...i.path] }))),
    );
  }
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
        "table (readable), md (Markdown), csv (one table, exact), json (everything, exact), xlsx (a workbook, with --output FILE) or datapackage (a Fiscal Data Package, with --output DIR)",
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
    .option(
      "--overview",
      `print the overview (totals by region and district, the spread of self-sufficiency, the most dependent units, the assumptions, the plan by year) instead of each unit's statement; the default in table and md formats for a scenario of more than ${OVERVIEW_FROM_UNITS} units`,
    )
    .option("--no-overview", "print each unit's statement even for a large scenario")
    .option(
      "--details",
      "after the summary, each unit's statement, identity checks and self-sufficiency, and the consolidations (table, md)",
    )
    .addOption(
      new Option("--table <table>", "the table --format csv prints").choices(EXPORT_TABLES).default("plan"),
    )
    .option("--output <path>", "where --format xlsx writes its file, --format datapackage its folder")
    .option("--chart <dir>", "also write the charts of the run to this folder, as SVG files")
    .addOption(CHART_LANG_OPTION())
    .action(async (files: string[], opts: RunOptions & ChartFlags) => {
      const results = runAll(files.length === 0 ? [BUNDLED_EXAMPLE] : files);
      const format = opts.json === true ? "json" : opts.format;
      if (format === "xlsx" || format === "datapackage") await writeRun(results, format, opts);
      else process.stdout.write(`${renderRunView(results, format, opts)}\n`);
      await writeRunCharts(results, opts);
    });
}

/** Writes the workbook (`xlsx`) or the Fiscal Data Package (`datapackage`) to `--output`, and says where. */
async function writeRun(
  results: readonly ScenarioResult[],
  format: "xlsx" | "datapackage",
  opts: RunOptions,
) {
  const output = opts.output;
  if (output === undefined) {
    const what = format === "xlsx" ? "FILE (the .xlsx file to write)" : "DIR (the folder to write)";
    throw new FourthLevelError("INVALID_INPUT", `--format ${format} needs --output ${what}`, {}, [
      { path: ["--output"], code: "INVALID_INPUT", message: `--format ${format} needs --output ${what}` },
    ]);
  }
  if (format === "xlsx") {
    writeOutputFile("--output", output, await runXlsx(results, opts.year));
    process.stdout.write(`wrote ${output}: sheets about, ${EXPORT_TABLES.join(", ")}\n`);
    return;
  }
  const pack = fiscalDataPackage(results, opts.year);
  makeOutputFolder("--output", output);
  writeOutputFile(
    "--output",
    join(output, "datapackage.json"),
    `${JSON.stringify(pack.descriptor, null, 2)}\n`,
  );
  for (const file of pack.files) writeOutputFile("--output", join(output, file.path), file.text);
  process.stdout.write(`wrote ${output}: datapackage.json, ${pack.files.map((f) => f.path).join(", ")}\n`);
}
