import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf, errorOf } from "../../../../../test/support.js";
import type { LandTaxInput, SettlementPlot } from "./land-input.js";
import { landTax } from "./land-tax.js";
import { landTaxMonths } from "./land-tax-months.js";
import { kostanayTown, type PlotExtra, plotOf, type Town } from "./plots.fixture.js";

const settlement = (
  year: number,
  areaM2: number | string,
  category: SettlementPlot["category"],
  extra: PlotExtra = {},
  input: Partial<LandTaxInput> = {},
) => landTax({ year, payer: "legal_entity", plot: plotOf(areaM2, category, extra), ...input });

describe("land tax on settlement land: hand-computed", () => {
  it("village and settlement, 2025 (2017 Code Art. 505 from 2020: 0.48 and 0.96 KZT/m²)", () => {
    // 1 000 m² × 0.48 = 480; 1 000 m² × 0.96 = 960
    expect(settlement(2025, 1000, "village").amount.toKzt()).toBe("480.00");
    expect(settlement(2025, 1000, "settlement").amount.toKzt()).toBe("960.00");
    // the same rows in 2026 (Art. 577 column 3, rows 29–30)
    expect(settlement(2026, 1000, "village").amount.toKzt()).toBe("480.00");
    expect(settlement(2026, 1000, "settlement").amount.toKzt()).toBe("960.00");
    // an individual's non-housing plot, 2025: same rate
    expect(
      landTax({
        year: 2025,
        payer: "individual",
        plot: { kind: "settlement", areaM2: 1000, category: "village" },
      }).amount.toKzt(),
    ).toBe("480.00");
  });

  it("district town of Kostanay oblast: 75 % × 6.27 = 4.7025 KZT/m², kept exact", () => {
    // 0.75 × 6.27 × 1 000 = 4 702.50: 2025 keeps the tiyn, 2026 rounds to whole tenge half away from zero
    const r2025 = settlement(2025, 1000, "city_of_district_significance", kostanayTown);
    expect(r2025.amount.toKzt()).toBe("4702.50");
    expect(r2025.breakdown.some((s) => s.value.includes("4.7025") && s.value.includes("kept exact"))).toBe(
      true,
    );
    expect(settlement(2026, 1000, "city_of_district_significance", kostanayTown).amount.toKzt()).toBe(
      "4703.00",
    );
    // 3 m² × 4.7025 = 14.1075 → 14.11 (the product, not the rate, is rounded to the tiyn)
    expect(settlement(2025, 3, "city_of_district_significance", kostanayTown).amount.toKzt()).toBe("14.11");
    // a town of oblast significance: 85 % × 6.27 × 1 000 = 5 329.50
    expect(settlement(2025, 1000, "city_of_oblast_significance", kostanayTown).amount.toKzt()).toBe(
      "5329.50",
    );
  });

  it("the fixed Almaty- and Akmola-region rows, and the named cities", () => {
    // Akmola region district town: 5.02 × 1 000; Almaty region: 5.79 × 1 000
    expect(
      settlement(2025, 1000, "city_of_district_significance", { regionRow: "akmola_region" }).amount.toKzt(),
    ).toBe("5020.00");
    expect(
      settlement(2024, 1000, "city_of_district_significance", { regionRow: "almaty_region" }).amount.toKzt(),
    ).toBe("5790.00");
    // Kostanay city 6.27 × 100 = 627; Almaty 28.95 × 10 = 289.50
    expect(settlement(2023, 100, "kostanay").amount.toKzt()).toBe("627.00");
    expect(settlement(2021, 10, "almaty").amount.toKzt()).toBe("289.50");
    // Kokshetau is Akmola region's centre: the share-of-centre rule would be wrong there
    expect(
      codeOf(() => settlement(2025, 1000, "city_of_district_significance", { oblastCentre: "kokshetau" })),
    ).toBe("INVALID_INPUT");
    // a district town with neither input, or both, is refused (never guessed)
    expect(codeOf(() => settlement(2025, 1000, "city_of_district_significance"))).toBe("INVALID_INPUT");
    expect(
      codeOf(() =>
        settlement(2025, 1000, "city_of_district_significance", {
          oblastCentre: "kostanay",
          regionRow: "akmola_region",
        }),
      ),
    ).toBe("INVALID_INPUT");
    expect(codeOf(() => settlement(2025, 1000, "village", kostanayTown))).toBe("INVALID_INPUT");
  });

  it("2026 housing land (column 4) for legal entities; refused for individuals from 2020", () => {
    // village 0.09 × 1 000 = 90; district town 0.19 × 1 000 = 190 (fixed, not 75 %)
    expect(settlement(2026, 1000, "village", { use: "housing" }).amount.toKzt()).toBe("90.00");
    expect(
      settlement(2026, 1000, "city_of_district_significance", {
        ...kostanayTown,
        use: "housing",
      }).amount.toKzt(),
    ).toBe("190.00");
    const individualHousing = (year: number) =>
      landTax({
        year,
        payer: "individual",
        plot: { kind: "settlement", areaM2: 1000, category: "village", use: "housing" },
      });
    expect(codeOf(() => individualHousing(2026))).toBe("NO_RULE");
    expect(errorOf(() => individualHousing(2026)).message).toMatch(/property tax/);
    expect(errorOf(() => individualHousing(2020)).message).toMatch(/property tax/);
    // 2020–2025 the Art. 505 table has no housing column: caller-supplied, the error names the entry
    expect(errorOf(() => settlement(2025, 1000, "village", { use: "housing" })).message).toContain(
      'rates["village/housing"]',
    );
    expect(codeOf(() => settlement(2025, 1000, "village", { use: "housing" }))).toBe("NO_ESTABLISHED_RATE");
  });

  it("maslikhat adjustment: ±50 % edges, out of range refused, not for individuals in 2026", () => {
    // 480 × 1.5 = 720; 480 × 0.5 = 240
    expect(settlement(2025, 1000, "village", {}, { maslikhatAdjustmentPercent: "50" }).amount.toKzt()).toBe(
      "720.00",
    );
    expect(settlement(2025, 1000, "village", {}, { maslikhatAdjustmentPercent: "-50" }).amount.toKzt()).toBe(
      "240.00",
    );
    expect(settlement(2026, 1000, "village", {}, { maslikhatAdjustmentPercent: "50" }).amount.toKzt()).toBe(
      "720.00",
    );
    expect(codeOf(() => settlement(2025, 1000, "village", {}, { maslikhatAdjustmentPercent: "50.01" }))).toBe(
      "INVALID_INPUT",
    );
    expect(
      codeOf(() => settlement(2025, 1000, "village", {}, { maslikhatAdjustmentPercent: "-50.01" })),
    ).toBe("INVALID_INPUT");
    expect(
      codeOf(() =>
        landTax({
          year: 2026,
          payer: "individual",
          plot: { kind: "settlement", areaM2: 1000, category: "village" },
          maslikhatAdjustmentPercent: "10",
        }),
      ),
    ).toBe("INVALID_INPUT");
    // Kostanay district town +10 %: 4 702.50 × 1.1 = 5 172.75 (2025)
    expect(
      settlement(2025, 1000, "city_of_district_significance", kostanayTown, {
        maslikhatAdjustmentPercent: "10",
      }).amount.toKzt(),
    ).toBe("5172.75");
  });

  it("industrial land inside a settlement: cut by at most 30 %", () => {
    // 960 × 0.7 = 672
    expect(settlement(2025, 1000, "settlement", { industrialCutPercent: "30" }).amount.toKzt()).toBe(
      "672.00",
    );
    expect(codeOf(() => settlement(2025, 1000, "settlement", { industrialCutPercent: "31" }))).toBe(
      "INVALID_INPUT",
    );
  });

  it("unused construction plots ×10 in 2026, except rows 27–30; not read for 2025", () => {
    // Kostanay city 6.27 × 1 000 × 10 = 62 700; Almaty-region district town (row 23) 5.79 × 1 000 × 10 = 57 900
    expect(settlement(2026, 1000, "kostanay", { unusedConstructionPlot: true }).amount.toKzt()).toBe(
      "62700.00",
    );
    expect(
      settlement(2026, 1000, "city_of_district_significance", {
        regionRow: "almaty_region",
        unusedConstructionPlot: true,
      }).amount.toKzt(),
    ).toBe("57900.00");
    // rows 28–30: no multiplier (4 703, 480)
    expect(
      settlement(2026, 1000, "city_of_district_significance", {
        ...kostanayTown,
        unusedConstructionPlot: true,
      }).amount.toKzt(),
    ).toBe("4703.00");
    expect(settlement(2026, 1000, "village", { unusedConstructionPlot: true }).amount.toKzt()).toBe("480.00");
    expect(codeOf(() => settlement(2025, 1000, "kostanay", { unusedConstructionPlot: true }))).toBe(
      "NO_ESTABLISHED_RATE",
    );
  });

  it("months: annual ÷ 12 × months", () => {
    // 480 ÷ 12 × 5 = 200
    expect(settlement(2025, 1000, "village", {}, { months: 5 }).amount.toKzt()).toBe("200.00");
    // 4 702.50 ÷ 12 × 7 = 2 743.125 → 2 743.13 (2025, tiyn) and → 2 743 (2026, whole tenge)
    expect(
      settlement(2025, 1000, "city_of_district_significance", kostanayTown, { months: 7 }).amount.toKzt(),
    ).toBe("2743.13");
    expect(
      settlement(2026, 1000, "city_of_district_significance", kostanayTown, { months: 7 }).amount.toKzt(),
    ).toBe("2743.00");
    expect(codeOf(() => settlement(2025, 1000, "village", {}, { months: 0 }))).toBe("INVALID_INPUT");
    expect(codeOf(() => settlement(2025, 1000, "village", {}, { months: 13 }))).toBe("INVALID_INPUT");
  });

  it("months under Art. 583: a state grant from the next month; a sale splits at the month of transfer", () => {
    expect(landTaxMonths(2026, {})).toBe(12);
    expect(landTaxMonths(2026, { acquired: { date: "2026-03-10", how: "state_grant" } })).toBe(9);
    expect(landTaxMonths(2026, { acquired: { date: "2026-03-10", how: "purchase" } })).toBe(10);
    expect(landTaxMonths(2026, { transferred: "2026-03-10" })).toBe(2);
    expect(landTaxMonths(2026, { acquired: { date: "2025-12-20", how: "state_grant" } })).toBe(12);
    expect(codeOf(() => landTaxMonths(2026, { acquired: { date: "2026-12-01", how: "state_grant" } }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => landTaxMonths(2026, { transferred: "2026-01-15" }))).toBe("INVALID_INPUT");
  });

  it("2018–2019: no established table, the caller supplies the entry", () => {
    expect(codeOf(() => settlement(2019, 1000, "village"))).toBe("NO_ESTABLISHED_RATE");
    expect(errorOf(() => settlement(2019, 1000, "village")).issues.map((i) => i.path)).toEqual([
      ["rates", "village"],
    ]);
    expect(errorOf(() => settlement(2019, 1000, "village")).message).toContain('rates["village"]');
    expect(
      errorOf(() => settlement(2018, 1000, "city_of_district_significance", kostanayTown)).message,
    ).toContain('rates["city_of_district_significance"]');
    // with a supplied rate of 0.50 KZT/m²: 1 000 × 0.50 = 500
    const r = settlement(2019, 1000, "village", {}, { rates: { village: "0.50" } });
    expect(r.amount.toKzt()).toBe("500.00");
    expect(r.breakdown[0]?.value).toContain("caller-supplied");
    // an established entry cannot be overridden
    expect(codeOf(() => settlement(2025, 1000, "village", {}, { rates: { village: "0.50" } }))).toBe(
      "INVALID_INPUT",
    );
  });

  it("2020–2025 oblast centres from 2022 have no row: the centre's rate is supplied", () => {
    const semeyTown = { oblastCentre: "semey" } as const;
    expect(
      errorOf(() => settlement(2024, 1000, "city_of_district_significance", semeyTown)).message,
    ).toContain('rates["semey"]');
    // 0.75 × 8.68 × 1 000 = 6 510 (the 2026 row 17 value supplied for 2024)
    expect(
      settlement(2024, 1000, "city_of_district_significance", semeyTown, {
        rates: { semey: "8.68" },
      }).amount.toKzt(),
    ).toBe("6510.00");
    // 2026 has the row: 0.75 × 8.68 × 1 000 = 6 510
    expect(settlement(2026, 1000, "city_of_district_significance", semeyTown).amount.toKzt()).toBe("6510.00");
  });

  it("years outside 2018–2026 and bad areas are refused", () => {
    expect(codeOf(() => settlement(2017, 1000, "village"))).toBe("INVALID_INPUT");
    expect(codeOf(() => settlement(2027, 1000, "village"))).toBe("INVALID_INPUT");
    expect(codeOf(() => settlement(2025, 0, "village"))).toBe("INVALID_INPUT");
    expect(codeOf(() => settlement(2025, "-5", "village"))).toBe("INVALID_INPUT");
    expect(codeOf(() => settlement(2025, "1e3", "village"))).toBe("INVALID_INPUT");
  });
});

describe("land tax on agricultural land", () => {
  const agri = (year: number, bonitet: number, unused = false, zone: "steppe" | "semi_desert" = "steppe") =>
    landTax({
      year,
      payer: "legal_entity",
      plot: { kind: "agricultural", areaHa: 100, zone, bonitet, unused },
    });

  it("steppe bonitet 10: 12.05 KZT/ha; unused ×10 in 2025, ×40 in 2026", () => {
    // 100 ha × 12.05 = 1 205; × 10 = 12 050; × 40 = 48 200
    expect(agri(2025, 10).amount.toKzt()).toBe("1205.00");
    expect(agri(2025, 10, true).amount.toKzt()).toBe("12050.00");
    expect(agri(2026, 10, true).amount.toKzt()).toBe("48200.00");
  });

  it("rows not shipped are caller-supplied, with the entry named", () => {
    expect(codeOf(() => agri(2025, 25))).toBe("NO_ESTABLISHED_RATE");
    expect(errorOf(() => agri(2025, 25)).message).toContain('rates["steppe:25"]');
    expect(errorOf(() => agri(2025, 51, false, "semi_desert")).message).toContain('rates["semi_desert:51"]');
    // 2026 semi-desert 51: 100 ha × 19.78 = 1 978; over 100: 100 × 50.18 = 5 018
    expect(agri(2026, 51, false, "semi_desert").amount.toKzt()).toBe("1978.00");
    expect(agri(2026, 120, false, "semi_desert").amount.toKzt()).toBe("5018.00");
  });

  it("no maslikhat adjustment of agricultural rates in 2026 (Art. 582 p.1 covers Art. 577–578)", () => {
    expect(
      codeOf(() =>
        landTax({
          year: 2026,
          payer: "legal_entity",
          plot: { kind: "agricultural", areaHa: 100, zone: "steppe", bonitet: 10 },
          maslikhatAdjustmentPercent: "10",
        }),
      ),
    ).toBe("INVALID_INPUT");
  });
});

describe("land tax properties", () => {
  const year = fc.integer({ min: 2020, max: 2026 });
  const area = fc.integer({ min: 1, max: 5_000_000 });
  const category = fc.constantFrom<Town & { readonly category: SettlementPlot["category"] }>(
    { category: "village" },
    { category: "settlement" },
    { category: "city_of_district_significance", oblastCentre: "kostanay" },
    { category: "city_of_district_significance", oblastCentre: "pavlodar" },
    { category: "city_of_oblast_significance", oblastCentre: "aktobe" },
    { category: "city_of_district_significance", regionRow: "akmola_region" },
    { category: "almaty" },
  );

  it("property: a larger plot never pays less within a year", () => {
    fc.assert(
      fc.property(year, category, area, area, (y, c, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const tax = (m2: number) =>
          landTax({ year: y, payer: "legal_entity", plot: plotOf(m2, c.category, c) }).amount;
        expect(tax(small).compare(tax(large))).toBeLessThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  it("property: proration never exceeds the annual amount; the two parts of a split year add up", () => {
    fc.assert(
      fc.property(year, category, area, fc.integer({ min: 1, max: 11 }), (y, c, a, cut) => {
        const tax = (months: number) =>
          landTax({ year: y, payer: "legal_entity", plot: plotOf(a, c.category, c), months }).amount;
        const annual = tax(12);
        const seller = tax(cut);
        const buyer = tax(12 - cut);
        expect(seller.compare(annual)).toBeLessThanOrEqual(0);
        // each part is rounded to the tiyn (half away from zero to 2025: within 1 tiyn); from 2026 each part
        // is truncated to the tiyn and then rounded to whole tenge, so the sum is within 1 tenge
        const gap = seller.plus(buyer).minus(annual).tiyn;
        const limit = y >= 2026 ? 100n : 1n;
        expect(gap >= -limit && gap <= limit).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
