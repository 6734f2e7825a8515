import { formatCitation } from "../../citation/citation.js";
import type { DistrictPlan } from "../plan/district-plan.js";
import type { PreviousUnit } from "./previous.js";
import { yearsText } from "./text.js";
import type { ReplanWindow, ScheduledUnit, ScheduledYear } from "./types.js";

/**
 * One unit's merged schedule: the previous plan's years ≤ `madeIn` (executed, the very same transfers),
 * then the new plan's years (kept: the previous plan's transfer; else re-planned); with notes on the
 * previous plan's later years left out and the years kept without a transfer.
 */
function scheduledUnit(
  u: DistrictPlan["units"][number],
  prev: PreviousUnit | undefined,
  plan: DistrictPlan,
  window: ReplanWindow,
  kept: ReadonlySet<number>,
): { readonly unit: ScheduledUnit; readonly notes: string[] } {
  const rule = window.citation;
  const executed: ScheduledYear[] = (prev?.years ?? [])
    .filter((y) => y.year <= window.madeIn)
    .map((y) => ({ year: y.year, transfer: y.transfer, status: "executed", rule }));
  const later: ScheduledYear[] = u.years.map((y) => {
    const k = kept.has(y.year) ? prev?.byYear.get(y.year) : undefined;
    return k === undefined
      ? { year: y.year, transfer: y.transfer, status: "replanned", rule }
      : { year: y.year, transfer: k, status: "kept", rule };
  });
  const notes: string[] = [];
  const dropped = (prev?.years ?? [])
    .map((y) => y.year)
    .filter((y) => y > window.madeIn && !plan.years.includes(y));
  const isAre = dropped.length === 1 ? "is" : "are";
  if (dropped.length > 0)
    notes.push(
      `${u.code}: the previous plan's ${dropped.join(", ")} ${isAre} not in the new plan (it covers ${yearsText(plan.years)}) and ${isAre} left out of the schedule`,
    );
  const zeros = later.filter((y) => y.status === "kept" && y.transfer.amount.isZero()).map((y) => y.year);
  if (zeros.length > 0)
    notes.push(
      `${u.code}: ${zeros.join(", ")} kept without a transfer (as fixed for the cycle): no posting, balance = own revenues − costs`,
    );
  if (u.overPlan !== undefined) notes.push(overPlanNote(u.code, u.overPlan, window));
  return { unit: { code: u.code, name: u.name, years: [...executed, ...later] }, notes };
}

/** Revenue collected over the plan in the year in execution: it stays with the unit. */
function overPlanNote(
  code: string,
  overPlan: NonNullable<DistrictPlan["units"][number]["overPlan"]>,
  window: ReplanWindow,
): string {
  const base = overPlan.inForecastBase
    ? "the forecasts start from the revenue collected, over-plan part included"
    : "the forecasts start from the planned revenue, so it raises no later withdrawal either";
  return `${code}: ${overPlan.total.toThousandKzt()} thousand KZT collected over the plan in ${window.madeIn} stays with the unit, not withdrawn (${formatCitation(overPlan.citation)}): the volume of ${window.madeIn} is not changed, and ${base}`;
}

/** The merged schedule of every unit of the new plan, in its order, and the notes on each. */
export function mergedSchedule(
  plan: DistrictPlan,
  previous: ReadonlyMap<string, PreviousUnit> | undefined,
  window: ReplanWindow,
  kept: readonly number[],
): { readonly units: ScheduledUnit[]; readonly notes: string[] } {
  const keptSet = new Set(kept);
  const merged = plan.units.map((u) => scheduledUnit(u, previous?.get(u.code), plan, window, keptSet));
  return { units: merged.map((m) => m.unit), notes: merged.flatMap((m) => m.notes) };
}
