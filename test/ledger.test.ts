import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../src/calendar/iso-date.js";
import {
  type Account,
  accountId,
  accountLabel,
  balances,
  totalsByBudgetAndCode,
} from "../src/ledger/ledger.js";
import { Money } from "../src/money/money.js";
import {
  budgetAccountArb,
  postingArb,
  postingsArb,
  RULEBOOK_CODES,
  tiynByAccount,
} from "./arbitraries/receipts.js";

const transferArb = postingArb(budgetAccountArb, budgetAccountArb)
  .filter((p) => accountId(p.from) !== accountId(p.to))
  .map((p) => ({ ...p, id: "transfer", sourceId: "transfer", category: "transfers" as const }));

describe("ledger balance (invariant 4)", () => {
  it("property: the balances of all accounts sum to zero for any postings", () => {
    fc.assert(
      fc.property(postingsArb(), (postings) => {
        const total = Money.sum([...balances(postings).values()].map((b) => b.balance));
        expect(total.tiyn).toBe(0n);
      }),
      { numRuns: 500 },
    );
  });

  it("property: a transfer budget → budget debits one budget and credits another by the same amount, nothing else moves", () => {
    fc.assert(
      fc.property(postingsArb(), transferArb, (postings, transfer) => {
        const before = tiynByAccount(balances(postings));
        const after = tiynByAccount(balances([...postings, transfer]));
        const from = accountId(transfer.from);
        const to = accountId(transfer.to);
        const ids = new Set([...before.keys(), ...after.keys()]);
        for (const id of ids) {
          const delta = (after.get(id) ?? 0n) - (before.get(id) ?? 0n);
          const expected = id === from ? -transfer.amount.tiyn : id === to ? transfer.amount.tiyn : 0n;
          expect(delta).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("property: balances do not depend on the order of the postings", () => {
    const arb = postingsArb().chain((ps) =>
      fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length })),
    );
    fc.assert(
      fc.property(arb, ([ps, shuffled]) => {
        expect(tiynByAccount(balances(shuffled))).toEqual(tiynByAccount(balances(ps)));
      }),
      { numRuns: 300 },
    );
  });

  it("property: totalsByBudgetAndCode credits each receiving account with exactly what was posted to it", () => {
    fc.assert(
      fc.property(postingsArb(), (postings) => {
        const rows = totalsByBudgetAndCode(postings);
        expect(rows.reduce((n, r) => n + r.postings, 0)).toBe(postings.length);
        const credited = new Map<string, bigint>();
        for (const p of postings)
          credited.set(accountId(p.to), (credited.get(accountId(p.to)) ?? 0n) + p.amount.tiyn);
        const byRows = new Map<string, bigint>();
        for (const r of rows)
          byRows.set(accountId(r.account), (byRows.get(accountId(r.account)) ?? 0n) + r.amount.tiyn);
        expect(byRows).toEqual(credited);
        // ordered by account id, then code
        const keys = rows.map((r) => `${accountId(r.account)}|${r.ebk ?? ""}`);
        expect(keys).toEqual([...keys].sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe("ledger examples (hand-computed)", () => {
  const unit: Account = { kind: "budget", level: 4, code: "104035000", name: "Бель-Агачский с.о." };
  const district: Account = { kind: "budget", level: 3, code: "104000000", name: "Бородулихинский район" };
  const base = { date: "2026-03-10" as IsoDate, ruleId: "test", ebk: RULEBOOK_CODES[0] as string };

  it("a receipt, a subvention and a withdrawal", () => {
    // payers → unit 100.00; district → unit 1 000.00; unit → district 250.50
    // unit: 100.00 + 1 000.00 − 250.50 = 849.50; district: −1 000.00 + 250.50 = −749.50; payers −100.00
    const b = balances([
      { ...base, id: "r", sourceId: "r", from: { kind: "payers" }, to: unit, amount: Money.kzt("100") },
      { ...base, id: "s", sourceId: "s", from: district, to: unit, amount: Money.kzt("1000") },
      { ...base, id: "w", sourceId: "w", from: unit, to: district, amount: Money.kzt("250.50") },
    ]);
    expect(b.get("budget:4:104035000")?.balance.toKzt()).toBe("849.50");
    expect(b.get("budget:3:104000000")?.balance.toKzt()).toBe("-749.50");
    expect(b.get("payers")?.balance.toKzt()).toBe("-100.00");
    expect(b.size).toBe(3);
  });

  it("names accounts", () => {
    expect(accountId(unit)).toBe("budget:4:104035000");
    expect(accountId({ kind: "district_or_higher", code: "104000000", name: "x" })).toBe(
      "district_or_higher:104000000",
    );
    expect(accountLabel(unit)).toBe("Бель-Агачский с.о. (level 4, 104035000)");
    expect(balances([]).size).toBe(0);
  });
});
