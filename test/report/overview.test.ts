import { describe, expect, it } from "vitest";
import { FourthLevelError, resolveScenario, runScenario, scenarioOverview } from "../../src/index.js";

// Five units in two regions, costs 100 thousand KZT each; own revenues 5, 25 (20 tax + 5 non-tax), 50,
// 9.99 and 40: self-sufficiency 5.0, 25.0, 50.0, 10.0 (9.99 exactly) and 40.0 %.
const result = runScenario(
  resolveScenario({
    name: "five units",
    year: 2026,
    districts: [
      {
        kato: "104000000",
        units: [
          { kato: "104035000", figures: { tax_revenue: "5", expenditures: "100" } },
          { kato: "104057000", figures: { tax_revenue: "20", non_tax_revenue: "5", expenditures: "100" } },
          { kato: "104049000", figures: { tax_revenue: "50", expenditures: "100" } },
        ],
      },
      {
        kato: "394800000",
        units: [{ kato: "394845000", figures: { tax_revenue: "9.99", expenditures: "100" } }],
      },
      {
        kato: "395400000",
        units: [{ kato: "395420000", figures: { tax_revenue: "40", transfers: "60", expenditures: "100" } }],
      },
    ],
  }),
);
const overview = scenarioOverview(result, { mostDependent: 2 });
const k = (m: { toThousandKzt(): string } | undefined) => m?.toThousandKzt();

describe("scenarioOverview", () => {
  it("gives deciles by nearest rank and the shares under 10 % and 35 %, exactly", () => {
    const s = overview.selfSufficiency;
    // sorted 5.0, 9.99, 25.0, 40.0, 50.0; the k-th decile is rank ⌈k·5/10⌉: 1,1,2,2,3,3,4,4,5
    expect(s.deciles).toEqual(["5.0", "5.0", "10.0", "10.0", "25.0", "25.0", "40.0", "40.0", "50.0"]);
    expect([s.min, s.max]).toEqual(["5.0", "50.0"]);
    // 9.99 % shows as 10.0 but is under 10: 2 of 5 units = 40.0 %; under 35: 3 of 5 = 60.0 %
    expect(s.under10).toEqual({ units: 2, percent: "40.0" });
    expect(s.under35).toEqual({ units: 3, percent: "60.0" });
    expect(overview.mostDependent.map((u) => u.unit.code)).toEqual(["104035000", "394845000"]);
  });

  it("sums every line by region, by district and for all units", () => {
    // own 5 + 25 + 50 + 9.99 + 40 = 129.99 of costs 500: 26.0 %; Abai region 80 of 300: 26.7 %;
    // Kostanay region 49.99 of 200: 24.995, rounded half up 25.0 %
    expect(k(overview.totals.ownRevenues)).toBe("129.99");
    expect(k(overview.totals.lines.expenditures)).toBe("500");
    expect(overview.totals.selfSufficiency).toBe("26.0");
    expect(overview.regions.map((r) => [r.code, r.totals.units, r.totals.selfSufficiency])).toEqual([
      ["100000000", 3, "26.7"],
      ["390000000", 2, "25.0"],
    ]);
    expect(overview.districts.map((d) => [d.code, d.region, k(d.totals.lines.tax_revenue)])).toEqual([
      ["104000000", "100000000", "75"],
      ["394800000", "390000000", "9.99"],
      ["395400000", "390000000", "40"],
    ]);
    // lines some units do not state are summed over those that do, and counted
    expect(k(overview.totals.lines.transfers)).toBe("60");
    expect(overview.totals.missing).toMatchObject({ transfers: 4, non_tax_revenue: 4, capital_sales: 5 });
  });

  it("refuses what is not a result or a count", () => {
    expect(() => scenarioOverview({} as never)).toThrow(FourthLevelError);
    expect(() => scenarioOverview(result, { mostDependent: -1 })).toThrow(/0 or more/);
  });
});
