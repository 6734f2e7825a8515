import { dirname, resolve } from "node:path";
import { readTextFile } from "../files/read-text-file.js";
import { parseJsonText } from "../input/json.js";
import { scenarioFileReader } from "../scenario/load-file.js";
import { type Calibration, type CalibrationOptions, calibrateScenario } from "./calibrate.js";

/**
 * {@link calibrateScenario} of a scenario file on disk: the files it names are read relative to it.
 *
 * @param path - The scenario `.json` file, with its `reforms`.
 * @param calibration - See {@link CalibrationOptions}.
 * @throws `FourthLevelError` when the file cannot be read, with every problem of the scenario and the
 *   calibration; `TARGET_UNREACHABLE`, `NOT_MONOTONE` as {@link calibrateScenario}.
 * @category Node
 * @example
 * ```ts
 * const found = calibrateScenarioFile("examples/reform-tax-swap.json", {
 *   reform: "workplace-iit",
 *   target: { kind: "account", account: "104000000" },
 * });
 * [found.parameter, found.achieved, found.neighbour?.achieved]; //=> ["0.0739", "-24.00", "17.00"]
 * ```
 */
export function calibrateScenarioFile(path: string, calibration: CalibrationOptions): Calibration {
  const text = readTextFile(path, "scenario");
  const data = parseJsonText(text, `scenario ${path}`);
  return calibrateScenario(
    data,
    calibration,
    { readFile: scenarioFileReader(dirname(resolve(path))) },
    `scenario ${path}`,
  );
}
