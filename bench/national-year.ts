// The synthetic national year, timed (not part of the test suite). Run: npm run bench:national-year
// [-- --receipts 1000000 --seed 2025]. Prints the time to generate the year (budgets of all 2,335 units
// and the bundled scenario's files, in memory), to write N generated receipts, and the national run:
// `fourth-level run examples/kz-national-2025.json` (the built CLI in a child process, from start to exit:
// reading, statements, consolidations, the plan of every unit and the overview), whose target is 10 s,
// with the phases of the same work in this process.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { writeNationalReceipts } from "../scripts/national/receipts.js";
import { nationalScenario, unitBudgetsCsv } from "../scripts/national/scenario.js";
import { nationalYear } from "../scripts/national/year.js";
import { kazakhstanRulebook, runScenario, scenarioOverview } from "../src/index.js";
import { loadScenario } from "../src/node.js";

const { values } = parseArgs({
  options: { receipts: { type: "string", default: "1000000" }, seed: { type: "string", default: "2025" } },
});
const [count, seed] = [Number(values.receipts), Number(values.seed)];
const SCENARIO = "examples/kz-national-2025.json";

/** The wall time of `run` in seconds, and its result. */
function timed<T>(run: () => T): [number, T] {
  const started = performance.now();
  const result = run();
  return [(performance.now() - started) / 1000, result];
}
const s = (seconds: number) => `${seconds.toFixed(2).padStart(6)} s`;

console.log(`node ${process.version}, ${availableParallelism()} cores, seed ${seed}`);
const [generation, { territory, budgets }] = timed(() => {
  const year = nationalYear(seed);
  unitBudgetsCsv(year.budgets, seed);
  nationalScenario(year.budgets, seed, "kz-national-2025-units.csv");
  return year;
});
console.log(
  `generate the national year (${budgets.length} units' budgets, scenario, CSV)   ${s(generation)}`,
);

const dir = mkdtempSync(join(tmpdir(), "fourth-level-national-year-"));
const rulebook = kazakhstanRulebook();
const [writing] = timed(() =>
  writeNationalReceipts(join(dir, "receipts.csv"), { count, seed, year: 2025, rulebook, territory, budgets }),
);
rmSync(dir, { recursive: true, force: true });
console.log(
  `write ${count.toLocaleString("en-US")} generated receipts (streamed to a file)${" ".repeat(Math.max(0, 22 - String(count).length))}${s(writing)}`,
);

const cli = new URL("../bin/fourth-level.js", import.meta.url).pathname;
const started = performance.now();
const child = spawnSync(process.execPath, [cli, "run", SCENARIO], { encoding: "utf8", maxBuffer: 1 << 26 });
const wall = (performance.now() - started) / 1000;
if (child.status !== 0) throw new Error(`fourth-level run exited ${child.status}: ${child.stderr}`);
console.log(`fourth-level run ${SCENARIO} (child process, start to exit)  ${s(wall)}  target 10 s`);

const [load, scenario] = timed(() => loadScenario(SCENARIO));
const [run, result] = timed(() => runScenario(scenario));
const [overview] = timed(() => scenarioOverview(result));
console.log(
  `  in this process: read and plan ${s(load)}, statements and consolidations ${s(run)}, overview ${s(overview)}`,
);
