import { describe, expect, it } from "vitest";
import { errorOf } from "../../../../../test/support.js";
import type { Citation } from "../../../../citation/citation.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { Money } from "../../../../money/money.js";
import { ownershipMonths } from "../months.js";
import { INFERRED_UPPER_ROWS } from "./inferred-upper-rows.fixture.js";
import type { CallerRateTable, PropertyTaxInput } from "./property-input.js";
import { propertyTax } from "./property-tax.js";

const tax = (input: PropertyTaxInput): string => propertyTax(input).amount.toKzt();
const one = (year: number, value: string, months?: number): string => {
  const assessedValue = Money.kzt(value);
  return tax({ year, objects: [months === undefined ? { assessedValue } : { assessedValue, months }] });
};
const kzt = (value: string) => Money.kzt(value);

describe("published examples", () => {
  it("prop-03 (kn.kz 2025): value 4 000 000 → 2 600 KZT in 2025", () => {
    expect(one(2025, "4000000")).toBe("2600.00");
  });

  it("prop-01 (lada.kz, DGD Mangystau 2026): tax at exactly 450 mn is 2 946 600", () => {
    expect(one(2026, "450000000")).toBe("2946600.00");
    // At exactly 450 mn total the objects are still taxed one by one (the rule is "exceeds"), each on the
    // 2026 Art. 602 p.1 row 150–350 mn (796 600 + 0.7 % of the excess over 150 mn), by hand:
    // 250 mn → 796 600 + 0.7 % × 100 mn = 1 496 600; 200 mn → 796 600 + 0.7 % × 50 mn = 1 146 600;
    // total 2 643 200 (not the aggregate 2 946 600).
    const r = propertyTax({
      year: 2026,
      objects: [{ assessedValue: kzt("250000000") }, { assessedValue: kzt("200000000") }],
    });
    expect(r.aggregate).toBe(false);
    expect(r.objects.map((o) => o.annual.toKzt())).toEqual(["1496600.00", "1146600.00"]);
    expect(r.amount.toKzt()).toBe("2643200.00");
  });

  it("prop-01, 500 mn total — hand computation, not a published figure: 2 946 600 + 2 % × 50 mn = 3 946 600", () => {
    const expected = 2_946_600 + (50_000_000 * 2) / 100; // = 3 946 600
    const r = propertyTax({
      year: 2026,
      objects: [{ assessedValue: kzt("300000000") }, { assessedValue: kzt("200000000") }],
    });
    expect(r.aggregate).toBe(true);
    expect(r.amount.toKzt()).toBe(`${expected}.00`);
    // spread pro rata (Art. 604): 3 946 600 × 300/500 = 2 367 960; × 200/500 = 1 578 640
    expect(r.objects.map((o) => o.annual.toKzt())).toEqual(["2367960.00", "1578640.00"]);
    expect(r.breakdown.some((s) => s.step === "spread" && s.citation?.article === "604")).toBe(true);
    expect(r.breakdown.some((s) => s.step === "aggregate" && s.citation?.paragraph === "12")).toBe(true);
  });
});

describe("bracket edges (2025: kept to the tiyn), hand arithmetic", () => {
  // tax = fixed + rate × (value − edge); 1 tenge at rate r % = r/100 tenge = r tiyn... e.g. 0.05 % of 1 = 0.05 tiyn
  const cases: [string, string][] = [
    ["0", "0.00"],
    ["1000000", "500.00"], // 1 000 000 × 0.05 % = 500
    ["2000000", "1000.00"], // 2 000 000 × 0.05 % = 1 000
    ["2000001", "1000.00"], // 1 000 + 0.08 % × 1 = 1 000.0008 → 1 000.00
    ["2000300", "1000.24"], // 1 000 + 0.08 % × 300 = 1 000.24
    ["4000000", "2600.00"], // 1 000 + 0.08 % × 2 000 000 = 1 000 + 1 600
    ["4000001", "2600.00"], // 2 600 + 0.1 % × 1 = 2 600.001 → 2 600.00
    ["4000100", "2600.10"], // 2 600 + 0.1 % × 100
    ["6000000", "4600.00"], // 2 600 + 0.1 % × 2 000 000 = 2 600 + 2 000
    ["8000000", "7600.00"], // 4 600 + 0.15 % × 2 000 000 = 4 600 + 3 000
    ["10000000", "11600.00"], // 7 600 + 0.2 % × 2 000 000 = 7 600 + 4 000
    ["12000000", "16600.00"], // 11 600 + 0.25 % × 2 000 000 = 11 600 + 5 000
    ["14000000", "22600.00"], // 16 600 + 0.3 % × 2 000 000 = 16 600 + 6 000
    ["16000000", "29600.00"], // 22 600 + 0.35 % × 2 000 000 = 22 600 + 7 000
    ["18000000", "37600.00"], // 29 600 + 0.4 % × 2 000 000 = 29 600 + 8 000
    ["20000000", "46600.00"], // 37 600 + 0.45 % × 2 000 000 = 37 600 + 9 000
    ["20000001", "46600.01"], // 46 600 + 0.5 % × 1 = 46 600.005 → 46 600.01 (half away from zero)
    ["75000000", "321600.00"], // 46 600 + 0.5 % × 55 000 000 = 46 600 + 275 000
    ["100000000", "471600.00"], // 321 600 + 0.6 % × 25 000 000 = 321 600 + 150 000
    ["150000000", "796600.00"], // 471 600 + 0.65 % × 50 000 000 = 471 600 + 325 000
  ];
  it.each(cases)("value %s → %s", (value, expected) => {
    expect(one(2025, value)).toBe(expected);
  });

  it("the same rows in 2018 and 2026 (2026 rounded to whole tenge)", () => {
    expect(one(2018, "75000000")).toBe("321600.00");
    expect(one(2026, "75000000")).toBe("321600.00");
    expect(one(2026, "150000000")).toBe("796600.00");
  });

  it("2026 rows above 150 mn, hand arithmetic", () => {
    expect(one(2026, "200000000")).toBe(`${796_600 + (50_000_000 * 7) / 1000}.00`); // 1 146 600
    expect(one(2026, "350000000")).toBe(`${796_600 + (200_000_000 * 7) / 1000}.00`); // 2 196 600
    expect(one(2026, "400000000")).toBe(`${2_196_600 + (50_000_000 * 75) / 10_000}.00`); // 2 571 600
  });

  it("the breakdown names the row, the rate, the fixed sum and the article", () => {
    const r = propertyTax({ year: 2025, objects: [{ assessedValue: kzt("4000000") }] });
    const bracket = r.breakdown.find((s) => s.step === "bracket");
    expect(bracket?.value).toContain("2 000 000 – 4 000 000: 1 000 + 0.08 %");
    expect(bracket?.citation).toMatchObject({ article: "531", paragraph: "1" });
    expect(r.breakdown.find((s) => s.step === "value")?.citation?.article).toBe("529");
    expect(r.breakdown.at(-1)?.step).toBe("rounding");
    expect(r.tax).toBe("property");
  });
});

describe("2018–2025 above 150 mn: rows not read, caller-supplied", () => {
  it("fails naming the missing table entry when no table is given", () => {
    const e = errorOf(() => one(2025, "200000000"));
    expect(e.code).toBe("NO_ESTABLISHED_RATE");
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([[["upperRows"], "NO_ESTABLISHED_RATE"]]);
    expect(e.message).toContain("upperRows");
    expect(e.message).toContain("row covering 200 000 000");
    expect(e.message).toContain("150 000 000");
  });

  it("uses the caller's rows, marked as not read", () => {
    const r = propertyTax({
      year: 2025,
      objects: [{ assessedValue: kzt("200000000") }],
      upperRows: INFERRED_UPPER_ROWS,
    });
    expect(r.amount.toKzt()).toBe(`${796_600 + (50_000_000 * 7) / 1000}.00`); // 1 146 600
    expect(r.breakdown.find((s) => s.step === "bracket")?.value).toContain("caller-supplied row, not read");
    expect(r.breakdown.find((s) => s.step === "bracket")?.citation).toBeUndefined();
  });

  it("a value above the caller's last row names the missing row", () => {
    const short: CallerRateTable = { source: "test", rows: [INFERRED_UPPER_ROWS.rows[0] as never] };
    const e = errorOf(() =>
      tax({ year: 2024, objects: [{ assessedValue: kzt("400000000") }], upperRows: short }),
    );
    expect(e.message).toContain("upperRows.rows[1]");
    expect(e.message).toContain("above 350 000 000");
  });

  it("refuses a caller table whose fixed sum is not the tax at its lower edge, or that does not start at 150 mn", () => {
    const bad: CallerRateTable = {
      source: "test",
      rows: [{ over: kzt("150000000"), fixed: kzt("796000"), ratePercent: "0.7" }],
    };
    expect(
      errorOf(() => tax({ year: 2025, objects: [{ assessedValue: kzt("1") }], upperRows: bad })).message,
    ).toContain("796 600");
    const gap: CallerRateTable = {
      source: "test",
      rows: [{ over: kzt("200000000"), fixed: kzt("796600"), ratePercent: "0.7" }],
    };
    expect(
      errorOf(() => tax({ year: 2025, objects: [{ assessedValue: kzt("1") }], upperRows: gap })).message,
    ).toContain("previous row's upper edge 150 000 000");
  });

  it("refuses a caller table for 2026 (the 2026 scale is read)", () => {
    expect(
      errorOf(() =>
        tax({ year: 2026, objects: [{ assessedValue: kzt("1") }], upperRows: INFERRED_UPPER_ROWS }),
      ).message,
    ).toContain("omit upperRows");
  });
});

describe("2026: the 450 mn rule", () => {
  it("two objects of 225 mn (total exactly 450 mn) are taxed one by one; one tenge more switches to the aggregate", () => {
    // each: 796 600 + 0.7 % × 75 000 000 = 796 600 + 525 000 = 1 321 600; two → 2 643 200
    expect(
      tax({
        year: 2026,
        objects: [{ assessedValue: kzt("225000000") }, { assessedValue: kzt("225000000") }],
      }),
    ).toBe(`${2 * (796_600 + (75_000_000 * 7) / 1000)}.00`);
    // total 450 000 001: 2 946 600 + 2 % × 1 = 2 946 600.02 → 2 946 600 (whole tenge). The law's jump at the
    // switch is UP (+303 400 here), never down: see the monotonicity property.
    const r = propertyTax({
      year: 2026,
      objects: [{ assessedValue: kzt("225000000") }, { assessedValue: kzt("225000001") }],
    });
    expect(r.aggregate).toBe(true);
    expect(r.amount.toKzt()).toBe("2946600.00");
  });

  it("a single object is continuous at 450 mn", () => {
    expect(one(2026, "450000000")).toBe("2946600.00");
    expect(one(2026, "450000050")).toBe("2946601.00"); // 2 946 600 + 2 % × 50 = 2 946 601
  });

  it("the 450 mn rule does not exist before 2026 (caller rows apply)", () => {
    const r = propertyTax({
      year: 2025,
      objects: [{ assessedValue: kzt("300000000") }, { assessedValue: kzt("200000000") }],
      upperRows: INFERRED_UPPER_ROWS,
    });
    expect(r.aggregate).toBe(false);
    // 796 600 + 0.7 % × 150 mn = 1 846 600; 796 600 + 0.7 % × 50 mn = 1 146 600
    expect(r.amount.toKzt()).toBe(`${1_846_600 + 1_146_600}.00`);
  });
});

describe("luxury coefficient (2026)", () => {
  it("multiplies the value: 100 mn × 1.5 = 150 mn → 796 600", () => {
    const r = propertyTax({
      year: 2026,
      objects: [{ assessedValue: kzt("100000000"), luxuryCoefficient: "1.5" }],
    });
    expect(r.amount.toKzt()).toBe("796600.00");
    const step = r.breakdown.find((s) => s.step === "coefficient");
    expect(step?.citation?.evidence).toBe("published");
  });

  it("refuses values outside 1–1.5, and any value other than 1 before 2026", () => {
    for (const k of ["1.6", "0.9", "2"]) {
      const e = errorOf(() =>
        tax({ year: 2026, objects: [{ assessedValue: kzt("1"), luxuryCoefficient: k }] }),
      );
      expect(e.message).toContain("outside 1 to 1.5");
    }
    expect(
      errorOf(() => tax({ year: 2025, objects: [{ assessedValue: kzt("1"), luxuryCoefficient: "1.2" }] }))
        .message,
    ).toContain("only from tax year 2026");
    expect(tax({ year: 2025, objects: [{ assessedValue: kzt("4000000"), luxuryCoefficient: "1" }] })).toBe(
      "2600.00",
    );
  });
});

describe("benefits (2017 Code Art. 526 p.2; MRP of 1 January)", () => {
  it("1 500 MRP in 2025 (MRP 3 932 → 5 898 000): 10 mn → taxable 4 102 000 → 2 600 + 0.1 % × 102 000 = 2 702", () => {
    const r = propertyTax({
      year: 2025,
      objects: [{ assessedValue: kzt("10000000") }],
      benefit: "within_1500_mrp",
    });
    expect(r.amount.toKzt()).toBe("2702.00");
    expect(r.objects[0]?.exempt.toKzt()).toBe("5898000.00");
    expect(r.breakdown.find((s) => s.step === "benefit")?.citation).toMatchObject({
      article: "526",
      paragraph: "2",
    });
    expect(r.breakdown.find((s) => s.step === "MRP")?.value).toContain("3932.00");
  });

  it("1 000 MRP in 2025 (3 932 000): 10 mn → taxable 6 068 000 → 4 600 + 0.15 % × 68 000 = 4 702", () => {
    expect(
      tax({ year: 2025, objects: [{ assessedValue: kzt("10000000") }], benefit: "within_1000_mrp" }),
    ).toBe("4702.00");
  });

  it("at and below the threshold nothing is due", () => {
    expect(
      tax({ year: 2025, objects: [{ assessedValue: kzt("3932000") }], benefit: "within_1000_mrp" }),
    ).toBe("0.00");
    expect(
      tax({ year: 2025, objects: [{ assessedValue: kzt("5898000") }], benefit: "within_1500_mrp" }),
    ).toBe("0.00");
    // one tenge above 1 000 MRP: 0.05 % × 1 = 0.0005 KZT → 0.00; 1 000 tenge above: 0.50
    expect(
      tax({ year: 2025, objects: [{ assessedValue: kzt("3933000") }], benefit: "within_1000_mrp" }),
    ).toBe("0.50");
  });

  it("2020 uses the MRP of 1 January (2 651), not the one from 1 April (2 778)", () => {
    // 4 651 000 − 1 000 × 2 651 = 2 000 000 → 1 000. With 2 778 it would be 1 873 000 × 0.05 % = 936.50.
    expect(
      tax({ year: 2020, objects: [{ assessedValue: kzt("4651000") }], benefit: "within_1000_mrp" }),
    ).toBe("1000.00");
  });

  it("the exemption is taken from the objects in the order given", () => {
    const r = propertyTax({
      year: 2025,
      objects: [{ assessedValue: kzt("2000000") }, { assessedValue: kzt("4000000") }],
      benefit: "within_1000_mrp",
    });
    // first object fully exempt (2 000 000), second 4 000 000 − 1 932 000 = 2 068 000 → 1 000 + 0.08 % × 68 000 = 1 054.40
    expect(r.objects.map((o) => o.taxableValue.toKzt())).toEqual(["0.00", "2068000.00"]);
    expect(r.amount.toKzt()).toBe("1054.40");
  });

  it("2026: named benefits are refused (article not read); a caller benefit with a citation is used", () => {
    expect(
      errorOf(() => tax({ year: 2026, objects: [{ assessedValue: kzt("1") }], benefit: "within_1000_mrp" }))
        .message,
    ).toContain("{ mrp, citation }");
    const citation: Citation = {
      act: "Tax Code of 18 Jul 2025 No 214-VIII",
      article: "(caller's reading)",
      versionDate: "2026-01-01",
    };
    // 10 000 000 − 1 000 × 4 325 = 5 675 000 → 2 600 + 0.1 % × 1 675 000 = 4 275
    expect(
      tax({ year: 2026, objects: [{ assessedValue: kzt("10000000") }], benefit: { mrp: "1000", citation } }),
    ).toBe("4275.00");
    expect(
      errorOf(() =>
        tax({
          year: 2026,
          objects: [{ assessedValue: kzt("1") }],
          benefit: { mrp: "1000", citation: { ...citation, act: "" } },
        }),
      ).message,
    ).toContain("benefit.citation");
  });
});

describe("part year (2026 Code Art. 603) and rounding", () => {
  it("months 12 = annual; months 1 = annual ÷ 12", () => {
    expect(one(2025, "4000000", 12)).toBe("2600.00");
    expect(one(2025, "4000000", 1)).toBe("216.67"); // 2 600 ÷ 12 = 216.666… → 216.67 (tiyn kept)
    expect(one(2026, "4000000", 1)).toBe("217.00"); // → whole tenge
    expect(one(2025, "4000000", 7)).toBe("1516.67"); // 2 600 × 7 ÷ 12 = 1 516.666…
    expect(one(2026, "4000000", 6)).toBe("1300.00");
  });

  it("the months step names the tiyn rounding of the year: truncated in 2026, half away from zero in 2025", () => {
    // 2 600 ÷ 12 × 1 = 216.666…: 2026 truncates to 216.66 (whole tenge follows: 217), 2025 keeps 216.67
    const r26 = propertyTax({ year: 2026, objects: [{ assessedValue: kzt("4000000"), months: 1 }] });
    const m26 = r26.breakdown.find((s) => s.step === "months")?.value;
    expect(m26).toBe(
      "object 1: 2600.00 ÷ 12 × 1 = 216.66 KZT (to the tiyn, truncated: the year's rounding to whole tenge follows)",
    );
    expect(r26.objects[0]?.due.toKzt()).toBe("216.66");
    const r25 = propertyTax({ year: 2025, objects: [{ assessedValue: kzt("4000000"), months: 1 }] });
    const m25 = r25.breakdown.find((s) => s.step === "months")?.value;
    expect(m25).toContain("2600.00 ÷ 12 × 1 = 216.67 KZT (to the tiyn, half away from zero)");
    expect(m25).not.toContain("truncated");
  });

  it("cites Art. 603 in 2026 and says the 2017 rule was not read", () => {
    const r26 = propertyTax({ year: 2026, objects: [{ assessedValue: kzt("4000000"), months: 3 }] });
    expect(r26.breakdown.find((s) => s.step === "months")?.citation?.article).toBe("603");
    const r25 = propertyTax({ year: 2025, objects: [{ assessedValue: kzt("4000000"), months: 3 }] });
    const m = r25.breakdown.find((s) => s.step === "months");
    expect(m?.citation).toBeUndefined();
    expect(m?.value).toContain("inference");
  });

  it("ownershipMonths: buyer counts the month of acquisition, seller not the month of transfer", () => {
    expect(ownershipMonths(2026, { acquired: "2026-07-28" })).toBe(6);
    expect(ownershipMonths(2026, { transferred: "2026-07-28" })).toBe(6);
    expect(ownershipMonths(2026, { acquired: "2026-01-01" })).toBe(12);
    expect(ownershipMonths(2026, { acquired: "2025-05-01", transferred: "2027-01-01" })).toBe(12);
    expect(ownershipMonths(2026, { acquired: "2026-03-05", transferred: "2026-03-20" })).toBe(0);
    expect(ownershipMonths(2026, { transferred: "2026-12-31" })).toBe(11);
    expect(() => ownershipMonths(2026, { acquired: "2026-05-01", transferred: "2026-02-01" })).toThrow(
      FourthLevelError,
    );
  });

  it("2025 keeps the tiyn, 2026 rounds to whole tenge (half away from zero)", () => {
    expect(one(2025, "2000300")).toBe("1000.24"); // 1 000 + 0.08 % × 300
    expect(one(2026, "2000300")).toBe("1000.00");
    expect(one(2025, "2000625")).toBe("1000.50"); // 1 000 + 0.08 % × 625 = 1 000.50
    expect(one(2026, "2000625")).toBe("1001.00");
    const r = propertyTax({ year: 2026, objects: [{ assessedValue: kzt("2000625") }] });
    expect(r.breakdown.at(-1)?.value).toContain("1000.50 → 1001.00");
  });

  it("2025 → 2026 switch: the read rows are equal, the scale above 150 mn becomes available", () => {
    expect(one(2025, "4100000")).toBe("2700.00"); // 2 600 + 0.1 % × 100 000
    expect(one(2026, "4100000")).toBe("2700.00");
    expect(() => one(2025, "150000001")).toThrow(FourthLevelError);
    expect(one(2026, "150000100")).toBe("796601.00"); // 796 600 + 0.7 % × 100 = 796 600.70 → 796 601
  });
});
