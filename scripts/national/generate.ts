// Writes the synthetic national year of a seed, labelled as generated: the scenario file and its unit
// budgets CSV, and with --receipts N a receipts file of N payments (streamed, up to tens of millions).
//   npm run national:generate -- [--seed 2025] [--out examples] [--receipts 5000000 --receipts-out r.csv]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { progressBar } from "../../src/cli/commands/progress.js";
import { kazakhstanRulebook } from "../../src/index.js";
import { writeNationalReceipts } from "./receipts.js";
import { nationalScenario, unitBudgetsCsv } from "./scenario.js";
import { nationalYear } from "./year.js";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "2025" },
    out: { type: "string", default: "examples" },
    receipts: { type: "string" },
    "receipts-year": { type: "string", default: "2025" },
    "receipts-out": { type: "string", default: "receipts-national-generated.csv" },
  },
});
const seed = Number(values.seed);
const started = performance.now();
const { territory, budgets } = nationalYear(seed);
const csvFile = "kz-national-2025-units.csv";
mkdirSync(values.out, { recursive: true });
writeFileSync(join(values.out, csvFile), unitBudgetsCsv(budgets, seed));
writeFileSync(
  join(values.out, "kz-national-2025.json"),
  `${JSON.stringify(nationalScenario(budgets, seed, csvFile), null, 2)}\n`,
);
const seconds = () => ((performance.now() - started) / 1000).toFixed(2);
console.log(`${values.out}/kz-national-2025.json and ${csvFile}: ${budgets.length} units, ${seconds()} s`);
if (values.receipts !== undefined) {
  const count = Number(values.receipts);
  const bar = progressBar("receipts", count);
  writeNationalReceipts(values["receipts-out"], {
    count,
    seed,
    year: Number(values["receipts-year"]),
    rulebook: kazakhstanRulebook(),
    territory,
    budgets,
    onRows: (rows) => bar.update(rows),
  });
  bar.stop();
  console.log(`${values["receipts-out"]}: ${count} generated receipts, ${seconds()} s in all`);
}
