import { type Command, InvalidArgumentError, Option } from "commander";
import type { Calibration, CalibrationOptions } from "../../calibrate/calibrate.js";
import { calibrateScenarioFile } from "../../calibrate/calibrate-file.js";
import type { CalibrationTarget } from "../../calibrate/target.js";
import { comparisonToJson } from "../../compare/comparison-json.js";
import { renderComparison } from "./compare-output.js";
import { inputPath, wholeNumber } from "./options.js";

const TARGET = /^(country|district|account|self-sufficiency|median-self-sufficiency)(?::(\d+))?(?:=(.+))?$/;
const FIELD = {
  district: "district",
  account: "account",
  "self-sufficiency": "unit",
  "median-self-sufficiency": "district",
} as const;

const TARGET_FORMS =
  "country[=KZT], district:KATO[=KZT], account:KATO[=KZT], self-sufficiency:KATO=PERCENT or median-self-sufficiency:KATO=PERCENT";

/** What a `--target` of a known kind lacks or has too much of. */
function targetProblem(
  kind: string,
  code: string | undefined,
  value: string | undefined,
): string | undefined {
  if (kind === "country") return code === undefined ? undefined : "country takes no KATO code";
  if (code === undefined) return `needs a KATO code (${kind}:KATO)`;
  if (kind.endsWith("self-sufficiency") && value === undefined) {
    return `needs the percent to reach (${kind}:KATO=PERCENT)`;
  }
  return undefined;
}

/** `--target` as written (`account:104000000=0`, `median-self-sufficiency:104000000=35`…), as a target object. */
export function targetOption(text: string): CalibrationTarget {
  const m = TARGET.exec(text);
  const [, kind = "", code, value] = m ?? [];
  const problem = m === null ? "is not a target" : targetProblem(kind, code, value);
  if (problem !== undefined) {
    throw new InvalidArgumentError(`--target ${text} ${problem}: give ${TARGET_FORMS}`);
  }
  const field = kind === "country" ? undefined : FIELD[kind as keyof typeof FIELD];
  return {
    kind: kind.replaceAll("-", "_"),
    ...(field === undefined || code === undefined ? {} : { [field]: code }),
    ...(value === undefined ? {} : { value }),
  } as CalibrationTarget;
}

/** `--unknown changes.0.shares.0.share` as a path. */
const unknownOption = (text: string) =>
  text.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** `--range 0,1` as two decimal strings. */
function rangeOption(text: string): [string, string] {
  const parts = text.split(",");
  if (parts.length !== 2) throw new InvalidArgumentError("--range must be two values LOW,HIGH such as 0,1");
  return [parts[0] as string, parts[1] as string];
}

/** The calibration in words, then the comparison at the parameter found. */
function calibrationText(c: Calibration): string {
  const unit = c.unit === "%" ? " %" : " KZT";
  const lines = [
    `== Calibration: ${c.name}`,
    ...(c.receipts === undefined ? [] : [`receipts: ${c.receipts}`]),
    `reform ${c.reform}, parameter ${c.unknown}: from ${c.range[0]} to ${c.range[1]} by ${c.precision} (view ${c.view})`,
    `target: ${c.target}`,
    `parameter found: ${c.parameter} (the first value of the range at which the target is reached)`,
    `achieved: ${c.achieved}${unit}, residual ${c.residual}${unit}${c.exact ? " (exact)" : ""}`,
    ...(c.neighbour === undefined
      ? []
      : [`one step before: ${c.neighbour.parameter} gives ${c.neighbour.achieved}${unit}`]),
    `at the ends of the range: ${c.ends.map((e) => `${e.parameter} gives ${e.achieved}${unit}`).join("; ")}`,
    `${c.steps} halvings, ${c.evaluations} runs of the scenario`,
    "",
  ];
  return `${lines.join("\n")}\n${renderComparison([c.comparison], "table", c.year)}`;
}

/** Adds `fourth-level calibrate SCENARIO`: one parameter of a reform solved so that a target holds. */
export function addCalibrateCommand(program: Command): void {
  program
    .command("calibrate")
    .description(
      "solve one parameter of a scenario's reform (a share, a scale, a withdrawal cap) so that a target holds: a net effect unchanged or reaching a value (all budgets, a district, one account), or a self-sufficiency reaching a value (a unit's, the median of a district's units); by bisection, exactly, to a stated precision",
    )
    .argument("<scenario>", "scenario .json file with a top-level reforms array (see docs/reforms.md)")
    .requiredOption("--reform <id>", "the id of the reform whose parameter is solved")
    .requiredOption(
      "--target <target>",
      `${TARGET_FORMS}; a net effect is 0 (revenue-neutral) by default`,
      targetOption,
    )
    .option(
      "--unknown <path>",
      "the parameter's path in the reform, e.g. changes.0.shares.0.share (needed when it has several)",
      unknownOption,
    )
    .option(
      "--range <low,high>",
      "the values to search (0,1 for a share by default; required for a scale)",
      rangeOption,
    )
    .option("--precision <step>", "the step of the answer", "0.0001")
    .addOption(
      new Option("--view <view>", "held_as_planned or law_response")
        .choices(["held_as_planned", "law_response"])
        .default("held_as_planned"),
    )
    .option(
      "--year <year>",
      "the year of the target (the scenario's by default)",
      wholeNumber("--year", 2018, 2100),
    )
    .option("--json", "the calibration as JSON, with the comparison at the parameter found")
    .action(
      (
        file: string,
        opts: Omit<CalibrationOptions, "view"> & { view: "held_as_planned" | "law_response"; json?: boolean },
      ) => {
        const { json, ...calibration } = opts;
        const c = calibrateScenarioFile(inputPath(file), calibration);
        const out =
          json === true
            ? JSON.stringify({ ...c, comparison: comparisonToJson(c.comparison, c.year) }, null, 2)
            : calibrationText(c);
        process.stdout.write(`${out}\n`);
      },
    );
}
