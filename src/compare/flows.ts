import type { Account, Posting } from "../ledger/ledger.js";
import { Money } from "../money/money.js";
import type { ComparisonRow } from "./compare.js";

/**
 * What one budget account receives (positive) or pays (negative) in one year under one revenue line
 * (its EBK code) or transfer kind: a comparison row's place, with one amount.
 */
export type Flow = Omit<ComparisonRow, "baseline" | "reform" | "delta"> & { readonly amount: Money };

/** The budget side of an account, or `undefined` for the payers. */
function budgetOf(account: Account): Pick<Flow, "account" | "level" | "name"> | undefined {
  switch (account.kind) {
    case "budget":
      return { account: account.code, level: account.level, name: account.name };
    case "district_or_higher":
      return { account: account.code, level: 3, name: account.name };
    case "unattributed":
      return { account: "unattributed", level: null, name: "unattributed" };
    default:
      return undefined;
  }
}

/** The line of a posting: its EBK code, else the transfer kind its rule id names. */
export function lineOf(posting: Posting): string {
  if (posting.ebk !== undefined) return posting.ebk;
  const [head, kind] = posting.ruleId.split(".");
  return head === "transfer" && kind !== undefined ? kind : "transfers";
}

const keyOf = (f: Pick<Flow, "account" | "level" | "year" | "ebk">) =>
  `${f.level ?? "-"}|${f.account}|${f.year}|${f.ebk}`;

/**
 * The flows of a ledger summed by budget account, year and line: each posting credits its `to` budget
 * and debits its `from` budget (the payers are outside). A district's own account and its "district or
 * higher" account are one budget (level 3) here.
 */
export function flowsOf(postings: readonly Posting[]): Map<string, Flow> {
  const sums = new Map<
    string,
    { place: Omit<Flow, "amount" | "category">; category?: Flow["category"]; tiyn: bigint }
  >();
  const add = (account: Account, posting: Posting, year: number, ebk: string, tiyn: bigint) => {
    const budget = budgetOf(account);
    if (budget === undefined) return;
    const key = keyOf({ account: budget.account, level: budget.level, year, ebk });
    const sum = sums.get(key) ?? { place: { ...budget, year, ebk }, tiyn: 0n };
    sum.tiyn += tiyn;
    sum.category = posting.category;
    sums.set(key, sum);
  };
  for (const p of postings) {
    // a ledger's dates are checked ISO dates: the fiscal year is the calendar year
    const year = Number(p.date.slice(0, 4));
    const ebk = lineOf(p);
    add(p.to, p, year, ebk, p.amount.tiyn);
    add(p.from, p, year, ebk, -p.amount.tiyn);
  }
  const flows = new Map<string, Flow>();
  for (const [key, { place, category, tiyn }] of sums) {
    flows.set(key, {
      ...place,
      ...(category === undefined ? {} : { category }),
      amount: Money.fromTiyn(tiyn),
    });
  }
  return flows;
}

/** The order of flows and of what is keyed like them: level (4 first), account, year, line. */
export function compareFlows(
  x: Pick<Flow, "level" | "account" | "year"> & { readonly ebk?: string },
  y: Pick<Flow, "level" | "account" | "year"> & { readonly ebk?: string },
): number {
  const order = (f: typeof x) => [-(f.level ?? 0), f.account, f.year, f.ebk ?? ""] as const;
  const [p, q] = [order(x), order(y)];
  for (let i = 0; i < p.length; i++) {
    if (p[i] !== q[i]) return (p[i] as number | string) < (q[i] as number | string) ? -1 : 1;
  }
  return 0;
}

/** Every key of two flow maps, in a stable order: level (4 first), account, year, line. */
export function keysOf(a: Map<string, Flow>, b: Map<string, Flow>): Flow[] {
  return [...new Map([...b, ...a]).values()].sort(compareFlows);
}

export { keyOf as flowKey };
