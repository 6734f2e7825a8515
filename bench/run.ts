// Benchmarks (not part of the test suite). Run: npm run bench
// Each figure is reported as a ratio against a baseline measured in the same run on the same data, so
// results compare across machines: the baseline is a single pass that sums the receipts' amounts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { IsoDate } from "../src/calendar/iso-date.js";
import {
  attribute,
  attributeTotals,
  kazakhstanLaw,
  kazakhstanRulebook,
  kazakhstanTerritory,
  Money,
  type PlanUnitInput,
  parseDecisionText,
  planDistrict,
  type Receipt,
} from "../src/index.js";
import { timeMs } from "./time.js";

const territory = kazakhstanTerritory();
const rulebook = kazakhstanRulebook();
const law = kazakhstanLaw();
const villages = territory.places().filter((p) => p.unit4Code !== undefined && p.type === "village");
const codes: readonly [string, Receipt["payerKind"], string][] = [
  ["104402", "individual", "residence"],
  ["104102", "individual", "object_location"],
  ["101202", "individual_entrepreneur", "registered_location"],
  ["104401", "legal_entity", "legal_seat"],
  ["101201", "individual", "legal_seat"],
];
const N = 200_000;
const receipts: Receipt[] = Array.from({ length: N }, (_, i) => {
  const [ebk, payerKind, key] = codes[i % codes.length] as [string, Receipt["payerKind"], string];
  const place = villages[(i * 7919) % villages.length]?.code as string;
  return {
    id: `r${i}`,
    ebk,
    amount: Money.fromTiyn(100_00 + (i % 5_000_000)),
    paymentDate: `202${2 + (i % 5)}-0${1 + (i % 9)}-15` as IsoDate,
    payerKind,
    places: { [key]: place },
  };
});

const baseline = timeMs(() => Money.sum(receipts.map((r) => r.amount)));
const attribution = timeMs(() => attribute(receipts, { rulebook, territory }), 3);
const totals = timeMs(() => attributeTotals(receipts, { rulebook, territory }), 5);
const territoryBuild = timeMs(() => kazakhstanTerritory(), 5);
const dir = join(import.meta.dirname, "..", "data", "decisions");
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(join(dir, f), "utf8"));
const parsing = timeMs(() => {
  for (const t of texts) parseDecisionText(t);
}, 5);

// Every fourth-level unit of the bundled territory as one district's units (codes and names real, figures
// synthetic), planned 2027-2030: the formula in 2027-2028, a pool by population in 2029-2030.
const units = territory.fourthLevelUnits().map(
  (u, i): PlanUnitInput => ({
    code: u.code,
    name: u.nameRu,
    base: {
      year: 2026,
      ownRevenues: { tax: Money.thousandKzt(String(1000 + (i % 900))) },
      costs: Money.thousandKzt(String(5000 + (i % 3000))),
    },
    revenueGrowth: { tax: "0.05" },
    costGrowth: "0.07",
    indicators: { population: String(500 + (i % 4000)) },
  }),
);
const pool = { kind: "weights", pool: Money.thousandKzt("10000000"), indicator: "population" } as const;
const planning = timeMs(
  () =>
    planDistrict(
      {
        district: { code: "104000000", name: "all units" },
        baseYear: 2026,
        horizon: 2030,
        units,
        equalisation: { byYear: { 2029: pool, 2030: pool } },
      },
      law,
    ),
  3,
);

const count = (n: number) => n.toLocaleString("en-US");
const rows = [
  [`baseline: sum of ${count(N)} receipt amounts`, baseline],
  [`attribute ${count(N)} receipts (rule lookup + territory + posting)`, attribution],
  [`attributeTotals of the same ${count(N)} receipts (no posting per receipt)`, totals],
  [`build the territory again (${count(territory.places().length)} places decoded once)`, territoryBuild],
  [`parse the ${texts.length} decision texts`, parsing],
  [`plan ${units.length} units over 4 years (formula, then a pool by population)`, planning],
] as const;
console.log(`median wall time, and ratio to the baseline (node ${process.version})`);
for (const [name, ms] of rows)
  console.log(`${name.padEnd(66)} ${ms.toFixed(1).padStart(9)} ms  ×${(ms / baseline).toFixed(1)}`);
console.log(`attribution: ${((N / attribution) * 1000).toFixed(0)} receipts/s`);
console.log(
  `attribution to totals: ${((N / totals) * 1000).toFixed(0)} receipts/s (target: at least 1,000,000)`,
);
