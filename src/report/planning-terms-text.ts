import type { ScenarioAssumptions } from "../scenario/assumptions.js";
import type { PlanningLawUsed, PlanningTermAmounts, UnitPlanningTerms } from "../scenario/planning-terms.js";

/** `targeted_transfers 1000, grants 0.01 thousand KZT` */
const amountsText = (a: PlanningTermAmounts): string =>
  `${Object.entries(a.thousandKzt)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")} thousand KZT`;

/** The planning law of the plan in one line: when it was made, the regime, the formula's ground. */
function lawLine(law: PlanningLawUsed): string {
  const regime =
    law.regime === "three_year"
      ? `three-year cycles${law.cycleStart === null ? "" : ` from ${law.cycleStart}`}, volumes set for ${law.period} years`
      : `${law.regime}, volumes set for ${law.period} years and renewed every year`;
  return `planning law: plan made in ${law.madeIn}, ${law.id} (${regime}); general transfer own revenues − costs (${law.generalTransfer})`;
}

/** One unit's terms, one line each: the amounts, the setting applied, the ground. */
function termLines(t: UnitPlanningTerms): string[] {
  const unit = `${t.name} (${t.code})`;
  const over = t.overPlan;
  const m = t.minimumFunding;
  return [
    ...(t.excludedCosts === undefined
      ? []
      : [
          `costs left out of the forecast base, ${unit}: ${amountsText(t.excludedCosts)} of the base year's costs (${t.excludedCosts.citation})`,
        ]),
    ...(over === undefined
      ? []
      : [
          `revenue over the plan, ${unit}: ${amountsText(over)} of the base year, stays with the unit; ${over.inForecastBase ? "kept in" : "left out of"} the forecast base (overPlanRevenue.inForecastBase: ${over.inForecastBase}) (${over.citation})`,
        ]),
    ...(m === undefined
      ? []
      : [
          `minimum-funding shortfalls, ${unit}: ${m.directions
            .map(
              (d) =>
                `${d.year} ${d.direction} minimum ${d.minimum} − financed ${d.financed} = ${d.shortfall}`,
            )
            .join(
              "; ",
            )} thousand KZT; counted in the net transfer (minimumFunding.spread: ${m.spread}): ${m.counted.length === 0 ? "in no year" : m.counted.map((c) => `${c.year} −${c.thousandKzt}`).join(", ")} (${m.citation})`,
        ]),
  ];
}

/**
 * The planning law of a run's plan and the terms of it each unit's plan applies, as lines of text: the
 * law with its regime, then per unit its excluded costs, its revenue over the plan and its minimum-funding
 * shortfalls with the part counted in each year, each with the setting applied and its ground. Nothing
 * without a plan; no unit line for a unit whose plan applies none.
 */
export function planningTermLines(assumptions: ScenarioAssumptions): string[] {
  const law = assumptions.planningLaw;
  return law === null ? [] : [lawLine(law), ...assumptions.planningTerms.flatMap(termLines)];
}
