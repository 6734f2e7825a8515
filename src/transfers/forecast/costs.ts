import { parseInput } from "../../input/parse.js";
import type { Law } from "../../law/law.js";
import { costsByDirection } from "./cost-directions.js";
import type { CostForecast, CostForecastInput, CostYear } from "./cost-types.js";
import { type CheckedGrowth, costForecastInputSchema } from "./costs-input.js";
import { yearsFrom } from "./forecast-years.js";
import { groundsOf, planningGrounds } from "./planning-law-input.js";
import { applyFactor, cumulativeFactors, formatFactor, ONE, scheduleFactors } from "./rates.js";

export type {
  CapitalCostDirection,
  Consumers,
  CostByDirectionInput,
  CostDirection,
  CostForecast,
  CostForecastInput,
  CostGrowthInput,
  CostYear,
  CurrentCostDirection,
  DirectionCost,
} from "./cost-types.js";

/** Base-year costs × Π (1 + growth of each later year), rounded once per year to the tiyn. */
function byGrowth({ base, growth, horizon }: CheckedGrowth): CostYear[] {
  const years = yearsFrom(base.year, horizon);
  const cumulative = cumulativeFactors(years, scheduleFactors(growth, years.slice(1)));
  return years.map((year, i) => {
    const factor = cumulative[i] ?? ONE;
    const total = applyFactor(base.costs, factor);
    const explanation =
      i === 0
        ? `base-year costs ${base.costs.toKzt()} KZT`
        : `${base.costs.toKzt()} KZT × growth ${formatFactor(factor)} = ${total.toKzt()} KZT`;
    return { year, total, directions: [], explanation };
  });
}

/**
 * Forecasts a fourth-level unit's costs (the costs side of the general-transfer formula, see
 * `generalTransfer`) from the base year to the horizon, by the method the caller chooses:
 *
 * - `"growth"`: base-year costs × Π (1 + growth of each year after the base year), exact, rounded once per
 *   year half away from zero to the tiyn.
 * - `"by_direction"`: the method of the planning law (`PlanningLaw.costForecast`; in Kazakhstan BC2025
 *   Art. 80 p.4 as read, for forecasts made from 2025). A current direction in year t
 *   is base × Π (1 + indexation) × consumers_t ÷ consumers_base, exact, rounded once half away from zero to
 *   the tiyn; a capital direction is the absolute amount the caller gives for the year. The total is the
 *   sum of the directions. The article says current costs are calculated "taking into account" indexation
 *   and consumers; this product is the library's reading, not the ministry's formula.
 *
 * Everything the methodology leaves open is an input, never a constant: in Kazakhstan the typical
 * methodology of the Ministry of National Economy (order of 27 May 2025 No 38) and the oblast-akimat
 * procedure under it are not modelled, so the indexation, the consumer numbers, the capital amounts (from
 * sectoral methodologies), the growth rates and any additional indicator (e.g. BC2025 Art. 80 p.4 part 3)
 * come from the caller. Leave out the costs the planning law's list excludes (`PlanningLaw.costExclusions`;
 * e.g. BC2025 Art. 80 p.4 part 2: targeted transfers, debt service, budget credits, PPP obligations, image
 * costs, grants, research, consulting, scientific programmes; `planDistrict` subtracts them from a unit's
 * base with `base.excludedCosts`). Where the planning law of the
 * year the forecast is made sets no method (in Kazakhstan plans made to 2024), the method is a modelling
 * choice and the result has no citation.
 *
 * @param law - The planning law, e.g. `kazakhstanLaw()`.
 * @returns The method, one {@link CostYear} per year (the base year first, at its base amounts) and, for
 * `"by_direction"`, the citation (if the law has one).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once with its path
 * (`["directions", 1, "indexation", "2027"]`): a bad base year or horizon, a negative or non-Money amount,
 * a rate below −100 % or not a plain decimal, a year with no rate, consumer number or capital amount, a
 * non-whole or non-positive base consumer number, a direction named twice or unnamed, indexation or
 * consumers on a capital direction, capital amounts on a current one, a field the method does not have.
 * @category Planning
 * @example
 * ```ts
 * const f = forecastCosts({
 *   method: "by_direction",
 *   baseYear: 2026,
 *   horizon: 2027,
 *   directions: [{
 *     direction: "street_lighting", kind: "current", base: Money.kzt("1000000"),
 *     consumers: { base: 1000, byYear: { 2027: 1050 } }, indexation: "0.05",
 *   }],
 * }, kazakhstanLaw());
 * f.years[1]?.total.toKzt(); //=> "1102500.00"
 * f.method === "by_direction" ? f.citation?.article : undefined; //=> "80"
 * ```
 */
export function forecastCosts(input: CostForecastInput, law: Pick<Law, "planning">): CostForecast {
  const grounds = planningGrounds(law, "forecastCosts");
  const checked = parseInput(costForecastInputSchema, input, "cost forecast");
  if (checked.method === "growth") return { method: "growth", years: byGrowth(checked) };
  return {
    method: "by_direction",
    // a year the law does not cover, or whose law sets no method: the method is a modelling choice
    citation: groundsOf(checked.madeIn ?? checked.baseYear, grounds)?.costForecast,
    years: costsByDirection(checked),
  };
}
