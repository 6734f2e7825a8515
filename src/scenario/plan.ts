import { type Issue, type IssuePath, tryRead } from "../errors/issue.js";
import type { Law } from "../law/law.js";
import type { Territory } from "../territory/territory.js";
import { comparePlans } from "../transfers/plan/compare-plans.js";
import {
  type DistrictPlan,
  type DistrictPlanInput,
  type PlanUnitInput,
  planDistrict,
} from "../transfers/plan/district-plan.js";
import { type ReplanResult, replanDistrict } from "../transfers/replan/replan.js";
import { toScenario } from "./plan-issues.js";
import type { DistrictPlanResult, PlanBaseUnit, ScenarioDistrictPlan, ScenarioPlan } from "./plan-types.js";
import { unitInput } from "./plan-unit.js";
import { baseYearMismatches, previousSchedule } from "./previous-plan.js";
import type { ScenarioFile } from "./schema.js";

type FilePlan = NonNullable<ScenarioFile["plan"]>;
type FileDistrictPlan = ScenarioFile["districts"][number]["plan"];

/** A district to plan: the district and its units read. @internal */
export interface DistrictToPlan {
  readonly district: DistrictPlanResult["district"];
  readonly units: readonly PlanBaseUnit[];
}

/** What planning the districts of a scenario shares. */
interface PlanContext {
  readonly file: ScenarioFile;
  readonly plan: FilePlan;
  readonly territory: Territory;
  readonly law: Law;
}

/** Told how many districts of how many are planned, after each (e.g. for a progress bar). @internal */
export type ScenarioProgress = (done: number, total: number) => void;

/** A district's plan, or the problems of planning it (at their places in the file). */
type Planned = [ScenarioDistrictPlan | undefined, Issue[]];

/** Plans a district, or re-plans it under the re-planning rules when the scenario says when it is made. */
function planOrReplan(
  input: DistrictPlanInput,
  replan: ScenarioDistrictPlan["replan"],
  law: Law,
): { readonly plan: DistrictPlan; readonly replan?: ReplanResult } {
  if (replan === undefined) return { plan: planDistrict(input, law) };
  const result = replanDistrict({ previous: replan.previous, madeIn: replan.madeIn, input }, law);
  return { plan: result.plan, replan: result };
}

/** Notes on a change limit of the first planned year for units without published transfers. */
function changeLimitNotes(inputs: readonly PlanUnitInput[], at: number, context: PlanContext): string[] {
  const own = context.file.districts[at]?.plan;
  const first = context.file.year + 1;
  return (
    [
      ["", own?.equalisation],
      ["the alternative's ", own?.alternative?.equalisation],
    ] as const
  ).flatMap(([what, methods]) =>
    methods?.[first]?.constraints?.maxChange === undefined
      ? []
      : inputs
          .filter((u) => u.base.subvention === undefined)
          .map(
            (u) =>
              `${u.name}: no transfers in its ${context.file.year} figures, so ${what}change limit does not apply to it in ${first}`,
          ),
  );
}

/** A district's input of `planDistrict`, and of its alternative when the file has one. */
function inputsOf(
  { district }: DistrictToPlan,
  units: readonly PlanUnitInput[],
  own: FileDistrictPlan | undefined,
  { file, plan }: PlanContext,
): Pick<ScenarioDistrictPlan, "input" | "alternative"> {
  const input: DistrictPlanInput = {
    district: { code: district.code, name: district.nameRu },
    baseYear: file.year,
    horizon: plan.horizon,
    units,
    ...(plan.mrpIndexation === undefined ? {} : { mrp: { indexation: plan.mrpIndexation } }),
    ...(own?.equalisation === undefined ? {} : { equalisation: { byYear: own.equalisation } }),
  };
  if (own?.alternative === undefined) return { input };
  const byYear = own.alternative.equalisation;
  return {
    input,
    alternative: { name: own.alternative.name, input: { ...input, equalisation: { byYear } } },
  };
}

/** One district of the scenario planned (and its alternative), or the problems found in planning it. */
function planOne(toPlan: DistrictToPlan, i: number, context: PlanContext): Planned {
  const { file, plan, law } = context;
  const at: IssuePath = ["districts", i];
  const raw = file.districts[i];
  const read = toPlan.units.map((u, j) =>
    unitInput(u, plan, file.year, [...at, "units", j], context.territory),
  );
  const units = read.flatMap((r) => (r.input === undefined ? [] : [r.input]));
  if (units.length < read.length) return [undefined, read.flatMap((r) => r.issues)];
  const { input, alternative } = inputsOf(toPlan, units, raw?.plan, context);
  const [replan, replanIssues] =
    plan.madeIn === undefined
      ? [undefined, []]
      : tryRead(["plan", "madeIn"], () => ({
          madeIn: plan.madeIn as number,
          previous: previousSchedule(toPlan.units, law),
        }));
  const [main, mainIssues] = tryRead([], () => planOrReplan(input, replan, law));
  const [other, otherIssues] =
    alternative === undefined
      ? [undefined, []]
      : tryRead([], () => planOrReplan(alternative.input, replan, law));
  const issues = [
    ...replanIssues,
    ...toScenario(mainIssues, at, raw, false),
    ...toScenario(otherIssues, at, raw, true),
  ];
  if (main === undefined || (alternative !== undefined && other === undefined)) return [undefined, issues];
  const notes = [
    ...read.flatMap((r) => r.notes),
    ...(replan === undefined ? [] : baseYearMismatches(toPlan.units, file.year)),
    ...changeLimitNotes(units, i, context),
  ];
  const result: DistrictPlanResult = {
    district: toPlan.district,
    plan: main.plan,
    ...(main.replan === undefined ? {} : { replan: main.replan }),
    notes,
    ...(alternative === undefined || other === undefined
      ? {}
      : {
          alternative: {
            name: alternative.name,
            plan: other.plan,
            comparison: comparePlans(main.plan, other.plan),
          },
        }),
  };
  return [
    {
      district: toPlan.district,
      input,
      ...(alternative === undefined ? {} : { alternative }),
      ...(replan === undefined ? {} : { replan }),
      notes,
      result,
    },
    issues,
  ];
}

/** Each problem once: districts share the scenario's plan, whose problems each of them finds. */
function once(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.path, issue.code, issue.message]);
    const first = !seen.has(key);
    seen.add(key);
    return first;
  });
}

/**
 * Resolves the `plan` of a scenario file into one `planDistrict` input per district (and its
 * alternative), and plans each once (`replanDistrict` with `plan.madeIn`). The base year is the
 * scenario's year; each unit's own revenues are its published tax, non-tax and capital-sales lines, its
 * costs its published expenditures; the indicator `places` is the number of places of the unit in the
 * classifier. The file's own checks have passed (see `scenarioFileIssues`).
 *
 * @returns The plan, or every problem found in building and planning its districts, each at its path in
 *   the scenario file.
 * @internal
 */
export function readScenarioPlan(
  file: ScenarioFile,
  districts: readonly DistrictToPlan[],
  territory: Territory,
  law: Law,
  onProgress?: ScenarioProgress,
): [ScenarioPlan | undefined, Issue[]] {
  const plan = file.plan;
  if (plan === undefined) return [undefined, []];
  const context: PlanContext = { file, plan, territory, law };
  const planned = districts.map((d, i) => {
    const one = planOne(d, i, context);
    onProgress?.(i + 1, districts.length);
    return one;
  });
  const issues = once(planned.flatMap(([, found]) => found));
  if (issues.length > 0) return [undefined, issues];
  return [
    {
      horizon: plan.horizon,
      ...(plan.note === undefined ? {} : { note: plan.note }),
      districts: planned.flatMap(([d]) => (d === undefined ? [] : [d])),
    },
    [],
  ];
}

/**
 * The planned years of every district of a resolved scenario plan (`planDistrict`, or `replanDistrict`
 * with `plan.madeIn`), and its alternative when given, compared with the plan unit by unit and year by
 * year (`comparePlans`). The plans were computed once when the scenario was read.
 * @internal
 */
export function runScenarioPlan(plan: ScenarioPlan): readonly DistrictPlanResult[] {
  return plan.districts.map((d) => d.result);
}
