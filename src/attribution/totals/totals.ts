import type { RevenueCategory } from "../../classification/category.js";
import { describeValue } from "../../errors/describe.js";
import { FourthLevelError } from "../../errors/error.js";
import { type Account, accountId, type BudgetCodeTotal } from "../../ledger/ledger.js";
import { Money } from "../../money/money.js";
import type { AttributionResult, UnattributedReceipt } from "../attribute.js";

/**
 * What one account received under one rule: the sum and the number of receipts. For the `unattributed`
 * account the rule id is `"unattributed"` and there is one row per EBK code and category.
 *
 * @category Attribution
 */
export interface AttributionTotalRow {
  /** The receiving account. */
  readonly account: Account;
  /** The EBK revenue code of the receipts. */
  readonly ebk: string;
  /** The revenue category they are booked under; `undefined` for an unattributed code that is not a revenue code. */
  readonly category: RevenueCategory | undefined;
  /** The rule that sent them there (`"unattributed"` for the unattributed account). */
  readonly ruleId: string;
  /** The sum of the receipts, in KZT as {@link Money} (exact to the tiyn). */
  readonly amount: Money;
  /** How many receipts were summed (a count, not an amount). */
  readonly receipts: number;
}

/**
 * A receipt whose way needs saying (e.g. its unit had no budget of its own yet), as a posting notes it.
 *
 * @category Attribution
 */
export interface AttributionNote {
  /** The receipt's id. */
  readonly receiptId: string;
  /** Why the money went where it did. */
  readonly note: string;
}

/**
 * Attribution to totals: what {@link attribute} gives, without one posting per receipt. Every figure
 * is the same as in the postings: the rows are the postings summed by account, EBK code and rule; the
 * notes are the postings' notes; the unattributed receipts and both totals are the same.
 *
 * @category Attribution
 */
export interface AttributionTotals {
  /** One row per account × EBK code × rule that received something, ordered by account id, code, rule id. */
  readonly rows: readonly AttributionTotalRow[];
  /** The notes of the postings (not those to the unattributed account), in input order. */
  readonly notes: readonly AttributionNote[];
  /** The receipts kept aside (only with `unattributed: true`), in input order. */
  readonly unattributed: readonly UnattributedReceipt[];
  /** How many receipts were attributed (a count). */
  readonly receipts: number;
  /** The sum of the receipts' amounts. */
  readonly receiptsTotal: Money;
  /** The sum of the rows' amounts; always equal to `receiptsTotal`. */
  readonly postedTotal: Money;
}

/** The order of rows: account id, then code, then rule id, then category. */
function rowKey(row: Pick<AttributionTotalRow, "account" | "ebk" | "ruleId" | "category">): string {
  return `${accountId(row.account)}|${row.ebk}|${row.ruleId}|${row.category ?? ""}`;
}

/** Totals of rows, notes and unattributed receipts: the rows ordered, the posted total summed. */
export function totalsOf(
  rows: readonly AttributionTotalRow[],
  rest: Omit<AttributionTotals, "rows" | "postedTotal">,
): AttributionTotals {
  const keyed = rows.map((row) => [rowKey(row), row] as const);
  keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    rows: keyed.map(([, row]) => row),
    ...rest,
    postedTotal: Money.sum(rows.map((row) => row.amount)),
  };
}

/**
 * The totals of an {@link attribute} result: its postings summed by account, EBK code and rule, with
 * their notes. What {@link attributeTotals} gives for the same receipts.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not an attribution result.
 * @category Attribution
 * @example
 * ```ts
 * const receipts = [
 *   { id: "r-1", ebk: "104402", amount: Money.kzt("100"), paymentDate: "2026-03-10", payerKind: "individual", places: { residence: "104035100" } },
 *   { id: "r-2", ebk: "104402", amount: Money.kzt("50"), paymentDate: "2026-04-10", payerKind: "individual", places: { residence: "104035100" } },
 * ] as const;
 * const result = attribute(receipts, { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() });
 * const totals = attributionTotalsOf(result);
 * totals.rows.map((r) => [accountId(r.account), r.ruleId, r.amount.toKzt(), r.receipts]);
 * //=> [["budget:4:104035000", "kz.bc2025.vehicle-tax-individuals", "150.00", 2]]
 * ```
 */
export function attributionTotalsOf(result: AttributionResult): AttributionTotals {
  const r = result as Partial<AttributionResult> | null;
  if (
    typeof r !== "object" ||
    r === null ||
    !Array.isArray(r.postings) ||
    !Array.isArray(r.unattributed) ||
    !(r.receiptsTotal instanceof Money)
  ) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `attributionTotalsOf needs the result of attribute(), not ${describeValue(result)}`,
    );
  }
  const rows = new Map<
    string,
    { row: Omit<AttributionTotalRow, "amount" | "receipts">; tiyn: bigint; n: number }
  >();
  for (const p of r.postings) {
    const row = { account: p.to, ebk: p.ebk ?? "", category: p.category, ruleId: p.ruleId };
    const key = rowKey(row);
    const sum = rows.get(key) ?? { row, tiyn: 0n, n: 0 };
    sum.tiyn += p.amount.tiyn;
    sum.n++;
    rows.set(key, sum);
  }
  return totalsOf(
    [...rows.values()].map(({ row, tiyn, n }) => ({ ...row, amount: Money.fromTiyn(tiyn), receipts: n })),
    {
      notes: r.postings.flatMap((p) =>
        p.note === undefined || p.to.kind === "unattributed" ? [] : [{ receiptId: p.sourceId, note: p.note }],
      ),
      unattributed: r.unattributed,
      receipts: r.postings.length,
      receiptsTotal: r.receiptsTotal,
    },
  );
}

/**
 * What each receiving account got, per EBK code and category, ordered by account id then code — the
 * table the `attribute` command prints; the same as `totalsByBudgetAndCode` of the postings.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not an {@link AttributionTotals}.
 * @category Attribution
 * @example
 * ```ts
 * const receipts = [
 *   { id: "r-1", ebk: "104402", amount: Money.kzt("100"), paymentDate: "2026-03-10", payerKind: "individual", places: { residence: "104035100" } },
 * ] as const;
 * const totals = attributeTotals(receipts, { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() });
 * totalsByAccountAndCode(totals).map((t) => [t.ebk, t.amount.toKzt(), t.postings]); //=> [["104402", "100.00", 1]]
 * ```
 */
export function totalsByAccountAndCode(totals: AttributionTotals): readonly BudgetCodeTotal[] {
  const t = totals as Partial<AttributionTotals> | null;
  if (typeof t !== "object" || t === null || !Array.isArray(t.rows)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `totalsByAccountAndCode needs attribution totals, not ${describeValue(totals)}`,
    );
  }
  const sums = new Map<string, { row: AttributionTotalRow; tiyn: bigint; n: number }>();
  for (const row of t.rows) {
    const key = `${accountId(row.account)}|${row.ebk}|${row.category ?? ""}`;
    const sum = sums.get(key) ?? { row, tiyn: 0n, n: 0 };
    sum.tiyn += row.amount.tiyn;
    sum.n += row.receipts;
    sums.set(key, sum);
  }
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { row, tiyn, n }]) => ({
      account: row.account,
      ebk: row.ebk,
      category: row.category,
      amount: Money.fromTiyn(tiyn),
      postings: n,
    }));
}
