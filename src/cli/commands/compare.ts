import { type Command, Option } from "commander";
import { comparisonCharts } from "../../charts/comparison-charts.js";
import type { ComparisonView, ScenarioComparison } from "../../compare/compare.js";
import { compareScenarioFile, scenarioFileArguments } from "../../compare/compare-file.js";
import { decomposeReforms, MAX_DECOMPOSED_REFORMS } from "../../compare/decompose.js";
import { COMPARE_FORMATS, type CompareFormat, renderComparison } from "./compare-output.js";
import { renderDecomposition } from "./decompose-output.js";
import { inputPath, wholeNumber } from "./options.js";
import { CHART_LANG_OPTION, type ChartFlags, writeChartFiles } from "./run-charts.js";

/** With `--chart`, writes the gains and losses of each view and year (of `--year` alone when given). */
async function writeComparisonCharts(
  comparisons: readonly ScenarioComparison[],
  flags: ChartFlags & { readonly year?: number },
): Promise<void> {
  if (flags.chart === undefined) return;
  const inYear = <T extends { readonly year: number }>(xs: readonly T[]) =>
    xs.filter((x) => flags.year === undefined || x.year === flags.year);
  const drawn = await Promise.all(
    comparisons.map((c) =>
      comparisonCharts(
        { ...c, winners: inYear(c.winners), losers: inYear(c.losers) },
        { lang: flags.chartLang },
      ),
    ),
  );
  const charts = drawn.flat().map((c) => ({ file: c.name, svg: c.svg }));
  if (charts.length === 0) {
    process.stderr.write(`charts: none written to ${flags.chart}: no budget gains or loses\n`);
    return;
  }
  writeChartFiles(flags.chart, charts);
}

const VIEWS = ["held_as_planned", "law_response", "both"] as const;

/** The formats that give one view (held_as_planned unless --view names one). */
const ONE_VIEW = (format: CompareFormat) => format === "json" || format === "csv";

/** `decomposeReforms`'s arguments for a scenario file and a view. */
const withView = (
  [data, options, what]: ReturnType<typeof scenarioFileArguments>,
  view: ComparisonView,
): Parameters<typeof decomposeReforms> => [data, options, view, what];

/** Adds `fourth-level compare SCENARIO`: the scenario under the law as it is and under its reforms. */
export function addCompareCommand(program: Command): void {
  program
    .command("compare")
    .description(
      "compare a scenario under the law as it is with the same scenario under its reforms: every budget account (fourth-level units, districts with what goes to district or higher budgets), year and revenue line; winners and losers; self-sufficiency before and after; each district's and the country's net effect",
    )
    .argument("<scenario>", "scenario .json file with a top-level reforms array (see docs/reforms.md)")
    .addOption(
      new Option(
        "--format <format>",
        "table (readable), md (Markdown), csv (every row, one view) or json (every row, one view)",
      )
        .choices(COMPARE_FORMATS)
        .default("table"),
    )
    .addOption(
      new Option("--json", "the same as --format json (money as KZT decimal strings)").conflicts("format"),
    )
    .addOption(
      new Option(
        "--view <view>",
        "held_as_planned (transfers as planned under the law), law_response (transfers as the reformed law plans them, its cap applied) or both (table and md only)",
      )
        .choices(VIEWS)
        .default("both"),
    )
    .option("--year <year>", "show only this year", wholeNumber("--year", 2018, 2100))
    .option(
      "--decompose",
      `split the effect between the reforms (Shapley values, at most ${MAX_DECOMPOSED_REFORMS} reforms): each budget's baseline, each reform's part and the reform; json adds a decomposition field`,
    )
    .option(
      "--chart <dir>",
      "also write who gains and who loses, by year and view, to this folder as SVG files",
    )
    .addOption(CHART_LANG_OPTION())
    .action(
      async (
        file: string,
        opts: {
          format: CompareFormat;
          json?: boolean;
          view: (typeof VIEWS)[number];
          year?: number;
          decompose?: boolean;
        } & ChartFlags,
        command: Command,
      ) => {
        const format: CompareFormat = opts.json === true ? "json" : opts.format;
        if (opts.view === "both" && command.getOptionValueSource("view") === "cli" && ONE_VIEW(format)) {
          command.error(
            `error: --view both takes the table or md format; --format ${format} gives one view: --view held_as_planned or --view law_response`,
            { exitCode: 2 },
          );
        }
        const views: ComparisonView[] =
          opts.view === "both"
            ? ONE_VIEW(format)
              ? ["held_as_planned"]
              : ["held_as_planned", "law_response"]
            : [opts.view];
        const path = inputPath(file);
        const decompositions =
          opts.decompose === true
            ? views.map((view) => decomposeReforms(...withView(scenarioFileArguments(path), view)))
            : undefined;
        const comparisons =
          decompositions?.map((d) => d.comparison) ?? views.map((view) => compareScenarioFile(path, view));
        const output =
          decompositions === undefined
            ? renderComparison(comparisons, format, opts.year)
            : renderDecomposition(decompositions, format, opts.year);
        process.stdout.write(`${output}\n`);
        await writeComparisonCharts(comparisons, opts);
      },
    );
}
