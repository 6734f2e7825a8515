import { dirname, resolve } from "node:path";
import { readTextFile } from "../files/read-text-file.js";
import { parseJsonText } from "../input/json.js";
import { scenarioFileReader } from "../scenario/load-file.js";
import type { ResolveScenarioOptions } from "../scenario/types.js";
import type { ComparisonView, ScenarioComparison } from "./compare.js";
import { compareScenario } from "./compare-scenario.js";

/**
 * What `compareScenario` and `decomposeReforms` take for a scenario file on disk: its JSON, a reader of
 * the files it names (relative to it) and what it is, for messages. @internal
 */
export function scenarioFileArguments(path: string): [unknown, ResolveScenarioOptions, string] {
  const text = readTextFile(path, "scenario");
  const data = parseJsonText(text, `scenario ${path}`);
  return [data, { readFile: scenarioFileReader(dirname(resolve(path))) }, `scenario ${path}`];
}

/**
 * {@link compareScenario} of a scenario file on disk: the files it names are read relative to it.
 *
 * @param path - The scenario `.json` file.
 * @param view - `"held_as_planned"` (default) or `"law_response"`.
 * @throws `FourthLevelError` when the file cannot be read, with every problem of the scenario and
 *   its reforms.
 * @category Node
 * @example
 * ```ts
 * const comparison = compareScenarioFile("examples/reform-workplace-iit.json");
 * comparison.country.every((y) => y.delta.isZero()); //=> true
 * ```
 */
export function compareScenarioFile(
  path: string,
  view: ComparisonView = "held_as_planned",
): ScenarioComparison {
  const [data, options, what] = scenarioFileArguments(path);
  return compareScenario(data, options, view, what);
}
