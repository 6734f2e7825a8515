import { describe, expect, it } from "vitest";
import { errorOf } from "../../../../../test/support.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { Money } from "../../../../money/money.js";
import type { LandPlot } from "./land.js";
import type { PropertyTaxInput } from "./property-input.js";
import { propertyTax } from "./property-tax.js";

const tax = (input: PropertyTaxInput): string => propertyTax(input).amount.toKzt();
const one = (year: number, value: string, months?: number): string => {
  const assessedValue = Money.kzt(value);
  return tax({ year, objects: [months === undefined ? { assessedValue } : { assessedValue, months }] });
};
const kzt = (value: string) => Money.kzt(value);

describe("2026 land plots (Art. 602 p.2–4)", () => {
  it("the village examples of tax-rates.md Part 2 §4.3 (arithmetic)", () => {
    const r = propertyTax({
      year: 2026,
      objects: [],
      land: [
        { kind: "housing", areaM2: "150", category: "village" }, // 150 × 0.09 = 13.5
        { kind: "adjacent", areaM2: "800", settlement: "other" }, // 800 × 0.20 = 160
        { kind: "household", areaHa: "0.25" }, // 25 × 20 = 500
      ],
    });
    expect(r.land.map((l) => l.annual.toKzt())).toEqual(["13.50", "160.00", "500.00"]);
    expect(r.amount.toKzt()).toBe("674.00"); // 673.50 → 674
    expect(
      propertyTax({ year: 2026, objects: [], land: [{ kind: "household", areaHa: "0.8" }] }).amount.toKzt(),
    ).toBe("4000.00"); // 50 × 20 + 30 × 100
  });

  it("adjacent plot in a city above 1 000 m², and a maslikhat cut; zoning factor on housing land", () => {
    const land = (l: readonly LandPlot[]) => propertyTax({ year: 2026, objects: [], land: l }).amount.toKzt();
    expect(land([{ kind: "adjacent", areaM2: "1500", settlement: "city" }])).toBe("3200.00"); // 1000×0.2 + 500×6
    expect(land([{ kind: "adjacent", areaM2: "1500", settlement: "city", rateAboveThreshold: "1" }])).toBe(
      "700.00",
    );
    expect(land([{ kind: "housing", areaM2: "1000", category: "district_city", zoningFactor: "1.5" }])).toBe(
      "285.00",
    ); // 1 000 × 0.19 × 1.5
    expect(land([{ kind: "household", areaHa: "0.25", months: 6 }])).toBe("250.00");
  });

  it("refuses land before 2026 and bad land inputs, every problem of a kind at once", () => {
    expect(
      errorOf(() => tax({ year: 2025, objects: [], land: [{ kind: "household", areaHa: "0.1" }] })).message,
    ).toContain("from 2026 only");
    // the shape first: a negative area (and a float) are refused by the schema, both at once
    const shape = errorOf(() =>
      tax({
        year: 2026,
        objects: [],
        land: [
          { kind: "housing", areaM2: "-1", category: "village" },
          { kind: "household", areaHa: 0.5 as unknown as string },
        ],
      }),
    );
    expect(shape.issues.map((i) => i.path)).toEqual([
      ["land", 0, "areaM2"],
      ["land", 1, "areaHa"],
    ]);
    // then what the law of the year allows: the zoning factor (0.5–1.5) and the cut rate (0.20–1.00), at once
    const e = errorOf(() =>
      tax({
        year: 2026,
        objects: [],
        land: [
          { kind: "housing", areaM2: "1", category: "village", zoningFactor: "2" },
          { kind: "adjacent", areaM2: "10", settlement: "other", rateAboveThreshold: "3" },
        ],
      }),
    );
    expect(e.message).toContain("land[0].zoningFactor");
    expect(e.message).toContain("land[1].rateAboveThreshold");
    expect(e.issues).toHaveLength(2);
  });
});

describe("validation", () => {
  it("years outside 2018–2026", () => {
    for (const year of [2017, 2027]) {
      const e = errorOf(() => one(year, "1"));
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.message).toContain("2018–2026");
      expect(e.issues.map((i) => i.path)).toEqual([["year"]]);
    }
    expect(errorOf(() => one(2025.5, "1")).message).toContain("whole year");
  });

  it("negative or malformed values, months out of 1–12: every problem listed with its path", () => {
    const e = errorOf(() =>
      tax({
        year: 2025,
        objects: [
          { assessedValue: kzt("-5") },
          { assessedValue: "1.234" as unknown as Money },
          { assessedValue: kzt("100"), months: 0 },
          { assessedValue: kzt("100"), months: 13 },
          { assessedValue: kzt("100"), months: 1.5 },
        ],
      }),
    );
    expect(e.message).toContain("objects[0].assessedValue");
    expect(e.message).toContain("must not be negative");
    expect(e.message).toContain("objects[1].assessedValue");
    expect(e.message).toContain("objects[2].months");
    expect(e.message).toContain("objects[3].months");
    expect(e.message).toContain("objects[4].months");
    expect(e.message).toContain("from 1 to 12");
    expect(e.issues.map((i) => i.path)).toEqual([
      ["objects", 0, "assessedValue"],
      ["objects", 1, "assessedValue"],
      ["objects", 2, "months"],
      ["objects", 3, "months"],
      ["objects", 4, "months"],
    ]);
  });

  it("refuses floats as values", () => {
    expect(() => tax({ year: 2025, objects: [{ assessedValue: 0.1 as unknown as Money }] })).toThrow(
      FourthLevelError,
    );
    // a decimal string is read at the file and command-line boundary, not here
    expect(
      errorOf(() => tax({ year: 2025, objects: [{ assessedValue: "4000000" as unknown as Money }] })).message,
    ).toContain("must be a Money amount");
  });

  it("accepts Money values", () => {
    expect(tax({ year: 2025, objects: [{ assessedValue: Money.kzt("4000000") }] })).toBe("2600.00");
  });
});
