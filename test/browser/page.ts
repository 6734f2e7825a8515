// The page of the browser test (`npm run test:browser`, scripts/browser-test.ts): bundled from the built
// package as a web app would bundle it, opened in headless Chromium. It reads a published decision text
// from a string, computes a vehicle tax and attributes a few receipts read from CSV text, and shows the
// results in #result; scripts/browser-test.ts checks them against hand-computed values.
import {
  accountId,
  attribute,
  checkIdentities,
  kazakhstanRulebook,
  kazakhstanTerritory,
  parseDecisionText,
  readReceiptsCsv,
  totalsByBudgetAndCode,
  vehicleTax,
} from "fourth-level-budget";
import decisionText from "../../data/decisions/kz-abai-borodulikha-belagach-2026.txt";

/** The little of the DOM this page uses (the project's TypeScript settings have no DOM types). */
interface Page {
  getElementById(id: string): { textContent: string | null } | null;
}

/** Receipts of Bel-Agach residents (made up for the test; KATO and EBK codes real). */
const RECEIPTS_CSV = `id,ebk,amount,payment_date,payer_kind,residence,object_location,legal_seat
veh-1,104402,15296.00,2025-10-01,individual,104035100,,
prop-1,104102,4325.00,2025-10-01,individual,,104035100,
iit-agent-1,101201,410000.00,2025-02-25,individual,,,104035100
veh-2019,104402,15150.00,2019-09-30,individual,104035100,,
`;

function results(): string[] {
  const decision = parseDecisionText(decisionText, { file: "kz-abai-borodulikha-belagach-2026.txt" });
  const figures = Object.entries(decision.figures).map(
    ([line, amount]) => `${line} ${amount.toThousandKzt()}`,
  );
  const [revenue] = checkIdentities(decision.figures, ["revenue"]);
  const tax = vehicleTax({
    year: 2025,
    payer: "individual",
    vehicle: { kind: "passenger_car", engineCc: 2000 },
  });
  const territory = kazakhstanTerritory();
  const rulebook = kazakhstanRulebook();
  const receipts = readReceiptsCsv(RECEIPTS_CSV, territory, { rulebook });
  const attributed = attribute(receipts, { rulebook, territory });
  const totals = totalsByBudgetAndCode(attributed.postings)
    .map((t) => `${accountId(t.account)} ${t.ebk ?? ""} ${t.amount.toKzt()}`)
    .sort();
  return [
    `decision ${decision.budgetYear}: ${figures.join("; ")}`,
    `revenue identity: ${revenue?.status}`,
    `vehicle tax 2025: ${tax.amount.toKzt()}`,
    ...totals,
    `conservation: ${attributed.receiptsTotal.toKzt()} = ${attributed.postedTotal.toKzt()}`,
  ];
}

const page = (globalThis as unknown as { document: Page }).document;
const write = (id: string, text: string) => {
  const element = page.getElementById(id);
  if (element !== null) element.textContent = text;
};
try {
  write("result", results().join("\n"));
} catch (e) {
  write("errors", `${(e as Error).name}: ${(e as Error).message}`);
}
write("status", "done");
