import Table from "cli-table3";
import { type AttributionTotals, totalsByAccountAndCode } from "../attribution/totals/totals.js";
import { accountLabel } from "../ledger/ledger.js";
import { PLAIN } from "./text.js";
import { checkTotals } from "./totals-json.js";

/**
 * Attribution totals as readable text: the totals per receiving budget and EBK code, the notes, the
 * receipts kept aside and the conservation line — the same text as `formatAttribution` of the postings
 * of the same receipts (what `fourth-level attribute` prints).
 *
 * @throws `FourthLevelError` `INVALID_INPUT` for what is not attribution totals.
 * @category Node
 * @example
 * ```ts
 * import { attributeTotals, kazakhstanRulebook, kazakhstanTerritory, Money } from "fourth-level-budget";
 * import { formatAttributionTotals } from "fourth-level-budget/node";
 * const receipts = [
 *   { id: "r-1", ebk: "104402", amount: Money.kzt("21625"), paymentDate: "2026-03-10", payerKind: "individual", places: { residence: "104035100" } },
 * ] as const;
 * const totals = attributeTotals(receipts, { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() });
 * formatAttributionTotals(totals).split("\n").at(-1); //=> "conservation: receipts 21625.00 KZT = postings 21625.00 KZT (exact)"
 * ```
 */
export function formatAttributionTotals(totals: AttributionTotals): string {
  checkTotals(totals, "formatAttributionTotals");
  const table = new Table({
    head: ["budget", "level", "EBK", "category", "receipts", "KZT"],
    style: PLAIN,
    colAligns: ["left", "left", "left", "left", "right", "right"],
  });
  for (const row of totalsByAccountAndCode(totals)) {
    const level =
      row.account.kind === "budget"
        ? String(row.account.level)
        : row.account.kind === "district_or_higher"
          ? "3+"
          : "-";
    table.push([
      accountLabel(row.account),
      level,
      row.ebk ?? "",
      row.category ?? "",
      String(row.postings),
      row.amount.toKzt(),
    ]);
  }
  const lines = [table.toString()];
  for (const n of totals.notes) lines.push(`note on ${n.receiptId}: ${n.note}`);
  for (const u of totals.unattributed)
    lines.push(`unattributed ${u.receiptId} (${u.amount.toKzt()} KZT): ${u.reason}`);
  const conserved = totals.receiptsTotal.equals(totals.postedTotal);
  lines.push(
    `conservation: receipts ${totals.receiptsTotal.toKzt()} KZT = postings ${totals.postedTotal.toKzt()} KZT ${conserved ? "(exact)" : "(NOT EQUAL)"}`,
  );
  return lines.join("\n");
}
