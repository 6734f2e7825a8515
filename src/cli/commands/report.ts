import { type Command, Option } from "commander";
import { REPORT_LANGUAGES, type ReportLanguage } from "../../charts/lang.js";
import { FourthLevelError } from "../../errors/error.js";
import { throwIssues } from "../../errors/issue.js";
import { readTextFile } from "../../files/read-text-file.js";
import { parseDecisionText } from "../../jurisdictions/kz/decisions/parse-text.js";
import { kazakhstanTerritory } from "../../jurisdictions/kz/territory.js";
import { loadScenario } from "../../scenario/load-file.js";
import { unitNamed } from "../../scenario/read-districts.js";
import { runScenario } from "../../scenario/run.js";
import type { PreviousBudget } from "../../voters-report/facts.js";
import { VOTERS_REPORT_FORMATS, votersReport } from "../../voters-report/voters-report.js";
import { inputPath, wholeNumber } from "./options.js";
import { BUNDLED_EXAMPLE } from "./run.js";

/**
 * The budget of the year before, read from the text of its decision: the text must be the decision of
 * `unit` (as a scenario's decision texts must name their unit).
 */
function previousBudget(file: string, unit: string): PreviousBudget {
  const decision = parseDecisionText(readTextFile(inputPath(file)), { file });
  const advice = `give --previous the decision of unit ${unit} for the year before`;
  const [issues, notes] = unitNamed(decision.unitName, unit, ["--previous"], kazakhstanTerritory(), advice);
  throwIssues(`report --previous ${file}`, issues);
  for (const note of notes) process.stderr.write(`note: --previous ${file}: ${note}\n`);
  if (decision.budgetYear === undefined) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `--previous ${file}: the decision does not state its budget year`,
      {},
      [
        {
          path: ["--previous"],
          code: "INVALID_INPUT",
          message: `${file} does not state the year of its figures`,
        },
      ],
    );
  }
  return { year: decision.budgetYear, figures: decision.figures, source: decision.source ?? file };
}

/** Adds `fourth-level report UNIT --year YYYY --format html|md`: the akim's report to voters on one unit. */
export function addReportCommand(program: Command): void {
  program
    .command("report")
    .description(
      "the akim's report to voters on one unit's budget: where the money comes from, self-sufficiency beside the district's units and the country, the change from the year before, the plan, the decision; one HTML page (inline charts, printable) or Markdown, in Russian, Kazakh or English; with no scenario file, the bundled example of real 2026 budgets",
    )
    .argument("<unit>", "the unit's 9-digit KATO code, e.g. 104049000 (find it with `fourth-level find`)")
    .argument("[scenario]", "a scenario .json file; the bundled example by default")
    .addOption(
      new Option("--year <year>", "the year of the report: the scenario's year")
        .argParser(wholeNumber("--year", 2018, 2100))
        .makeOptionMandatory(),
    )
    .addOption(
      new Option("--format <format>", "html (one self-contained page) or md (Markdown, without the charts)")
        .choices(VOTERS_REPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .addOption(new Option("--lang <lang>", "ru, kk or en").choices(REPORT_LANGUAGES).default("ru"))
    .option(
      "--previous <decision>",
      "the text of the unit's decision for the year before, to show how the budget changed",
    )
    .action(
      async (
        unit: string,
        scenario: string | undefined,
        opts: { year: number; format: "html" | "md"; lang: ReportLanguage; previous?: string },
      ) => {
        const result = runScenario(loadScenario(inputPath(scenario ?? BUNDLED_EXAMPLE)));
        const previous = opts.previous === undefined ? undefined : previousBudget(opts.previous, unit);
        const page = await votersReport(result, {
          unit,
          year: opts.year,
          format: opts.format,
          lang: opts.lang,
          ...(previous === undefined ? {} : { previous }),
        });
        process.stdout.write(page);
      },
    );
}
