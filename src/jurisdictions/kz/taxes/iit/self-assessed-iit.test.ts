import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf, errorOf } from "../../../../../test/support.js";
import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { Money } from "../../../../money/money.js";
import { MRP_FOR_TAXES } from "../../parameters.js";
import { iitBandEdge } from "./band-edge.js";
import { basicDeductionForMonth } from "./basic-deduction.js";
import type { IitIncome } from "./iit-input.js";
import {
  IE_GENERAL_REGIME_2026_AS_PUBLISHED,
  IIT_BASIC_DEDUCTION,
  IIT_SELF_ASSESSED_RATES,
  type IitSchedule,
} from "./rates.js";
import { selfAssessedIit } from "./self-assessed-iit.js";

/** Taxable income in KZT, written as a decimal string in the tests. */
const taxable = (kzt: string): IitIncome => ({ kind: "taxable", amount: Money.kzt(kzt) });
const iit = (year: number, income: string) =>
  selfAssessedIit({ year, payer: "individual", income: taxable(income) }).amount.toKzt();
const issueCodes = (f: () => unknown) => errorOf(f).issues.map((i) => i.code);

const callerNinePercent: IitSchedule = {
  bands: [{ rate: "0.09" }],
  citation: {
    act: "Tax Code of 18 Jul 2025 No 214-VIII",
    article: "",
    evidence: "published",
    publishedIn: "itsheff.kz (private practitioners 9 %); flat scale assumed by the caller",
    versionDate: "2026-11-01",
  },
};

describe("parameter values shown by the published IIT examples (withheld IIT, not the 4th-level line)", () => {
  it("iit-05 / iit-02: basic deduction 2026 = 30 × 4 325 = 129 750 (published: 300 000 − 129 750 = 170 250)", () => {
    const d = basicDeductionForMonth("2026-01");
    expect(d.monthlyMrp).toBe(30);
    expect(d.amount.toKzt()).toBe("129750.00");
    expect(basicDeductionForMonth("2026-12").amount.toKzt()).toBe("129750.00");
  });
  it("the 2026 annual cap is 360 MRP = 12 × 30 MRP (Art. 401 as published)", () => {
    const entry = valueOnFirstJanuary(IIT_BASIC_DEDUCTION, 2026);
    expect(entry.value).toEqual({ monthlyMrp: 30, annualCapMrp: 360 });
    expect(entry.citation.article).toBe("401");
    expect(entry.citation.evidence).toBe("published");
  });
  it("iit-07: basic deduction 2025 = 14 × 3 932 = 55 048 ('about 55 thousand')", () => {
    expect(basicDeductionForMonth("2025-06").amount.toKzt()).toBe("55048.00");
  });
  it("iit-01: August 2024, 130 000 − 13 000 OPV − 2 600 VOSMS − 14 × 3 692 (51 688) = 62 712; × 10 % = 6 271.2", () => {
    const d = basicDeductionForMonth("2024-08");
    expect(d.amount.toKzt()).toBe("51688.00");
    // 130 000 − 13 000 − 2 600 − 51 688 = 62 712 (by hand); the 10 % of 2024 on it, kept to the tiyn:
    expect(iit(2024, "62712")).toBe("6271.20");
  });
  it("has no basic deduction before 2024 (1 MZP then, end year not established)", () => {
    expect(codeOf(() => basicDeductionForMonth("2023-12"))).toBe("NO_VALUE_ON_DATE");
    expect(codeOf(() => basicDeductionForMonth("2026-1"))).toBe("INVALID_INPUT");
    expect(issueCodes(() => basicDeductionForMonth("2026-1"))).toEqual(["INVALID_DATE"]);
  });
  it("the 2026 band edge is 8 500 × 4 325 = 36 762 500; the published 33.4 mn is 8 500 × 3 932 (2025 MRP)", () => {
    expect(iitBandEdge(2026).toKzt()).toBe("36762500.00");
    // iit-04 is wrong: 33 400 000 ≈ 8 500 × 3 932 = 33 422 000 (by hand), the MRP of 2025, not of 2026.
    expect(valueOnFirstJanuary(MRP_FOR_TAXES, 2025).value.toKzt()).toBe("3932.00");
    expect(codeOf(() => iitBandEdge(2025))).toBe("NO_RULE");
  });
  it("every rate is marked as published (no Code text read)", () => {
    for (const entry of IIT_SELF_ASSESSED_RATES.entries) expect(entry.citation.evidence).toBe("published");
    expect(IE_GENERAL_REGIME_2026_AS_PUBLISHED.citation.evidence).toBe("published");
  });
});

describe("selfAssessedIit, hand-computed", () => {
  it("2025: 10 % flat, kept to the tiyn", () => {
    expect(iit(2025, "1000000")).toBe("100000.00");
    expect(iit(2018, "2405")).toBe("240.50");
    // 10 % × 1 234.55 = 123.455 → 123.46 (tiyn, half away from zero)
    expect(iit(2025, "1234.55")).toBe("123.46");
    expect(iit(2025, "0")).toBe("0.00");
  });
  it("2026: income exactly at the band edge, 36 762 500 → 10 % = 3 676 250", () => {
    expect(iit(2026, "36762500")).toBe("3676250.00");
  });
  it("2026: one tenge above, 3 676 250 + 0.15 = 3 676 250.15 → 3 676 250 (whole tenge)", () => {
    const r = selfAssessedIit({ year: 2026, payer: "individual", income: taxable("36762501") });
    expect(r.amount.toKzt()).toBe("3676250.00");
    expect(r.breakdown.map((s) => s.step)).toEqual(["income", "rate", "MRP", "band", "band", "rounding"]);
    expect(r.breakdown.at(-1)?.value).toContain("3676250.15 → 3676250.00");
  });
  it("2026: ten tenge above, 3 676 250 + 1.50 = 3 676 251.50 → 3 676 252 (half away from zero)", () => {
    expect(iit(2026, "36762510")).toBe("3676252.00");
  });
  it("2026: 50 000 000 → 3 676 250 + 15 % × 13 237 500 (1 985 625) = 5 661 875", () => {
    expect(iit(2026, "50000000")).toBe("5661875.00");
  });
  it("2026: a fraction of a tiyn does not round twice: 10 % × 4.95 = 0.495 → 0, 10 % × 5 = 0.5 → 1", () => {
    expect(iit(2026, "4.95")).toBe("0.00");
    expect(iit(2026, "5")).toBe("1.00");
  });
  it("private practitioner 2026: no established scale → NO_ESTABLISHED_RATE naming `schedule`; 9 % when supplied", () => {
    const e = errorOf(() =>
      selfAssessedIit({ year: 2026, payer: "private_practitioner", income: taxable("1000000") }),
    );
    expect(e.code).toBe("NO_ESTABLISHED_RATE");
    expect(e.issues.map((i) => i.path)).toEqual([["schedule"]]);
    expect(e.message).toContain("private practitioners");
    expect(e.details.missing).toBe("schedule (IIT scale for private_practitioner, 2026)");
    const r = selfAssessedIit({
      year: 2026,
      payer: "private_practitioner",
      income: taxable("1000000"),
      schedule: callerNinePercent,
    });
    // 9 % × 1 000 000 = 90 000
    expect(r.amount.toKzt()).toBe("90000.00");
    // 9 % × 1 234 567 = 111 111.03 → 111 111
    expect(
      selfAssessedIit({
        year: 2026,
        payer: "private_practitioner",
        income: taxable("1234567"),
        schedule: callerNinePercent,
      }).amount.toKzt(),
    ).toBe("111111.00");
  });
  it("private practitioner 2025: 10 % as for every resident", () => {
    expect(
      selfAssessedIit({
        year: 2025,
        payer: "private_practitioner",
        income: taxable("1000000"),
      }).amount.toKzt(),
    ).toBe("100000.00");
  });
  it("individual entrepreneur 2026: caller must pass a scale; the published one gives 10 % to 230 000 MRP", () => {
    expect(
      codeOf(() => selfAssessedIit({ year: 2026, payer: "individual_entrepreneur", income: taxable("1") })),
    ).toBe("NO_ESTABLISHED_RATE");
    // 230 000 × 4 325 = 994 750 000; 10 % = 99 475 000; 15 % × 5 250 000 = 787 500 → 100 262 500
    const r = selfAssessedIit({
      year: 2026,
      payer: "individual_entrepreneur",
      income: taxable("1000000000"),
      schedule: IE_GENERAL_REGIME_2026_AS_PUBLISHED,
    });
    expect(r.amount.toKzt()).toBe("100262500.00");
  });
  it("gross income minus deductions: 2025, 1 000 000 − 200 000 = 800 000 → 80 000; floored at zero", () => {
    const r = selfAssessedIit({
      year: 2025,
      payer: "individual_entrepreneur",
      income: {
        kind: "gross",
        amount: Money.kzt("1000000"),
        deductions: [{ label: "expenses", amount: Money.kzt("200000") }],
      },
    });
    expect(r.amount.toKzt()).toBe("80000.00");
    expect(r.breakdown[0]?.value).toBe("gross 1000000.00 − 200000.00 (expenses) = 800000.00 KZT");
    expect(
      selfAssessedIit({
        year: 2025,
        payer: "individual",
        income: {
          kind: "gross",
          amount: Money.kzt("100"),
          deductions: [{ label: "x", amount: Money.kzt("150") }],
        },
      }).amount.toKzt(),
    ).toBe("0.00");
  });
  it("income already counted against the 2026 edge: 36 000 000 already, 1 000 000 declared", () => {
    // 762 500 left in the 10 % band → 76 250; 237 500 at 15 % → 35 625; total 111 875
    const r = selfAssessedIit({
      year: 2026,
      payer: "individual",
      income: taxable("1000000"),
      incomeAlreadyInBands: Money.kzt("36000000"),
    });
    expect(r.amount.toKzt()).toBe("111875.00");
  });
  it("refuses missing, doubled, negative and float incomes, unknown payers and years without rates", () => {
    const anyIit = selfAssessedIit as (input: unknown) => unknown;
    expect(codeOf(() => anyIit({ year: 2026, payer: "individual" }))).toBe("INVALID_INPUT");
    // a taxable income with deductions: the gross form is the one that takes them
    expect(
      errorOf(() =>
        anyIit({ year: 2026, payer: "individual", income: { ...taxable("1"), deductions: [] } }),
      ).issues.map((i) => [i.path, i.code]),
    ).toEqual([[["income", "deductions"], "UNKNOWN_FIELD"]]);
    expect(codeOf(() => iit(2026, "-1"))).toBe("INVALID_INPUT");
    expect(issueCodes(() => iit(2026, "-1"))).toEqual(["INVALID_AMOUNT"]);
    // amounts are Money: a float or a decimal string is refused here (strings are read at the file boundary)
    for (const amount of [1.5, "1000"]) {
      expect(
        issueCodes(() => anyIit({ year: 2026, payer: "individual", income: { kind: "taxable", amount } })),
      ).toEqual(["INVALID_AMOUNT"]);
    }
    expect(codeOf(() => anyIit({ year: 2026, payer: "farmer", income: taxable("1") }))).toBe("INVALID_INPUT");
    expect(codeOf(() => iit(2017, "1000"))).toBe("NO_VALUE_ON_DATE");
    expect(codeOf(() => iit(2027, "100000000"))).toBe("NO_VALUE_ON_DATE");
  });
  it("refuses a malformed caller scale or one without citation", () => {
    const bad = (schedule: IitSchedule) =>
      errorOf(() =>
        selfAssessedIit({ year: 2026, payer: "private_practitioner", income: taxable("1"), schedule }),
      ).issues.map((i) => [i.path.join("."), i.code]);
    const citation = callerNinePercent.citation;
    expect(bad({ bands: [], citation })).toEqual([["schedule.bands", "INVALID_RULE"]]);
    expect(bad({ bands: [{ rate: "0.1" }, { rate: "0.2" }], citation })).toEqual([
      ["schedule.bands.0.upToMrp", "INVALID_RULE"],
    ]);
    expect(bad({ bands: [{ upToMrp: 100, rate: "0.1" }], citation })).toEqual([
      ["schedule.bands.0.upToMrp", "INVALID_RULE"],
    ]);
    // a rate above 1 is refused by the rate's own bounds
    expect(bad({ bands: [{ rate: "1.5" }], citation })).toEqual([["schedule.bands.0.rate", "INVALID_INPUT"]]);
    expect(bad({ bands: [{ rate: "0.1" }], citation: { act: "", article: "", versionDate: "" } })).toEqual([
      ["schedule.citation.act", "INVALID_RULE"],
      ["schedule.citation.article", "INVALID_RULE"],
      ["schedule.citation.versionDate", "INVALID_RULE"],
    ]);
  });
});

describe("selfAssessedIit properties", () => {
  const tiyn = fc.bigInt({ min: 0n, max: 20_000_000_000n }); // up to 200 mn KZT
  it("a larger income never pays less, every year 2018–2026 (marginal scale, rates ≥ 0)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2018, max: 2026 }), tiyn, tiyn, (year, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const tax = (t: bigint) =>
          selfAssessedIit({
            year,
            payer: "individual",
            income: { kind: "taxable", amount: Money.fromTiyn(t) },
          }).amount;
        expect(tax(lo).compare(tax(hi))).toBeLessThanOrEqual(0);
      }),
    );
  });
  it("2026: the tax stays within 10 %–15 % of the income, to the rounding tenge", () => {
    fc.assert(
      fc.property(tiyn, (t) => {
        const income = Money.fromTiyn(t);
        const tax = selfAssessedIit({
          year: 2026,
          payer: "individual",
          income: { kind: "taxable", amount: income },
        }).amount;
        expect(tax.compare(income.times("0.1", "floor").minus(Money.kzt(1)))).toBeGreaterThanOrEqual(0);
        expect(tax.compare(income.times("0.15", "ceil").plus(Money.kzt(1)))).toBeLessThanOrEqual(0);
      }),
    );
  });
});
