import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  attribute,
  generateWorkers,
  kazakhstanLaw,
  kazakhstanRulebook,
  kazakhstanTerritory,
  Money,
  readReceiptsCsv,
  workerReceipts,
} from "../../src/index.js";
import { receiptsToCsv } from "../../src/node.js";
import { codeOf } from "../support.js";

const made = generateWorkers({ district: "104000000", seed: 3, count: 2000 });
const receipts = workerReceipts(made.records);

describe("workerReceipts: withheld IIT as receipts for attribution", () => {
  it("conserves every tiyn: the receipts sum to the withheld IIT, record by record", () => {
    expect(
      Money.sum(receipts.map((r) => r.amount)).equals(Money.sum(made.records.map((r) => r.withheldIit))),
    ).toBe(true);
    for (const record of made.records.slice(0, 200)) {
      const own = receipts.filter((r) => r.id.startsWith(`${record.id}/`));
      expect(Money.sum(own.map((r) => r.amount)).equals(record.withheldIit)).toBe(true);
    }
  });

  it("conserves every tiyn of any withheld IIT, whatever the amounts (property)", () => {
    const base = made.records[0];
    if (base === undefined) throw new Error("no record");
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 14n }), { maxLength: 20 }), (tiyns) => {
        const records = tiyns.map((t, i) => ({
          ...base,
          id: `r-${i}`,
          annualWage: Money.fromTiyn(t * 2n),
          withheldIit: Money.fromTiyn(t),
        }));
        const sum = Money.sum(workerReceipts(records).map((r) => r.amount));
        expect(sum.tiyn).toBe(tiyns.reduce((a, b) => a + b, 0n));
      }),
    );
  });

  it("each receipt carries the employer's seat, the workplace and the residence, EBK 101201", () => {
    const first = made.records.find((r) => !r.withheldIit.isZero());
    const own = receipts.filter((r) => r.id.startsWith(`${first?.id}/`));
    expect(own.map((r) => r.paymentDate)).toEqual([
      ...["02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2026-${m}-25`),
      "2027-01-25",
    ]);
    expect(own[0]?.places).toEqual({
      legal_seat: first?.employerSeat,
      workplace: first?.workplace,
      residence: first?.residence,
    });
    expect(new Set(receipts.map((r) => r.ebk))).toEqual(new Set(["101201"]));
  });

  it("the law in force sends them to the employer's seat's district or higher budget, all of them", () => {
    const territory = kazakhstanTerritory();
    const result = attribute(receipts, { rulebook: kazakhstanRulebook(), territory, law: kazakhstanLaw() });
    const total = Money.sum(result.postings.map((p) => p.amount));
    expect(total.equals(Money.sum(receipts.map((r) => r.amount)))).toBe(true);
    expect(result.postings.every((p) => p.to.kind === "district_or_higher")).toBe(true);
  });

  it("written as a receipts CSV, read back by readReceiptsCsv", () => {
    const some = receipts.slice(0, 50);
    const read = readReceiptsCsv(receiptsToCsv(some, made.note), kazakhstanTerritory());
    expect(JSON.parse(JSON.stringify(read))).toEqual(JSON.parse(JSON.stringify(some)));
  });

  it("refuses what is not worker records", () => {
    expect(codeOf(() => workerReceipts([{ id: "x" }] as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => workerReceipts(made.records, { paymentDay: 31 }))).toBe("INVALID_INPUT");
  });
});
