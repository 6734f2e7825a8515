import type { Issue } from "../../errors/issue.js";
import { throwIssues } from "../../errors/issue.js";
import { Money } from "../../money/money.js";
import { type AttributeOptions, checkCall, shapeIssues } from "../attribute.js";
import type { Receipt } from "../receipt.js";
import { hashList, idHash, pushHash, repeatedHashes, sortedHashes } from "./ids.js";
import { dateNumber } from "./numbers.js";
import { createRoute, kindIndex, postReceipt, type Route } from "./route.js";
import { emptySums, receiptsTotal, rowsOfSums } from "./sums.js";
import { compileAttribution } from "./tables.js";
import { type AttributionTotals, totalsOf } from "./totals.js";

/**
 * Whether every value of `places` is a string (what `attribute` asks of a receipt's places); inherited
 * keys are looked at too, so this may say no where `attribute` says yes, never the other way round.
 */
function placesAreText(places: unknown): boolean {
  if (typeof places !== "object" || places === null || Array.isArray(places)) return false;
  for (const key in places) {
    if (typeof (places as Record<string, unknown>)[key] !== "string") return false;
  }
  return true;
}

/**
 * The payment date of a receipt as a date number when the receipt has the shape `attribute` asks for,
 * else -1: the fast check before the exact one (which alone words the problems).
 */
function shapedDate(r: Receipt): number {
  const shaped =
    typeof r === "object" &&
    r !== null &&
    typeof r.id === "string" &&
    r.id !== "" &&
    typeof r.ebk === "string" &&
    r.amount instanceof Money &&
    r.amount.tiyn > 0n &&
    typeof r.paymentDate === "string" &&
    kindIndex(r.payerKind) >= 0 &&
    placesAreText(r.places);
  return shaped ? dateNumber(r.paymentDate) : -1;
}

/** The totals a route has summed. */
export function finishRoute(route: Route): AttributionTotals {
  return totalsOf(rowsOfSums(route.sums, route.tables), {
    notes: route.notes,
    unattributed: route.kept,
    receipts: route.sums.receipts,
    receiptsTotal: receiptsTotal(route.sums),
  });
}

/**
 * Attributes receipts to totals — per account × EBK code × rule, with the number of receipts — without
 * making one posting per receipt: the same figures as {@link attribute} followed by
 * {@link attributionTotalsOf}, the same notes, the same unattributed receipts and the same errors, several
 * times faster and in memory that does not grow with the receipts. The rules and the territory are
 * compiled once per call to tables of small integers; money is summed in whole tiyn, exactly.
 *
 * Use {@link attribute} when you need each receipt's posting (an audit trail, a small batch); this for
 * totals of many receipts. For a CSV file see `attributeReceiptsCsv`, and in Node.js
 * `attributeReceiptsCsvFile` (fourth-level-budget/node), which reads any size on all cores.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem, as {@link attribute} does.
 * @category Attribution
 * @example
 * ```ts
 * const receipts = [
 *   { id: "r-1", ebk: "104402", amount: Money.kzt("21625"), paymentDate: "2026-03-10", payerKind: "individual", places: { residence: "104035100" } },
 *   { id: "r-2", ebk: "101201", amount: Money.kzt("5000"), paymentDate: "2026-03-10", payerKind: "individual", places: { legal_seat: "104035100" } },
 * ] as const;
 * const totals = attributeTotals(receipts, { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() });
 * totals.rows.map((r) => [accountId(r.account), r.ebk, r.amount.toKzt(), r.receipts]);
 * //=> [["budget:4:104035000", "104402", "21625.00", 1], ["district_or_higher:104000000", "101201", "5000.00", 1]]
 * totals.postedTotal.equals(totals.receiptsTotal); //=> true
 * ```
 */
export function attributeTotals(receipts: readonly Receipt[], options: AttributeOptions): AttributionTotals {
  checkCall(receipts, options);
  const issues: Issue[] = [];
  const tables = compileAttribution(options.rulebook, options.territory);
  const route = createRoute({
    tables,
    rulebook: options.rulebook,
    territory: options.territory,
    law: options.law,
    unattributed: options.unattributed === true,
    sums: emptySums(tables),
    report: (index, field, code, message) => issues.push({ path: [index, ...field], message, code }),
  });
  const hashes = hashList(receipts.length);
  for (let i = 0; i < receipts.length; i++) {
    const receipt = receipts[i] as Receipt;
    const date = shapedDate(receipt);
    const shape = date < 0 ? shapeIssues(receipt, [i]) : [];
    if (shape.length > 0) {
      issues.push(...shape);
    } else {
      pushHash(hashes, idHash(receipt.id));
      postReceipt(route, receipt, i, date < 0 ? dateNumber(receipt.paymentDate) : date);
    }
  }
  const all = withDuplicates(receipts, issues, repeatedHashes([sortedHashes(hashes)]));
  throwIssues(`receipts: ${all.length} problem(s) in ${receipts.length} receipt(s)`, all);
  return finishRoute(route);
}

/**
 * The issues with the duplicate ids among receipts whose id hash is repeated: as `attribute` does, a
 * receipt whose id was used before is reported as such, instead of anything its attribution said.
 */
function withDuplicates(
  receipts: readonly Receipt[],
  issues: Issue[],
  repeated: ReadonlySet<number>,
): Issue[] {
  if (repeated.size === 0) return issues;
  const first = new Set<string>();
  const duplicates = new Map<number, Issue>();
  receipts.forEach((receipt, i) => {
    if (shapeIssues(receipt, [i]).length > 0 || !repeated.has(idHash(receipt.id))) return;
    if (!first.has(receipt.id)) first.add(receipt.id);
    else
      duplicates.set(i, {
        path: [i, "id"],
        code: "INVALID_INPUT",
        message: `receipt id ${JSON.stringify(receipt.id)} is used twice`,
      });
  });
  const kept = issues.filter((issue) => !duplicates.has(issue.path[0] as number));
  return [...kept, ...duplicates.values()].sort((a, b) => (a.path[0] as number) - (b.path[0] as number));
}
