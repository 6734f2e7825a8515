import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf, errorOf } from "../../../../../test/support.js";
import type { Citation } from "../../../../citation/citation.js";
import { advertisingFee } from "./advertising-fee.js";
import type { AdvertisingFeeInput, CallerAdvertisingRates } from "./advertising-input.js";
import { AD_OBJECT_TYPES, type AdObjectType, ROAD_CATEGORIES, type RoadCategory } from "./rates.js";

// MRP 2026 = 4 325 KZT; 2025 = 3 932; 2020 = 2 651 (Jan–Mar), 2 778 (from 1 April).

const columnC = (objectType: AdObjectType) => ({ kind: "fourth_level_column_c", objectType }) as const;
const road = (roadCategory: RoadCategory) =>
  ({ kind: "republican_road_right_of_way", roadCategory }) as const;

function fee(overrides: Partial<AdvertisingFeeInput> = {}): string {
  return advertisingFee({
    year: 2026,
    months: [1],
    sides: 1,
    location: columnC("non_video"),
    notified: true,
    ...overrides,
  }).amount.toKzt();
}

const callerCitation: Citation = {
  act: "Tax Code of 25 Dec 2017 No 120-VI",
  article: "605",
  paragraph: "(caller's reading, test values)",
  versionDate: "2025-01-01",
};

describe("advertisingFee 2026, column C (Art. 655 p.3), hand-computed with MRP 4 325", () => {
  it("sign ≤ 2 m²: 0.5 × 4 325 = 2 162.50 → 2 163 (whole tenge, half away from zero)", () => {
    const r = advertisingFee({
      year: 2026,
      months: [1],
      sides: 1,
      areaM2: "2",
      location: columnC("non_video"),
      notified: true,
    });
    expect(r.tax).toBe("advertising");
    expect(r.year).toBe(2026);
    expect(r.amount.toKzt()).toBe("2163.00");
    expect(r.breakdown.at(-1)?.value).toContain("2162.50 → 2163.00");
    expect(r.breakdown[0]?.value).toContain("row 1");
  });
  it.each([
    // [area m², expected KZT, hand computation]
    ["2", "2163.00", "row 1: 0.5 × 4 325 = 2 162.5 → 2 163"],
    ["2.01", "4325.00", "row 3.1: 1 × 4 325"],
    ["5", "4325.00", "row 3.1: 1 × 4 325"],
    ["5.01", "8650.00", "row 3.2: 2 × 4 325"],
    ["10", "8650.00", "row 3.2: 2 × 4 325"],
    ["10.01", "12975.00", "row 3.3: 3 × 4 325"],
    ["20", "12975.00", "row 3.3: 3 × 4 325"],
    ["20.01", "21625.00", "row 3.4: 5 × 4 325"],
    ["30", "21625.00", "row 3.4: 5 × 4 325"],
    ["30.01", "30275.00", "row 3.5: 7 × 4 325"],
    ["50", "30275.00", "row 3.5: 7 × 4 325"],
    ["50.01", "51900.00", "row 3.6: 12 × 4 325"],
    ["70", "51900.00", "row 3.6: 12 × 4 325"],
    ["70.01", "108125.00", "row 3.7: 25 × 4 325"],
  ])("non-video ad band edge %s m² → %s (%s)", (areaM2, expected) => {
    expect(fee({ areaM2 })).toBe(expected);
  });
  it("other rows: lightbox 1 MRP, rooftop 6/8, street furniture 0/0/1, kiosk 0/0/1/2, mobile 1, video 6/16, ticker 1", () => {
    expect(fee({ location: columnC("lightbox") })).toBe("4325.00");
    expect(fee({ location: columnC("rooftop"), areaM2: "30" })).toBe("25950.00"); // 6 × 4 325
    expect(fee({ location: columnC("rooftop"), areaM2: "30.5" })).toBe("34600.00"); // 8 × 4 325
    expect(fee({ location: columnC("street_furniture"), areaM2: "5" })).toBe("0.00");
    expect(fee({ location: columnC("street_furniture"), areaM2: "10" })).toBe("0.00");
    expect(fee({ location: columnC("street_furniture"), areaM2: "10.01" })).toBe("4325.00");
    expect(fee({ location: columnC("kiosk"), areaM2: "2" })).toBe("0.00");
    expect(fee({ location: columnC("kiosk"), areaM2: "5" })).toBe("0.00");
    expect(fee({ location: columnC("kiosk"), areaM2: "10" })).toBe("4325.00");
    expect(fee({ location: columnC("kiosk"), areaM2: "11" })).toBe("8650.00");
    expect(fee({ location: columnC("mobile") })).toBe("4325.00");
    expect(fee({ location: columnC("video"), areaM2: "20" })).toBe("25950.00"); // 6 × 4 325
    expect(fee({ location: columnC("video"), areaM2: "21" })).toBe("69200.00"); // 16 × 4 325
    expect(fee({ location: columnC("running_line") })).toBe("4325.00");
  });
  it("the fee is paid month by month (Art. 656): each month is rounded, so 12 months of a sign ≤ 2 m² = 25 956", () => {
    // each month 0.5 × 4 325 = 2 162.50 → 2 163; twelve monthly payments: 12 × 2 163 = 25 956
    expect(fee({ areaM2: "1", months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] })).toBe("25956.00");
    // lightbox, 2 sides, 12 months: 1 × 2 × 12 × 4 325 = 103 800
    expect(
      fee({ location: columnC("lightbox"), sides: 2, months: [12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] }),
    ).toBe("103800.00");
  });
  it("no notification doubles (Art. 653 p.2): 5–10 m² billboard 2 × 2 × 4 325 = 17 300", () => {
    expect(fee({ areaM2: "8", notified: false })).toBe("17300.00");
    expect(fee({ areaM2: "8" })).toBe("8650.00");
  });
  it("maslikhat adjustment within −50 … +100 %, applied before doubling", () => {
    expect(fee({ areaM2: "8", maslikhatAdjustmentPercent: "100" })).toBe("17300.00"); // 2 × 2 × 4 325
    // 0.5 × 0.5 × 4 325 = 1 081.25 → 1 081
    expect(fee({ areaM2: "1", maslikhatAdjustmentPercent: "-50" })).toBe("1081.00");
    // 0.5 × 0.5 × 2 × 4 325 = 2 162.5 → 2 163
    expect(fee({ areaM2: "1", maslikhatAdjustmentPercent: "-50", notified: false })).toBe("2163.00");
    // 2 × 1.3 × 4 325 = 11 245
    expect(fee({ areaM2: "8", maslikhatAdjustmentPercent: "30" })).toBe("11245.00");
    expect(codeOf(() => fee({ areaM2: "8", maslikhatAdjustmentPercent: "100.01" }))).toBe("INVALID_INPUT");
    expect(codeOf(() => fee({ areaM2: "8", maslikhatAdjustmentPercent: "-51" }))).toBe("INVALID_INPUT");
  });
});

describe("advertisingFee, republican road right-of-way (Art. 655 p.2)", () => {
  it("up to 3 m²: 8 / 7 / 3 / 2 MRP", () => {
    expect(fee({ location: road("approach_to_city"), areaM2: "3" })).toBe("34600.00"); // 8 × 4 325
    expect(fee({ location: road("I_II"), areaM2: "3" })).toBe("30275.00"); // 7 × 4 325
    expect(fee({ location: road("III"), areaM2: "1" })).toBe("12975.00"); // 3 × 4 325
    expect(fee({ location: road("IV"), areaM2: "0.5" })).toBe("8650.00"); // 2 × 4 325
  });
  it("above 3 m² in proportion: 6 m² at 7 MRP → 14 MRP = 60 550; 4 m² → 28/3 MRP = 40 366.67 → 40 367", () => {
    expect(fee({ location: road("I_II"), areaM2: "6" })).toBe("60550.00");
    expect(fee({ location: road("I_II"), areaM2: "4" })).toBe("40367.00");
  });
  it("refuses a maslikhat adjustment (none provided for p.2)", () => {
    expect(codeOf(() => fee({ location: road("IV"), areaM2: "1", maslikhatAdjustmentPercent: "10" }))).toBe(
      "INVALID_INPUT",
    );
    expect(fee({ location: road("IV"), areaM2: "1", maslikhatAdjustmentPercent: "0" })).toBe("8650.00");
  });
});

describe("advertisingFee 2018–2025: column C supplied by the caller", () => {
  it("2025 without a table → NO_ESTABLISHED_RATE naming rateTable.columnC.<type> and the 2026 band as a hint", () => {
    const e = errorOf(() => fee({ year: 2025, areaM2: "7" }));
    expect(e.code).toBe("NO_ESTABLISHED_RATE");
    expect(e.details.missing).toBe("rateTable.columnC.non_video");
    expect(e.details.objectType).toBe("non_video");
    expect(e.message).toContain("row 3.2");
    expect(e.message).toContain("7 m²");
  });
  it("2025 lightbox (no area band) without a table → NO_ESTABLISHED_RATE, not a request for an area", () => {
    const e = errorOf(() => fee({ year: 2025, location: columnC("lightbox") }));
    expect(e.code).toBe("NO_ESTABLISHED_RATE");
    expect(e.details.missing).toBe("rateTable.columnC.lightbox");
  });
  it("2025 with a caller table: 2 MRP × 3 932 = 7 864; 0.7 MRP × 3 932 = 2 752.40 (kept to the tiyn)", () => {
    const rateTable: CallerAdvertisingRates = {
      columnC: { non_video: [{ upToM2: "3", mrp: "0.7" }, { mrp: "2" }] },
      citation: callerCitation,
    };
    expect(fee({ year: 2025, areaM2: "7", rateTable })).toBe("7864.00");
    expect(fee({ year: 2025, areaM2: "3", rateTable })).toBe("2752.40");
  });
  it("a caller table whose bands stop short names the band", () => {
    const rateTable: CallerAdvertisingRates = {
      columnC: { non_video: [{ upToM2: "10", mrp: "1" }] },
      citation: callerCitation,
    };
    const e = errorOf(() => fee({ year: 2025, areaM2: "12", rateTable }));
    expect(e.code).toBe("NO_ESTABLISHED_RATE");
    expect(e.details.missing).toBe("rateTable.columnC.non_video band covering 12 m²");
  });
  it("no notification in 2025 needs the caller's multiplier; adjustment limits are not established", () => {
    const rateTable: CallerAdvertisingRates = {
      columnC: { lightbox: [{ mrp: "1" }] },
      citation: callerCitation,
    };
    const e = errorOf(() => fee({ year: 2025, location: columnC("lightbox"), notified: false, rateTable }));
    expect(e.code).toBe("NO_ESTABLISHED_RATE");
    expect(e.details.missing).toBe("rateTable.withoutNotificationFactor");
    expect(
      fee({
        year: 2025,
        location: columnC("lightbox"),
        notified: false,
        rateTable: { ...rateTable, withoutNotificationFactor: "2" },
      }),
    ).toBe("7864.00"); // 1 × 2 × 3 932
    expect(
      codeOf(() =>
        fee({ year: 2025, location: columnC("lightbox"), maslikhatAdjustmentPercent: "10", rateTable }),
      ),
    ).toBe("NO_ESTABLISHED_RATE");
  });
  it("a caller table needs a citation", () => {
    const e = errorOf(() =>
      fee({
        year: 2025,
        location: columnC("lightbox"),
        rateTable: {
          columnC: { lightbox: [{ mrp: "1" }] },
          citation: { act: "", article: "", versionDate: "" },
        },
      }),
    );
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["rateTable.citation.act", "INVALID_RULE"],
      ["rateTable.citation.article", "INVALID_RULE"],
      ["rateTable.citation.versionDate", "INVALID_RULE"],
    ]);
  });
  it("road rates 2018–2025 as published (8/7/3/2 up to 3 m²); above 3 m² only with the caller's confirmation", () => {
    expect(fee({ year: 2025, location: road("IV"), areaM2: "2" })).toBe("7864.00"); // 2 × 3 932
    const e = errorOf(() => fee({ year: 2025, location: road("IV"), areaM2: "6" }));
    expect(e.code).toBe("NO_ESTABLISHED_RATE");
    expect(e.details.missing).toBe("rateTable.roadAbove3M2");
    // 2 × 6 ÷ 3 × 3 932 = 15 728
    expect(
      fee({
        year: 2025,
        location: road("IV"),
        areaM2: "6",
        rateTable: { roadAbove3M2: "proportional", citation: callerCitation },
      }),
    ).toBe("15728.00");
  });
  it("uses the MRP in force on the 1st of each month: 2020 March + April, road IV = 2 × (2 651 + 2 778) = 10 858", () => {
    const r = advertisingFee({
      year: 2020,
      months: [4, 3],
      sides: 1,
      areaM2: "2",
      location: road("IV"),
      notified: true,
    });
    expect(r.amount.toKzt()).toBe("10858.00");
  });
});

describe("advertisingFee input checks", () => {
  it("refuses bad months, sides, areas, types and years without values", () => {
    expect(codeOf(() => fee({ months: [] }))).toBe("INVALID_INPUT");
    expect(codeOf(() => fee({ areaM2: "1", months: [13] }))).toBe("INVALID_INPUT");
    expect(codeOf(() => fee({ areaM2: "1", months: [2, 2] }))).toBe("INVALID_INPUT");
    // the bad month is named by its own index, also among several months
    expect(errorOf(() => fee({ areaM2: "1", months: [1, 13] })).issues).toEqual([
      { path: ["months", 1], code: "INVALID_INPUT", message: "13 is not a month 1–12" },
    ]);
    expect(errorOf(() => fee({ areaM2: "1", months: [3, 5, 3] })).issues).toEqual([
      { path: ["months", 2], code: "INVALID_INPUT", message: "month 3 is given twice" },
    ]);
    expect(codeOf(() => fee({ areaM2: "1", sides: 0 }))).toBe("INVALID_INPUT");
    expect(codeOf(() => fee({ areaM2: "1", sides: 1.5 }))).toBe("INVALID_INPUT");
    expect(codeOf(() => fee({ areaM2: "0" }))).toBe("INVALID_INPUT");
    expect(codeOf(() => fee({ areaM2: "-1" }))).toBe("INVALID_INPUT");
    expect(codeOf(() => fee({ areaM2: 2.5 as unknown as string }))).toBe("INVALID_INPUT");
    expect(errorOf(() => fee({ areaM2: 2.5 as unknown as string })).message).toContain(
      "2.5 is not a decimal",
    );
    expect(codeOf(() => fee({}))).toBe("INVALID_INPUT"); // non-video needs an area
    expect(codeOf(() => fee({ location: road("IV") }))).toBe("INVALID_INPUT");
    expect(codeOf(() => fee({ location: columnC("poster" as AdObjectType), areaM2: "1" }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => fee({ location: road("V" as RoadCategory), areaM2: "1" }))).toBe("INVALID_INPUT");
    expect(codeOf(() => fee({ year: 2017, location: road("IV"), areaM2: "1" }))).toBe("NO_VALUE_ON_DATE");
    expect(codeOf(() => fee({ year: 2027, location: columnC("lightbox") }))).toBe("NO_VALUE_ON_DATE");
  });
});

describe("advertisingFee properties", () => {
  // Areas 0.01 … 150 m² written as decimal strings with two decimals.
  const hundredths = fc.integer({ min: 1, max: 15_000 });
  const m2 = (h: number) => `${Math.trunc(h / 100)}.${String(h % 100).padStart(2, "0")}`;
  const areaArb = hundredths.map(m2);
  const amount = (input: Partial<AdvertisingFeeInput>) =>
    advertisingFee({
      year: 2026,
      months: [1],
      sides: 1,
      location: columnC("non_video"),
      notified: true,
      ...input,
    }).amount;

  it("2026: a larger side never pays less, for every column-C type and road category (no step down)", () => {
    const locations = [...AD_OBJECT_TYPES.map(columnC), ...ROAD_CATEGORIES.map(road)];
    fc.assert(
      fc.property(fc.constantFrom(...locations), hundredths, hundredths, (location, a, b) => {
        const [lo, hi] = a <= b ? [m2(a), m2(b)] : [m2(b), m2(a)];
        expect(
          amount({ location, areaM2: lo }).compare(amount({ location, areaM2: hi })),
        ).toBeLessThanOrEqual(0);
      }),
    );
  });
  it("2026: more sides or months, or no notification, never pay less", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...AD_OBJECT_TYPES),
        areaArb,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 11 }),
        (type, areaM2, sides, monthCount) => {
          const months = Array.from({ length: monthCount }, (_, i) => i + 1);
          const base = amount({ location: columnC(type), areaM2, sides, months });
          expect(
            base.compare(amount({ location: columnC(type), areaM2, sides: sides + 1, months })),
          ).toBeLessThanOrEqual(0);
          expect(
            base.compare(
              amount({ location: columnC(type), areaM2, sides, months: [...months, monthCount + 1] }),
            ),
          ).toBeLessThanOrEqual(0);
          expect(
            base.compare(amount({ location: columnC(type), areaM2, sides, months, notified: false })),
          ).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
