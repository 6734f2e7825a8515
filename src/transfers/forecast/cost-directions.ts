import { Money } from "../../money/money.js";
import type { CostYear, DirectionCost } from "./cost-types.js";
import type { CheckedByDirection } from "./costs-input.js";
import { yearsFrom } from "./forecast-years.js";
import { applyFactor, cumulativeFactors, formatFactor, ONE, scheduleFactors } from "./rates.js";

type Direction = CheckedByDirection["directions"][number];

/** The cost of one direction in the `i`-th forecast year (`year`; the base year is 0). */
type DirectionPlan = (year: number, i: number) => DirectionCost;

/** A current direction: base × Π (1 + indexation) × consumers_t ÷ consumers_base, rounded once to the tiyn. */
function currentPlan(d: Extract<Direction, { kind: "current" }>, years: readonly number[]): DirectionPlan {
  const cumulative = cumulativeFactors(
    years,
    d.indexation === undefined ? new Map() : scheduleFactors(d.indexation, years.slice(1)),
  );
  const { consumers } = d;
  return (year, i) => {
    const index = cumulative[i] ?? ONE;
    if (i === 0) {
      return {
        direction: d.direction,
        kind: "current",
        amount: applyFactor(d.base, index),
        explanation: `current costs, base year: ${d.base.toKzt()} KZT`,
      };
    }
    const served = BigInt(consumers?.byYear[year] ?? consumers?.base ?? 1);
    const baseServed = BigInt(consumers?.base ?? 1);
    const amount = applyFactor(d.base, index, served, baseServed);
    const scaled = consumers === undefined ? "" : ` × consumers ${served}/${baseServed}`;
    return {
      direction: d.direction,
      kind: "current",
      amount,
      explanation: `current costs: ${d.base.toKzt()} KZT × indexation ${formatFactor(index)}${scaled} = ${amount.toKzt()} KZT`,
    };
  };
}

/** A capital direction: the base amount, then the absolute amount the caller gives for each year. */
function capitalPlan(d: Extract<Direction, { kind: "capital" }>): DirectionPlan {
  return (year, i) => {
    const amount = i === 0 ? d.base : (d.capitalByYear?.[year] ?? Money.zero);
    const explanation =
      i === 0
        ? `capital costs, base year: ${amount.toKzt()} KZT`
        : `capital costs for ${year}: ${amount.toKzt()} KZT, an absolute amount`;
    return { direction: d.direction, kind: "capital", amount, explanation };
  };
}

/** The costs of each year from the base year to the horizon, direction by direction, and their sum. */
export function costsByDirection(input: CheckedByDirection): CostYear[] {
  const years = yearsFrom(input.baseYear, input.horizon);
  const plans = input.directions.map((d) => (d.kind === "current" ? currentPlan(d, years) : capitalPlan(d)));
  return years.map((year, i) => {
    const directions = plans.map((plan) => plan(year, i));
    return {
      year,
      total: Money.sum(directions.map((d) => d.amount)),
      directions,
      explanation: `sum of ${directions.length} direction${directions.length === 1 ? "" : "s"}`,
    };
  });
}
