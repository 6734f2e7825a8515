import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attribute } from "../src/attribution/attribute.js";
import type { Receipt } from "../src/attribution/receipt.js";
import { buildStatement, selfSufficiency } from "../src/budget/statement.js";
import type { IsoDate } from "../src/calendar/iso-date.js";
import { parseDecisionText } from "../src/jurisdictions/kz/decisions/parse-text.js";
import type { Posting } from "../src/ledger/ledger.js";
import { Money } from "../src/money/money.js";
import { consistentFiguresArb } from "./arbitraries/budgets.js";
import { attributableReceiptArb, RULEBOOK, TERRITORY, withIds } from "./arbitraries/receipts.js";
import { BEL_AGACH, BEL_AGACH_2026 } from "./fixtures/bel-agach-2026.js";

const t = (s: string) => Money.thousandKzt(s);
const BEL_AGACH_VILLAGE = "104035100";

const checkOf = (st: ReturnType<typeof buildStatement>, name: string) =>
  st.checks.find((c) => c.identity === name);

function receipt(
  id: string,
  ebk: string,
  amount: string,
  paymentDate: IsoDate,
  places: Receipt["places"],
): Receipt {
  return { id, ebk, amount: Money.kzt(amount), paymentDate, payerKind: "individual", places };
}

describe("statement examples (hand-computed)", () => {
  it("the Bel-Agach fixture is what data/decisions/kz-abai-borodulikha-belagach-2026.txt publishes", () => {
    const text = readFileSync(
      new URL("../data/decisions/kz-abai-borodulikha-belagach-2026.txt", import.meta.url),
      "utf8",
    );
    const decision = parseDecisionText(text);
    expect(decision.budgetYear).toBe(2026);
    expect(decision.figures).toMatchObject(BEL_AGACH_2026);
  });

  it("Bel-Agach 2026 as published: self-sufficiency 75.7 %, revenue identity ok", () => {
    const st = buildStatement({ unit: BEL_AGACH, year: 2026, published: BEL_AGACH_2026 });
    // own revenues 39 585 + 0 + 2 000 = 41 585; 41 585 / 54 959 = 0.756654… = 75.665…% → 75.7
    expect(st.selfSufficiency.percent).toBe("75.7");
    expect(st.selfSufficiency.ownRevenues?.toThousandKzt()).toBe("41585");
    expect(st.selfSufficiency.costs?.toThousandKzt()).toBe("54959");
    expect(checkOf(st, "revenue")?.status).toBe("ok");
    expect(checkOf(st, "revenue")?.difference?.isZero()).toBe(true);
    expect(checkOf(st, "balance")?.status).toBe("not_checkable"); // no deficit line given
    expect(st.lines.tax_revenue).toEqual({ amount: t("39585"), source: "published" });
    expect(st.revenueByEbk).toEqual([]);
    expect(st.notes).toEqual([]);
  });

  it("with tax receipts in the ledger, tax_revenue is the ledger sum and revenue_total is recomputed", () => {
    const { postings } = attribute(
      [
        // vehicle tax 21 625.00 + property tax 10 000.50 paid in 2026 by residents / owners in с.Бель-Агач
        receipt("v", "104402", "21625", "2026-03-10", { residence: BEL_AGACH_VILLAGE }),
        receipt("p", "104102", "10000.50", "2026-11-30", { object_location: BEL_AGACH_VILLAGE }),
        // not counted: paid in 2025; paid in another unit (Андреевский с.о.); not a fourth-level revenue
        receipt("old", "104402", "999", "2025-12-31", { residence: BEL_AGACH_VILLAGE }),
        receipt("elsewhere", "104402", "777", "2026-05-05", { residence: "104033100" }),
        receipt("withheld", "101201", "555", "2026-05-05", { legal_seat: BEL_AGACH_VILLAGE }),
      ],
      { rulebook: RULEBOOK, territory: TERRITORY },
    );
    const st = buildStatement({ unit: BEL_AGACH, year: 2026, published: BEL_AGACH_2026, postings });
    // tax: 21 625.00 + 10 000.50 = 31 625.50 KZT = 31.6255 thousand
    expect(st.lines.tax_revenue).toEqual({ amount: Money.kzt("31625.50"), source: "ledger" });
    // revenue: 31 625.50 + 0 + 2 000 000 + 13 374 000 = 15 405 625.50 KZT
    expect(st.lines.revenue_total).toEqual({ amount: Money.kzt("15405625.50"), source: "computed" });
    // deficit: 15 405 625.50 − 54 959 000 = −39 553 374.50 KZT (no lending or asset lines)
    expect(st.lines.deficit).toEqual({ amount: Money.kzt("-39553374.50"), source: "computed" });
    expect(st.lines.capital_sales?.source).toBe("published");
    expect(checkOf(st, "revenue")?.status).toBe("ok");
    expect(checkOf(st, "balance")?.status).toBe("ok");
    // own revenues 31 625.50 + 2 000 000 = 2 031 625.50; / 54 959 000 = 3.6966… % → 3.7
    expect(st.selfSufficiency.percent).toBe("3.7");
    expect(st.revenueByEbk.map((r) => [r.ebk, r.amount.toKzt(), r.postings])).toEqual([
      ["104102", "10000.50", 1],
      ["104402", "21625.00", 1],
    ]);
    expect(st.notes.some((n) => n.includes("tax_revenue") && n.includes("39585"))).toBe(true);
  });

  it("ledger amounts equal to the published ones change nothing", () => {
    const posting: Posting = {
      id: "x",
      sourceId: "x",
      ruleId: "test",
      date: "2026-01-15",
      from: { kind: "payers" },
      to: { kind: "budget", level: 4, code: BEL_AGACH.code, name: BEL_AGACH.name },
      amount: t("39585"),
      ebk: "104402",
      category: "tax",
    };
    const st = buildStatement({
      unit: BEL_AGACH,
      year: 2026,
      published: BEL_AGACH_2026,
      postings: [posting],
    });
    expect(st.lines.revenue_total).toEqual({ amount: t("54959"), source: "published" });
    expect(st.notes).toEqual([]);
  });

  it("self-sufficiency is not computed without costs or tax, nor for zero costs", () => {
    expect(selfSufficiency({ tax_revenue: t("1") }).reason).toContain("expenditures");
    expect(selfSufficiency({ expenditures: t("1") }).reason).toContain("tax_revenue");
    const zero = selfSufficiency({ tax_revenue: t("1"), expenditures: Money.zero });
    expect(zero.percent).toBeUndefined();
    expect(zero.reason).toBe("costs are zero");
    // absent non-tax and capital lines count as 0: 1 / 3 = 33.33… → 33.3
    expect(selfSufficiency({ tax_revenue: t("1"), expenditures: t("3") }).percent).toBe("33.3");
  });
});

describe("statement properties", () => {
  /** Receipts of any line, all places in с.Бель-Агач, paid 2025–2027. */
  const belAgachReceiptsArb = fc
    .array(
      fc.tuple(
        attributableReceiptArb(),
        fc.integer({ min: 2025, max: 2027 }),
        fc.integer({ min: 1, max: 28 }),
      ),
      { maxLength: 25 },
    )
    .map((items) =>
      withIds(
        items.map(([body, year, day]) => ({
          ...body,
          paymentDate: `${year}-0${(day % 9) + 1}-${String(day).padStart(2, "0")}` as IsoDate,
          places: Object.fromEntries(Object.keys(body.places).map((k) => [k, BEL_AGACH_VILLAGE])),
        })),
      ),
    );

  it("property: each revenue line from the ledger is the sum of the unit's postings of that category in the year", () => {
    fc.assert(
      fc.property(consistentFiguresArb, belAgachReceiptsArb, (published, receipts) => {
        const { postings } = attribute(receipts, {
          rulebook: RULEBOOK,
          territory: TERRITORY,
          unattributed: true,
        });
        const st = buildStatement({ unit: BEL_AGACH, year: 2026, published, postings });
        const credited = postings.filter(
          (p) =>
            p.to.kind === "budget" &&
            p.to.level === 4 &&
            p.to.code === BEL_AGACH.code &&
            p.date.startsWith("2026"),
        );
        const lineOf = { tax: "tax_revenue", non_tax: "non_tax_revenue", capital: "capital_sales" } as const;
        for (const [category, line] of Object.entries(lineOf)) {
          const mine = credited.filter((p) => p.category === category);
          const expected = mine.length === 0 ? published[line] : Money.sum(mine.map((p) => p.amount));
          expect(st.lines[line]?.amount.tiyn, line).toBe(expected?.tiyn);
          expect(st.lines[line]?.source).toBe(mine.length === 0 ? "published" : "ledger");
        }
      }),
      { numRuns: 200 },
    );
  });

  it("property: after the ledger replaces revenue lines, the revenue and balance identities still hold exactly", () => {
    fc.assert(
      fc.property(consistentFiguresArb, belAgachReceiptsArb, (published, receipts) => {
        const { postings } = attribute(receipts, {
          rulebook: RULEBOOK,
          territory: TERRITORY,
          unattributed: true,
        });
        const st = buildStatement({ unit: BEL_AGACH, year: 2026, published, postings });
        expect(checkOf(st, "revenue")?.status).toBe("ok");
        expect(checkOf(st, "balance")?.status).toBe("ok");
      }),
      { numRuns: 200 },
    );
  });
});
