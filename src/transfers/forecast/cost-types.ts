import type { Citation } from "../../citation/citation.js";
import type { RateSchedule } from "../../input/rate.js";
import type { Money } from "../../money/money.js";

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
 * A current spending direction: its base-year amount indexed and scaled by its consumers.
 *
 * @category Planning
 */
export interface CurrentCostDirection {
  /** The spending direction (e.g. BC2025 Art. 34), e.g. `"street_lighting"`; the caller's name. */
  readonly direction: string;
  readonly kind: "current";
  /** The base-year amount, KZT, ≥ 0. */
  readonly base: Money;
  /** The service's consumers; without it the costs do not scale with consumers. */
  readonly consumers?: Consumers;
  /** The indexation the laws provide, a rate or rates by year; without it none. */
  readonly indexation?: RateSchedule;
}

/**
 * A capital spending direction: an absolute amount for every year (from sectoral methodologies).
 *
 * @category Planning
 */
export interface CapitalCostDirection {
  /** The spending direction, e.g. `"street_repairs"`; the caller's name. */
  readonly direction: string;
  readonly kind: "capital";
  /** The base-year amount, KZT, ≥ 0. */
  readonly base: Money;
  /** The absolute amount (KZT, ≥ 0) of every year after the base year. */
  readonly capitalByYear?: Readonly<Record<number, Money>>;
}

/**
 * One spending direction of a by-direction forecast: `"current"` costs are indexed and scaled by
 * consumers; `"capital"` costs are given by year.
 *
 * @category Planning
 */
export type CostDirection = CurrentCostDirection | CapitalCostDirection;

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
 * What `forecastCosts` needs: the caller chooses the method.
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
