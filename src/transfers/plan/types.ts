import type { Law } from "../../law/law.js";
import type { DecimalInput } from "../../money/decimal.js";
import type { Money } from "../../money/money.js";
import type { EqualisationMethod } from "../equalisation/types.js";
import type { Consumers, CostDirection } from "../forecast/cost-types.js";
import type { MrpIndexation } from "../forecast/mrp-path.js";
import type { RateSchedule } from "../forecast/rates.js";
import type { PlannedGeneralTransfer } from "../postings/transfer-postings.js";

/**
 * The growth value that makes a revenue line follow the MRP path: see {@link PlanRevenueGrowth}.
 * @category Planning
 */
export const MRP_GROWTH = "mrp";

/**
 * The growth of every revenue line of a plan unit's base year: a rate for every year, a rate per year (as
 * `forecastRevenueLines`, the caller's assumption), or {@link MRP_GROWTH} (`"mrp"`): the line grows each
 * year by the MRP path's ratio MRP[y] ÷ MRP[y − 1] (see {@link DistrictPlanInput.mrp}). The ratios are
 * multiplied exactly, so the line of year y is base × MRP[y] ÷ MRP[base year], rounded once, half away from
 * zero, to the tiyn (like every growth rate: never the previous year's rounded amount compounded).
 *
 * Taxes whose rates are set in MRP move with the MRP: vehicle tax, property tax of individuals, land tax
 * (base rates per m² or hectare) and the outdoor-advertising fee (Tax Code) — `"mrp"` keeps such a line at
 * a constant number of MRP per object. `"mrp"` applies to a whole line, not to single years.
 *
 * @category Planning
 * @example
 * ```ts
 * const growth: PlanRevenueGrowth = { "vehicle-tax-individuals": "mrp", other: "0.05" };
 * ```
 */
export type PlanRevenueGrowth = Readonly<Record<string, RateSchedule | typeof MRP_GROWTH>>;

/**
 * The MRP driver of a plan: the law's known MRP values (`law.parameters.mrp`, the value in force on
 * 1 January) and, for the years after the last known one, the caller's indexation (see `mrpPath`).
 *
 * @category Planning
 * @example
 * ```ts
 * const mrp: PlanMrpInput = { indexation: { fromYear: 2027, rate: "0.05" } };
 * ```
 */
export interface PlanMrpInput {
  /** The yearly indexation of the MRP after the known values: the caller's assumption, never a constant. */
  readonly indexation?: MrpIndexation;
}

/**
 * The parts of a {@link Law} a plan reads: the planning law (by the year the plan is made in), the transfer
 * law (for the postings), the lists of fourth-level revenues, the MRP, the first day of fourth-level
 * budgets.
 *
 * @category Planning
 */
export type PlanLaw = Pick<
  Law,
  "planning" | "transfers" | "revenueLists" | "parameters" | "fourthLevelBudgets"
>;

/** The parts of a {@link Law} a plan reads, checked on entry. @internal */
export const PLAN_LAW_PARTS: readonly (keyof PlanLaw)[] = [
  "planning",
  "transfers",
  "revenueLists",
  "parameters",
  "fourthLevelBudgets",
];

/**
 * A general transfer the district maslikhat fixed for one unit and one year (the planning law's
 * `fixedVolumes` rule, e.g. BC2025 Art. 79 p.2): a subvention or a budget withdrawal in an absolute amount
 * (> 0), or `{ year, kind: "none" }`, the decision that the unit gets no general transfer that year (no
 * amount: leave `amount` out).
 *
 * @category Planning
 * @example
 * ```ts
 * const volumes: PlanFixedVolume[] = [
 *   { year: 2027, kind: "subvention", amount: Money.thousandKzt("28000") },
 *   { year: 2028, kind: "none" },
 * ];
 * ```
 */
export type PlanFixedVolume =
  | PlannedGeneralTransfer
  | { readonly year: number; readonly kind: "none"; readonly amount?: never };

/**
 * The minimum funding of one spending direction in one ended year (in Kazakhstan set with the volumes of
 * general transfers, BC2025 Art. 79 p.3) and what was financed for it.
 *
 * @category Planning
 * @example
 * ```ts
 * // 1,000 thousand KZT set, 700 financed: a shortfall of 300
 * const m: PlanMinimumFunding = {
 *   year: 2027, direction: "culture", minimum: Money.thousandKzt("1000"), financed: Money.thousandKzt("700"),
 * };
 * ```
 */
export interface PlanMinimumFunding {
  /** The year, ended before the plan is made. */
  readonly year: number;
  /** The spending direction, the caller's name; once a year. */
  readonly direction: string;
  /** The minimum set, with the changes made during the year, KZT ≥ 0. */
  readonly minimum: Money;
  /** What was financed: the year's sum of the financing plan by payments at the year's end, KZT ≥ 0. */
  readonly financed: Money;
}

/**
 * One fourth-level unit of a {@link DistrictPlanInput}. Amounts in KZT ({@link Money}, exact tiyn).
 *
 * @category Planning
 */
export interface PlanUnitInput {
  /** The unit's KATO code, unique within the district; the ledger account and posting ids use it. */
  readonly code: string;
  /** The unit's name, e.g. `"с. Дружба"`. */
  readonly name: string;
  /**
   * The published base year (2018 to the plan's base year): own revenues by line (without transfers, each
   * ≥ 0, line names are the caller's) and costs (≥ 0; the parts the law's forecast leaves out either
   * left out, or given in `excludedCosts`).
   */
  readonly base: {
    readonly year: number;
    readonly ownRevenues: Readonly<Record<string, Money>>;
    readonly costs: Money;
    /**
     * The base year's subvention (KZT, ≥ 0), when known: last year's amount for a change limit
     * (`maxChange`) of an equalisation in the first planned year. Without it that year is not limited.
     */
    readonly subvention?: Money;
    /**
     * The parts of `costs` the planning law's forecast leaves out (`PlanningLaw.costExclusions`; in
     * Kazakhstan BC2025 Art. 80 p.4 part 2: targeted transfers, debt service, budget credits, PPP
     * obligations, image costs, grants, research, consulting, scientific programmes), KZT ≥ 0 by category
     * id, e.g. `{ targeted_transfers: … }`: the costs are forecast from `costs` − their sum. Only under a
     * planning law that lists them.
     */
    readonly excludedCosts?: Readonly<Record<string, Money>>;
    /**
     * The parts of `ownRevenues` collected over the base year's plan, KZT ≥ 0 by line (each at most the
     * line): they stay with the unit (`PlanningLaw.overPlanRevenue`; in Kazakhstan BC2025 Art. 76 p.4) and,
     * unless the law's `inForecastBase` says otherwise, the lines are forecast without them. Only for a
     * base year in execution (not with `includeBaseYear`) and under a planning law with the rule.
     */
    readonly overPlan?: Readonly<Record<string, Money>>;
  };
  /**
   * The growth of every revenue line of the base year (and of no other): a rate, rates by year (see
   * `forecastRevenueLines`) or `"mrp"` to follow the MRP path (see {@link PlanRevenueGrowth}).
   *
   * A line named by a slug of a line of the law's revenue lists (e.g. `"single-land-tax"`) is checked in every
   * planned year against the list of fourth-level revenues in force on 1 January (see `applyRevenueList`):
   * a year whose list does not carry it leaves it out of own revenues (`UnitYearPlan.excludedLines`). Other
   * names (`"tax"`, `"tax_revenue"`) are the caller's aggregates and are not checked.
   */
  readonly revenueGrowth: PlanRevenueGrowth;
  /**
   * The growth (indexation) of costs, a rate or rates by year, see `forecastCosts` (method `"growth"`).
   * Give this or {@link PlanUnitInput.costDirections}, exactly one. With {@link PlanUnitInput.population}
   * the costs are also scaled by the population (e.g. BC2025 Art. 80 p.4): cost_y = cost_{y−1} × (1 + growth_y)
   * × population_y ÷ population_{y−1}, i.e. base × Π (1 + growth) × population_y ÷ population_base, exact,
   * rounded once to the tiyn (`forecastCosts` method `"by_direction"` with one current direction).
   */
  readonly costGrowth?: RateSchedule;
  /**
   * Costs by spending direction instead of {@link PlanUnitInput.costGrowth} (exactly one of the two), see
   * `forecastCosts` method `"by_direction"` (e.g. BC2025 Art. 80 p.4): a current direction is indexed and scaled
   * by its consumers, a capital direction is an absolute amount per year. A current direction without its
   * own `consumers` is scaled by the unit's {@link PlanUnitInput.population} when given (the residents are
   * its consumers). The base amounts must sum to `base.costs`.
   */
  readonly costDirections?: readonly CostDirection[];
  /**
   * The forecast number of residents, the consumers of public services (same shape as `Consumers`):
   * `base` in the unit's base year (whole, > 0) and `byYear` for every planned year after it (whole, ≥ 0;
   * years not planned may be left out, entries outside the unit's base year to the horizon are ignored).
   * It scales the current costs (see {@link PlanUnitInput.costGrowth}, e.g. BC2025 Art. 80 p.4) and is the
   * equalisation indicator `population` of its year, winning over a constant `indicators.population`.
   */
  readonly population?: Consumers;
  /**
   * General transfers the district maslikhat fixed in absolute amounts (e.g. BC2008 Art. 45 p.4; BC2025 Art. 79
   * p.2), at most one per planned year, each amount > 0; or `{ year, kind: "none" }` (no amount) when it
   * decided that the unit gets no general transfer that year. They replace the formula for their year.
   */
  readonly fixedVolumes?: readonly PlanFixedVolume[];
  /**
   * Minimum funding of spending directions in years ended before the plan is made, and what was financed
   * (`PlanningLaw.minimumFunding`; in Kazakhstan BC2025 Art. 79 p.3 part 4): each shortfall, minimum −
   * financed when positive, reduces the unit's net general transfer in the years of the period the plan
   * sets by the formula (see {@link PlanMinimumFunding}).
   */
  readonly minimumFunding?: readonly PlanMinimumFunding[];
  /**
   * Indicators for equalisation by weights or per-capita caps, plain decimals, the same in every year,
   * e.g. `{ population: "1200" }`. With {@link PlanUnitInput.population} the indicator `population` of a
   * year is that year's forecast population instead of the constant given here.
   */
  readonly indicators?: Readonly<Record<string, DecimalInput>>;
}

/**
 * What {@link planDistrict} needs.
 *
 * @category Planning
 */
export interface DistrictPlanInput {
  /** The district (level 3): its KATO code and name. */
  readonly district: { readonly code: string; readonly name: string };
  /** The plan's base year (2018–2029). */
  readonly baseYear: number;
  /** The last planned year: from `baseYear + 1` to 2030. */
  readonly horizon: number;
  /**
   * Whether the base year itself is planned too (e.g. the first year of a three-year decision whose
   * figures are the base). Default `false`: the plan covers `baseYear + 1` to `horizon`.
   */
  readonly includeBaseYear?: boolean;
  /** The district's units, at least one, unique codes. */
  readonly units: readonly PlanUnitInput[];
  /**
   * An equalisation method per planned year (see `equalise`): in such a year the general transfer of every
   * unit without a fixed volume comes from the method, fed with the forecasts and the units' indicators
   * (fixed volumes win and stay out of the method's pool); last year's amount for a change limit is the
   * unit's planned subvention of the previous planned year (whatever its source), or `base.subvention` in
   * the first planned year.
   */
  readonly equalisation?: { readonly byYear: Readonly<Record<number, EqualisationMethod>> };
  /**
   * The MRP path (see {@link PlanMrpInput}): needed by a revenue line growing `"mrp"` in the years after
   * the law's last known MRP (2026 in Kazakhstan's); when given, the path is built to the horizon even if
   * no line uses it and reported in {@link DistrictPlan.mrp}.
   */
  readonly mrp?: PlanMrpInput;
}
