import { type Command, Option } from "commander";
import type { ComparisonView } from "../../compare/compare.js";
import { compareScenarioFile } from "../../compare/compare-file.js";
import { COMPARE_FORMATS, type CompareFormat, renderComparison } from "./compare-output.js";
import { inputPath, wholeNumber } from "./options.js";

const VIEWS = ["held_as_planned", "law_response", "both"] as const;

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
    .action(
      (
        file: string,
        opts: { format: CompareFormat; json?: boolean; view: (typeof VIEWS)[number]; year?: number },
      ) => {
        const format: CompareFormat = opts.json === true ? "json" : opts.format;
        const views: ComparisonView[] =
          opts.view === "both"
            ? format === "json" || format === "csv"
              ? ["held_as_planned"]
              : ["held_as_planned", "law_response"]
            : [opts.view];
        const path = inputPath(file);
        const comparisons = views.map((view) => compareScenarioFile(path, view));
        process.stdout.write(`${renderComparison(comparisons, format, opts.year)}\n`);
      },
    );
}
