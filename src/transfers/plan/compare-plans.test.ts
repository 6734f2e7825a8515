import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { FourthLevelError } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import { comparePlans } from "./compare-plans.js";
import { type DistrictPlanInput, planDistrict } from "./district-plan.js";

const th = (amount: string) => Money.thousandKzt(amount);

/**
 * Two units, base 2026, flat: Akkol own 1 000, costs 5 000 (gap 4 000); Berik own 2 000, costs 4 000
 * (gap 2 000). The formula gives 4 000 and 2 000; a pool of 6 000 split 1 : 1 by an indicator gives
 * 3 000 each: Akkol loses 1 000, Berik gains 1 000, the outlay stays 6 000.
 */
const input: DistrictPlanInput = {
  district: { code: "100000000", name: "D" },
  baseYear: 2026,
  horizon: 2027,
  units: [
    {
      code: "100000001",
      name: "Akkol",
      base: { year: 2026, ownRevenues: { tax: th("1000") }, costs: th("5000") },
      revenueGrowth: { tax: "0" },
      costGrowth: "0",
      indicators: { places: "1" },
    },
    {
      code: "100000002",
      name: "Berik",
      base: { year: 2026, ownRevenues: { tax: th("2000") }, costs: th("4000") },
      revenueGrowth: { tax: "0" },
      costGrowth: "0",
      indicators: { places: "1" },
    },
  ],
};

describe("comparePlans", () => {
  it("says who gains and who loses, and the outlay under each", () => {
    const formula = planDistrict(input, KZ_LAW);
    const split = planDistrict(
      {
        ...input,
        equalisation: { byYear: { 2027: { kind: "weights", pool: th("6000"), indicator: "places" } } },
      },
      KZ_LAW,
    );
    const c = comparePlans(formula, split);
    expect(
      c.rows.map((r) => [
        r.name,
        r.a.toThousandKzt(),
        r.b.toThousandKzt(),
        r.difference.toThousandKzt(),
        r.change,
      ]),
    ).toEqual([
      ["Akkol", "4000", "3000", "-1000", "loses"],
      ["Berik", "2000", "3000", "1000", "gains"],
    ]);
    // balances under the split: Akkol 1 000 + 3 000 − 5 000 = −1 000; Berik 2 000 + 3 000 − 4 000 = 1 000
    expect(c.rows.map((r) => r.balanceB.toThousandKzt())).toEqual(["-1000", "1000"]);
    expect(
      c.byYear.map((y) => [y.outlayA.toThousandKzt(), y.outlayB.toThousandKzt(), y.difference.isZero()]),
    ).toEqual([["6000", "6000", true]]);
  });

  it("refuses plans of other units or years, and what is not a plan", () => {
    const a = planDistrict(input, KZ_LAW);
    const b = planDistrict({ ...input, units: input.units.slice(0, 1) }, KZ_LAW);
    expect(() => comparePlans(a, b)).toThrow(/units 100000001, 100000002.*B: .*units 100000001, years/);
    expect(() => comparePlans(a, null as never)).toThrow(FourthLevelError);
  });
});
