import type { EbkNumberingLaw } from "../../classification/category.js";
import type { ErrorCode } from "../../errors/error.js";
import type { IssuePath } from "../../errors/issue.js";
import { accountId, type Posting } from "../../ledger/ledger.js";
import { ATTRIBUTION_KEYS, PAYER_KINDS, type PayerKind } from "../../rules/rule.js";
import type { Rulebook } from "../../rules/rulebook.js";
import type { Territory } from "../../territory/territory.js";
import {
  attributionIssue,
  categoryIfRevenueCode,
  postingFor,
  type UnattributedReceipt,
} from "../attribute.js";
import type { Receipt } from "../receipt.js";
import { dateNumber } from "./numbers.js";
import { addBigReceipt, addOther, addToCell, countReceipt, type Sums } from "./sums.js";
import type { AttributionTables } from "./tables.js";
import { destinationOf, ruleOf } from "./tables.js";
import type { AttributionNote } from "./totals.js";

/*
 * The exact way of one receipt to the totals, given as an object: the tables take it when they can (one
 * rule, a known place), and otherwise `attribute`'s own functions say what happens — its error, its
 * unattributed posting, or its posting — so that messages and outcomes cannot drift from `attribute`.
 */

/** Where a problem of a receipt is reported: its index in the input and the field, as `attribute` names it. */
export type ReportIssue = (index: number, field: IssuePath, code: ErrorCode, message: string) => void;

/** The state of one bulk attribution: the tables, the running sums and the lists that go with them. */
export interface Route {
  readonly tables: AttributionTables;
  readonly rulebook: Rulebook;
  readonly territory: Territory;
  readonly law: EbkNumberingLaw | undefined;
  readonly unattributed: boolean;
  readonly sums: Sums;
  readonly notes: AttributionNote[];
  readonly kept: UnattributedReceipt[];
  readonly report: ReportIssue;
  /** KATO code → place index, and EBK code → code index, for receipts given as text. */
  readonly placeByCode: ReadonlyMap<string, number>;
  readonly ebkByCode: ReadonlyMap<string, number>;
  /** Per place: the reason it lies outside any unit, once read (the territory's own words). */
  readonly outsideReasons: (string | undefined)[];
}

/** The index of a payer kind in `PAYER_KINDS`, or -1. */
export const kindIndex = (kind: unknown): number => PAYER_KINDS.indexOf(kind as PayerKind);

/** A new route over compiled tables; `sums` start empty. */
export function createRoute(
  fields: Omit<Route, "notes" | "kept" | "placeByCode" | "ebkByCode" | "outsideReasons">,
): Route {
  const { tables } = fields;
  return {
    ...fields,
    notes: [],
    kept: [],
    placeByCode: new Map(tables.placeCodes.map((code, i) => [code, i])),
    ebkByCode: new Map(tables.ebkCodes.map((code, i) => [code, i])),
    outsideReasons: [],
  };
}

/** The note of a receipt that a rule for the fourth level sends to the district (or region) budget. */
export function noteFor(route: Route, place: number, paymentDate: string): string {
  const code = route.tables.placeCodes[place] as string;
  if ((route.tables.placeUnit[place] as number) >= 0) {
    // the unit had no budget of its own yet on that day: the territory says so, with the date
    return (route.territory.budgetOwnerOn(code, paymentDate as Receipt["paymentDate"]) as { reason: string })
      .reason;
  }
  route.outsideReasons[place] ??= (route.territory.owner(code) as { reason: string }).reason;
  return route.outsideReasons[place] as string;
}

/**
 * Posts a receipt the tables took: rule `rule` keyed on place `place`, paid on `date` (a date number).
 * `tiyn` is the amount when it is a safe integer, else `bigTiyn` holds it.
 */
export function postByTables(
  route: Route,
  rule: number,
  place: number,
  date: number,
  tiyn: number,
  bigTiyn: bigint | undefined,
  receipt: { readonly id: string; readonly paymentDate: string },
): void {
  const destination = destinationOf(route.tables, rule, place, date);
  const account = destination < 0 ? -1 - destination : destination;
  const cell = account * route.sums.width + rule;
  if (bigTiyn === undefined) {
    addToCell(route.sums, cell, tiyn);
    countReceipt(route.sums, tiyn);
  } else {
    addBigReceipt(route.sums, cell, bigTiyn);
  }
  if (destination < 0) {
    route.notes.push({ receiptId: receipt.id, note: noteFor(route, place, receipt.paymentDate) });
  }
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Adds a posting made by `postingFor` (a way the tables did not take) to the sums. */
function addPosting(route: Route, posting: Posting): void {
  const rule = route.tables.rules.findIndex((r) => r.id === posting.ruleId);
  const account = route.tables.accounts.findIndex((a) => accountId(a) === accountId(posting.to));
  const tiyn = posting.amount.tiyn;
  if (rule >= 0 && account >= 0) {
    addBigReceipt(route.sums, account * route.sums.width + rule, tiyn);
  } else {
    const { to, ebk = "", category, ruleId } = posting;
    addOther(route.sums, { account: to, ebk, category, ruleId }, tiyn);
  }
  if (posting.note !== undefined) route.notes.push({ receiptId: posting.sourceId, note: posting.note });
}

/**
 * A receipt the tables could not take: `attribute`'s own check says why (reported, or kept in the
 * unattributed account when the route keeps them), or gives its posting.
 */
export function postExactly(route: Route, receipt: Receipt, index: number): void {
  const problem = attributionIssue(receipt, route.rulebook, route.territory);
  if (problem === undefined) {
    addPosting(route, postingFor(receipt, route.rulebook, route.territory));
  } else if (route.unattributed) {
    route.kept.push({
      receiptId: receipt.id,
      amount: receipt.amount,
      code: problem.code,
      reason: problem.message,
    });
    const { category } = categoryIfRevenueCode(receipt, route.law);
    addOther(
      route.sums,
      { account: { kind: "unattributed" }, ebk: receipt.ebk, category, ruleId: "unattributed" },
      receipt.amount.tiyn,
    );
  } else {
    route.report(index, problem.field, problem.code, problem.message);
  }
}

/**
 * Attributes one receipt whose fields are known to be well formed (as `attribute` checks them): by the
 * tables when they can take it, else exactly as `attribute` does.
 */
export function postReceipt(
  route: Route,
  receipt: Receipt,
  index: number,
  date = dateNumber(receipt.paymentDate),
): void {
  const ebk = route.ebkByCode.get(receipt.ebk);
  const rule = ebk === undefined ? -1 : ruleOf(route.tables, ebk, kindIndex(receipt.payerKind), date);
  const code =
    rule < 0
      ? undefined
      : receipt.places[ATTRIBUTION_KEYS[route.tables.ruleKey[rule] as number] as "residence"];
  const place = code === undefined ? undefined : route.placeByCode.get(code);
  if (place === undefined) {
    postExactly(route, receipt, index);
    return;
  }
  const tiyn = receipt.amount.tiyn;
  const small = tiyn <= SAFE;
  postByTables(route, rule, place, date, small ? Number(tiyn) : 0, small ? undefined : tiyn, receipt);
}
