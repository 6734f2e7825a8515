import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { type Account, accountId, balances } from "../../ledger/ledger.js";
import { Money } from "../../money/money.js";
import type { DistrictAccount, TransferInput, UnitAccount } from "./transfer-input.js";
import { transferPostings } from "./transfer-postings.js";

const RUNS = { numRuns: 300 };
const district: DistrictAccount = { kind: "budget", level: 3, code: "394800000", name: "Камыстинский район" };
const units: readonly UnitAccount[] = [1, 2, 3, 4].map((n) => ({
  kind: "budget",
  level: 4,
  code: `3948${n}5000`,
  name: `unit ${n}`,
}));

/** A valid transfer between the district and one of its units: kind, direction, date 2018-2030, amount in tiyn. */
const transfer = fc
  .record({
    kind: fc.constantFrom(
      "subvention",
      "budget_withdrawal",
      "targeted_current_down",
      "targeted_current_up",
      "targeted_development",
    ),
    unit: fc.constantFrom(...units),
    date: fc.date({
      min: new Date("2018-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    tiyn: fc.bigInt({ min: 1n, max: 10n ** 14n }),
  })
  .map(({ kind, unit, date, tiyn }) => {
    const up = kind === "budget_withdrawal" || kind === "targeted_current_up";
    return {
      kind: kind.startsWith("targeted_current") ? "targeted_current" : kind,
      from: up ? unit : district,
      to: up ? district : unit,
      date: date.toISOString().slice(0, 10),
      amount: Money.fromTiyn(tiyn),
    } as Omit<TransferInput, "sourceId">;
  });
const withIds = (ts: readonly Omit<TransferInput, "sourceId">[]): TransferInput[] =>
  ts.map((t, i) => ({ ...t, sourceId: `s-${i}` }) as TransferInput);
const balanceOf = (ps: ReturnType<typeof transferPostings>, a: Account) =>
  balances(ps).get(accountId(a))?.balance ?? Money.zero;

describe("transfer postings are double entries", () => {
  it("each transfer debits one account and credits the other by the same amount", () => {
    fc.assert(
      fc.property(transfer, (t) => {
        const [p] = transferPostings(withIds([t]), KZ_LAW);
        expect(p).toBeDefined();
        if (p === undefined) return;
        expect(accountId(p.from)).not.toBe(accountId(p.to));
        expect(balanceOf([p], t.from).equals(t.amount.negate())).toBe(true);
        expect(balanceOf([p], t.to).equals(t.amount)).toBe(true);
      }),
      RUNS,
    );
  });

  it("all balances sum to zero, so transfers between a district and its units net to zero in consolidation", () => {
    fc.assert(
      fc.property(fc.array(transfer, { maxLength: 30 }), (ts) => {
        const ps = transferPostings(withIds(ts), KZ_LAW);
        const all = [...balances(ps).values()].map((b) => b.balance);
        expect(Money.sum(all).isZero()).toBe(true);
        // the district's balance is exactly the opposite of its units' balances together
        const unitsTotal = Money.sum(units.map((u) => balanceOf(ps, u)));
        expect(balanceOf(ps, district).plus(unitsTotal).isZero()).toBe(true);
      }),
      RUNS,
    );
  });
});
