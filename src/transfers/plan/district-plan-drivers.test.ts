import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { inputIssuesOf } from "../../../test/support.js";
import { Money } from "../../money/money.js";
import { type DistrictPlanInput, type PlanUnitInput, planDistrict } from "./district-plan.js";
import { applyRevenueList, revenueListInForce } from "./revenue-list.js";

const th = (amount: string) => Money.thousandKzt(amount);
const DISTRICT = { code: "100000000", name: "Test district" };
const unit = (over: Partial<PlanUnitInput> = {}): PlanUnitInput => ({
  code: "100000001",
  name: "Akkol",
  base: { year: 2026, ownRevenues: { tax: th("1000") }, costs: th("1000") },
  revenueGrowth: { tax: "0" },
  costGrowth: "0",
  ...over,
});
const plan2028 = (units: PlanUnitInput[], over: Partial<DistrictPlanInput> = {}) =>
  planDistrict({ district: DISTRICT, baseYear: 2026, horizon: 2028, units, ...over }, KZ_LAW);
const paths = (f: () => unknown) => inputIssuesOf(f).map((i) => i.path);

// The bundled MRP values (2025: 3 932, 2026: 4 325 KZT) are asserted in parameters.test.ts and
// mrp-path.test.ts; here they are the start of the hand-computed indexed years.
describe("planDistrict — the MRP path and lines growing with the MRP", () => {
  it("indexes the MRP by 5 % from 2027 and grows a line of 1 000 thousand KZT with it", () => {
    // MRP 2027 = 4 325 × 1.05 = 4 541.25 → mrpPath rounds half away from zero to whole tenge: 4 541.
    // MRP 2028 = 4 541 × 1.05 = 4 768.05 → 4 768.
    // Line 2027 = 1 000 000 × 4 541 / 4 325 = 1 049 942.196… → 1 049 942.20 KZT.
    // Line 2028 = 1 000 000 × (4 541/4 325) × (4 768/4 541) = 1 000 000 × 4 768 / 4 325
    //           = 1 102 427.745… → 1 102 427.75 KZT (rounded once, not compounded from 1 049 942.20).
    // The free-named "other" line grows 10 %: 200 → 220 → 242.
    const plan = plan2028(
      [
        unit({
          base: {
            year: 2026,
            ownRevenues: { "vehicle-tax-individuals": th("1000"), other: th("200") },
            costs: th("2000"),
          },
          revenueGrowth: { "vehicle-tax-individuals": "mrp", other: "0.1" },
        }),
      ],
      { mrp: { indexation: { fromYear: 2027, rate: "0.05" } } },
    );
    expect(plan.mrp?.map((y) => [y.year, y.mrp.toKzt(), y.source])).toEqual([
      [2026, "4325.00", "known"],
      [2027, "4541.00", "indexed"],
      [2028, "4768.00", "indexed"],
    ]);
    expect(plan.mrp?.[1]).toMatchObject({ factor: "1.05" });
    const [y2027, y2028] = plan.units[0]?.years ?? [];
    expect(y2027?.ownRevenues.lines["vehicle-tax-individuals"]?.toKzt()).toBe("1049942.20");
    expect(y2028?.ownRevenues.lines["vehicle-tax-individuals"]?.toKzt()).toBe("1102427.75");
    expect(y2028?.ownRevenues.lines.other?.toThousandKzt()).toBe("242");
    // 2027: own 1 049 942.20 + 220 000 = 1 269 942.20; costs 2 000 000 → subvention 730 057.80
    expect(y2027?.ownRevenues.total.toKzt()).toBe("1269942.20");
    expect(y2027?.transfer).toMatchObject({ kind: "subvention", source: "formula" });
    expect(y2027?.transfer.amount.toKzt()).toBe("730057.80");
    expect(y2027?.balance.isZero()).toBe(true);
  });

  it("uses the known MRP only when the plan ends by 2026: 2026 = 1 000 000 × 4 325 / 3 932", () => {
    // 1 000 000 × 4 325 / 3 932 = 1 099 949.135… → 1 099 949.14 KZT; no mrp input needed
    const plan = planDistrict(
      {
        district: DISTRICT,
        baseYear: 2025,
        horizon: 2026,
        units: [
          unit({
            base: { year: 2025, ownRevenues: { tax: th("1000") }, costs: th("1000") },
            revenueGrowth: { tax: "mrp" },
          }),
        ],
      },
      KZ_LAW,
    );
    expect(plan.units[0]?.years[0]?.ownRevenues.lines.tax?.toKzt()).toBe("1099949.14");
    expect(plan.mrp?.map((y) => [y.year, y.source])).toEqual([
      [2025, "known"],
      [2026, "known"],
    ]);
  });

  it("has no MRP path when nothing asks for one", () => {
    expect(plan2028([unit()]).mrp).toBeUndefined();
  });

  it('reports "mrp" without an indexation at the line, and a bad indexation under mrp', () => {
    const lines = unit({ code: "100000002", revenueGrowth: { tax: "mrp" } });
    const missing = inputIssuesOf(() => plan2028([unit(), lines]));
    expect(missing.map((i) => i.path)).toEqual([["units", 1, "revenueGrowth", "tax"]]);
    expect(missing[0]?.message).toMatch(/no indexation covers 2027–2028: give an MRP indexation$/);
    expect(paths(() => plan2028([lines], { mrp: { indexation: { fromYear: 2027, rate: "x" } } }))).toEqual([
      ["mrp", "indexation", "rate"],
    ]);
    // an indexation from 2028 leaves 2027 without an MRP
    expect(paths(() => plan2028([lines], { mrp: { indexation: { fromYear: 2028, rate: "0.05" } } }))).toEqual(
      [["mrp", "indexation", "fromYear"]],
    );
    expect(paths(() => plan2028([lines], { mrp: {} }))).toEqual([
      ["mrp", "indexation"],
      ["mrp", "indexation"],
    ]);
    expect(paths(() => plan2028([unit({ revenueGrowth: { tax: { 2027: "mrp", 2028: "0" } } })]))).toEqual([
      ["units", 0, "revenueGrowth", "tax", "2027"],
    ]);
  });
});

describe("planDistrict — population (consumers of public services)", () => {
  it("scales costs by population 1 000 → 1 100 (×1.1) and compounds with the cost growth", () => {
    // 2027: 1 000 000 × (1 + 0) × 1 100 / 1 000 = 1 100 000 KZT
    // 2028: 1 100 000 × 1.05 × 1 155 / 1 100 = 1 000 000 × 1.05 × 1 155 / 1 000 = 1 212 750 KZT
    const plan = plan2028([
      unit({
        costGrowth: { 2027: "0", 2028: "0.05" },
        population: { base: 1000, byYear: { 2027: 1100, 2028: 1155 } },
      }),
    ]);
    const [y2027, y2028] = plan.units[0]?.years ?? [];
    expect(y2027?.costs.toKzt()).toBe("1100000.00");
    expect(y2028?.costs.toKzt()).toBe("1212750.00");
    expect([y2027?.population, y2028?.population]).toEqual([1100, 1155]);
    expect(y2028?.costDirections).toHaveLength(1);
    expect(y2028?.costDirections[0]?.explanation).toContain("consumers 1155/1000");
    // own revenues 1 000 000 flat: 2027 subvention 100 000
    expect(y2027?.transfer.amount.toKzt()).toBe("100000.00");
  });

  it("in a planned base year the population is population.base and the costs are the base costs", () => {
    const plan = plan2028([unit({ population: { base: 1000, byYear: { 2027: 1100, 2028: 1100 } } })], {
      includeBaseYear: true,
    });
    expect(plan.units[0]?.years.map((y) => [y.year, y.population, y.costs.toThousandKzt()])).toEqual([
      [2026, 1000, "1000"],
      [2027, 1100, "1100"],
      [2028, 1100, "1100"],
    ]);
  });

  it("without a population the costs and costDirections stay as before", () => {
    const y = plan2028([unit({ costGrowth: "0.1" })]).units[0]?.years[0];
    expect(y?.costs.toThousandKzt()).toBe("1100");
    expect(y?.costDirections).toEqual([]);
    expect(y?.population).toBeUndefined();
  });

  it("is the equalisation indicator `population` of its year, winning over indicators.population", () => {
    // pool 6 000 by population. 2027: Akkol's forecast 2 000 (not its constant 1 200), Berik 800,
    // Zhana 2 000 → 2 000 : 800 : 2 000 of 4 800 → 2 500 / 1 000 / 2 500.
    const units = [
      unit({
        indicators: { population: "1200" },
        population: { base: 1200, byYear: { 2027: 2000, 2028: 2000 } },
      }),
      unit({ code: "100000002", name: "Berik", indicators: { population: "800" } }),
      unit({ code: "100000003", name: "Zhana", indicators: { population: "2000" } }),
    ];
    const plan = plan2028(units, {
      equalisation: { byYear: { 2027: { kind: "weights", pool: th("6000"), indicator: "population" } } },
    });
    expect(plan.units.map((u) => u.years[0]?.transfer.amount.toThousandKzt())).toEqual([
      "2500",
      "1000",
      "2500",
    ]);
  });

  it("reports every missing or bad year with its path", () => {
    expect(
      paths(() =>
        plan2028([
          unit(),
          unit({ code: "100000002", population: { base: 1000, byYear: { 2027: 1.5 } } }),
          unit({ code: "100000003", population: { base: 0, byYear: { 2026: 5, 2027: 1, 2028: 1 } } }),
        ]),
      ),
    ).toEqual([
      ["units", 1, "population", "byYear", "2027"],
      ["units", 1, "population", "byYear", "2028"],
      ["units", 2, "population", "base"],
      ["units", 2, "population", "byYear", "2026"],
    ]);
  });
});

describe("planDistrict — costs by direction", () => {
  // Base 2026: street lighting 600 (current, no consumers of its own → the population 1 000 → 1 100),
  // school 200 (current, 100 → 150 pupils, indexation 10 %), capital 200 → 500 in 2027.
  // 2027: 600 × 1 100 / 1 000 = 660; 200 × 1.1 × 150 / 100 = 330; capital 500 → 1 490 thousand KZT.
  const { costGrowth: _, ...neither } = unit();
  const withoutGrowth: PlanUnitInput = {
    ...neither,
    costDirections: [
      { direction: "street_lighting", kind: "current", base: th("600") },
      {
        direction: "school",
        kind: "current",
        base: th("200"),
        indexation: "0.1",
        consumers: { base: 100, byYear: { 2027: 150 } },
      },
      { direction: "roads", kind: "capital", base: th("200"), capitalByYear: { 2027: th("500") } },
    ],
    population: { base: 1000, byYear: { 2027: 1100 } },
  };

  it("sums the directions; the population scales a current direction without its own consumers", () => {
    const plan = planDistrict(
      { district: DISTRICT, baseYear: 2026, horizon: 2027, units: [withoutGrowth] },
      KZ_LAW,
    );
    const y = plan.units[0]?.years[0];
    expect(y?.costDirections.map((d) => [d.direction, d.amount.toThousandKzt()])).toEqual([
      ["street_lighting", "660"],
      ["school", "330"],
      ["roads", "500"],
    ]);
    expect(y?.costs.toThousandKzt()).toBe("1490");
    // own revenues 1 000 − costs 1 490 → subvention 490
    expect(y?.transfer.amount.toThousandKzt()).toBe("490");
  });

  it("needs exactly one of costGrowth and costDirections, and base.costs = Σ direction bases", () => {
    expect(
      paths(() =>
        planDistrict(
          {
            district: DISTRICT,
            baseYear: 2026,
            horizon: 2027,
            units: [
              { ...withoutGrowth, costGrowth: "0" },
              { ...neither, code: "100000002" },
              { ...withoutGrowth, code: "100000003", base: { ...withoutGrowth.base, costs: th("999") } },
              {
                ...withoutGrowth,
                code: "100000004",
                costDirections: [{ direction: "x", kind: "capital", base: th("1000") }],
              },
            ],
          },
          KZ_LAW,
        ),
      ),
    ).toEqual([
      ["units", 0, "costDirections"],
      ["units", 1, "costGrowth"],
      ["units", 2, "base", "costs"],
      ["units", 3, "costDirections", 0, "capitalByYear", "2027"],
    ]);
  });
});

describe("planDistrict — the list of fourth-level revenues in force each year", () => {
  // Base 2025 (thousand KZT, flat): single-land-tax 300, outdoor-advertising-fee 100 (listed to 2025),
  // outdoor-advertising-fee-2026 100 (listed from 2026), property-tax-individuals 200, "tax" 500 (a free
  // name, never checked); costs 1 000 flat.
  // 2025 (BC2025 Art. 168 p.7): 300 + 100 + 200 + 500 = 1 100, the 2026 fee excluded → withdrawal 100.
  // 2026 (BC2025 Art. 27): 100 + 200 + 500 = 800, single land tax and the old fee excluded → subvention 200.
  const lines = {
    "single-land-tax": th("300"),
    "outdoor-advertising-fee": th("100"),
    "outdoor-advertising-fee-2026": th("100"),
    "property-tax-individuals": th("200"),
    tax: th("500"),
  };
  const plan = planDistrict(
    {
      district: DISTRICT,
      baseYear: 2025,
      horizon: 2026,
      includeBaseYear: true,
      units: [
        unit({
          base: { year: 2025, ownRevenues: lines, costs: th("1000") },
          revenueGrowth: Object.fromEntries(Object.keys(lines).map((l) => [l, "0"])),
        }),
      ],
    },
    KZ_LAW,
  );
  const [y2025, y2026] = plan.units[0]?.years ?? [];

  it("leaves out of own revenues the lines the year's list does not carry", () => {
    expect(y2025?.ownRevenues.total.toThousandKzt()).toBe("1100");
    expect(y2025?.excludedLines.map((e) => e.line)).toEqual(["outdoor-advertising-fee-2026"]);
    expect(y2025?.transfer).toMatchObject({ kind: "withdrawal" });
    expect(y2025?.transfer.amount.toThousandKzt()).toBe("100");
    expect(y2026?.ownRevenues.total.toThousandKzt()).toBe("800");
    expect(Object.keys(y2026?.ownRevenues.lines ?? {})).toEqual([
      "outdoor-advertising-fee-2026",
      "property-tax-individuals",
      "tax",
    ]);
    expect(y2026?.excludedLines.map((e) => [e.line, e.forecast.toThousandKzt()])).toEqual([
      ["single-land-tax", "300"],
      ["outdoor-advertising-fee", "100"],
    ]);
    expect(y2026?.excludedLines[0]?.citation.article).toBe("27");
    expect(y2026?.excludedLines[0]?.reason).toMatch(/1 January 2026.*carries it 2022–2025/);
    expect(y2026?.excludedLines[1]?.reason).toMatch(/carries it 2018–2025/);
    expect(y2025?.excludedLines[0]?.reason).toMatch(/carries it from 2026/);
    expect(y2026?.transfer).toMatchObject({ kind: "subvention" });
    expect(y2026?.transfer.amount.toThousandKzt()).toBe("200");
  });

  it("names the list in force each year", () => {
    expect(plan.byYear.map((y) => [y.year, y.edition.article, y.edition.paragraph])).toEqual([
      [2025, "168", "7"],
      [2026, "27", undefined],
    ]);
    expect(revenueListInForce(2021, KZ_LAW).edition).toBe("bc2008-2018");
    expect(revenueListInForce(2022, KZ_LAW).citation.article).toBe("52-1");
    expect(() => revenueListInForce(2017, KZ_LAW)).toThrow(/2018/);
  });

  it("applyRevenueList keeps free names and splits the total exactly", () => {
    const r = applyRevenueList({ "single-land-tax": th("5"), tax_revenue: th("7") }, 2024, KZ_LAW);
    expect(r.total.toThousandKzt()).toBe("12");
    expect(
      applyRevenueList({ "single-land-tax": th("5"), tax_revenue: th("7") }, 2021, KZ_LAW).excluded,
    ).toHaveLength(1);
  });
});
