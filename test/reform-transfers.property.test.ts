import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { Money } from "../src/money/money.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { resolveScenario } from "../src/scenario/load.js";
import { runScenario } from "../src/scenario/run.js";
import { isRevenueShareTransfer } from "../src/transfers/revenue-share/revenue-share-transfers.js";
import {
  attributableReceiptArb,
  isoDateArb,
  type ReceiptBody,
  scenarioReceipts,
  TERRITORY,
} from "./arbitraries/receipts.js";
import { revenueTransferChangeArb } from "./arbitraries/reforms.js";
import { BEL_AGACH_DISTRICTS } from "./fixtures/bel-agach-2026.js";

/**
 * Reform (b)'s guarantees over generated receipts (real places and codes, 2018–2027) and generated
 * targeted-transfer terms: the delivery nets to zero over all accounts and within every district (a
 * district pays exactly what its units receive), year by year; nothing is paid before the reform's
 * first day.
 */

const RUNS = { numRuns: 30 };

/** Receipts and a targeted transfer from the code of one of them, from a date. */
const caseArb = fc.array(attributableReceiptArb(), { minLength: 1, maxLength: 12 }).chain((receipts) =>
  fc.record({
    receipts: fc.constant(receipts),
    effectiveFrom: isoDateArb("2018-01-01", "2027-12-31"),
    change: revenueTransferChangeArb(fc.constantFrom(...receipts.map((r) => r.ebk))),
  }),
);

const scenario = (receipts: readonly ReceiptBody[], reforms: readonly Reform[]) => ({
  name: "generated",
  year: 2026,
  districts: BEL_AGACH_DISTRICTS,
  receipts: scenarioReceipts(receipts),
  reforms,
});

const reformOf = (effectiveFrom: string, change: Reform["changes"][number]): Reform => ({
  id: "b",
  title: "generated targeted transfer",
  effectiveFrom,
  label: { kind: "proposal", author: "fast-check", text: "a generated reform (b)" },
  changes: [change],
});

/** The district a budget account belongs to: its own code for a district, its district's for a unit. */
const districtOf = (account: string, level: number | null) =>
  level === 4 ? TERRITORY.fourthLevelUnit(account).district.code : account;

describe("reform (b): a targeted-transfer delivery over generated receipts", () => {
  it("nets to zero over all accounts and within each district, year by year, and pays nothing before its first day", () => {
    fc.assert(
      fc.property(caseArb, ({ receipts, effectiveFrom, change }) => {
        const reform = reformOf(effectiveFrom, change);
        const data = scenario(receipts, [reform]);
        for (const view of ["held_as_planned", "law_response"] as const) {
          const c = compareScenario(data, {}, view);
          for (const { delta } of c.country) expect(delta.toKzt()).toBe("0.00");
          const byDistrict = new Map<string, Money>();
          for (const r of c.rows.filter((x) => x.ebk === "targeted_current")) {
            const key = `${districtOf(r.account, r.level)}|${r.year}`;
            byDistrict.set(key, (byDistrict.get(key) ?? Money.zero).plus(r.delta));
          }
          for (const total of byDistrict.values()) expect(total.toKzt()).toBe("0.00");
          // only the transfers move: every receipt stays where the law sends it
          expect(c.rows.filter((r) => r.ebk !== "targeted_current" && !r.delta.isZero())).toEqual([]);
        }
        const paid = runScenario(resolveScenario(data)).ledger.filter(isRevenueShareTransfer);
        for (const p of paid) expect(p.date >= effectiveFrom).toBe(true);
        // what is paid is at most the share of the receipts of the code from the first day, plus the tiyn each
        // district's total of a year may round up (fewer such totals than postings)
        const { ebk, share } = change as { ebk: string; share: string };
        const counted = Money.sum(
          receipts.filter((r) => r.ebk === ebk && r.paymentDate >= effectiveFrom).map((r) => r.amount),
        );
        const bound = counted.times(share, "ceil").plus(Money.fromTiyn(BigInt(paid.length)));
        expect(Money.sum(paid.map((p) => p.amount)).compare(bound) <= 0).toBe(true);
      }),
      RUNS,
    );
  });
});
