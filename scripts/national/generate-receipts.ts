// Writes synthetic receipts of a national year, labelled as generated. Run:
//   node --import tsx scripts/national/generate-receipts.ts --count 5000000 --seed 1 --year 2026 --out receipts.csv
import { parseArgs } from "node:util";
import { kazakhstanRulebook, kazakhstanTerritory } from "../../src/index.js";
import { writeNationalReceipts } from "./receipts.js";
import { nationalUnits, publishedTaxRevenue } from "./units.js";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "1000000" },
    seed: { type: "string", default: "1" },
    year: { type: "string", default: "2026" },
    out: { type: "string", default: "receipts-national-generated.csv" },
  },
});
const territory = kazakhstanTerritory();
const units = nationalUnits(territory, publishedTaxRevenue(new URL("../../", import.meta.url)));
const started = performance.now();
writeNationalReceipts(values.out, {
  count: Number(values.count),
  seed: Number(values.seed),
  year: Number(values.year),
  rulebook: kazakhstanRulebook(),
  territory,
  units,
});
console.log(
  `${values.out}: ${values.count} generated receipts in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
