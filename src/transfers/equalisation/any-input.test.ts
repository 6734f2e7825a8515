import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearMiss } from "../../../test/arbitraries/near-miss.js";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { FourthLevelError } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import { compareEqualisation } from "./compare.js";
import { equalise } from "./equalise.js";
import { generalTransfer, generalTransferCitation } from "./general-transfer.js";

const units = [
  {
    id: "Akkol",
    forecastOwnRevenues: Money.kzt("100"),
    forecastCosts: Money.kzt("700"),
    indicators: { population: "1000", area: "12.5" },
    lastYear: Money.kzt("500"),
  },
  {
    id: "Berik",
    forecastOwnRevenues: Money.kzt("900"),
    forecastCosts: Money.kzt("300"),
    indicators: { population: "3000", area: "40" },
  },
];
const constraints = {
  floor: Money.kzt("10"),
  floorByUnit: { Berik: Money.kzt("20") },
  cap: Money.kzt("5000"),
  capByUnit: { Akkol: Money.kzt("4000") },
  capPerCapita: { amount: Money.kzt("2"), indicator: "population" },
  maxChange: { kind: "percent", percent: "50" },
} as const;
const gapFilling = {
  kind: "gap_filling",
  pool: Money.kzt("600"),
  surpluses: { kind: "withdraw", cap: Money.kzt("400") },
  constraints,
} as const;
const byArea = {
  kind: "weights",
  pool: Money.kzt("800"),
  indicator: "area",
  constraints: { maxChange: { kind: "amount", amount: Money.kzt("300") } },
} as const;
const planning = { planning: KZ_LAW.planning };

/** Each public function of equalisation with valid arguments, the law given as the parts it reads. */
const PUBLIC: readonly [string, (...args: never[]) => unknown, readonly unknown[]][] = [
  ["equalise (gap filling)", equalise, [units, gapFilling]],
  ["equalise (weights)", equalise, [units, byArea]],
  ["compareEqualisation", compareEqualisation, [units, gapFilling, byArea]],
  ["generalTransfer", generalTransfer, [Money.kzt("930"), Money.kzt("28849"), 2025, planning]],
  ["generalTransferCitation", generalTransferCitation, [2024, planning]],
];

/** Calls `f` with `args` (spread when a list); anything thrown must be the library's error. */
function returnsOrThrowsLibraryError(f: (...args: never[]) => unknown, args: unknown): void {
  try {
    (f as (...a: unknown[]) => unknown)(...(Array.isArray(args) ? args : [args]));
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
  }
}

describe("any JavaScript value given to equalisation and the general transfer", () => {
  it.each(PUBLIC)("%s: the valid arguments compute", (_, f, args) => {
    expect(() => (f as (...a: unknown[]) => unknown)(...args)).not.toThrow();
  });

  it.each(PUBLIC)(
    "property: %s returns or throws a FourthLevelError for every near miss of valid arguments (one field, at any depth, replaced by any value or left out)",
    (_, f, args) => {
      fc.assert(
        fc.property(nearMiss(args), (near) => returnsOrThrowsLibraryError(f, near)),
        { numRuns: 300 },
      );
    },
  );

  it("equalise([null]), the TypeError found by testing, names the unit", () => {
    try {
      equalise([null] as never, byArea);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FourthLevelError);
      expect((e as FourthLevelError).issues).toEqual([
        {
          path: ["units", 0],
          code: "INVALID_INPUT",
          message: "null is not a unit { id, forecastOwnRevenues, forecastCosts, indicators, lastYear }",
        },
      ]);
    }
  });
});
