import { readTextFile } from "../../../files/read-text-file.js";
import type { Territory } from "../../../territory/territory.js";
import { kazakhstanTerritory } from "../territory.js";
import { readWorkersText } from "./read-workers.js";
import type { WorkerRecords } from "./records.js";

/**
 * Reads a file of worker records, `.csv` or `.json` by its name (see `readWorkersCsv` and
 * `readWorkersJson`), strictly as UTF-8.
 *
 * @param territory - To check the KATO codes (the bundled classifier by default).
 * @throws `FourthLevelError` `INVALID_ENCODING` naming the first line that is not UTF-8; `INVALID_INPUT`
 * for a file that cannot be read, listing every problem of its records with their paths.
 * @category Node
 * @example
 * ```ts
 * import { readWorkersFile } from "fourth-level-budget/node";
 * readWorkersFile("examples/workers-borodulikha-generated.csv").generated; //=> true
 * ```
 */
export function readWorkersFile(path: string, territory: Territory = kazakhstanTerritory()): WorkerRecords {
  return readWorkersText(path, readTextFile(path, "worker records"), territory);
}
