import { relative } from "node:path";
import { type Command, Option } from "commander";
import { explain } from "../../report/explain/explain.js";
import { EXPLAIN_LINES, type Explanation } from "../../report/explain/explanation.js";
import { formatExplanation } from "../../report/explain/format.js";
import { loadScenario } from "../../scenario/load-file.js";
import { withOptionPaths } from "./option-paths.js";
import { inputPath, jsonOption, print, wholeNumber } from "./options.js";
import { BUNDLED_EXAMPLE } from "./run.js";

/** A file under the working folder named relative to it, as the user would write it. */
function shown(file: string): string {
  const near = relative(process.cwd(), file);
  return near.startsWith("..") || near === "" ? file : near;
}

/** The explanation with its files named as the user would write them. */
function withShownFiles(e: Explanation): Explanation {
  return {
    ...e,
    sources: e.sources.map((s) => (s.file === undefined ? s : { ...s, file: shown(s.file) })),
    children: e.children.map(withShownFiles),
  };
}

/** Adds `fourth-level explain UNIT --year YYYY --line LINE [SCENARIO]`: where one figure comes from. */
export function addExplainCommand(program: Command): void {
  const command = program
    .command("explain")
    .description(
      "trace one figure of a scenario to where it came from: the decision's line of text, the receipts and rules, or the plan's formula with its inputs and articles; with no scenario, the bundled example of real 2026 budgets",
    )
    .argument("<unit>", "the unit's 9-digit KATO code (a district's for district_outlay), e.g. 104049000")
    .argument("[scenario]", "a scenario .json file (default: the bundled example)")
    .addOption(
      new Option("--year <year>", "the scenario's year or a planned year")
        .argParser(wholeNumber("--year", 2018, 2100))
        .makeOptionMandatory(),
    )
    .addOption(new Option("--line <line>", `the line: ${EXPLAIN_LINES.join(", ")}`).makeOptionMandatory());
  jsonOption(
    command,
    "print the explanation as JSON (a tree: figure, value, unit, how, sources, children)",
  ).action((unit: string, file: string | undefined, opts: { year: number; line: string; json?: boolean }) => {
    const scenario = loadScenario(inputPath(file ?? BUNDLED_EXAMPLE));
    const explained = withShownFiles(
      withOptionPaths("explain", { unit: "UNIT", year: "--year", line: "--line" }, () =>
        explain(scenario, { unit, year: opts.year, line: opts.line }),
      ),
    );
    const ids = scenario.reforms.map((r) => r.id);
    const note =
      ids.length === 0
        ? ""
        : `note: this explains the law as it is; the scenario's reforms (${ids.join(", ")}) are not applied: fourth-level compare shows their effect`;
    if (note !== "" && opts.json === true) process.stderr.write(`${note}\n`);
    print(opts.json === true, explained, () =>
      note === "" ? formatExplanation(explained) : `${formatExplanation(explained)}\n${note}`,
    );
  });
}
