import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearMiss } from "../../../test/arbitraries/near-miss.js";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { errorOf } from "../../../test/support.js";
import { FourthLevelError } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import { forecastCosts } from "./costs.js";
import { mrpPath } from "./mrp-path.js";
import { forecastRevenueLines } from "./revenue-lines.js";

const planning = { planning: KZ_LAW.planning };
const byDirection = {
  method: "by_direction",
  baseYear: 2026,
  madeIn: 2025,
  horizon: 2028,
  directions: [
    {
      direction: "street_lighting",
      kind: "current",
      base: Money.kzt("1000000"),
      consumers: { base: 1000, byYear: { 2027: 1050, 2028: 1100 } },
      indexation: { 2027: "0.05", 2028: "0.04" },
    },
    {
      direction: "street_repairs",
      kind: "capital",
      base: Money.kzt("500000"),
      capitalByYear: { 2027: Money.kzt("2000000"), 2028: Money.zero },
    },
  ],
} as const;
const byGrowth = {
  method: "growth",
  base: { year: 2025, costs: Money.kzt("10000000") },
  growth: "0.1",
  horizon: 2027,
};
// the known MRP values as the law has them, cut to a short series so that near misses reach every entry
const known = { name: "MRP", entries: KZ_LAW.parameters.mrp.entries.slice(0, 3) };

/** Each public function of the forecasts with valid arguments. */
const PUBLIC: readonly [string, (...args: never[]) => unknown, readonly unknown[]][] = [
  ["forecastCosts (by direction)", forecastCosts, [byDirection, planning]],
  ["forecastCosts (growth)", forecastCosts, [byGrowth, planning]],
  [
    "forecastRevenueLines",
    forecastRevenueLines,
    [
      { year: 2025, lines: { vehicle_tax: Money.kzt("1000000"), fines: Money.kzt("5") } },
      { vehicle_tax: "0.1", fines: { 2026: "0", 2027: "-0.5" } },
      2027,
    ],
  ],
  [
    "mrpPath",
    mrpPath,
    [{ known, indexation: { fromYear: 2020, rate: { 2020: "0.05", 2021: "0.1" } }, horizon: 2021 }],
  ],
];

/** Calls `f` with `args` (spread when a list); anything thrown must be the library's error. */
function returnsOrThrowsLibraryError(f: (...args: never[]) => unknown, args: unknown): void {
  try {
    (f as (...a: unknown[]) => unknown)(...(Array.isArray(args) ? args : [args]));
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
  }
}

describe("any JavaScript value given to the forecasts", () => {
  it.each(PUBLIC)("%s: the valid arguments compute", (_, f, args) => {
    expect(() => (f as (...a: unknown[]) => unknown)(...args)).not.toThrow();
  });

  it.each(PUBLIC)(
    "property: %s returns or throws a FourthLevelError for every near miss of valid arguments",
    (_, f, args) => {
      fc.assert(
        fc.property(nearMiss(args), (near) => returnsOrThrowsLibraryError(f, near)),
        { numRuns: 300 },
      );
    },
  );

  it("the TypeErrors found by testing are library errors naming the field", () => {
    // mrpPath with no known series, forecastRevenueLines with no base (both threw a TypeError)
    expect(errorOf(() => mrpPath({ horizon: 2026 } as never)).issues).toEqual([
      {
        path: ["known"],
        code: "INVALID_INPUT",
        message: "undefined is not a dated series { name, entries }",
      },
    ]);
    expect(errorOf(() => forecastRevenueLines(undefined as never, {}, 2026)).issues).toEqual([
      { path: ["base"], code: "INVALID_INPUT", message: "undefined is not a revenue base { year, lines }" },
    ]);
    // a planning law whose entry does not cite the formula
    const broken = {
      planning: { name: "planning", entries: [{ ...KZ_LAW.planning.entries[0], value: {} }] },
    };
    expect(errorOf(() => forecastCosts(byGrowth as never, broken as never)).issues[0]?.path).toEqual([
      "planning",
      "entries",
      0,
      "value",
      "generalTransfer",
    ]);
  });
});
