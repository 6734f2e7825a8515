// Re-planning meets two terms of BC2025: revenue collected over the plan in the year in execution stays
// with the unit (Art. 76 p.4 part 2), and minimum funding shortfalls are counted in the volumes of the next
// three-year cycle (Art. 79 p.3 part 4). Expected values are hand calculations written next to them; the
// amounts (thousand KZT) are illustrative, not published figures.
import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { inputIssuesOf } from "../../../test/support.js";
import { Money } from "../../money/money.js";
import { type PlanUnitInput, planDistrict } from "../plan/district-plan.js";
import { type ReplanResult, replanDistrict } from "./replan.js";

const th = (amount: string) => Money.thousandKzt(amount);
const KAMYSTY = { code: "394800000", name: "Камыстинский район" };

/** A unit planned to collect 3,000 and spend 2,000 a year (flat): a withdrawal of 1,000 by the formula. */
const unit = (
  year: number,
  base: Partial<PlanUnitInput["base"]> = {},
  more: Partial<PlanUnitInput> = {},
) => ({
  code: "394845000",
  name: "с. Дружба",
  base: { year, ownRevenues: { own: th("3000") }, costs: th("2000"), ...base },
  revenueGrowth: { own: "0" },
  costGrowth: "0",
  ...more,
});

/** The plan made in 2025 for the cycle 2026–2028: withdrawals of 1,000 (3,000 − 2,000) a year. */
const CYCLE = planDistrict(
  { district: KAMYSTY, baseYear: 2026, horizon: 2028, includeBaseYear: true, units: [unit(2026)] },
  KZ_LAW,
);

/** In the year of the re-plan the unit collects 3,400: 400 over the plan of 3,000. */
const OVER = { ownRevenues: { own: th("3400") }, overPlan: { own: th("400") } };

const replan = (madeIn: number, u: PlanUnitInput, horizon = Math.min(madeIn + 2, 2030)) =>
  replanDistrict(
    { previous: CYCLE, madeIn, input: { district: KAMYSTY, baseYear: madeIn, horizon, units: [u] } },
    KZ_LAW,
  );

const schedule = (r: ReplanResult) =>
  r.units[0]?.years.map(
    (y) => `${y.year} ${y.status} ${y.transfer.kind} ${y.transfer.amount.toThousandKzt()}`,
  );

describe("revenue over the plan in a re-plan (BC2025 Art. 76 p.4 part 2)", () => {
  it("mid-cycle: no volume changes, the over-plan 400 stays with the unit and is not forecast on", () => {
    const r = replan(2026, unit(2026, OVER));
    expect(schedule(r)).toEqual([
      "2026 executed withdrawal 1000",
      "2027 kept withdrawal 1000",
      "2028 kept withdrawal 1000",
    ]);
    // forecast from the planned 3,000 (3,400 − 400): 3,000 − 1,000 − 2,000 = 0 in the kept years
    expect(r.plan.units[0]?.years.map((y) => y.balance.toThousandKzt())).toEqual(["0", "0"]);
    expect(r.notes.join("\n")).toContain(
      "400 thousand KZT collected over the plan in 2026 stays with the unit, not withdrawn",
    );
  });

  it("at the cycle's end: the next cycle's withdrawal is not raised by the over-plan collection", () => {
    // made in 2028 for 2029–2030 (the cycle 2029–2031 to the library's last year): 3,000 − 2,000 = 1,000,
    // not 3,400 − 2,000 = 1,400
    const r = replan(2028, unit(2028, OVER));
    expect(schedule(r)).toEqual([
      "2026 executed withdrawal 1000",
      "2027 executed withdrawal 1000",
      "2028 executed withdrawal 1000",
      "2029 replanned withdrawal 1000",
      "2030 replanned withdrawal 1000",
    ]);
    expect(r.plan.units[0]?.overPlan?.total.toThousandKzt()).toBe("400");
  });

  it("is refused for a plan made under BC2008, which has no such rule in the library", () => {
    const issues = inputIssuesOf(() =>
      replanDistrict(
        {
          madeIn: 2024,
          input: { district: KAMYSTY, baseYear: 2024, horizon: 2025, units: [unit(2024, OVER)] },
        },
        KZ_LAW,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([["input", "units", 0, "base", "overPlan"]]);
    expect(issues[0]?.message).toContain("(bc2008) has no rule on revenue collected over the plan");
  });
});

describe("minimum funding shortfalls in a re-plan (BC2025 Art. 79 p.3 part 4)", () => {
  /** Culture 2026: 500 set, 200 financed → 300; 2027: 500 set, 500 financed → none. */
  const minimumFunding = [
    { year: 2026, direction: "culture", minimum: th("500"), financed: th("200") },
    { year: 2027, direction: "culture", minimum: th("500"), financed: th("500") },
  ];

  it("the plan that opens the next cycle counts them: 300 over 2029–2030, 150 a year", () => {
    const r = replan(2028, unit(2028, {}, { minimumFunding }));
    // withdrawal 1,000 + 150 = 1,150 each year
    expect(schedule(r)?.slice(3)).toEqual([
      "2029 replanned withdrawal 1150",
      "2030 replanned withdrawal 1150",
    ]);
  });

  it("a mid-cycle re-plan refuses them: the cycle's volumes are kept", () => {
    const issues = inputIssuesOf(() =>
      replan(2027, unit(2027, {}, { minimumFunding: minimumFunding.slice(0, 1) }), 2028),
    );
    expect(issues.map((i) => i.path)).toEqual([["input", "units", 0, "minimumFunding"]]);
    expect(issues[0]?.message).toContain(
      "counted in the volumes of the next cycle, set by the plan made in 2028",
    );
  });
});
