// The terms of the planning law a plan applies beyond the formula: the costs the forecast leaves out
// (BC2025 Art. 80 p.4 part 2), minimum funding shortfalls counted in the next volumes (Art. 79 p.3 part 4)
// and revenue collected over the plan that stays with the unit (Art. 76 p.4 part 2). Expected values are
// hand calculations written next to them; the amounts are illustrative, not published figures.
import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { inputIssuesOf } from "../../../test/support.js";
import { valueOn } from "../../calendar/dated.js";
import type { Law, PlanningLaw } from "../../law/law.js";
import { Money } from "../../money/money.js";
import { type DistrictPlanInput, type PlanUnitInput, planDistrict } from "./district-plan.js";

const kzt = (amount: string) => Money.kzt(amount);
const KAMYSTY = { code: "394800000", name: "Камыстинский район" };

/** A unit with flat growth: own revenues and costs in KZT. */
const unit = (own: string, costs: string, more: Partial<PlanUnitInput> = {}): PlanUnitInput => ({
  code: "394845000",
  name: "с. Дружба",
  base: { year: 2028, ownRevenues: { own: kzt(own) }, costs: kzt(costs) },
  revenueGrowth: { own: "0" },
  costGrowth: "0",
  ...more,
});

/** A plan made in 2028 (base 2028) for 2029–2030, the library's last years. */
const plan2028 = (u: PlanUnitInput, law: Law = KZ_LAW) =>
  planDistrict({ district: KAMYSTY, baseYear: 2028, horizon: 2030, units: [u] }, law);

/** Kazakhstan's law with the three-year planning law changed by `change`. */
function withTerms(change: (p: PlanningLaw) => PlanningLaw): Law {
  const entries = KZ_LAW.planning.entries.map((e) =>
    e.value.regime === "three_year" ? { ...e, value: change(e.value) } : e,
  );
  return { ...KZ_LAW, planning: { ...KZ_LAW.planning, entries } };
}

describe("the costs a forecast leaves out (BC2025 Art. 80 p.4 part 2)", () => {
  it("the law lists the whole of part 2, for plans made from 2025; BC2008 lists none", () => {
    const bc2025 = valueOn(KZ_LAW.planning, "2025-01-01").value.costExclusions;
    // «…не учитывают целевые трансферты, затраты на обслуживание и погашение долга местного исполнительного
    // органа, бюджетные кредиты, государственные обязательства по проектам государственно-частного
    // партнерства, имиджевые расходы, гранты, исследования, консалтинговые услуги, научно-технические
    // проекты и программы»: nine items
    expect(Object.keys(bc2025?.categories ?? {})).toEqual([
      "targeted_transfers",
      "debt_service",
      "budget_loans",
      "ppp_obligations",
      "image_costs",
      "grants",
      "research",
      "consulting",
      "science_programmes",
    ]);
    expect(bc2025?.citation).toMatchObject({ article: "80", paragraph: "4 part 2" });
    expect(valueOn(KZ_LAW.planning, "2024-01-01").value.costExclusions).toBeUndefined();
  });

  it("subtracts the excluded parts of the base-year costs before the forecast (Art. 80 p.4 part 2)", () => {
    const u = unit("1000000", "5000000", {
      base: {
        year: 2028,
        ownRevenues: { own: kzt("1000000") },
        costs: kzt("5000000"),
        excludedCosts: { targeted_transfers: kzt("600000"), debt_service: kzt("50000"), grants: kzt("0.01") },
      },
      costGrowth: "0.1",
    });
    const plan = plan2028(u);
    // costs forecast from 5,000,000 − 600,000 − 50,000 − 0.01 = 4,349,999.99
    // 2029: × 1.1 = 4,784,999.989 → 4,784,999.99; subvention 4,784,999.99 − 1,000,000 = 3,784,999.99
    // 2030: × 1.21 = 5,263,499.9879 → 5,263,499.99; subvention 4,263,499.99
    const years = plan.units[0]?.years ?? [];
    expect(years.map((y) => y.costs.toKzt())).toEqual(["4784999.99", "5263499.99"]);
    expect(years.map((y) => y.transfer.amount.toKzt())).toEqual(["3784999.99", "4263499.99"]);
    expect(plan.units[0]?.excludedCosts?.total.toKzt()).toBe("650000.01");
    expect(plan.units[0]?.excludedCosts?.citation).toMatchObject({ article: "80", paragraph: "4 part 2" });
  });

  it("refuses a category outside the list, a sum above the costs and any exclusion under BC2008", () => {
    const excluded = (excludedCosts: Record<string, Money>, year = 2028) =>
      unit("1000000", "5000000", {
        base: { year, ownRevenues: { own: kzt("1000000") }, costs: kzt("5000000"), excludedCosts },
      });
    const unknown = inputIssuesOf(() => plan2028(excluded({ salaries: kzt("1") })));
    expect(unknown.map((i) => i.path)).toEqual([["units", 0, "base", "excludedCosts", "salaries"]]);
    expect(unknown[0]?.message).toContain("one of targeted_transfers, debt_service");
    const over = inputIssuesOf(() => plan2028(excluded({ grants: kzt("5000000.01") })));
    expect(over[0]?.message).toContain("exceed the base-year costs 5000000.00 KZT");
    // a plan made in 2023 (rolling, BC2008): its law lists nothing
    const input: DistrictPlanInput = {
      district: KAMYSTY,
      baseYear: 2023,
      horizon: 2024,
      units: [excluded({ grants: kzt("1") }, 2023)],
    };
    const bc2008 = inputIssuesOf(() => planDistrict(input, KZ_LAW));
    expect(bc2008.map((i) => i.path)).toEqual([["units", 0, "base", "excludedCosts"]]);
    expect(bc2008[0]?.message).toContain("(bc2008) lists no costs");
    // the message names the field both in the API and in a scenario file
    expect(bc2008[0]?.message).toContain(
      "leave excludedCosts out and give the costs in full, as the formula takes them (base.costs; in a scenario file, the unit's figures.expenditures)",
    );
  });
});

/**
 * Shortfalls of 2026 and 2027: culture 2026 1,000,000 set, 700,000 financed → 300,000; culture 2027
 * 1,000,000 set, 1,100,000 financed → none (financing above the minimum is not carried); sport 2027
 * 500,000 set, 299,989.99 financed → 200,010.01. Together 500,010.01 KZT.
 */
const SHORTFALLS: PlanUnitInput["minimumFunding"] = [
  { year: 2026, direction: "culture", minimum: kzt("1000000"), financed: kzt("700000") },
  { year: 2027, direction: "culture", minimum: kzt("1000000"), financed: kzt("1100000") },
  { year: 2027, direction: "sport", minimum: kzt("500000"), financed: kzt("299989.99") },
];

describe("minimum funding shortfalls counted in the next volumes (BC2025 Art. 79 p.3 part 4)", () => {
  it("reduce the subvention, spread evenly over the formula years of the period (Art. 79 p.3 part 4)", () => {
    const plan = plan2028(unit("1000000", "5000000", { minimumFunding: SHORTFALLS }));
    const years = plan.units[0]?.years ?? [];
    // formula: 5,000,000 − 1,000,000 = 4,000,000 a year; 500,010.01 over 2029 and 2030: 250,005.01 (the odd
    // tiyn to the earlier year) and 250,005.00
    expect(years.map((y) => y.transfer.shortfall?.amount.toKzt())).toEqual(["250005.01", "250005.00"]);
    expect(years.map((y) => `${y.transfer.kind} ${y.transfer.amount.toKzt()}`)).toEqual([
      "subvention 3749994.99",
      "subvention 3749995.00",
    ]);
    // balance: 1,000,000 + 3,749,994.99 − 5,000,000 = −250,005.01
    expect(years.map((y) => y.balance.toKzt())).toEqual(["-250005.01", "-250005.00"]);
    expect(years[0]?.transfer.shortfall?.citation).toMatchObject({ article: "79", paragraph: "3 part 4" });
    expect(years[0]?.transfer.source).toBe("formula");
  });

  it("raise a withdrawal; in the first year only under the other reading; not in a fixed year", () => {
    // withdrawal by the formula 5,100,000 − 5,000,000 = 100,000; + 250,005.01 = 350,005.01
    const surplus = plan2028(unit("5100000", "5000000", { minimumFunding: SHORTFALLS }));
    expect(surplus.units[0]?.years.map((y) => `${y.transfer.kind} ${y.transfer.amount.toKzt()}`)).toEqual([
      "withdrawal 350005.01",
      "withdrawal 350005.00",
    ]);
    const firstYear = withTerms((p) => ({
      ...p,
      minimumFunding: {
        ...(p.minimumFunding as NonNullable<PlanningLaw["minimumFunding"]>),
        spread: "first_year",
      },
    }));
    const once = plan2028(unit("1000000", "5000000", { minimumFunding: SHORTFALLS }), firstYear);
    // 4,000,000 − 500,010.01 = 3,499,989.99 in 2029; 2030 by the formula alone
    expect(once.units[0]?.years.map((y) => y.transfer.amount.toKzt())).toEqual(["3499989.99", "4000000.00"]);
    // 2029 fixed by the maslikhat: the whole 500,010.01 in 2030, 4,000,000 − 500,010.01
    const fixed = plan2028(
      unit("1000000", "5000000", {
        minimumFunding: SHORTFALLS,
        fixedVolumes: [{ year: 2029, kind: "subvention", amount: kzt("4000000") }],
      }),
    );
    expect(fixed.units[0]?.years.map((y) => y.transfer.amount.toKzt())).toEqual(["4000000.00", "3499989.99"]);
    expect(fixed.units[0]?.years[0]?.transfer.shortfall).toBeUndefined();
  });

  it("refuses a year not ended, a direction twice, a period without a formula year and BC2008", () => {
    const refused = inputIssuesOf(() =>
      plan2028(
        unit("1000000", "5000000", {
          minimumFunding: [
            { year: 2028, direction: "culture", minimum: kzt("1"), financed: kzt("0") },
            { year: 2027, direction: "sport", minimum: kzt("1"), financed: kzt("0") },
            { year: 2027, direction: "sport", minimum: kzt("2"), financed: kzt("0") },
          ],
        }),
      ),
    );
    expect(refused.map((i) => i.path)).toEqual([
      ["units", 0, "minimumFunding", 0, "year"],
      ["units", 0, "minimumFunding", 2, "direction"],
    ]);
    expect(refused[0]?.message).toContain("2028 has not ended when the plan is made in 2028");
    const allFixed = inputIssuesOf(() =>
      plan2028(
        unit("1000000", "5000000", {
          minimumFunding: SHORTFALLS,
          fixedVolumes: [
            { year: 2029, kind: "subvention", amount: kzt("4000000") },
            { year: 2030, kind: "none" },
          ],
        }),
      ),
    );
    expect(allFixed[0]?.message).toContain(
      "every year of the period 2029–2030 this plan sets has a fixed volume",
    );
    const bc2008 = inputIssuesOf(() =>
      planDistrict(
        {
          district: KAMYSTY,
          baseYear: 2023,
          horizon: 2024,
          units: [
            {
              ...unit("1", "2", { minimumFunding: SHORTFALLS }),
              base: { year: 2023, ownRevenues: { own: kzt("1") }, costs: kzt("2") },
            },
          ],
        },
        KZ_LAW,
      ),
    );
    expect(bc2008[0]?.message).toContain("(bc2008) sets no minimum funding");
  });
});

describe("revenue collected over the plan stays with the unit (BC2025 Art. 76 p.4 part 2)", () => {
  const overPlan = (law: Law = KZ_LAW) =>
    plan2028(
      unit("3400000", "2000000", {
        base: {
          year: 2028,
          ownRevenues: { own: kzt("3400000") },
          costs: kzt("2000000"),
          overPlan: { own: kzt("400000") },
        },
      }),
      law,
    );

  it("is left out of the forecast base, so it raises no withdrawal (Art. 76 p.4 part 2); the other reading keeps it in", () => {
    // 2029 and 2030: planned 3,000,000 (3,400,000 collected in 2028, 400,000 over the plan) − costs
    // 2,000,000 = withdrawal 1,000,000
    const plan = overPlan();
    expect(plan.units[0]?.years.map((y) => `${y.transfer.kind} ${y.transfer.amount.toKzt()}`)).toEqual([
      "withdrawal 1000000.00",
      "withdrawal 1000000.00",
    ]);
    expect(plan.units[0]?.overPlan).toMatchObject({ inForecastBase: false });
    expect(plan.units[0]?.overPlan?.total.toKzt()).toBe("400000.00");
    expect(plan.units[0]?.overPlan?.citation).toMatchObject({ article: "76", paragraph: "4 part 2" });
    // in the base: 3,400,000 − 2,000,000 = 1,400,000
    const inBase = withTerms((p) => ({
      ...p,
      overPlanRevenue: {
        ...(p.overPlanRevenue as NonNullable<PlanningLaw["overPlanRevenue"]>),
        inForecastBase: true,
      },
    }));
    expect(overPlan(inBase).units[0]?.years[0]?.transfer.amount.toKzt()).toBe("1400000.00");
  });

  it("refuses a line not in the base, a part above its line and a base year that is planned", () => {
    const issues = inputIssuesOf(() =>
      plan2028(
        unit("1000", "2000", {
          base: {
            year: 2028,
            ownRevenues: { own: kzt("1000") },
            costs: kzt("2000"),
            overPlan: { own: kzt("1000.01"), fees: kzt("1") },
          },
        }),
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["units", 0, "base", "overPlan", "own"],
      ["units", 0, "base", "overPlan", "fees"],
    ]);
    const planned = inputIssuesOf(() =>
      planDistrict(
        {
          district: KAMYSTY,
          baseYear: 2028,
          horizon: 2030,
          includeBaseYear: true,
          units: [
            unit("1000", "2000", {
              base: {
                year: 2028,
                ownRevenues: { own: kzt("1000") },
                costs: kzt("2000"),
                overPlan: { own: kzt("1") },
              },
            }),
          ],
        },
        KZ_LAW,
      ),
    );
    expect(planned[0]?.message).toContain("nothing is collected over its plan yet");
  });
});
