import { describe, expect, it } from "vitest";
import { inputIssuesOf } from "../../../test/support.js";
import { Money } from "../../money/money.js";
import { compareEqualisation } from "./compare.js";
import { type EqualisationUnit, equalise } from "./equalise.js";

const t = (tiyn: bigint) => Money.fromTiyn(tiyn);
const amounts = (r: { units: readonly { amount: Money }[] }) => r.units.map((u) => u.amount.tiyn);

/** Three villages; populations 1 200 / 800 / 2 000 (total 4 000). */
const villages: readonly EqualisationUnit[] = [
  { id: "Akkol", indicators: { population: "1200" } },
  { id: "Berik", indicators: { population: "800" } },
  { id: "Zhana", indicators: { population: "2000" } },
];

describe("weights: a fixed pool by an indicator", () => {
  it("splits 100 000 000 tiyn by population 1 200 / 800 / 2 000", () => {
    // 10⁸ × 1200/4000 = 30 000 000; × 800/4000 = 20 000 000; × 2000/4000 = 50 000 000 (exact)
    const r = equalise(villages, { kind: "weights", pool: t(100_000_000n), indicator: "population" });
    expect(amounts(r)).toEqual([30_000_000n, 20_000_000n, 50_000_000n]);
    expect(r.units.map((u) => u.kind)).toEqual(["subvention", "subvention", "subvention"]);
    expect(r.netOutlay.tiyn).toBe(100_000_000n);
    expect(r.units[0]?.explanation).toContain("population 1200 of 4000");
  });

  it("gives the odd tiyn by largest remainder, ties in the order given", () => {
    // 100 tiyn by 1 / 1 / 1: 33 each, remainders equal, the one left over goes to the first unit
    const units = ["A", "B", "C"].map((id) => ({ id, indicators: { places: "1" } }));
    const r = equalise(units, { kind: "weights", pool: t(100n), indicator: "places" });
    expect(amounts(r)).toEqual([34n, 33n, 33n]);
  });

  it("reads decimal indicators exactly (area 0.5 / 1.5 km²)", () => {
    // 1 000 tiyn × 0.5/2 = 250; × 1.5/2 = 750
    const units = [
      { id: "A", indicators: { area: "0.5" } },
      { id: "B", indicators: { area: "1.5" } },
    ];
    expect(amounts(equalise(units, { kind: "weights", pool: t(1_000n), indicator: "area" }))).toEqual([
      250n,
      750n,
    ]);
  });

  it("raises a small unit to its floor and takes the difference from the others in proportion", () => {
    // Add Dala, population 100 (total 4 100); common floor 10 000 000 tiyn.
    // Method alone, 10⁸ by 1200/800/2000/100: exact shares 29 268 292.68 / 19 512 195.12 /
    // 48 780 487.80 / 2 439 024.39 → floors sum to 99 999 998, the 2 tiyn left go to the largest
    // remainders (.80 Zhana, .68 Akkol): 29 268 293 / 19 512 195 / 48 780 488 / 2 439 024.
    // Dala is below its floor → fixed at 10 000 000; the other 90 000 000 by 1200/800/2000:
    // 27 000 000 / 18 000 000 / 45 000 000, all above the floor → done.
    const units = [...villages, { id: "Dala", indicators: { population: "100" } }];
    const r = equalise(units, {
      kind: "weights",
      pool: t(100_000_000n),
      indicator: "population",
      constraints: { floor: t(10_000_000n) },
    });
    expect(amounts(r)).toEqual([27_000_000n, 18_000_000n, 45_000_000n, 10_000_000n]);
    expect(r.units.map((u) => u.byMethod.tiyn)).toEqual([29_268_293n, 19_512_195n, 48_780_488n, 2_439_024n]);
    expect(r.units[3]?.bound).toBe("floor");
    expect(r.units[3]?.explanation).toContain("raised to its floor 100000.00 KZT (common floor)");
    expect(r.units[0]?.explanation).toContain("-22682.93 KZT from re-distributing");
  });

  it("lowers units to a per-capita cap and gives what it frees to the unit below its cap", () => {
    // Weights by places 1 / 1 / 2 → 25 000 000 / 25 000 000 / 50 000 000 of 10⁸ tiyn.
    // Cap 200 KZT (20 000 tiyn) per person, populations 1 000 / 3 000 / 2 000 → caps 20 000 000 /
    // 60 000 000 / 40 000 000. Akkol is 5 000 000 over, Zhana 10 000 000 over, nobody under a floor →
    // both fixed at their caps; the 40 000 000 left all go to Berik (the only free unit), under its cap.
    const units = [
      { id: "Akkol", indicators: { places: "1", population: "1000" } },
      { id: "Berik", indicators: { places: "1", population: "3000" } },
      { id: "Zhana", indicators: { places: "2", population: "2000" } },
    ];
    const r = equalise(units, {
      kind: "weights",
      pool: t(100_000_000n),
      indicator: "places",
      constraints: { capPerCapita: { amount: Money.kzt("200"), indicator: "population" } },
    });
    expect(amounts(r)).toEqual([20_000_000n, 40_000_000n, 40_000_000n]);
    expect(r.units.map((u) => u.bound)).toEqual(["cap", "none", "cap"]);
    expect(r.units[0]?.explanation).toContain("200.00 KZT per person × population 1000");
  });

  it("keeps each unit within ±10 % of last year's subvention", () => {
    // Pool 10⁸ by population: 30 000 000 / 20 000 000 / 50 000 000.
    // Last year 20 000 000 / 25 000 000 / 55 000 000 → corridors [18 000 000, 22 000 000],
    // [22 500 000, 27 500 000], [49 500 000, 60 500 000].
    // Round 1: Akkol 8 000 000 over its cap, Berik 2 500 000 under its floor; 8 000 000 ≥ 2 500 000 → fix
    // the cap side: Akkol = 22 000 000. Round 2: 78 000 000 by 800 / 2 000: 22 285 714.29 / 55 714 285.71
    // → 22 285 714 / 55 714 286; Berik still under 22 500 000 → fixed at it. Round 3: Zhana gets the
    // 55 500 000 left, inside its corridor. Total 22 000 000 + 22 500 000 + 55 500 000 = 10⁸.
    const last = [20_000_000n, 25_000_000n, 55_000_000n];
    const units = villages.map((u, i) => ({ ...u, lastYear: t(last[i] ?? 0n) }));
    const r = equalise(units, {
      kind: "weights",
      pool: t(100_000_000n),
      indicator: "population",
      constraints: { maxChange: { kind: "percent", percent: "10" } },
    });
    expect(amounts(r)).toEqual([22_000_000n, 22_500_000n, 55_500_000n]);
    expect(r.units.map((u) => u.bound)).toEqual(["cap", "floor", "none"]);
    expect(r.units[1]?.floor.tiyn).toBe(22_500_000n);
    expect(r.units[2]?.cap?.tiyn).toBe(60_500_000n);
  });

  it("limits the change by an absolute amount and says when a unit has no last year", () => {
    // Pool 900 tiyn by 1/1/1 = 300 each. A: last 100 ± 50 → cap 150; B: last 500 ± 50 → floor 450;
    // C: no last year, not limited. Round 1: A 150 over, B 150 under: equal → fix both: A 150, B 450;
    // C gets 900 − 600 = 300.
    const units = [
      { id: "A", indicators: { n: "1" }, lastYear: t(100n) },
      { id: "B", indicators: { n: "1" }, lastYear: t(500n) },
      { id: "C", indicators: { n: "1" } },
    ];
    const r = equalise(units, {
      kind: "weights",
      pool: t(900n),
      indicator: "n",
      constraints: { maxChange: { kind: "amount", amount: t(50n) } },
    });
    expect(amounts(r)).toEqual([150n, 450n, 300n]);
    expect(r.units[2]?.explanation).toContain("change limit not applied");
  });
});

/**
 * Four units (tiyn):          costs        own revenues   gap
 *   Akkol                50 000 000    20 000 000   30 000 000
 *   Berik                40 000 000    30 000 000   10 000 000
 *   Kum (surplus)        30 000 000    40 000 000  −10 000 000
 *   Zhana                70 000 000    10 000 000   60 000 000
 * Total gap 100 000 000.
 */
const district: readonly EqualisationUnit[] = [
  { id: "Akkol", forecastCosts: t(50_000_000n), forecastOwnRevenues: t(20_000_000n) },
  { id: "Berik", forecastCosts: t(40_000_000n), forecastOwnRevenues: t(30_000_000n) },
  { id: "Kum", forecastCosts: t(30_000_000n), forecastOwnRevenues: t(40_000_000n) },
  { id: "Zhana", forecastCosts: t(70_000_000n), forecastOwnRevenues: t(10_000_000n) },
];

describe("gap_filling", () => {
  it("without a pool fills each gap; a kept surplus gets nothing", () => {
    const r = equalise(district, { kind: "gap_filling", surpluses: { kind: "keep" } });
    expect(amounts(r)).toEqual([30_000_000n, 10_000_000n, 0n, 60_000_000n]);
    expect(r.units.map((u) => u.kind)).toEqual(["subvention", "subvention", "none", "subvention"]);
    expect(r.pool.tiyn).toBe(100_000_000n);
    expect(r.units[0]?.explanation).toContain("gap 300000.00 KZT");
  });

  it("scales gaps to a smaller pool, applies a floor, and withdraws surpluses up to a cap", () => {
    // Pool 50 000 000 = half the total gap → 15 000 000 / 5 000 000 / 30 000 000.
    // Common floor 8 000 000: Berik 3 000 000 short → fixed at 8 000 000; 42 000 000 left by
    // 30 : 60 → Akkol 14 000 000, Zhana 28 000 000.
    // Kum's surplus 10 000 000 is withdrawn, limited to the withdrawal cap 6 000 000.
    // Net outlay 50 000 000 − 6 000 000 = 44 000 000.
    const r = equalise(district, {
      kind: "gap_filling",
      pool: t(50_000_000n),
      surpluses: { kind: "withdraw", cap: t(6_000_000n) },
      constraints: { floor: t(8_000_000n) },
    });
    expect(amounts(r)).toEqual([14_000_000n, 8_000_000n, 6_000_000n, 28_000_000n]);
    expect(r.units.map((u) => u.kind)).toEqual(["subvention", "subvention", "withdrawal", "subvention"]);
    expect(r.units.map((u) => u.net.tiyn)).toEqual([14_000_000n, 8_000_000n, -6_000_000n, 28_000_000n]);
    expect(r.units[2]?.bound).toBe("withdrawal_cap");
    expect(r.units[2]?.byMethod.tiyn).toBe(10_000_000n);
    expect(r.withdrawals.tiyn).toBe(6_000_000n);
    expect(r.netOutlay.tiyn).toBe(44_000_000n);
  });

  it("scales gaps by largest remainder: 100 tiyn over gaps 1 / 2 / 3 tiyn", () => {
    // 100 × 1/6 = 16.67, × 2/6 = 33.33, × 3/6 = 50 → 16 / 33 / 50 (99), the tiyn left to the largest
    // remainder (.67, the first unit): 17 / 33 / 50.
    const units = [1n, 2n, 3n].map((g, i) => ({
      id: `U${i}`,
      forecastCosts: t(g),
      forecastOwnRevenues: Money.zero,
    }));
    const r = equalise(units, { kind: "gap_filling", pool: t(100n), surpluses: { kind: "keep" } });
    expect(amounts(r)).toEqual([17n, 33n, 50n]);
  });
});

describe("infeasible settings", () => {
  it("lists a floor above a cap, floors above the pool and caps below the pool in one error", () => {
    // Pool 1 000 tiyn by 1/1/1. Akkol: floor 1 100 > cap 300; floors 1 100 > 1 000;
    // caps 300 + 300 + 300 = 900 < 1 000.
    const units = ["Akkol", "Berik", "Zhana"].map((id) => ({ id, indicators: { n: "1" } }));
    const issues = inputIssuesOf(() =>
      equalise(units, {
        kind: "weights",
        pool: t(1_000n),
        indicator: "n",
        constraints: { floorByUnit: { Akkol: t(1_100n) }, cap: t(300n) },
      }),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [["units", 0], "Akkol: floor 11.00 KZT (unit floor) is above its cap 3.00 KZT (common cap)"],
      [
        ["method", "constraints", "floor"],
        "floors sum to 11.00 KZT, above the pool 10.00 KZT: Akkol 11.00 KZT (unit floor)",
      ],
      [
        ["method", "constraints", "cap"],
        "the units can receive at most 9.00 KZT, below the pool 10.00 KZT: Akkol 3.00 KZT (common cap), Berik 3.00 KZT (common cap), Zhana 3.00 KZT (common cap)",
      ],
    ]);
  });

  it("refuses a pool that no unit can take (all gaps zero) and missing inputs", () => {
    const none = [{ id: "A", forecastCosts: t(5n), forecastOwnRevenues: t(5n) }];
    expect(
      inputIssuesOf(() => equalise(none, { kind: "gap_filling", pool: t(10n), surpluses: { kind: "keep" } })),
    ).toEqual([
      {
        path: ["method", "pool"],
        code: "INVALID_INPUT",
        message:
          "the units can receive at most 0.00 KZT, below the pool 0.10 KZT: A 0.00 KZT (weight zero); a unit of weight zero (no gap, or an indicator of 0) takes only its floor",
      },
    ]);
    const issues = inputIssuesOf(() =>
      equalise([{ id: "A" }, { id: "A", indicators: { population: "-1" } }], {
        kind: "weights",
        pool: t(-1n),
        indicator: "population",
        constraints: { floorByUnit: { Nowhere: t(1n) } },
      }),
    );
    // the shape of each part first, then the checks across parts
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["units", 1, "indicators", "population"], "INVALID_INPUT"],
      [["method", "pool"], "INVALID_AMOUNT"],
      [["units", 1, "id"], "INVALID_INPUT"],
      [["method", "constraints", "floorByUnit", "Nowhere"], "INVALID_INPUT"],
      [["units", 0, "indicators", "population"], "INVALID_INPUT"],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      "-1 is negative: an indicator (population, area, places…) is 0 or more",
      "must not be negative, got -0.01 KZT",
      'id "A" is given twice (also units[0]): each unit needs its own',
      'no unit has id "Nowhere"; the units are A',
      'unit "A" has no indicator "population": the weights method splits the pool by it',
    ]);
  });
});

describe("compareEqualisation", () => {
  it("shows who gains and who loses when gap filling gives way to population weights", () => {
    // Gaps 50 000 000 / 30 000 000 / 20 000 000 → gap filling gives each its gap (pool 10⁸).
    // By population 1 200 / 800 / 2 000 the same pool gives 30 000 000 / 20 000 000 / 50 000 000.
    // Differences: Akkol −20 000 000, Berik −10 000 000, Zhana +30 000 000; outlay 10⁸ both ways.
    const gaps = [50_000_000n, 30_000_000n, 20_000_000n];
    const units = villages.map((u, i) => ({
      ...u,
      forecastCosts: t(gaps[i] ?? 0n),
      forecastOwnRevenues: Money.zero,
    }));
    const c = compareEqualisation(
      units,
      { kind: "gap_filling", surpluses: { kind: "keep" } },
      { kind: "weights", pool: t(100_000_000n), indicator: "population" },
    );
    expect(c.units.map((u) => [u.unit, u.difference.tiyn, u.change])).toEqual([
      ["Akkol", -20_000_000n, "loses"],
      ["Berik", -10_000_000n, "loses"],
      ["Zhana", 30_000_000n, "gains"],
    ]);
    expect(c.outlay.a.tiyn).toBe(100_000_000n);
    expect(c.outlay.b.tiyn).toBe(100_000_000n);
  });
});

describe("compareEqualisation: the problems of both methods at once", () => {
  it("places each method's problems under methodA or methodB, and those of the units once", () => {
    const units = [
      { id: "A", indicators: { n: "1" } },
      { id: "A", indicators: { n: "1" } },
    ];
    const issues = inputIssuesOf(() =>
      compareEqualisation(
        units,
        { kind: "weights", pool: t(-1n), indicator: "n" },
        { kind: "gap_filling", surpluses: { kind: "keep" } },
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["methodA", "pool"],
      ["units", 1, "id"],
      ["units", 0],
      ["units", 1],
    ]);
    expect(issues[2]?.message).toBe(
      'unit "A" has no forecastOwnRevenues and forecastCosts: gap filling needs forecastOwnRevenues and forecastCosts',
    );
  });
});

describe("amounts of the wrong type", () => {
  it("reports a bigint pool, floor or change limit as an issue, never a TypeError", () => {
    const units: EqualisationUnit[] = [
      { id: "A", forecastOwnRevenues: Money.zero, forecastCosts: Money.kzt("100"), indicators: { n: "1" } },
    ];
    const bad = 5n as unknown as Money;
    const notMoney =
      'must be a Money amount (got 5n): build one with Money.kzt("1250.50") or Money.thousandKzt("54959")';
    expect(inputIssuesOf(() => equalise(units, { kind: "weights", pool: bad, indicator: "n" }))).toEqual([
      { path: ["method", "pool"], code: "INVALID_AMOUNT", message: notMoney },
    ]);
    expect(
      inputIssuesOf(() =>
        equalise(units, { kind: "gap_filling", surpluses: { kind: "keep" }, constraints: { floor: bad } }),
      ),
    ).toEqual([{ path: ["method", "constraints", "floor"], code: "INVALID_AMOUNT", message: notMoney }]);
    expect(
      inputIssuesOf(() =>
        equalise(units, {
          kind: "gap_filling",
          surpluses: { kind: "keep" },
          constraints: { maxChange: { kind: "other", amount: bad } as never },
        }),
      ),
    ).toEqual([
      {
        path: ["method", "constraints", "maxChange", "kind"],
        code: "INVALID_INPUT",
        message:
          'a change limit of kind "other" is not { kind: "percent", percent } or { kind: "amount", amount }',
      },
    ]);
  });
});

describe("misspelt or incomplete settings", () => {
  const two: EqualisationUnit[] = [
    { id: "A", forecastOwnRevenues: Money.kzt("0"), forecastCosts: Money.kzt("100"), indicators: { n: "1" } },
    { id: "B", forecastOwnRevenues: Money.kzt("0"), forecastCosts: Money.kzt("100"), indicators: { n: "1" } },
  ];

  it("names unknown fields, a missing surplus treatment, a change limit without its kind and unknown ids", () => {
    const issues = inputIssuesOf(() =>
      equalise(two, {
        kind: "gap_filling",
        extra: 1,
        constraints: {
          minimum: Money.kzt("1"),
          maxChange: { percent: "10" },
          floorByUnit: { C: Money.kzt("1") },
        },
      } as never),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["method", "surpluses"], "INVALID_INPUT"],
      [["method", "constraints", "maxChange", "kind"], "INVALID_INPUT"],
      [["method", "constraints", "minimum"], "UNKNOWN_FIELD"],
      [["method", "extra"], "UNKNOWN_FIELD"],
      // checked across parts although the method's shape is wrong: the parts it reads are well formed
      [["method", "constraints", "floorByUnit", "C"], "INVALID_INPUT"],
    ]);
    const message = (path: string) => issues.find((i) => i.path.join(".") === path)?.message;
    expect(message("method.constraints.floorByUnit.C")).toContain("the units are A, B");
    expect(message("method.surpluses")).toBe(
      'a surplus treatment is missing: give { kind: "keep" } or { kind: "withdraw", cap? }',
    );
    expect(message("method.extra")).toBe(
      'unknown field "extra" (a misspelling?): the fields of a gap_filling method are kind, pool, surpluses, constraints',
    );
  });
});
