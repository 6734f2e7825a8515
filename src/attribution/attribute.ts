import { isIsoDate } from "../calendar/iso-date.js";
import {
  categoryOnDate,
  type EbkNumberingLaw,
  ebkNumberingLawSchema,
  type RevenueCategory,
} from "../classification/category.js";
import { describeValue } from "../errors/describe.js";
import { type ErrorCode, FourthLevelError } from "../errors/error.js";
import { atPath, type Issue, type IssuePath, throwIssues } from "../errors/issue.js";
import { checkInput } from "../input/parse.js";
import type { Account, Posting } from "../ledger/ledger.js";
import { Dec, roundToBigint } from "../money/decimal.js";
import { Money } from "../money/money.js";
import { PAYER_KINDS, type RevenueRule, type RuleShare } from "../rules/rule.js";
import { type Rulebook, ruleIn } from "../rules/rulebook.js";
import { isRulebook } from "../rules/rulebook-schema.js";
import type { BudgetRef, DistrictBudgetRef, RegionBudgetRef, Territory } from "../territory/territory.js";
import { isTerritory } from "../territory/territory-schema.js";
import type { Receipt } from "./receipt.js";

/**
 * Options of {@link attribute}.
 *
 * @category Attribution
 */
export interface AttributeOptions {
  /** The rules, e.g. `kazakhstanRulebook()`. */
  readonly rulebook: Rulebook;
  /** The territory, e.g. `kazakhstanTerritory()`; its units' `ownBudgetSince` decides 2018–2019 receipts. */
  readonly territory: Territory;
  /**
   * The law whose numbering of the EBK revenue categories gives the category of a receipt kept aside in the
   * `unattributed` account, e.g. `kazakhstanLaw()`; without it such a posting has no category (attributed
   * receipts take their rule's category either way).
   */
  readonly law?: EbkNumberingLaw;
  /**
   * Post receipts that cannot be attributed (no rule, unknown code, missing or unknown place) to the
   * `unattributed` account, each with its reason, instead of failing. Default `false`.
   */
  readonly unattributed?: boolean;
}

/**
 * A receipt kept aside in the `unattributed` account, and why.
 *
 * @category Attribution
 */
export interface UnattributedReceipt {
  /** The receipt's `id`. */
  readonly receiptId: string;
  /** The receipt's amount, in KZT as {@link Money}. */
  readonly amount: Money;
  /** Why it could not be attributed: `UNKNOWN_EBK`, `NO_RULE`, `MISSING_KEY`, `UNKNOWN_KATO`… */
  readonly code: ErrorCode;
  /** The same in words (the error's message). */
  readonly reason: string;
}

/**
 * The outcome of {@link attribute}.
 *
 * @category Attribution
 */
export interface AttributionResult {
  /** One posting per receipt, `payers` → the receiving account, in input order. */
  readonly postings: readonly Posting[];
  /** The receipts kept aside (only with `unattributed: true`). */
  readonly unattributed: readonly UnattributedReceipt[];
  /** The sum of the receipts' amounts. */
  readonly receiptsTotal: Money;
  /** The sum of the postings' amounts; always equal to `receiptsTotal`. */
  readonly postedTotal: Money;
}

const PAYERS: Account = { kind: "payers" };
const UNATTRIBUTED: Account = { kind: "unattributed" };

/** The ledger account of a budget below the republican one (receipts never go to level 1 here). */
function budgetAccount(ref: BudgetRef & { readonly level: 2 | 3 | 4 }): Account {
  return { kind: "budget", level: ref.level, code: ref.code, name: ref.nameRu };
}

/** The category of an unattributed receipt's code under the law's EBK numbering, if it is a revenue code. @internal */
export function categoryIfRevenueCode(
  receipt: Receipt,
  law: EbkNumberingLaw | undefined,
): { category?: RevenueCategory } {
  if (law === undefined) return {};
  try {
    return { category: categoryOnDate(receipt.ebk, receipt.paymentDate, law) };
  } catch (e) {
    if (e instanceof FourthLevelError) return {};
    throw e;
  }
}

/** The account a rule (or one of its shares: `key`, `recipient`) sends one receipt to, and a note when the way there needs saying. */
function destination(
  rule: RevenueRule,
  receipt: Receipt,
  territory: Territory,
  { key, recipient }: Pick<RevenueRule, "key" | "recipient"> = rule,
): { to: Account; note?: string } {
  const code = receipt.places[key];
  if (code === undefined || code === "") {
    throw new FourthLevelError(
      "MISSING_KEY",
      `receipt ${receipt.id}: EBK ${receipt.ebk} is attributed by ${key} (rule ${rule.id}), but the receipt has no ${key} KATO code`,
      { receiptId: receipt.id, key, ruleId: rule.id },
    );
  }
  const owner = territory.budgetOwnerOn(code, receipt.paymentDate);
  if (recipient === "fourth_level" && owner.kind === "fourth_level") {
    return { to: budgetAccount(owner.unit) };
  }
  const upper: DistrictBudgetRef | RegionBudgetRef = owner.district ?? owner.region;
  if (recipient === "district_or_higher") {
    return { to: { kind: "district_or_higher", code: upper.code, name: upper.nameRu } };
  }
  return {
    to: budgetAccount(upper),
    ...(owner.kind === "outside_fourth_level" ? { note: owner.reason } : {}),
  };
}

/**
 * Attributes receipts to budgets: for each receipt, the one rule in force on its payment date for its
 * EBK code and payer kind (see {@link ruleFor}) names the place that decides; the territory says which
 * fourth-level unit (if it had its own budget that day) or district owns that place. Each receipt becomes
 * one posting `payers → budget` carrying the rule id and citation, so every tenge is conserved.
 *
 * All problems are collected before anything is returned: a receipt whose rule needs a place it lacks
 * (`MISSING_KEY`), under an unknown code (`UNKNOWN_EBK`), with no rule on its date (`NO_RULE`) or an
 * unknown KATO code (`UNKNOWN_KATO`) is reported with its index and id — or, with
 * `unattributed: true`, posted to the `unattributed` account with its reason.
 *
 * @category Attribution
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem (each issue carries its own
 * code), when `unattributed` is not set; also for duplicate receipt ids or non-positive amounts.
 * @example
 * ```ts
 * const receipts = [
 *   { id: "r-1", ebk: "104402", amount: Money.kzt("21625"), paymentDate: "2026-03-10", payerKind: "individual", places: { residence: "104035100" } },
 *   { id: "r-2", ebk: "101201", amount: Money.kzt("5000"), paymentDate: "2026-03-10", payerKind: "individual", places: { legal_seat: "104035100" } },
 * ] as const;
 * const result = attribute(receipts, { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() });
 * result.postedTotal.equals(result.receiptsTotal); //=> true
 * // vehicle tax of individuals to the village's unit (BC2025 Art. 27), IIT withheld at source to the district
 * result.postings.map((p) => accountId(p.to)); //=> ["budget:4:104035000", "district_or_higher:104000000"]
 * ```
 */
export function attribute(receipts: readonly Receipt[], options: AttributeOptions): AttributionResult {
  checkCall(receipts, options);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const postings: Posting[] = [];
  const unattributed: UnattributedReceipt[] = [];
  Array.from(receipts).forEach((receipt, i) => {
    const shape = shapeIssues(receipt, [i]);
    if (shape.length === 0 && seen.has(receipt.id)) {
      shape.push({
        path: [i, "id"],
        code: "INVALID_INPUT",
        message: `receipt id ${JSON.stringify(receipt.id)} is used twice`,
      });
    }
    if (shape.length > 0) {
      issues.push(...shape);
      return;
    }
    seen.add(receipt.id);
    try {
      postings.push(...checkedPostings(receipt, options.rulebook, options.territory));
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      if (options.unattributed === true) {
        unattributed.push({ receiptId: receipt.id, amount: receipt.amount, code: e.code, reason: e.message });
        postings.push({
          id: receipt.id,
          date: receipt.paymentDate,
          from: PAYERS,
          to: UNATTRIBUTED,
          amount: receipt.amount,
          ebk: receipt.ebk,
          ...categoryIfRevenueCode(receipt, options.law),
          ruleId: "unattributed",
          sourceId: receipt.id,
          note: e.message,
        });
      } else {
        issues.push({ path: [i, ...fieldOf(e)], message: e.message, code: e.code });
      }
    }
  });
  throwIssues(`receipts: ${issues.length} problem(s) in ${receipts.length} receipt(s)`, issues);
  return {
    postings,
    unattributed,
    receiptsTotal: Money.sum(receipts.map((r) => r.amount)),
    postedTotal: Money.sum(postings.map((p) => p.amount)),
  };
}

/** The field of a receipt an attribution error is about, as a path (`["places", "residence"]`, `["ebk"]`; `[]` the receipt). */
function fieldOf(e: FourthLevelError): IssuePath {
  switch (e.code) {
    case "MISSING_KEY":
      return ["places", String(e.details.key)];
    case "UNKNOWN_KATO":
      return ["places"];
    case "UNKNOWN_EBK":
      return ["ebk"];
    default:
      return [];
  }
}

/** Refuses a call whose receipts are not an array or whose options lack the rulebook and the territory. @internal */
export function checkCall(receipts: unknown, options: unknown): void {
  const o = (typeof options === "object" && options !== null ? options : {}) as Partial<AttributeOptions>;
  const issues: Issue[] = [
    ...(Array.isArray(receipts)
      ? []
      : [issueAt(["receipts"], `must be an array of receipts, not ${describeValue(receipts)}`)]),
    ...(isRulebook(o.rulebook)
      ? []
      : [issueAt(["options", "rulebook"], "must be a rulebook, e.g. kazakhstanRulebook()")]),
    ...(isTerritory(o.territory)
      ? []
      : [issueAt(["options", "territory"], "must be a territory, e.g. kazakhstanTerritory()")]),
    ...(o.unattributed === undefined || typeof o.unattributed === "boolean"
      ? []
      : [issueAt(["options", "unattributed"], "must be true or false")]),
    ...(o.law === undefined
      ? []
      : atPath(["options", "law"], checkInput(ebkNumberingLawSchema, o.law, "law", lawOnly).issues)),
  ];
  throwIssues("receipts to attribute", issues);
}

const issueAt = (path: IssuePath, message: string): Issue => ({ path, code: "INVALID_INPUT", message });

/** A law is looked into for forbidden keys only in the part read (its numbering): it holds thousands of values. */
const lawOnly = { opaque: ["revenueRules", "revenueLists", "transfers", "planning", "parameters"] };

/**
 * Problems with a receipt's own fields (for callers who build receipts in code, e.g. from plain
 * JavaScript): a loop of checks rather than a schema, because it runs once per receipt on millions.
 * @internal
 */
export function shapeIssues(r: Receipt, path: IssuePath): Issue[] {
  if (typeof r !== "object" || r === null)
    return [issueAt(path, `must be a receipt object, not ${describeValue(r)}`)];
  const issues: Issue[] = [];
  const add = (field: string, message: string) => issues.push(issueAt([...path, field], message));
  if (typeof r.id !== "string" || r.id === "") add("id", "must be a non-empty string");
  if (typeof r.ebk !== "string") add("ebk", 'must be a 6-digit EBK code as a string, e.g. "104402"');
  if (!(r.amount instanceof Money)) add("amount", 'must be a Money value, e.g. Money.kzt("21625")');
  else if (r.amount.tiyn <= 0n) add("amount", `amount ${r.amount.toKzt()} KZT must be positive`);
  if (!isIsoDate(r.paymentDate))
    add("paymentDate", `${describeValue(r.paymentDate)} is not a date YYYY-MM-DD`);
  if (!PAYER_KINDS.includes(r.payerKind)) add("payerKind", `must be one of ${PAYER_KINDS.join(", ")}`);
  if (typeof r.places !== "object" || r.places === null || Array.isArray(r.places)) {
    add("places", "must be an object of KATO codes by key");
  } else {
    for (const [key, code] of Object.entries(r.places)) {
      if (typeof code !== "string")
        issues.push(issueAt([...path, "places", key], "must be a 9-digit KATO code as a string"));
    }
  }
  return issues;
}

/**
 * The posting one receipt gets under the rules, or the reason it cannot be attributed: what
 * {@link attribute} does for each receipt, for readers that check a file against the rules as they read it.
 * @category Attribution
 * @throws {@link FourthLevelError} `UNKNOWN_EBK`, `NO_RULE`, `MISSING_KEY` or `UNKNOWN_KATO`;
 *   `INVALID_DATE` for a payment date that is not a real `YYYY-MM-DD` date; `INVALID_INPUT` when the rule
 *   splits the receipt into shares (a reform's rule, see {@link RuleShare}): {@link attribute} posts them.
 */
export function postingFor(receipt: Receipt, rulebook: Rulebook, territory: Territory): Posting {
  checkCall([], { rulebook, territory });
  throwIssues("receipt", shapeIssues(receipt, ["receipt"]));
  const rule = ruleIn(rulebook, receipt.ebk, receipt.paymentDate, receipt.payerKind);
  if ((rule.shares ?? []).length > 0) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `receipt ${receipt.id}: rule ${rule.id} splits it into shares, so it gets several postings: use attribute`,
      { receiptId: receipt.id, ruleId: rule.id },
    );
  }
  return checkedPostings(receipt, rulebook, territory)[0] as Posting;
}

/** The parts of a receipt under a rule's shares: each share's part, then the remainder, all whole tiyn. */
function shareParts(amount: Money, shares: readonly RuleShare[]): { parts: Money[]; rest: Money } {
  let running = new Dec(0);
  let before = 0n;
  const parts = shares.map((s) => {
    running = running.plus(s.share);
    const upTo = roundToBigint(running.times(amount.tiyn.toString()), s.rounding);
    const part = upTo - before;
    before = upTo;
    return Money.fromTiyn(part);
  });
  return { parts, rest: Money.fromTiyn(amount.tiyn - before) };
}

/**
 * The postings of one receipt under the rules, on a receipt and arguments already checked: one posting
 * by the rule's key, or, under a rule with shares, one per share and one for the remainder (parts of
 * zero tiyn are not posted); the postings sum to the receipt's amount exactly.
 */
function checkedPostings(receipt: Receipt, rulebook: Rulebook, territory: Territory): Posting[] {
  const rule = ruleIn(rulebook, receipt.ebk, receipt.paymentDate, receipt.payerKind);
  const shares = rule.shares ?? [];
  if (shares.length === 0) return [posting(receipt, rule, destination(rule, receipt, territory))];
  const { parts, rest } = shareParts(receipt.amount, shares);
  const sharePostings = shares.flatMap((s, i) => {
    const part = parts[i] as Money;
    if (part.isZero()) return [];
    const { to, note } = destination(rule, receipt, territory, s);
    const why = `share ${s.share} keyed on ${s.key} (${s.rounding})`;
    return [
      posting(receipt, rule, { to, note: note === undefined ? why : `${why}; ${note}` }, part, `#${i + 1}`),
    ];
  });
  return rest.isZero()
    ? sharePostings
    : [posting(receipt, rule, destination(rule, receipt, territory), rest), ...sharePostings];
}

/** The posting of (a part of) a receipt under a rule. */
function posting(
  receipt: Receipt,
  rule: RevenueRule,
  { to, note }: { to: Account; note?: string },
  amount: Money = receipt.amount,
  idSuffix = "",
): Posting {
  // An object literal, not a spread of shared fields: the spread made attribution 2.5 times slower
  // (npm run bench).
  return {
    id: receipt.id + idSuffix,
    date: receipt.paymentDate,
    from: PAYERS,
    to,
    amount,
    ebk: receipt.ebk,
    category: rule.category,
    ruleId: rule.id,
    citation: rule.citation,
    sourceId: receipt.id,
    ...(note === undefined ? {} : { note }),
  };
}

/** The issue a receipt that cannot be attributed gives, with the field it is about, or none. @internal */
export function attributionIssue(
  receipt: Receipt,
  rulebook: Rulebook,
  territory: Territory,
): { readonly field: IssuePath; readonly code: ErrorCode; readonly message: string } | undefined {
  try {
    checkedPostings(receipt, rulebook, territory);
    return undefined;
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    return { field: fieldOf(e), code: e.code, message: e.message };
  }
}
