// A short tour of the API on real data. Run: npm run build && node --import tsx examples/tour.ts
import { readFileSync } from "node:fs";
import {
  attribute,
  buildStatement,
  checkIdentities,
  formatCitation,
  kazakhstanRulebook,
  kazakhstanTerritory,
  Money,
  parseDecisionText,
  ruleFor,
} from "fourth-level-budget";

// 1. Which budget owns a place? с.Бель-Агач (KATO 104035100), Borodulikha district, Abai region.
const territory = kazakhstanTerritory();
const owner = territory.owner("104035100");
if (owner.kind === "fourth_level") console.log(`${owner.unit.nameRu} in ${owner.district.nameRu}`);

// 2. Which rule sends vehicle tax of an individual to that budget, and under which law?
const rulebook = kazakhstanRulebook();
const rule = ruleFor(rulebook, "104402", "2026-03-10", "individual");
console.log(`${rule.revenue}: by ${rule.key} — ${formatCitation(rule.citation)}`);

// 3. Attribute receipts (these two are ILLUSTRATIVE, not published data): every tenge is posted.
const result = attribute(
  [
    {
      id: "r-1",
      ebk: "104402",
      amount: Money.kzt("21625"),
      paymentDate: "2026-03-10",
      payerKind: "individual",
      places: { residence: "104035100" },
    },
    {
      id: "r-2",
      ebk: "101201",
      amount: Money.kzt("410000"),
      paymentDate: "2026-02-25",
      payerKind: "individual",
      places: { legal_seat: "104030100" },
    },
  ],
  { rulebook, territory },
);
for (const p of result.postings)
  console.log(`${p.sourceId} → ${p.to.kind === "budget" ? p.to.name : p.to.kind}`);
console.log(`conserved: ${result.postedTotal.equals(result.receiptsTotal)}`);

// 4. Read a published decision (real text) and check it.
const text = readFileSync(
  new URL("../data/decisions/kz-abai-borodulikha-belagach-2026.txt", import.meta.url),
  "utf8",
);
const decision = parseDecisionText(text);
console.log(
  decision.unitName,
  decision.budgetYear,
  decision.figures.tax_revenue?.toThousandKzt(),
  "thousand KZT tax",
);
console.log(checkIdentities(decision.figures, ["revenue"])[0]?.status);

// 5. Build the unit's statement for 2026 with the receipts' ledger.
const statement = buildStatement({
  unit: { code: "104035000", name: "Бель-Агачский с.о." },
  year: 2026,
  published: decision.figures,
  postings: result.postings,
});
console.log(`self-sufficiency ${statement.selfSufficiency.percent} %`, statement.notes);
