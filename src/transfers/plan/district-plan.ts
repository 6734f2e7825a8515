import { throwIssues } from "../../errors/issue.js";
import { checkInput } from "../../input/parse.js";
import { assertLaw, planningLawOf } from "../../law/law.js";
import type { Money } from "../../money/money.js";
import type { DistrictAccount } from "../postings/transfer-input.js";
import { districtYear, unitPlan } from "./assemble.js";
import { plannedYears } from "./fixed-volumes.js";
import type { CheckedPlan } from "./input.js";
import { baseTermsOf, planningTermsOf } from "./law-terms.js";
import { madeInOf } from "./made-in.js";
import { planMrp } from "./mrp.js";
import { byPlace } from "./paths.js";
import { planInputSchema } from "./plan-checks.js";
import type { DistrictPlan } from "./result-types.js";
import { applyRevenueList } from "./revenue-list.js";
import { type PlanFigures, planTransfers } from "./transfers.js";
import { type DistrictPlanInput, PLAN_LAW_PARTS, type PlanLaw } from "./types.js";
import { unitCosts } from "./unit-costs.js";
import { consumersOf, populationByYear, unitRevenueLines } from "./unit-forecast.js";

export { planMadeIn } from "./made-in.js";
export { netTransfer, transferKindOf, volumeKindOf } from "./net-transfer.js";
export type {
  BaseAmounts,
  DistrictPlan,
  DistrictYearPlan,
  PlannedTransfer,
  PlannedTransferSource,
  UnitPlan,
  UnitYearPlan,
} from "./result-types.js";
export type {
  DistrictPlanInput,
  PlanFixedVolume,
  PlanLaw,
  PlanMinimumFunding,
  PlanMrpInput,
  PlanRevenueGrowth,
  PlanUnitInput,
} from "./types.js";
export { MRP_GROWTH, PLAN_LAW_PARTS } from "./types.js";

/** Reads a plan's input once: its shape and every check across fields, all problems at once. @internal */
export function readPlanInput(input: DistrictPlanInput, law: PlanLaw): CheckedPlan {
  const checked = checkInput(planInputSchema(law), input, "district plan");
  throwIssues("district plan", byPlace(checked.issues));
  return checked.value as CheckedPlan;
}

/** The forecasts of every unit: own revenues under the list in force, costs and population, by year. */
function forecasts(input: CheckedPlan, years: readonly number[], madeIn: number, law: PlanLaw) {
  const mrp = planMrp(input, law);
  const terms = planningTermsOf(madeIn, law);
  const units = input.units.map((u) => {
    const lines = unitRevenueLines(u, input.horizon, mrp.values, terms);
    const population = populationByYear(u, input.horizon);
    const consumers =
      population === undefined ? undefined : consumersOf(population, u.base.year, input.horizon);
    const costs = unitCosts(u, madeIn, input.horizon, consumers, law);
    const revenues = new Map(years.map((y) => [y, applyRevenueList(lines.get(y) ?? {}, y, law)]));
    return { revenues, costs: new Map(costs.years.map((y) => [y.year, y])), population };
  });
  return { mrp, units };
}

/**
 * Plans the general transfers of one district's fourth-level units over several years.
 *
 * For each unit and each planned year (`baseYear + 1` to `horizon`, or from `baseYear` with
 * `includeBaseYear`): own revenues by line and costs are forecast from the unit's base year; the general
 * transfer is
 * - the unit's fixed volume of the year when given (source `"fixed"`: the maslikhat's decision wins); a
 *   fixed `{ year, kind: "none" }` is the decision that the unit gets no general transfer that year: kind
 *   `"none"`, no posting, balance own revenues − costs, cited by the rule of fixed volumes,
 * - else, when `equalisation.byYear[year]` is given, what `equalise` gives the unit among all units with
 *   their forecasts and indicators (source `"equalisation"`),
 * - else the law's formula own revenues − costs (`generalTransfer`, source `"formula"`).
 *
 * The plan is taken as made in the year before its first planned year ({@link planMadeIn}); the planning
 * law of that year (`planningLawOf`) gives the rule of fixed volumes and the formula's citation: under
 * Kazakhstan's law BC2008 Art. 45 p.4 and p.7–8 for a plan made to 2024, BC2025 Art. 79 p.2 and Art. 79
 * p.1 with Art. 80 for a plan made from 2025 (the plan of 2026–2028 is made in 2025).
 *
 * Drivers and the rulebook of each year:
 * - **Revenues** (`forecastRevenueLines`): each line by its rate(s), or with `"mrp"` by the MRP path —
 *   the law's MRP (`law.parameters.mrp`, in force on 1 January), then `input.mrp.indexation` (`mrpPath`, whole
 *   tenge) — so a line of year y is base × MRP[y] ÷ MRP[base year], exact, rounded once to the tiyn.
 *   Taxes set in MRP (vehicle tax, property tax of individuals, land tax, outdoor-advertising fee) move
 *   with the MRP. `plan.mrp` reports the path used.
 * - **The list of revenues in force**: a line named by a slug of a line of the law's lists that the
 *   edition in force on 1 January of a year does not list (e.g. `"single-land-tax"` from 2026,
 *   `"outdoor-advertising-fee"` from 2026, `"outdoor-advertising-fee-2026"` before 2026) is not a
 *   fourth-level revenue that year: it is left out of own revenues and shown in `excludedLines` with the
 *   reason and citation (`applyRevenueList`). Other line names are the caller's aggregates, unchecked.
 *   Each `byYear` entry cites the list in force (`edition`).
 * - **Costs** (`forecastCosts`): by `costGrowth` (method `"growth"`), or by `costDirections` (method
 *   `"by_direction"`, e.g. BC2025 Art. 80 p.4: current costs indexed and scaled by consumers, capital as
 *   absolute amounts) — exactly one of the two.
 * - **Population** (the consumers of public services): current costs are scaled by it (e.g. BC2025 Art. 80
 *   p.4: cost_y = cost_{y−1} × (1 + growth_y) × population_y ÷ population_{y−1}; with `costDirections`, the
 *   current directions without consumers of their own), and it is the equalisation indicator `population`
 *   of its year, winning over a constant `indicators.population`.
 *
 * A year may not carry both a fixed volume and an equalisation method. Per unit and year the result has
 * the balance own revenues + subvention − withdrawal − costs (zero under the formula) and the
 * self-sufficiency own revenues ÷ costs (percent, one decimal). The general transfers become ledger
 * postings (`plannedGeneralTransfers`, 1 January of their year, source id `plan:<unit code>:<year>`); per
 * year the district's outlay is Σ subventions − Σ withdrawals and the postings are checked to change the
 * district account by −outlay with the ledger balances summing to zero.
 *
 * Growth rates, the MRP indexation, population forecasts, fixed volumes and the equalisation method are
 * the caller's configuration (the ministry's typical methodology, order of 27 May 2025 No 38, is not
 * modelled); re-planning rules are outside this function.
 *
 * @param input - See {@link DistrictPlanInput}; amounts in KZT as {@link Money}.
 * @param law - The law the plan reads (see {@link PlanLaw}), e.g. `kazakhstanLaw()`.
 * @returns See {@link DistrictPlan}.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once with its path array
 * (`["units", 1, "revenueGrowth", "tax"]`, `["units", 0, "fixedVolumes", 2, "year"]`,
 * `["equalisation", "byYear", "2027", "pool"]`, `["units", 1, "population", "byYear", "2028"]`,
 * `["mrp", "indexation", "rate"]`): a field the input does not have, a bad district, base year or horizon,
 * no units or a repeated code, a bad forecast input, a fixed volume outside the planned years, repeated or
 * non-positive (a `"none"` with an amount), an equalisation method for a year not planned or in which every
 * unit has a fixed volume; a line growing `"mrp"` beyond the known MRP without `mrp.indexation` (at the
 * line), a bad indexation; a population without a planned year's number or with a bad one; both or neither
 * of `costGrowth` and `costDirections`, or directions whose base amounts do not sum to `base.costs`; a plan
 * made in a year the planning law does not cover (at `baseYear`); a missing law. When all of these are
 * right, what `equalise` refuses in a year (e.g. floors above the pool), at
 * `["equalisation", "byYear", "<year>", …]` (a unit at its index in `units`).
 * @category Planning
 * @example
 * ```ts
 * const plan = planDistrict({
 *   district: { code: "394800000", name: "Камыстинский район" },
 *   baseYear: 2026,
 *   horizon: 2027,
 *   units: [{
 *     code: "394845000", name: "с. Дружба",
 *     base: { year: 2026, ownRevenues: { tax: Money.thousandKzt("930") }, costs: Money.thousandKzt("28849") },
 *     revenueGrowth: { tax: "0" }, costGrowth: "0",
 *   }],
 * }, kazakhstanLaw());
 * plan.units[0]?.years[0]?.transfer.amount.toThousandKzt(); //=> "27919"
 * plan.byYear[0]?.outlay.toThousandKzt(); //=> "27919"
 *
 * // drivers: a vehicle tax following the MRP (4 325 → 4 541 in 2027 at +5 %), costs × population 1 100/1 000
 * const driven = planDistrict({
 *   district: { code: "394800000", name: "Камыстинский район" },
 *   baseYear: 2026,
 *   horizon: 2027,
 *   mrp: { indexation: { fromYear: 2027, rate: "0.05" } },
 *   units: [{
 *     code: "394845000", name: "с. Дружба",
 *     base: { year: 2026, ownRevenues: { "vehicle-tax-individuals": Money.thousandKzt("1000") }, costs: Money.thousandKzt("2000") },
 *     revenueGrowth: { "vehicle-tax-individuals": "mrp" }, costGrowth: "0",
 *     population: { base: 1000, byYear: { 2027: 1100 } },
 *   }],
 * }, kazakhstanLaw());
 * // 1 000 000 × 4 541 / 4 325 and 2 000 000 × 1 100 / 1 000
 * driven.units[0]?.years[0]?.ownRevenues.total.toKzt(); //=> "1049942.20"
 * driven.units[0]?.years[0]?.costs.toKzt(); //=> "2200000.00"
 * driven.byYear[0]?.edition.article; //=> "27"
 * ```
 */
export function planDistrict(input: DistrictPlanInput, law: PlanLaw): DistrictPlan {
  assertLaw(law, PLAN_LAW_PARTS, "planDistrict");
  return planOfChecked(readPlanInput(input, law), law);
}

/** The plan of an input already read and checked (by {@link readPlanInput} or a re-plan). @internal */
export function planOfChecked(checked: CheckedPlan, law: PlanLaw): DistrictPlan {
  const years = plannedYears(checked);
  const madeIn = madeInOf(checked);
  const { mrp, units } = forecasts(checked, years, madeIn, law);
  const figures: PlanFigures = {
    own: (i, year) => units[i]?.revenues.get(year)?.total as Money,
    costs: (i, year) => units[i]?.costs.get(year)?.total as Money,
    population: (i, year) => units[i]?.population?.get(year),
  };
  const terms = planningLawOf(madeIn, law).value;
  const transfers = planTransfers({ input: checked, years, madeIn, terms }, figures, law);
  const { code, name } = checked.district;
  const district: DistrictAccount = { kind: "budget", level: 3, code, name };
  const unitPlans = checked.units.map((u, i) => ({
    ...unitPlan(
      u,
      { ...(units[i] as (typeof units)[number]), transfers: transfers[i] ?? new Map() },
      years,
      district,
      law,
    ),
    ...baseTermsOf(u, terms),
  }));
  const byYear = years.map((year) => districtYear(year, unitPlans, district, law));
  const postings = unitPlans.flatMap((u) => u.postings);
  return { district, years, units: unitPlans, byYear, postings, mrp: mrp.path };
}
