import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idHash, idHashOfBytes } from "../../src/attribution/totals/ids.js";
import {
  addToCell,
  countReceipt,
  emptySums,
  mergeSums,
  receiptsTotal,
  rowsOfSums,
} from "../../src/attribution/totals/sums.js";
import {
  attribute,
  attributeTotals,
  attributionTotalsOf,
  kazakhstanLaw,
  Money,
  type Receipt,
  totalsByAccountAndCode,
  totalsByBudgetAndCode,
} from "../../src/index.js";
import {
  anyReceiptArb,
  mixedReceiptsArb,
  RULEBOOK,
  receiptsArb,
  territoryArb,
  TERRITORY_EARLY_UNITS as territoryArbValue,
  withIds,
} from "../arbitraries/receipts.js";

/** An outcome as comparable text: the value, or the error's code, message and issues. */
function outcome(run: () => unknown): string {
  try {
    return JSON.stringify(run(), (_k, v) => (v instanceof Money ? `${v.tiyn}t` : v));
  } catch (e) {
    const error = e as { code?: string; message?: string; issues?: unknown };
    return `error ${error.code} ${error.message} ${JSON.stringify(error.issues)}`;
  }
}

const law = kazakhstanLaw();

/** Receipts that are not all well formed: duplicates, non-Money amounts, bad dates, nulls. */
const brokenReceiptsArb = fc
  .tuple(
    mixedReceiptsArb,
    fc.array(
      fc.constantFrom<(r: Receipt) => unknown>(
        (r) => r,
        (r) => ({ ...r, id: "r-0" }),
        (r) => ({ ...r, amount: r.amount.tiyn }),
        (r) => ({ ...r, amount: Money.zero }),
        (r) => ({ ...r, paymentDate: "2025-02-29" }),
        (r) => ({ ...r, payerKind: "someone" }),
        (r) => ({ ...r, places: { residence: 104035100 } }),
        () => null,
      ),
      { maxLength: 30 },
    ),
  )
  .map(([receipts, breaks]) => receipts.map((r, i) => (breaks[i] ?? ((x: Receipt) => x))(r)) as Receipt[]);

describe("attributeTotals: the postings of attribute() summed, without the postings", () => {
  it("gives the same rows, notes, unattributed receipts and totals, to the tiyn (property)", () => {
    fc.assert(
      fc.property(mixedReceiptsArb, territoryArb, fc.boolean(), (receipts, territory, unattributed) => {
        const options = { rulebook: RULEBOOK, territory, law, unattributed };
        const fast = outcome(() => attributeTotals(receipts, options));
        expect(fast).toBe(outcome(() => attributionTotalsOf(attribute(receipts, options))));
      }),
      { numRuns: 60 },
    );
  });

  it("reports the same problems as attribute() for receipts that are not well formed (property)", () => {
    fc.assert(
      fc.property(brokenReceiptsArb, fc.boolean(), (receipts, unattributed) => {
        const options = { rulebook: RULEBOOK, territory: territoryArbValue, law, unattributed };
        expect(outcome(() => attributeTotals(receipts, options))).toBe(
          outcome(() => attributionTotalsOf(attribute(receipts, options))),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("rolls up to the table of totalsByBudgetAndCode", () => {
    fc.assert(
      fc.property(receiptsArb(anyReceiptArb), (receipts) => {
        const options = { rulebook: RULEBOOK, territory: territoryArbValue, unattributed: true };
        const rolled = totalsByAccountAndCode(attributeTotals(receipts, options));
        expect(outcome(() => rolled)).toBe(
          outcome(() => totalsByBudgetAndCode(attribute(receipts, options).postings)),
        );
      }),
      { numRuns: 30 },
    );
  });

  it("does not depend on the order of the receipts (property)", () => {
    fc.assert(
      fc.property(
        mixedReceiptsArb.chain((rs) =>
          fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length })),
        ),
        ([receipts, shuffled]) => {
          const options = { rulebook: RULEBOOK, territory: territoryArbValue, unattributed: true };
          const a = attributeTotals(receipts, options);
          const b = attributeTotals(withIds(shuffled), options);
          expect(a.rows.map((r) => [r.ruleId, r.amount.tiyn, r.receipts])).toEqual(
            b.rows.map((r) => [r.ruleId, r.amount.tiyn, r.receipts]),
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("exact sums in tiyn", () => {
  it("moves a cell into a bigint before it passes MAX_SAFE_INTEGER, and merges exactly", () => {
    const tables = { accounts: [{ kind: "unattributed" as const }], rules: RULEBOOK.rules.slice(0, 1) };
    const [a, b] = [emptySums(tables), emptySums(tables)];
    const big = Number.MAX_SAFE_INTEGER - 1;
    for (const sums of [a, b]) {
      for (let i = 0; i < 3; i++) {
        addToCell(sums, 0, big);
        countReceipt(sums, big);
      }
    }
    mergeSums(a, b);
    const expected = BigInt(big) * 6n; // by hand: six receipts of 2^53 - 2 tiyn
    expect(rowsOfSums(a, tables)[0]?.amount.tiyn).toBe(expected);
    expect(rowsOfSums(a, tables)[0]?.receipts).toBe(6);
    expect(receiptsTotal(a).tiyn).toBe(expected);
  });

  it("hashes an id the same from its text and from its ASCII bytes", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }),
        (id) => {
          const bytes = Uint8Array.from(id, (c) => c.charCodeAt(0));
          expect(idHashOfBytes(bytes, 0, bytes.length)).toBe(idHash(id));
        },
      ),
    );
  });
});
