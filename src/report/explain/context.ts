import type { Law } from "../../law/law.js";
import type { DistrictPlanResult } from "../../scenario/plan-types.js";
import type { DistrictResult, ScenarioResult, UnitResult } from "../../scenario/run.js";
import type { Scenario, ScenarioUnit } from "../../scenario/types.js";
import type { PlanUnitInput } from "../../transfers/plan/district-plan.js";

/** A unit of the scenario with everything an explanation reads of it. @internal */
export interface UnitContext {
  readonly scenario: Scenario;
  readonly result: ScenarioResult;
  readonly law: Law;
  readonly district: DistrictResult;
  readonly unit: UnitResult;
  /** The unit as the scenario read it (its decision text's lines). */
  readonly input: ScenarioUnit;
  /** Where the unit is in the scenario file: `["districts", i, "units", j]`. */
  readonly path: readonly (string | number)[];
  /**
   * The district's plan and the unit's input of it, when the scenario has a plan: where the plan's
   * equalisation methods are in the scenario file, and the unit's input of the alternative plan.
   */
  readonly plan?: {
    readonly result: DistrictPlanResult;
    readonly input: PlanUnitInput;
    readonly equalisationPath: readonly (string | number)[];
    readonly alternative?: PlanUnitInput;
  };
}

/** `"Зубаировский с.о. (104049000)"`: the unit's name and code. @internal */
export const nameOf = (ctx: UnitContext): string => `${ctx.unit.unit.nameRu} (${ctx.unit.unit.code})`;

/** `"… of Зубаировский с.о. (104049000), 2026"`: the label of a unit's figure. @internal */
export const labelOf = (ctx: UnitContext, figure: string, year: number): string =>
  `${figure} of ${nameOf(ctx)}, ${year}`;
