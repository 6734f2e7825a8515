import type { IsoDate } from "../calendar/iso-date.js";
import type { Citation } from "../citation/citation.js";
import type { RevenueCategory } from "../classification/category.js";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { Money } from "../money/money.js";

/**
 * An account of the ledger:
 * - `budget` — the budget of one level (4 a fourth-level unit, 3 a district or city of regional
 *   significance, 2 a region or city of republican significance), identified by its KATO code;
 * - `district_or_higher` — revenues that are not fourth-level revenues, received by the district budget
 *   of `code` or shared with higher budgets by norms the ledger does not split;
 * - `payers` — the outside world the receipts come from;
 * - `unattributed` — receipts the caller chose to keep aside instead of failing (each with a reason).
 * @category Ledger
 */
export type Account =
  | { readonly kind: "budget"; readonly level: 2 | 3 | 4; readonly code: string; readonly name: string }
  | { readonly kind: "district_or_higher"; readonly code: string; readonly name: string }
  | { readonly kind: "payers" }
  | { readonly kind: "unattributed" };

const ACCOUNT_KINDS: readonly string[] = ["budget", "district_or_higher", "payers", "unattributed"];

/** Whether `account` is an {@link Account} (its kind, and the code, name and level its kind needs). @internal */
export function isAccount(account: unknown): account is Account {
  if (typeof account !== "object" || account === null) return false;
  const a = account as Record<string, unknown>;
  if (!ACCOUNT_KINDS.includes(a.kind as string)) return false;
  if (a.kind === "payers" || a.kind === "unattributed") return true;
  return (
    typeof a.code === "string" &&
    typeof a.name === "string" &&
    (a.kind !== "budget" || [2, 3, 4].includes(a.level as number))
  );
}

function checkAccount(account: unknown): asserts account is Account {
  if (!isAccount(account)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `${describeValue(account)} is not an account: { kind: "budget", level: 2 | 3 | 4, code, name }, { kind: "district_or_higher", code, name }, { kind: "payers" } or { kind: "unattributed" }`,
      {},
    );
  }
}

/**
 * Whether `p` has what the ledger reads of a posting: an object with a {@link Money} amount, two accounts
 * and, when it has them, an EBK code and a category as strings. @internal
 */
export function isPosting(p: unknown): p is Posting {
  if (typeof p !== "object" || p === null) return false;
  const { amount, from, to, ebk, category } = p as Partial<Posting>;
  return (
    amount instanceof Money &&
    isAccount(from) &&
    isAccount(to) &&
    (ebk === undefined || typeof ebk === "string") &&
    (category === undefined || typeof category === "string")
  );
}

/**
 * Refuses what is not an array of postings, naming the first bad one (the check is a loop, cheap beside
 * the work that follows).
 */
function checkPostings(postings: unknown): asserts postings is readonly Posting[] {
  if (!Array.isArray(postings)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `postings must be an array, not ${describeValue(postings)}`,
      {},
    );
  }
  const bad = Array.from(postings as unknown[]).findIndex((p) => !isPosting(p));
  if (bad >= 0) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `postings[${bad}] is not a posting { id, date, from, to, amount: Money, ebk?, category?, ruleId, sourceId }`,
      {},
      [{ path: [bad], code: "INVALID_INPUT", message: "not a posting" }],
    );
  }
}

/**
 * The account's identity as a string: `budget:4:104035000`, `district_or_higher:104000000`, `payers`,
 * `unattributed`.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not an account.
 * @category Ledger
 * @example
 * ```ts
 * accountId({ kind: "budget", level: 4, code: "104035000", name: "Бель-Агачский с.о." }); //=> "budget:4:104035000"
 * ```
 */
export function accountId(account: Account): string {
  checkAccount(account);
  return idOf(account);
}

/** {@link accountId} without the check, for the ledger's own loops over checked postings. */
function idOf(account: Account): string {
  switch (account.kind) {
    case "budget":
      return `budget:${account.level}:${account.code}`;
    case "district_or_higher":
      return `district_or_higher:${account.code}`;
    default:
      return account.kind;
  }
}

/**
 * A readable name of the account.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not an account.
 * @category Ledger
 * @example
 * ```ts
 * accountLabel({ kind: "budget", level: 4, code: "104035000", name: "Бель-Агачский с.о." });
 * //=> "Бель-Агачский с.о. (level 4, 104035000)"
 * ```
 */
export function accountLabel(account: Account): string {
  checkAccount(account);
  switch (account.kind) {
    case "budget":
      return `${account.name} (level ${account.level}, ${account.code})`;
    case "district_or_higher":
      return `${account.name} or higher budgets (${account.code})`;
    case "payers":
      return "payers";
    case "unattributed":
      return "unattributed";
  }
}

/**
 * One movement of money: `amount` leaves `from` and reaches `to`. Every receipt and every transfer is
 * one or more postings; the ledger is the list of them.
 * @category Ledger
 */
export interface Posting {
  /** Unique within the ledger, e.g. `"r-17"` or `"transfer:104000000>104035000:2026"`. */
  readonly id: string;
  /** The payment or transfer date, `YYYY-MM-DD`. */
  readonly date: IsoDate;
  readonly from: Account;
  readonly to: Account;
  /** Positive amount in KZT. */
  readonly amount: Money;
  /** The EBK revenue code the receiving budget books it under, when there is one. */
  readonly ebk?: string;
  /** The revenue category the receiving budget books it under; absent for an unattributed receipt whose code is not a revenue code. */
  readonly category?: RevenueCategory;
  /** The rule that decided the posting. */
  readonly ruleId: string;
  /** The legal ground of the rule. */
  readonly citation?: Citation;
  /** The id of the record (receipt, published figure) the posting comes from. */
  readonly sourceId: string;
  /** Why the money went where it did, when that is not obvious (e.g. a unit without its own budget yet). */
  readonly note?: string;
}

/**
 * An account with its balance: credits (money received) minus debits (money sent), in KZT.
 *
 * @category Ledger
 */
export interface AccountBalance {
  readonly account: Account;
  readonly balance: Money;
}

/**
 * The balance of every account touched by the postings, keyed by {@link accountId}. In a double-entry
 * ledger the balances always sum to zero.
 * @category Ledger
 * @example
 * ```ts
 * const unit = { kind: "budget", level: 4, code: "104035000", name: "Бель-Агачский с.о." } as const;
 * const district = { kind: "budget", level: 3, code: "104000000", name: "Бородулихинский район" } as const;
 * const common = { date: "2026-03-10", ruleId: "example", ebk: "104402" } as const;
 * const b = balances([
 *   { ...common, id: "r", sourceId: "r", from: { kind: "payers" }, to: unit, amount: Money.kzt("100") },
 *   { ...common, id: "s", sourceId: "s", from: district, to: unit, amount: Money.kzt("1000") },
 * ]);
 * b.get("budget:4:104035000")?.balance.toKzt(); //=> "1100.00"
 * ```
 */
export function balances(postings: readonly Posting[]): ReadonlyMap<string, AccountBalance> {
  checkPostings(postings);
  const tiyn = new Map<string, { account: Account; tiyn: bigint }>();
  const add = (account: Account, delta: bigint) => {
    const id = idOf(account);
    const entry = tiyn.get(id) ?? { account, tiyn: 0n };
    tiyn.set(id, { account, tiyn: entry.tiyn + delta });
  };
  for (const p of postings) {
    add(p.from, -p.amount.tiyn);
    add(p.to, p.amount.tiyn);
  }
  return new Map([...tiyn].map(([id, e]) => [id, { account: e.account, balance: Money.fromTiyn(e.tiyn) }]));
}

/**
 * One row of {@link totalsByBudgetAndCode}: what one account received under one EBK code.
 *
 * @category Ledger
 */
export interface BudgetCodeTotal {
  /** The receiving account. */
  readonly account: Account;
  /** The EBK revenue code; `undefined` for postings without one (e.g. a transfer). */
  readonly ebk: string | undefined;
  /** The revenue category the postings were booked under; `undefined` when they carry none. */
  readonly category: RevenueCategory | undefined;
  /** The sum of the postings' amounts, in KZT as {@link Money}. */
  readonly amount: Money;
  /** How many postings were summed (a count, not an amount). */
  readonly postings: number;
}

/**
 * What each receiving account got, per EBK code, ordered by account id then code — the table the
 * `attribute` command prints.
 * @category Ledger
 */
export function totalsByBudgetAndCode(postings: readonly Posting[]): readonly BudgetCodeTotal[] {
  checkPostings(postings);
  const rows = new Map<
    string,
    {
      account: Account;
      ebk: string | undefined;
      category: RevenueCategory | undefined;
      tiyn: bigint;
      n: number;
    }
  >();
  for (const p of postings) {
    const key = `${idOf(p.to)}|${p.ebk ?? ""}|${p.category ?? ""}`;
    const row = rows.get(key) ?? { account: p.to, ebk: p.ebk, category: p.category, tiyn: 0n, n: 0 };
    rows.set(key, { ...row, tiyn: row.tiyn + p.amount.tiyn, n: row.n + 1 });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => ({
      account: r.account,
      ebk: r.ebk,
      category: r.category,
      amount: Money.fromTiyn(r.tiyn),
      postings: r.n,
    }));
}
