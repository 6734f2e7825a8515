import type { Citation } from "../../citation/citation.js";
import type { ReplanRegime } from "../../law/law.js";
import type { DistrictPlan, DistrictPlanInput, PlannedTransfer } from "../plan/district-plan.js";

/**
 * A cycle of the three-year regime (e.g. BC2025 Art. 79 p.2): its first and last year (inclusive).
 *
 * @category Planning
 */
export interface ReplanCycle {
  readonly start: number;
  /** The cycle's last year as the law reads, even past the library's last forecast year 2030. */
  readonly end: number;
}

/**
 * What a plan made in one year may plan and must keep; see {@link replanWindow}.
 *
 * @category Planning
 */
export interface ReplanWindow {
  /** The year the plan is made in (the current year, in execution). */
  readonly madeIn: number;
  /** The regime of the planning law of the year the plan is made in. */
  readonly regime: ReplanRegime;
  /** The rule of that regime: the planning law's `fixedVolumes` (e.g. BC2025 Art. 79 p.2). */
  readonly citation: Citation;
  /** Under `"three_year"`: the cycle the first planned year belongs to; `undefined` under `"rolling"`. */
  readonly cycle: ReplanCycle | undefined;
  /** Under `"three_year"`: whether `madeIn + 1` opens its cycle (new volumes are set); `false` under `"rolling"`. */
  readonly startsCycle: boolean;
  /** The first year the plan covers: `madeIn + 1`. */
  readonly firstYear: number;
  /**
   * The last year the plan may cover (the largest `horizon` accepted): `madeIn` + the planning period under
   * `"rolling"`, the cycle's end under `"three_year"`; never past 2030, the library's
   * last forecast year. A mid-cycle re-plan must plan to it (every kept volume is shown).
   */
  readonly lastYear: number;
  /**
   * The years of `firstYear`…`lastYear` whose volumes are kept from the previous plan: under `"three_year"`
   * in the middle of a cycle, every one of them; otherwise none.
   */
  readonly keptYears: readonly number[];
}

/**
 * One year of a unit's schedule of general transfers.
 *
 * @category Planning
 */
export interface TransferScheduleYear {
  readonly year: number;
  /** The general transfer of the year: kind, amount in KZT (Money, exact tiyn, ≥ 0), source, citation. */
  readonly transfer: PlannedTransfer;
}

/**
 * One unit's schedule: its KATO code and its years (any order, each year at most once).
 *
 * @category Planning
 */
export interface TransferScheduleUnit {
  readonly code: string;
  readonly years: readonly TransferScheduleYear[];
}

/**
 * A schedule of general transfers per unit and per year: the lightest form of a previous plan. A
 * {@link DistrictPlan} and a {@link ReplanResult} are both schedules, so a result can be the `previous` of
 * the next re-plan.
 * @category Planning
 */
export interface TransferSchedule {
  readonly units: readonly TransferScheduleUnit[];
}

/**
 * Why a year of the merged schedule has its volume:
 * - `"executed"`: the year is executed or in execution (≤ `madeIn`): copied unchanged from the previous plan;
 * - `"kept"`: a later year of the current three-year cycle: the previous plan's volume, unchanged;
 * - `"replanned"`: a volume set by this plan (formula, equalisation or a fixed volume of the input).
 * @category Planning
 */
export type ScheduleStatus = "executed" | "kept" | "replanned";

/**
 * One year of a unit's merged schedule.
 *
 * @category Planning
 */
export interface ScheduledYear extends TransferScheduleYear {
  readonly status: ScheduleStatus;
  /** The re-planning rule that decided the status: the regime's citation. */
  readonly rule: Citation;
}

/**
 * One unit's merged schedule: executed years, then the planned years, in year order.
 *
 * @category Planning
 */
export interface ScheduledUnit extends TransferScheduleUnit {
  readonly name: string;
  readonly years: readonly ScheduledYear[];
}

/**
 * What {@link replanDistrict} needs.
 *
 * @category Planning
 */
export interface ReplanInput {
  /**
   * The schedule in force before this plan (the last plan or re-plan of the district): a
   * {@link DistrictPlan}, a {@link ReplanResult} or a light {@link TransferSchedule}. Optional for a first
   * plan; required for a re-plan in the middle of a three-year cycle (its volumes are kept).
   */
  readonly previous?: TransferSchedule | undefined;
  /** The year the plan is made in, the current year (a whole year from 2018 to 2029). */
  readonly madeIn: number;
  /**
   * The plan's input for {@link planDistrict}: `baseYear` must be `madeIn` (the current year's figures are
   * the base), `includeBaseYear` must not be `true` (the current year is in execution), `horizon` from
   * `madeIn + 1` to the window's `lastYear` (see {@link replanWindow}; exactly `lastYear` in the middle of a
   * cycle). Fixed volumes and equalisation years may not touch executed years, nor kept years (a fixed
   * volume equal to the kept one, or a fixed `"none"` for a kept year without a transfer, is accepted).
   */
  readonly input: DistrictPlanInput;
  /**
   * The anchor of the three-year cycles (a whole year from the first year planned under the three-year
   * regime); default the planning law's `cycleStart` (2026 under Kazakhstan's law).
   */
  readonly cycleStart?: number | undefined;
}

/**
 * The result of {@link replanDistrict}.
 *
 * @category Planning
 */
export interface ReplanResult {
  readonly madeIn: number;
  /** `"rolling"` or `"three_year"`. */
  readonly regime: ReplanRegime;
  /** The rule of the regime: the planning law's `fixedVolumes` of the year the plan is made in. */
  readonly citation: Citation;
  /** The window of the plan: cycle, first and last year, kept years. */
  readonly window: ReplanWindow;
  /**
   * The merged schedule, one entry per unit in the input's order: the previous plan's years ≤ `madeIn`
   * (status `"executed"`, the very same transfer objects), then the plan's years (`"kept"`: the previous
   * plan's transfer object; `"replanned"`: the new plan's). A previous plan's years after `madeIn` that
   * the new plan does not cover are left out (see `notes`).
   */
  readonly units: readonly ScheduledUnit[];
  /**
   * The new plan by {@link planDistrict}, forecasts updated: kept volumes enter it as fixed volumes (source
   * `"fixed"`), so the balances show the effect of the new forecasts on the kept volumes. A kept year
   * without a transfer (zero) enters as a fixed `"none"`: kind `"none"`, no posting.
   */
  readonly plan: DistrictPlan;
  /** Plain-language notes: the regime and why, the cycle, the years executed, kept and re-planned, what was left out. */
  readonly notes: readonly string[];
}
