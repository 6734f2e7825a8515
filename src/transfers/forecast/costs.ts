import type { Citation } from "../../citation/citation.js";
import { FourthLevelError, type InputIssue, throwIfIssues } from "../../errors/error.js";
import { assertLaw, type Law, planningLawOf } from "../../law/law.js";
import { Money } from "../../money/money.js";
import {
  applyFactor,
  cumulativeFactors,
  describe,
  type Factor,
  forecastYears,
  formatFactor,
  ONE,
  type RateSchedule,
  readAmount,
  readSchedule,
} from "./rates.js";

/**
 * Costs forecast from the published base-year total with a caller-supplied growth.
 *
 * @category Planning
 */
export interface CostGrowthInput {
  readonly method: "growth";
  /** The base year (2018–2030) and its costs, KZT, without targeted transfers and debt service. */
  readonly base: { readonly year: number; readonly costs: Money };
  /** A rate for every year or a rate per year; the caller's assumption. */
  readonly growth: RateSchedule;
  /** The last forecast year, up to 2030. */
  readonly horizon: number;
}

/**
 * The forecast number of consumers of a service: the base-year number and one number per later year.
 *
 * @category Planning
 */
export interface Consumers {
  /** Consumers in the base year, a whole number above zero. */
  readonly base: number;
  /** Consumers per forecast year (every year after the base year), whole numbers ≥ 0. */
  readonly byYear: Readonly<Record<number, number>>;
}

/**
 * One spending direction of a by-direction forecast.
 *
 * @category Planning
 */
export interface CostDirection {
  /** The spending direction (e.g. BC2025 Art. 34), e.g. `"street_lighting"`; the caller's name. */
  readonly direction: string;
  /** `"current"` costs are indexed and scaled by consumers; `"capital"` costs are given by year. */
  readonly kind: "current" | "capital";
  /** The base-year amount, KZT, ≥ 0. */
  readonly base: Money;
  /** Current costs only: the service's consumers; without it the costs do not scale with consumers. */
  readonly consumers?: Consumers;
  /** Current costs only: the indexation the laws provide, a rate or rates by year; without it none. */
  readonly indexation?: RateSchedule;
  /** Capital costs only: the absolute amount (KZT, ≥ 0) of every year after the base year. */
  readonly capitalByYear?: Readonly<Record<number, Money>>;
}

/**
 * Costs forecast direction by direction (in Kazakhstan BC2025 Art. 80 p.4).
 *
 * @category Planning
 */
export interface CostByDirectionInput {
  readonly method: "by_direction";
  /** The base year, 2018–2030. */
  readonly baseYear: number;
  /**
   * The year the forecast is made in: its planning law gives the method's citation
   * (`PlanningLaw.costForecast`). Default the base year.
   */
  readonly madeIn?: number;
  /** The directions, each named once. */
  readonly directions: readonly CostDirection[];
  /** The last forecast year, up to 2030. */
  readonly horizon: number;
}

/**
 * What {@link forecastCosts} needs: the caller chooses the method.
 *
 * @category Planning
 */
export type CostForecastInput = CostGrowthInput | CostByDirectionInput;

/**
 * The forecast of one direction in one year.
 *
 * @category Planning
 */
export interface DirectionCost {
  readonly direction: string;
  readonly kind: "current" | "capital";
  /** KZT, whole tiyn. */
  readonly amount: Money;
  /** How the amount was obtained, e.g. `"1000000.00 KZT × indexation 1.1025 × consumers 1050/1000 = …"`. */
  readonly explanation: string;
}

/**
 * The forecast costs of one year.
 *
 * @category Planning
 */
export interface CostYear {
  readonly year: number;
  /** KZT: the growth forecast, or the sum of the directions. */
  readonly total: Money;
  /** Per direction (empty for the growth method). */
  readonly directions: readonly DirectionCost[];
  /** How the total was obtained. */
  readonly explanation: string;
}

/**
 * A cost forecast: one {@link CostYear} per year from the base year to the horizon.
 *
 * @category Planning
 */
export type CostForecast =
  | { readonly method: "growth"; readonly years: readonly CostYear[] }
  | {
      readonly method: "by_direction";
      readonly years: readonly CostYear[];
      /**
       * The ground of the method in the planning law of the year the forecast is made in (in Kazakhstan
       * BC2025 Art. 80 p.4 from plans made in 2025); `undefined` when that law sets no method, and the
       * method is then a modelling choice.
       */
      readonly citation: Citation | undefined;
    };

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
 * come from the caller. Leave out targeted transfers, debt service, budget credits, PPP obligations, image
 * costs, grants, research and consulting (e.g. BC2025 Art. 80 p.4 part 2). Where the planning law of the
 * year the forecast is made sets no method (in Kazakhstan plans made to 2024), the method is a modelling
 * choice and the result has no citation.
 *
 * @category Planning
 * @param law - The planning law, e.g. `kazakhstanLaw()`.
 * @returns The method, one {@link CostYear} per year (the base year first, at its base amounts) and, for
 * `"by_direction"`, the citation (if the law has one).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once with its path: a bad base
 * year or horizon, a negative or non-Money amount, a rate below −100 % or not a plain decimal, a year with no
 * rate, consumer number or capital amount, a non-whole or non-positive base consumer number, a direction
 * named twice or unnamed, indexation or consumers on a capital direction, capital amounts on a current one.
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
  assertLaw(law, ["planning"], "forecastCosts");
  return input.method === "growth" ? byGrowth(input) : byDirection(input, law);
}

/** The planning law's citation of the by-direction method for a forecast made in `madeIn`, if any. */
function methodCitation(madeIn: number, law: Pick<Law, "planning">): Citation | undefined {
  try {
    return planningLawOf(madeIn, law).value.costForecast;
  } catch (e) {
    if (e instanceof FourthLevelError) return undefined; // a year outside the law: the year's own issue is reported
    throw e;
  }
}

function byGrowth(input: CostGrowthInput): CostForecast {
  const issues: InputIssue[] = [];
  const years = forecastYears(input.base.year, input.horizon, "base.year", issues);
  const base = readAmount(input.base.costs, "base.costs", issues);
  const factors = readSchedule(input.growth, years.slice(1), "growth", issues);
  throwIfIssues("cost forecast (growth)", issues);
  const costs = base ?? Money.zero;
  const cumulative = cumulativeFactors(years, factors);
  return {
    method: "growth",
    years: years.map((year, i) => {
      const factor = cumulative[i] ?? ONE;
      const total = applyFactor(costs, factor);
      const explanation =
        i === 0
          ? `base-year costs ${costs.toKzt()} KZT`
          : `${costs.toKzt()} KZT × growth ${formatFactor(factor)} = ${total.toKzt()} KZT`;
      return { year, total, directions: [], explanation };
    }),
  };
}

/** How to compute one direction in each forecast year, once validated. */
type DirectionPlan = (year: number, index: number) => DirectionCost;

function byDirection(input: CostByDirectionInput, law: Pick<Law, "planning">): CostForecast {
  const issues: InputIssue[] = [];
  const years = forecastYears(input.baseYear, input.horizon, "baseYear", issues);
  if (input.directions.length === 0) issues.push({ path: "directions", message: "no direction given" });
  const seen = new Set<string>();
  const plans: DirectionPlan[] = [];
  input.directions.forEach((d, i) => {
    const path = `directions[${i}]`;
    if (typeof d.direction !== "string" || d.direction.trim() === "") {
      issues.push({ path: `${path}.direction`, message: "a direction needs a name" });
    } else if (seen.has(d.direction)) {
      issues.push({ path: `${path}.direction`, message: `"${d.direction}" is given twice` });
    }
    seen.add(d.direction);
    const base = readAmount(d.base, `${path}.base`, issues);
    const plan =
      d.kind === "current"
        ? currentPlan(d, base, years, path, issues)
        : d.kind === "capital"
          ? capitalPlan(d, base, years, path, issues)
          : undefined;
    if (d.kind !== "current" && d.kind !== "capital") {
      issues.push({ path: `${path}.kind`, message: `${describe(d.kind)} is not "current" or "capital"` });
    }
    if (plan !== undefined) plans.push(plan);
  });
  throwIfIssues("cost forecast (by direction)", issues);
  return {
    method: "by_direction",
    citation: methodCitation(input.madeIn ?? input.baseYear, law),
    years: years.map((year, i) => {
      const directions = plans.map((plan) => plan(year, i));
      return {
        year,
        total: Money.sum(directions.map((d) => d.amount)),
        directions,
        explanation: `sum of ${directions.length} direction${directions.length === 1 ? "" : "s"}`,
      };
    }),
  };
}

function currentPlan(
  d: CostDirection,
  base: Money | undefined,
  years: readonly number[],
  path: string,
  issues: InputIssue[],
): DirectionPlan | undefined {
  if (d.capitalByYear !== undefined) {
    issues.push({
      path: `${path}.capitalByYear`,
      message:
        "a current direction has no capital amounts: give them as a separate direction of kind capital",
    });
  }
  const later = years.slice(1);
  const factors =
    d.indexation === undefined
      ? new Map<number, Factor>()
      : readSchedule(d.indexation, later, `${path}.indexation`, issues);
  const consumers =
    d.consumers === undefined ? undefined : readConsumers(d.consumers, later, `${path}.consumers`, issues);
  if (base === undefined) return undefined;
  const cumulative = cumulativeFactors(years, factors);
  return (year, i) => {
    const index = cumulative[i] ?? ONE;
    const served = BigInt(consumers?.byYear.get(year) ?? consumers?.base ?? 1);
    const baseServed = BigInt(consumers?.base ?? 1);
    const amount = applyFactor(base, index, i === 0 ? 1n : served, i === 0 ? 1n : baseServed);
    const scaled = consumers === undefined || i === 0 ? "" : ` × consumers ${served}/${baseServed}`;
    const explanation =
      i === 0
        ? `current costs, base year: ${base.toKzt()} KZT`
        : `current costs: ${base.toKzt()} KZT × indexation ${formatFactor(index)}${scaled} = ${amount.toKzt()} KZT`;
    return { direction: d.direction, kind: "current", amount, explanation };
  };
}

function readConsumers(
  consumers: Consumers,
  years: readonly number[],
  path: string,
  issues: InputIssue[],
): { base: number; byYear: Map<number, number> } | undefined {
  const before = issues.length;
  if (!Number.isSafeInteger(consumers.base) || consumers.base <= 0) {
    issues.push({
      path: `${path}.base`,
      message: `${describe(consumers.base)} is not a whole number above zero`,
    });
  }
  const byYear = new Map<number, number>();
  for (const year of years) {
    const n = consumers.byYear?.[year];
    if (n === undefined) {
      issues.push({ path: `${path}.byYear.${year}`, message: `no forecast number of consumers for ${year}` });
    } else if (!Number.isSafeInteger(n) || n < 0) {
      issues.push({ path: `${path}.byYear.${year}`, message: `${describe(n)} is not a whole number ≥ 0` });
    } else {
      byYear.set(year, n);
    }
  }
  return issues.length > before ? undefined : { base: consumers.base, byYear };
}

function capitalPlan(
  d: CostDirection,
  base: Money | undefined,
  years: readonly number[],
  path: string,
  issues: InputIssue[],
): DirectionPlan | undefined {
  for (const key of ["indexation", "consumers"] as const) {
    if (d[key] !== undefined) {
      issues.push({
        path: `${path}.${key}`,
        message: `a capital direction is given as absolute amounts by year: ${key} applies to current costs only`,
      });
    }
  }
  const amounts = new Map<number, Money>();
  for (const year of years.slice(1)) {
    const amount = d.capitalByYear?.[year];
    if (amount === undefined) {
      issues.push({
        path: `${path}.capitalByYear.${year}`,
        message: `no capital amount for ${year}: give one (Money.zero for none)`,
      });
      continue;
    }
    const checked = readAmount(amount, `${path}.capitalByYear.${year}`, issues);
    if (checked !== undefined) amounts.set(year, checked);
  }
  if (base === undefined) return undefined;
  return (year, i) => {
    const amount = i === 0 ? base : (amounts.get(year) ?? Money.zero);
    const explanation =
      i === 0
        ? `capital costs, base year: ${amount.toKzt()} KZT`
        : `capital costs for ${year}: ${amount.toKzt()} KZT, an absolute amount`;
    return { direction: d.direction, kind: "capital", amount, explanation };
  };
}
