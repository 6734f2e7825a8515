import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { inputIssuesOf } from "../../../test/support.js";
import { Money } from "../../money/money.js";
import { type CostDirection, forecastCosts } from "./costs.js";

const paths = (f: () => unknown) => inputIssuesOf(f).map((i) => i.path.join("."));

const lighting: CostDirection = {
  direction: "street_lighting",
  kind: "current",
  base: Money.kzt("1000000"),
  consumers: { base: 1000, byYear: { 2027: 1050, 2028: 1100 } },
  indexation: "0.05",
};

describe("forecastCosts by direction (BC2025 Art. 80 p.4)", () => {
  it("indexes current costs and scales them by consumers, and adds capital amounts", () => {
    // street_lighting (current), base 2026 1 000 000.00, indexation 5 %:
    //   2027 = 1 000 000 × 1.05 × 1 050 / 1 000   = 1 102 500.00
    //   2028 = 1 000 000 × 1.1025 × 1 100 / 1 000 = 1 212 750.00
    // street_repairs (capital): 500 000.00 in 2026, then 2 000 000.00 and 0 as given.
    // totals: 1 500 000.00; 3 102 500.00; 1 212 750.00
    const f = forecastCosts(
      {
        method: "by_direction",
        baseYear: 2026,
        horizon: 2028,
        directions: [
          lighting,
          {
            direction: "street_repairs",
            kind: "capital",
            base: Money.kzt("500000"),
            capitalByYear: { 2027: Money.kzt("2000000"), 2028: Money.zero },
          },
        ],
      },
      KZ_LAW,
    );
    expect(f.method).toBe("by_direction");
    expect(f.years.map((y) => [y.year, y.total.toKzt()])).toEqual([
      [2026, "1500000.00"],
      [2027, "3102500.00"],
      [2028, "1212750.00"],
    ]);
    expect(f.years[1]?.directions.map((d) => d.amount.toKzt())).toEqual(["1102500.00", "2000000.00"]);
    expect(f.years[2]?.directions[0]?.explanation).toBe(
      "current costs: 1000000.00 KZT × indexation 1.1025 × consumers 1100/1000 = 1212750.00 KZT",
    );
    expect(f.years[1]?.directions[1]?.explanation).toBe(
      "capital costs for 2027: 2000000.00 KZT, an absolute amount",
    );
    if (f.method === "by_direction") expect(f.citation).toMatchObject({ article: "80", paragraph: "4" });
  });

  it("rounds once to the tiyn, from the exact product", () => {
    // 333.33 KZT = 33 333 tiyn × 1.07 × 7 / 3 = 83 221.39 tiyn → 83 221 tiyn (832.21 KZT)
    const f = forecastCosts(
      {
        method: "by_direction",
        baseYear: 2026,
        horizon: 2027,
        directions: [
          {
            direction: "sanitation",
            kind: "current",
            base: Money.kzt("333.33"),
            consumers: { base: 3, byYear: { 2027: 7 } },
            indexation: { 2027: "0.07" },
          },
        ],
      },
      KZ_LAW,
    );
    expect(f.years[1]?.total.toKzt()).toBe("832.21");
  });

  it("keeps a current direction flat without indexation or consumers", () => {
    const f = forecastCosts(
      {
        method: "by_direction",
        baseYear: 2026,
        horizon: 2027,
        directions: [{ direction: "akim_office", kind: "current", base: Money.kzt("42") }],
      },
      KZ_LAW,
    );
    expect(f.years.map((y) => y.total.toKzt())).toEqual(["42.00", "42.00"]);
  });

  it("lists every problem at once", () => {
    const issues = inputIssuesOf(() =>
      forecastCosts(
        {
          method: "by_direction",
          baseYear: 2026,
          horizon: 2028,
          directions: [
            // a current direction with capital amounts, a capital one with indexation: refused by the types too
            {
              ...lighting,
              consumers: { base: 0, byYear: { 2027: 1050 } },
              capitalByYear: {},
            } as CostDirection,
            { ...lighting, base: Money.kzt("-5"), indexation: { 2027: "-2" } },
            {
              direction: "water",
              kind: "capital",
              base: Money.kzt("1"),
              indexation: "0.05",
              capitalByYear: { 2027: Money.kzt("-1") },
            } as CostDirection,
          ],
        },
        KZ_LAW,
      ),
    );
    // the shape of each direction first, then the checks across them and across the years
    expect(issues.map((i) => i.path)).toEqual([
      ["directions", 0, "consumers", "base"],
      ["directions", 0, "capitalByYear"],
      ["directions", 1, "base"],
      ["directions", 1, "indexation", "2027"],
      ["directions", 2, "capitalByYear", "2027"],
      ["directions", 2, "indexation"],
      ["directions", 1, "direction"],
      ["directions", 0, "consumers", "byYear", "2028"],
      ["directions", 1, "indexation", "2028"],
      ["directions", 2, "capitalByYear", "2028"],
    ]);
    const message = (path: string) => issues.find((i) => i.path.join(".") === path)?.message;
    expect(message("directions.0.capitalByYear")).toContain(
      "the fields of a current direction (capital amounts go in a separate direction of kind capital) are direction, kind, base, consumers, indexation",
    );
    expect(message("directions.2.indexation")).toContain(
      "indexation and consumers apply to current costs only",
    );
    expect(message("directions.0.consumers.base")).toBe("0 is not a whole number above zero");
    expect(message("directions.1.direction")).toBe('"street_lighting" is given twice');
    expect(message("directions.0.consumers.byYear.2028")).toBe("no forecast number of consumers for 2028");
    expect(message("directions.2.capitalByYear.2028")).toBe(
      "no capital amount for 2028: give one (Money.zero for none)",
    );
  });

  it("refuses an empty list of directions and a bad horizon together", () => {
    const issues = inputIssuesOf(() =>
      forecastCosts({ method: "by_direction", baseYear: 2017, horizon: 2031, directions: [] }, KZ_LAW),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [["baseYear"], "2017 is not a whole year from 2018 to 2030"],
      [["directions"], "no direction given"],
      [["horizon"], "2031 is not a whole year from 2018 to 2030"],
    ]);
  });
});

describe("forecastCosts by growth", () => {
  it("compounds the base-year costs by the growth of each year", () => {
    // 10 000 000.00 × 1.1 = 11 000 000.00; × 1.0 = 11 000 000.00; × 0.95 = 10 450 000.00
    const f = forecastCosts(
      {
        method: "growth",
        base: { year: 2025, costs: Money.kzt("10000000") },
        growth: { 2026: "0.1", 2027: "0", 2028: "-0.05" },
        horizon: 2028,
      },
      KZ_LAW,
    );
    expect(f.years.map((y) => y.total.toKzt())).toEqual([
      "10000000.00",
      "11000000.00",
      "11000000.00",
      "10450000.00",
    ]);
    expect(f.years[3]?.explanation).toBe("10000000.00 KZT × growth 1.045 = 10450000.00 KZT");
    expect(f.years[3]?.directions).toEqual([]);
  });

  it("lists every problem at once", () => {
    const issues = inputIssuesOf(() =>
      forecastCosts(
        {
          method: "growth",
          base: { year: 2025, costs: Money.kzt("-1") },
          growth: { 2026: "x" },
          horizon: 2027,
        },
        KZ_LAW,
      ),
    );
    // the years without a rate are named once the schedule reads (here "x" is not a rate)
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["base", "costs"], "INVALID_AMOUNT"],
      [["growth", "2026"], "INVALID_INPUT"],
    ]);
    expect(
      paths(() =>
        forecastCosts(
          {
            method: "growth",
            base: { year: 2025, costs: Money.kzt("1") },
            growth: { 2026: "0" },
            horizon: 2027,
          },
          KZ_LAW,
        ),
      ),
    ).toEqual(["growth.2027"]);
  });
});
