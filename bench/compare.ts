// The reform comparison timed (not part of the test suite). Run: npm run bench:compare
// `compareScenarioFile` on examples/reform-workplace-iit.json (three rural districts' published 2026
// budgets, the IIT withheld at source of 11,482 GENERATED worker records), against a baseline measured in
// the same run on the same file: loading the scenario and running it once under the law as it is (what
// `fourth-level run` does). A comparison runs the scenario twice (the law, the reform) and reads the file
// once, so about 2 × the baseline is its floor; reading the worker records again, or checking the
// library's own runs again, shows as a larger ratio.
import { join } from "node:path";
import { runScenario } from "../src/index.js";
import { compareScenarioFile, loadScenario } from "../src/node.js";
import { timeMs } from "./time.js";

const file = join(import.meta.dirname, "..", "examples", "reform-workplace-iit.json");

const baseline = timeMs(() => runScenario(loadScenario(file)));
const comparison = timeMs(() => compareScenarioFile(file));
const rows = [
  ["baseline: load and run the scenario once (11,482 GENERATED worker records)", baseline],
  ["compareScenarioFile: the law and the reform, compared", comparison],
] as const;
console.log(`median wall time of 5 runs, and ratio to the baseline (node ${process.version})`);
for (const [name, ms] of rows)
  console.log(`${name.padEnd(76)} ${ms.toFixed(0).padStart(7)} ms  ×${(ms / baseline).toFixed(2)}`);
