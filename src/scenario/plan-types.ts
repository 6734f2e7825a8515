import type { BudgetFigures } from "../budget/lines.js";
import type { DistrictBudgetRef, FourthLevelUnit } from "../territory/territory.js";
import type { PlanComparison } from "../transfers/plan/compare-plans.js";
import type { DistrictPlan, DistrictPlanInput } from "../transfers/plan/district-plan.js";
import type { ReplanResult, TransferSchedule } from "../transfers/replan/replan.js";
import type { ScenarioFile } from "./schema.js";

/**
 * One district's plan, resolved from a scenario file: the input of `planDistrict` (amounts are `Money`,
 * in KZT), its alternative, and the result of planning them, computed once when the scenario is read.
 * The general transfers are planned under the planning law of the year the plan is made in (in
 * Kazakhstan BC2008 Art. 45 p.4, p.7–8 for plans made to 2024; BC2025 Art. 79 p.1–2, Art. 80 from 2025).
 * @category Scenario
 */
export interface ScenarioDistrictPlan {
  /** The district whose budget pays the subventions and receives the withdrawals. */
  readonly district: DistrictBudgetRef;
  /** The input of `planDistrict`: the scenario's year as base year, the horizon, every unit. */
  readonly input: DistrictPlanInput;
  /** With `plan.madeIn`: the re-planning rules apply (`replanDistrict`) to the plan in force before. */
  readonly replan?: { readonly madeIn: number; readonly previous: TransferSchedule };
  /** The alternative method compared with the plan: its name and its `planDistrict` input. */
  readonly alternative?: { readonly name: string; readonly input: DistrictPlanInput };
  /** What the reader must know about the plan's inputs (e.g. lines left out of own revenues). */
  readonly notes: readonly string[];
  /** The planned years, as `runScenarioPlan` returns them. */
  readonly result: DistrictPlanResult;
}

/**
 * A scenario's multi-year plan, resolved: one entry per district.
 *
 * @category Scenario
 */
export interface ScenarioPlan {
  /** The last planned year, at most 2030 (the scenario schema's bound); at least the scenario's year + 1. */
  readonly horizon: number;
  /** The scenario file's note on the plan, printed with it. */
  readonly note?: string;
  /** One resolved plan per district, in the scenario file's order. */
  readonly districts: readonly ScenarioDistrictPlan[];
}

/**
 * One district's planned years: the plan, and the alternative compared with it. Amounts are `Money`
 * (KZT); the legal ground of each planned transfer is in its citation (in Kazakhstan BC2008 Art. 45 p.4,
 * p.7–8 for plans made to 2024; BC2025 Art. 79 p.1–2, Art. 80 from 2025).
 * @category Scenario
 */
export interface DistrictPlanResult {
  /** The district the plan is for. */
  readonly district: DistrictBudgetRef;
  /** The planned years of every unit (or, with `plan.madeIn`, the re-planned ones). */
  readonly plan: DistrictPlan;
  /** With `plan.madeIn`: the re-plan — its regime, the merged schedule (executed, kept, re-planned) and notes. */
  readonly replan?: ReplanResult;
  /** The alternative, planned with the same inputs, and its comparison with the plan unit by unit and year by year. */
  readonly alternative?: {
    readonly name: string;
    readonly plan: DistrictPlan;
    readonly comparison: PlanComparison;
  };
  /** What the reader must know about the plan's inputs (lines taken as zero, special receipts left out…). */
  readonly notes: readonly string[];
}

/**
 * A unit of a district to plan: the unit, its published base year and its part of the plan.
 * @internal
 */
export interface PlanBaseUnit {
  readonly unit: FourthLevelUnit;
  readonly figures: BudgetFigures;
  readonly plan?: FileUnitPlan;
}

/** A unit's part of the plan, as the file gives it (read). @internal */
export type FileUnitPlan = NonNullable<ScenarioFile["districts"][number]["units"][number]["plan"]>;
