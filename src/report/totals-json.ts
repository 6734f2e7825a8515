import { type AttributionTotals, totalsByAccountAndCode } from "../attribution/totals/totals.js";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { accountId, accountLabel } from "../ledger/ledger.js";

/** Refuses what is not attribution totals. */
export function checkTotals(totals: unknown, what: string): asserts totals is AttributionTotals {
  const t = totals as Partial<AttributionTotals> | null;
  if (
    typeof t !== "object" ||
    t === null ||
    !Array.isArray(t.rows) ||
    !Array.isArray(t.notes) ||
    !Array.isArray(t.unattributed)
  ) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `${what} needs attribution totals, not ${describeValue(totals)}`,
    );
  }
}

/**
 * The JSON form of attribution totals (`fourth-level attribute --json`): totals per receiving account and
 * EBK code, the notes, the receipts kept aside and the conservation line, money as KZT decimal strings —
 * the same JSON as `attributionToJson` of the postings of the same receipts.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not an {@link AttributionTotals}.
 * @category Reports
 * @example
 * ```ts
 * const receipts = [
 *   { id: "r-1", ebk: "104402", amount: Money.kzt("21625"), paymentDate: "2026-03-10", payerKind: "individual", places: { residence: "104035100" } },
 * ] as const;
 * const totals = attributeTotals(receipts, { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() });
 * attributionTotalsToJson(totals).conservation; //=> { receiptsKzt: "21625.00", postingsKzt: "21625.00", exact: true }
 * ```
 */
export function attributionTotalsToJson(totals: AttributionTotals) {
  checkTotals(totals, "attributionTotalsToJson");
  return {
    totals: totalsByAccountAndCode(totals).map((row) => ({
      account: accountId(row.account),
      budget: accountLabel(row.account),
      level: row.account.kind === "budget" ? row.account.level : null,
      ebk: row.ebk ?? null,
      category: row.category ?? null,
      receipts: row.postings,
      amountKzt: row.amount.toKzt(),
    })),
    notes: totals.notes.map((n) => ({ receiptId: n.receiptId, note: n.note })),
    unattributed: totals.unattributed.map((u) => ({
      receiptId: u.receiptId,
      amountKzt: u.amount.toKzt(),
      code: u.code,
      reason: u.reason,
    })),
    conservation: {
      receiptsKzt: totals.receiptsTotal.toKzt(),
      postingsKzt: totals.postedTotal.toKzt(),
      exact: totals.receiptsTotal.equals(totals.postedTotal),
    },
  };
}
