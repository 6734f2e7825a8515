import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attribute } from "../src/attribution/attribute.js";
import { type DatedSeries, valueOn } from "../src/calendar/dated.js";
import type { IsoDate } from "../src/calendar/iso-date.js";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { kazakhstanLaw } from "../src/jurisdictions/kz/law.js";
import { rulebookOf } from "../src/law/law.js";
import type { Posting } from "../src/ledger/ledger.js";
import { Money } from "../src/money/money.js";
import { applyReforms } from "../src/reform/apply.js";
import { inverseReform } from "../src/reform/inverse.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { scenarioResultToJson } from "../src/report/json.js";
import { resolveScenario } from "../src/scenario/load.js";
import { runScenario } from "../src/scenario/run.js";
import {
  attributableReceiptArb,
  type ReceiptBody,
  scenarioReceipts,
  TERRITORY,
} from "./arbitraries/receipts.js";
import { reformArb } from "./arbitraries/reforms.js";
import { BEL_AGACH_UNIT_WITH_SALES } from "./fixtures/bel-agach-2026.js";

/**
 * The guarantees of reforms (architecture invariant 7, issue "reforms you can trust"), over generated
 * receipts (real places, real codes, 2018–2027) and generated reforms (rule, parameter and transfer-term
 * changes from a date): an empty list changes nothing, byte for byte; nothing changes before a reform's
 * first day; a reform followed by its inverse gives the baseline; a pure re-attribution moves money
 * between accounts without creating or losing a tiyn.
 */

const LAW = kazakhstanLaw();
const RUNS = { numRuns: 40 };

const receiptsArb = fc.array(attributableReceiptArb(), { minLength: 1, maxLength: 12 });

/** A scenario of the Bel-Agach rural district in `year` (its published 2026 lines) with the receipts. */
function scenarioData(receipts: readonly ReceiptBody[], year: number, reforms?: readonly Reform[]) {
  return {
    name: "generated",
    year,
    districts: [
      {
        kato: "104000000",
        units: [BEL_AGACH_UNIT_WITH_SALES],
      },
    ],
    receipts: scenarioReceipts(receipts),
    ...(reforms === undefined ? {} : { reforms }),
  };
}

/** The first and last day of every entry of two series. */
const entryDays = <T>(...series: DatedSeries<T>[]): IsoDate[] =>
  series.flatMap((x) => x.entries.flatMap((e) => (e.to === undefined ? [e.from] : [e.from, e.to])));

/** Two series give equal values on every entry's first and last day, and end on the same day. */
function expectSameValues<T>(mine: DatedSeries<T>, base: DatedSeries<T>): void {
  for (const day of entryDays(mine, base)) expect(valueOn(mine, day).value).toEqual(valueOn(base, day).value);
  expect(mine.entries.at(-1)?.to).toBe(base.entries.at(-1)?.to);
}

/** Two series give equal values on every entry's first and last day before `day`. */
function expectSameBefore<T>(mine: DatedSeries<T>, base: DatedSeries<T>, day: IsoDate): void {
  for (const d of entryDays(mine, base).filter((d) => d < day)) {
    expect(valueOn(mine, d).value).toEqual(valueOn(base, d).value);
  }
}

const withIds = (receipts: readonly ReceiptBody[]) => receipts.map((r, i) => ({ ...r, id: `g-${i}` }));

/** The postings of the receipts under a law, receipts that cannot be attributed kept aside. */
const postingsUnder = (receipts: readonly ReceiptBody[], law = LAW): readonly Posting[] =>
  attribute(withIds(receipts), { rulebook: rulebookOf(law), territory: TERRITORY, law, unattributed: true })
    .postings;

describe("reforms: guarantees over generated scenarios and reforms", () => {
  it("an empty reform list gives results identical to the law's, byte for byte", () => {
    fc.assert(
      fc.property(receiptsArb, fc.integer({ min: 2020, max: 2027 }), (receipts, year) => {
        const plain = runScenario(resolveScenario(scenarioData(receipts, year)));
        const empty = runScenario(resolveScenario(scenarioData(receipts, year, [])));
        const underEmpty = runScenario(
          resolveScenario(scenarioData(receipts, year), { law: applyReforms(LAW, []) }),
        );
        const bytes = (r: typeof plain) => JSON.stringify(scenarioResultToJson(r));
        expect(bytes(empty)).toBe(bytes(plain));
        expect(bytes(underEmpty)).toBe(bytes(plain));
        const comparison = compareScenario(scenarioData(receipts, year, []));
        expect(comparison.rows.every((r) => r.delta.isZero())).toBe(true);
      }),
      RUNS,
    );
  });

  it("a reform effective from D changes nothing before D", () => {
    fc.assert(
      fc.property(receiptsArb, reformArb("r"), (receipts, reform) => {
        const law = applyReforms(LAW, [reform]);
        const before = postingsUnder(receipts);
        const after = postingsUnder(receipts, law);
        const day = reform.effectiveFrom as IsoDate;
        const early = (ps: readonly Posting[]) => ps.filter((p) => p.date < reform.effectiveFrom);
        expect(early(after)).toEqual(early(before));
        // the law's values before D are its values
        expectSameBefore(law.parameters.mrp, LAW.parameters.mrp, day);
        expectSameBefore(law.parameters.minimumWage, LAW.parameters.minimumWage, day);
        expectSameBefore(law.transfers, LAW.transfers, day);
      }),
      RUNS,
    );
  });

  it("a reform followed by its inverse gives the baseline", () => {
    fc.assert(
      fc.property(
        receiptsArb,
        reformArb("r"),
        fc.integer({ min: 2020, max: 2027 }),
        (receipts, reform, year) => {
          // every generated change meets the law (a change that would change nothing is refused), so
          // the inverse has a change for each
          const inverse = inverseReform(reform, LAW);
          expect(inverse.changes.length).toBeGreaterThanOrEqual(reform.changes.length);
          const undone = [reform, inverse];
          const comparison = compareScenario(scenarioData(receipts, year, undone));
          expect(comparison.rows.filter((r) => !r.delta.isZero())).toEqual([]);
          const law = applyReforms(LAW, undone);
          expectSameValues(law.parameters.mrp, LAW.parameters.mrp);
          expectSameValues(law.parameters.minimumWage, LAW.parameters.minimumWage);
          expectSameValues(law.transfers, LAW.transfers);
          const rule = (l: typeof LAW, r: ReceiptBody) => {
            const { key, recipient, shares } =
              rulebookOf(l)
                .byCode.get(r.ebk)
                ?.find(
                  (x) =>
                    x.from <= r.paymentDate &&
                    (x.to ?? "9999") >= r.paymentDate &&
                    x.payerKinds.includes(r.payerKind),
                ) ?? {};
            return { key, recipient, shares };
          };
          for (const r of receipts) expect(rule(law, r)).toEqual(rule(LAW, r));
        },
      ),
      RUNS,
    );
  });

  it("a pure re-attribution conserves the total over all accounts exactly, year by year", () => {
    fc.assert(
      fc.property(
        receiptsArb,
        reformArb("r", true),
        fc.integer({ min: 2020, max: 2027 }),
        (receipts, reform, year) => {
          const comparison = compareScenario(scenarioData(receipts, year, [reform]));
          for (const { delta } of comparison.country) expect(delta.toKzt()).toBe("0.00");
          const total = (ps: readonly Posting[]) => Money.sum(ps.map((p) => p.amount));
          const after = postingsUnder(receipts, applyReforms(LAW, [reform]));
          expect(total(after).equals(total(postingsUnder(receipts)))).toBe(true);
          // and each receipt's postings sum to it
          for (const [i, r] of receipts.entries()) {
            expect(total(after.filter((p) => p.sourceId === `g-${i}`)).equals(r.amount)).toBe(true);
          }
        },
      ),
      RUNS,
    );
  });
});
