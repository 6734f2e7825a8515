// Reform (a) on real budgets: half of the IIT withheld at source goes to the rural district where the
// work is done. The three rural districts' 2026 budgets are published (data/decisions/); the receipts
// are GENERATED, NOT real data: the withheld IIT of the district's generated worker records
// (examples/workers-borodulikha-generated.csv). Run: npm run build && node --import tsx examples/reform-workplace-iit.ts
import { compareScenarioFile } from "fourth-level-budget/node";

const comparison = compareScenarioFile("examples/reform-workplace-iit.json");
for (const u of comparison.units) {
  const { baseline, reform } = u.selfSufficiency;
  console.log(`${u.name}: +${u.delta.toKzt()} KZT, self-sufficiency ${baseline} % -> ${reform} %`);
}
for (const loser of comparison.losers) console.log(`${loser.name}: ${loser.delta.toKzt()} KZT`);
for (const year of comparison.country) console.log(`all budgets, ${year.year}: ${year.delta.toKzt()} KZT`);
for (const note of comparison.notes) console.log(`note: ${note}`);
