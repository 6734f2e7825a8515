import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { readTextFile } from "../files/read-text-file.js";
import { parseJsonText } from "../input/json.js";
import { parseInput } from "../input/parse.js";
import { resolveScenario } from "./load.js";
import type { ReadScenarioFile, ResolveScenarioOptions, Scenario } from "./types.js";

/**
 * A reader of the files a scenario names, relative to `folder` (UTF-8 text; see `readTextFile`): the
 * `readFile` option of `resolveScenario` for a scenario built in code.
 *
 * @param folder - The folder the scenario's file names are relative to.
 * @throws `FourthLevelError` `INVALID_INPUT` when the folder is not a name; the reader throws it when a
 *   file name is not a name or the file cannot be read (`INVALID_ENCODING` when it is not UTF-8).
 * @category Node
 * @example
 * ```ts
 * import { resolveScenario } from "fourth-level-budget";
 * import { scenarioFileReader } from "fourth-level-budget/node";
 * const scenario = resolveScenario(
 *   { name: "Bel-Agach 2026", year: 2026, districts: [{ kato: "104000000", units: [
 *     { kato: "104035000", decisionFile: "kz-abai-borodulikha-belagach-2026.txt" },
 *   ] }] },
 *   { readFile: scenarioFileReader("data/decisions") },
 * );
 * scenario.districts[0]?.units[0]?.figures.tax_revenue?.toThousandKzt(); //=> "39585"
 * ```
 */
export function scenarioFileReader(folder: string): ReadScenarioFile {
  const args = z.strictObject({ folder: fileName("the folder") });
  parseInput(args, { folder }, "scenario folder");
  return (name, what) => {
    const read = parseInput(
      z.strictObject({ name: fileName("the file's name"), what: z.string().optional() }),
      { name, what },
      "scenario file reader",
    );
    const path = resolve(folder, read.name);
    if (!existsSync(path)) throw missingFile(read.name, read.what ?? "file", folder, path);
    return { path, text: readTextFile(path, read.what) };
  };
}

/** A file a scenario names that is not there: where it was looked for, and why there. */
function missingFile(name: string, what: string, folder: string, path: string): FourthLevelError {
  return new FourthLevelError(
    "INVALID_INPUT",
    `the ${what} "${name}" is not there: a path in a scenario is relative to the scenario file's folder (${resolve(folder)}), so it was looked for at ${path}; a scenario copied elsewhere needs the files it names copied with it, or its paths changed`,
    { file: name, path },
  );
}

/** A file or folder name: non-empty text. */
const fileName = (what: string) =>
  z
    .string({ error: (issue) => `${what} must be text, not ${describeValue(issue.input)}` })
    .min(1, { error: `${what} must not be empty` });

/**
 * Reads, validates and resolves a scenario file (JSON; a UTF-8 byte order mark is skipped). The files
 * it names are read relative to its folder.
 *
 * @param path - The scenario file.
 * @param options - The territory and law to read it under, and `onProgress` (see `ResolveScenarioOptions`).
 * @throws `FourthLevelError` `INVALID_INPUT` with every problem, or when the file cannot be read
 *   or is not JSON; `INVALID_ENCODING` when it is not UTF-8.
 * @category Node
 * @example
 * ```ts
 * import { runScenario } from "fourth-level-budget";
 * import { loadScenario } from "fourth-level-budget/node";
 * const scenario = loadScenario("examples/kz-2026-published.json");
 * runScenario(scenario).year; //=> 2026
 * ```
 */
export function loadScenario(
  path: string,
  options: Pick<ResolveScenarioOptions, "territory" | "law" | "onProgress"> = {},
): Scenario {
  const text = readTextFile(path, "scenario");
  const data = parseJsonText(text, `scenario ${path}`);
  return resolveScenario(
    data,
    { readFile: scenarioFileReader(dirname(resolve(path))), ...options },
    `scenario ${path}`,
  );
}
