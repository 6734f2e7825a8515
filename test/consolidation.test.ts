import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { consolidateDistrict } from "../src/budget/consolidation.js";
import type { BudgetFigures } from "../src/budget/lines.js";
import { buildStatement } from "../src/budget/statement.js";
import type { IsoDate } from "../src/calendar/iso-date.js";
import type { Posting } from "../src/ledger/ledger.js";
import { Money } from "../src/money/money.js";
import { transferPostings } from "../src/transfers/postings/transfer-postings.js";
import {
  type DistrictScenario,
  districtAccount,
  districtFigures,
  districtScenarioArb,
  nonZeroDeltaArb,
  ownRevenue,
  scenarioPostings,
  totalSubventions,
  totalWithdrawals,
  unitAccount,
  unitFigures,
} from "./arbitraries/budgets.js";
import { TERRITORY } from "./arbitraries/receipts.js";
import { KZ_LAW } from "./fixtures/kazakhstan-law.js";

function consolidate(s: DistrictScenario, withDistrict = true) {
  return consolidateDistrict({
    district: { code: s.district.code, name: s.district.nameRu },
    year: s.year,
    units: s.units.map((u) =>
      buildStatement({
        unit: { code: u.unit.code, name: u.unit.nameRu },
        year: s.year,
        published: unitFigures(u),
      }),
    ),
    ...(withDistrict ? { districtFigures: districtFigures(s) } : {}),
    postings: scenarioPostings(s),
  });
}

const sumOf = (figures: readonly BudgetFigures[], key: keyof BudgetFigures) =>
  Money.sum(figures.map((f) => f[key] as Money));

function allFigures(s: DistrictScenario): BudgetFigures[] {
  return [...s.units.map(unitFigures), districtFigures(s)];
}

describe("consolidation netting (invariant 4)", () => {
  it("property: the ledger's transfers to the units are the units' transfers lines (netting ok, difference 0); the consolidated deficit is the sum of the deficits", () => {
    fc.assert(
      fc.property(districtScenarioArb, (s) => {
        const c = consolidate(s);
        expect(c.netting.status).toBe("ok");
        expect(c.netting.difference?.tiyn).toBe(0n);
        expect(c.consolidated?.deficit?.tiyn).toBe(sumOf(allFigures(s), "deficit").tiyn);
      }),
      { numRuns: 200 },
    );
  });

  it("property: the mutual transfers found are exactly the in-year district ↔ unit postings", () => {
    fc.assert(
      fc.property(districtScenarioArb, (s) => {
        const c = consolidate(s);
        expect(c.mutualTransfers.toUnits.tiyn).toBe(totalSubventions(s).tiyn);
        expect(c.mutualTransfers.toDistrict.tiyn).toBe(totalWithdrawals(s).tiyn);
        const count = s.units.reduce((n, u) => n + u.subventions.length + u.withdrawals.length, 0);
        expect(c.mutualTransfers.postings).toBe(count);
      }),
      { numRuns: 200 },
    );
  });

  it("property: consolidated revenue = sum of revenues − mutual transfers = own revenues of all budgets", () => {
    fc.assert(
      fc.property(districtScenarioArb, (s) => {
        const c = consolidate(s);
        const mutual = totalSubventions(s).plus(totalWithdrawals(s));
        expect(c.consolidated?.revenue.tiyn).toBe(sumOf(allFigures(s), "revenue_total").minus(mutual).tiyn);
        // independently: what the units raise themselves plus what the district raises itself
        const own = Money.sum(s.units.map(ownRevenue)).plus(s.districtOwnRevenue);
        expect(c.consolidated?.revenue.tiyn).toBe(own.tiyn);
      }),
      { numRuns: 200 },
    );
  });

  it("property: consolidated costs = sum of costs − mutual transfers", () => {
    fc.assert(
      fc.property(districtScenarioArb, (s) => {
        const c = consolidate(s);
        const mutual = totalSubventions(s).plus(totalWithdrawals(s));
        expect(c.consolidated?.expenditures.tiyn).toBe(
          sumOf(allFigures(s), "expenditures").minus(mutual).tiyn,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("property: without the district's figures, netting is not_checkable and the units' own revenue nets out subventions", () => {
    fc.assert(
      fc.property(districtScenarioArb, (s) => {
        const c = consolidate(s, false);
        expect(c.netting.status).toBe("not_checkable");
        expect(c.consolidated).toBeUndefined();
        expect(c.unitsOwnRevenue).toEqual({ kind: "sum", amount: Money.sum(s.units.map(ownRevenue)) });
        expect(c.unitCount).toBe(s.units.length);
      }),
      { numRuns: 200 },
    );
  });

  it("property: a ledger moving d more to a unit than the units' transfers lines show makes the netting a mismatch of exactly d", () => {
    fc.assert(
      fc.property(districtScenarioArb, nonZeroDeltaArb, (s, d) => {
        const [first, ...rest] = s.units;
        if (first === undefined) return;
        const statements = [first, ...rest].map((u) =>
          buildStatement({
            unit: { code: u.unit.code, name: u.unit.nameRu },
            year: s.year,
            published: unitFigures(u),
          }),
        );
        const extra: Posting = {
          id: "extra",
          sourceId: "extra",
          ruleId: "transfer",
          date: `${s.year}-07-01`,
          from: districtAccount(s.district),
          to: unitAccount(first.unit),
          amount: d.abs(),
          category: "transfers",
        };
        const input = {
          district: { code: s.district.code, name: s.district.nameRu },
          year: s.year,
          districtFigures: districtFigures(s),
        };
        // the ledger moved |d| more than the units show: difference +|d|
        const more = consolidateDistrict({
          ...input,
          units: statements,
          postings: [...scenarioPostings(s), extra],
        });
        expect(more.netting.status).toBe("mismatch");
        expect(more.netting.difference?.tiyn).toBe(d.abs().tiyn);
        // a unit shows |d| more transfers than the ledger moved (its total corrected too): difference −|d|
        // (more, not less: a unit's transfers received are never negative)
        const figures = unitFigures(first);
        const misstated = buildStatement({
          unit: { code: first.unit.code, name: first.unit.nameRu },
          year: s.year,
          published: {
            ...figures,
            transfers: (figures.transfers as Money).plus(d.abs()),
            revenue_total: (figures.revenue_total as Money).plus(d.abs()),
            deficit: (figures.deficit as Money).plus(d.abs()),
          },
        });
        const shown = consolidateDistrict({
          ...input,
          units: [misstated, ...statements.slice(1)],
          postings: scenarioPostings(s),
        });
        expect(shown.netting.status).toBe("mismatch");
        expect(shown.netting.difference?.tiyn).toBe(-d.abs().tiyn);
      }),
      { numRuns: 200 },
    );
  });

  it("property: a unit whose deficit was misstated by d is reported by its statement's balance check (difference d), not by the netting", () => {
    fc.assert(
      fc.property(districtScenarioArb, nonZeroDeltaArb, (s, d) => {
        const [first, ...rest] = s.units;
        if (first === undefined) return;
        const bad = unitFigures(first);
        const statement = buildStatement({
          unit: { code: first.unit.code, name: first.unit.nameRu },
          year: s.year,
          published: { ...bad, deficit: (bad.deficit as Money).plus(d) },
        });
        const balance = statement.checks.find((c) => c.identity === "balance");
        expect(balance?.status).toBe("mismatch");
        expect(balance?.difference?.tiyn).toBe(d.tiyn);
        const c = consolidateDistrict({
          district: { code: s.district.code, name: s.district.nameRu },
          year: s.year,
          units: [
            statement,
            ...rest.map((u) =>
              buildStatement({
                unit: { code: u.unit.code, name: u.unit.nameRu },
                year: s.year,
                published: unitFigures(u),
              }),
            ),
          ],
          districtFigures: districtFigures(s),
          postings: scenarioPostings(s),
        });
        expect(c.netting.status).toBe("ok");
        // the summed deficit carries the misstatement; the consolidated one is computed from the lines
        expect(c.totals.deficit).toEqual({ kind: "sum", amount: sumOf(allFigures(s), "deficit").plus(d) });
        expect(c.consolidated?.deficit?.tiyn).toBe(sumOf(allFigures(s), "deficit").tiyn);
      }),
      { numRuns: 200 },
    );
  });
});

describe("consolidation example (hand-computed)", () => {
  it("Бородулихинский район with two units, 2026", () => {
    const district = TERRITORY.districts().find((d) => d.code === "104000000");
    const bel = TERRITORY.fourthLevelUnit("104035000");
    const andr = TERRITORY.fourthLevelUnit("104033000");
    if (district === undefined) throw new Error("district 104000000 not in the territory");
    const k = (s: string) => Money.kzt(s);
    const post = (
      id: string,
      date: IsoDate,
      from: Posting["from"],
      to: Posting["to"],
      amount: string,
    ): Posting => ({
      id,
      sourceId: id,
      ruleId: "transfer",
      date,
      from,
      to,
      amount: k(amount),
      category: "transfers",
    });
    const postings = [
      post("s1", "2026-02-01", districtAccount(district), unitAccount(bel), "300"), // subvention to Bel-Agach
      post("w1", "2026-06-01", unitAccount(andr), districtAccount(district), "50"), // withdrawal from Andreevka
      post("s0", "2025-12-31", districtAccount(district), unitAccount(bel), "999"), // previous year: ignored
    ];
    // Bel-Agach: own 700 + subvention 300 = revenue 1000; costs 1000; deficit 0
    // Andreevka: own 400; costs 350 + withdrawal 50 = 400; deficit 0
    // district: own 5000 + withdrawal 50 = 5050; costs 4700 + subvention 300 = 5000; deficit 50
    const st = (code: string, name: string, rev: string, transfers: string, exp: string, def: string) =>
      buildStatement({
        unit: { code, name },
        year: 2026,
        published: {
          revenue_total: k(rev),
          transfers: k(transfers),
          expenditures: k(exp),
          net_lending: Money.zero,
          fin_assets_balance: Money.zero,
          deficit: k(def),
        },
      });
    const units = [
      st(bel.code, bel.nameRu, "1000", "300", "1000", "0"),
      st(andr.code, andr.nameRu, "400", "0", "400", "0"),
    ];
    const districtFigures = {
      revenue_total: k("5050"),
      expenditures: k("5000"),
      net_lending: Money.zero,
      fin_assets_balance: Money.zero,
      deficit: k("50"),
    };
    const c = consolidateDistrict({
      district: { code: district.code, name: district.nameRu },
      year: 2026,
      units,
      districtFigures,
      postings,
    });
    expect(c.mutualTransfers.toUnits.toKzt()).toBe("300.00");
    expect(c.mutualTransfers.toDistrict.toKzt()).toBe("50.00");
    // revenue: 1000 + 400 + 5050 − (300 + 50) = 6100 = own 700 + 400 + 5000
    expect(c.consolidated?.revenue.toKzt()).toBe("6100.00");
    // costs: 1000 + 400 + 5000 − 350 = 6050
    expect(c.consolidated?.expenditures.toKzt()).toBe("6050.00");
    // deficit: 6100 − 6050 = 50 = 0 + 0 + 50
    expect(c.consolidated?.deficit?.toKzt()).toBe("50.00");
    // netting: ledger to the units 300 = transfers lines 300 + 0
    expect(c.netting).toEqual({ status: "ok", difference: Money.zero });
    // units' own revenue: 1000 + 400 − 300 = 1100
    expect(c.unitsOwnRevenue).toEqual({ kind: "sum", amount: k("1100") });

    // The same budgets with a ledger that moved 250, not 300, to Bel-Agach: the consolidation would net
    // 250 + 50 = 300 and give revenue 6450 − 300 = 6150, which is wrong; the netting check catches it:
    // ledger 250 − transfers lines (300 + 0) = −50.
    const wrong = consolidateDistrict({
      district: { code: district.code, name: district.nameRu },
      year: 2026,
      units,
      districtFigures,
      postings: [
        post("s1", "2026-02-01", districtAccount(district), unitAccount(bel), "250"),
        ...postings.slice(1),
      ],
    });
    expect(wrong.consolidated?.revenue.toKzt()).toBe("6150.00");
    expect(wrong.netting.status).toBe("mismatch");
    expect(wrong.netting.difference?.toKzt()).toBe("-50.00");
    expect(wrong.netting.reason).toBe(
      "the ledger's transfers from the district to the units (0.25 thousand KZT) differ from the units' transfers lines (0.3 thousand KZT)",
    );
  });

  it("cannot check the netting when a unit's statement has no transfers line", () => {
    const bel = TERRITORY.fourthLevelUnit("104035000");
    const c = consolidateDistrict({
      district: { code: "104000000", name: "Бородулихинский район" },
      year: 2026,
      units: [
        buildStatement({
          unit: { code: bel.code, name: bel.nameRu },
          year: 2026,
          published: { revenue_total: Money.kzt("10"), expenditures: Money.kzt("10") },
        }),
      ],
      districtFigures: { revenue_total: Money.kzt("5"), expenditures: Money.kzt("5") },
      postings: [],
    });
    expect(c.netting).toEqual({
      status: "not_checkable",
      reason: `the transfers line is missing for ${bel.nameRu}: the transfers netted cannot be compared with the units' statements`,
    });
  });
});

describe("what consolidation nets", () => {
  it("nets transfers between the district and its units, not cash-gap loans (they are not revenue)", () => {
    const district = { kind: "budget", level: 3, code: "104000000", name: "Бородулихинский район" } as const;
    const unit = { kind: "budget", level: 4, code: "104035000", name: "Бель-Агачский с.о." } as const;
    const postings = transferPostings(
      [
        {
          kind: "subvention",
          from: district,
          to: unit,
          date: "2025-01-01",
          amount: Money.kzt("1000"),
          sourceId: "s",
        },
        {
          kind: "cash_gap_loan",
          from: district,
          to: unit,
          date: "2025-04-15",
          amount: Money.kzt("500"),
          sourceId: "c",
          repayBy: "2025-10-15",
        },
      ],
      KZ_LAW,
    );
    const statement = buildStatement({
      unit: { code: unit.code, name: unit.name },
      year: 2025,
      published: {},
      postings,
    });
    const c = consolidateDistrict({
      district: { code: district.code, name: district.name },
      year: 2025,
      units: [statement],
      postings,
    });
    // only the subvention of 1 000 KZT is a mutual transfer; the loan of 500 is financing, not revenue
    expect(c.mutualTransfers.toUnits.toKzt()).toBe("1000.00");
    expect(c.mutualTransfers.postings).toBe(1);
  });
});
