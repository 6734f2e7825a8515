import type { Issue, IssuePath } from "../../errors/issue.js";
import type { CheckedFixedVolume, CheckedPlan } from "../plan/input.js";
import type { PreviousUnit } from "./previous.js";
import type { ReplanWindow } from "./types.js";
import { asFixed, refusedMethods, sortVolumes } from "./volumes.js";

/** Where a fixed volume of the prepared input comes from: the caller's index, or the previous plan's entry. */
type Origin = number | { readonly previous: IssuePath };

/** The input of the new plan, and where each of its fixed volumes comes from. */
export interface Prepared {
  readonly input: CheckedPlan;
  /** Per unit: prepared fixed-volume index → its origin. */
  readonly origin: readonly (readonly Origin[])[];
}

/** One unit: the caller's fixed volumes that stand, then the kept volumes it does not repeat. */
function prepareUnit(
  u: CheckedPlan["units"][number],
  w: ReplanWindow,
  kept: readonly number[],
  prev: PreviousUnit | undefined,
): [CheckedPlan["units"][number], Origin[]] {
  const volumes = u.fixedVolumes ?? [];
  const sorted = sortVolumes(volumes, w, new Set(kept), prev);
  const own: CheckedFixedVolume[] = sorted.passed.map((j) => volumes[j] as CheckedFixedVolume);
  const origin: Origin[] = [...sorted.passed];
  for (const year of kept) {
    const t = prev?.byYear.get(year);
    if (prev === undefined || t === undefined || sorted.covered.has(year)) continue;
    own.push(asFixed(year, t));
    origin.push({ previous: ["previous", "units", prev.index, "years", prev.entryOf.get(year) as number] });
  }
  // mid-cycle the shortfalls are refused (counted by the plan that opens the next cycle, see `input.ts`)
  const { fixedVolumes: _, minimumFunding, ...rest } = u;
  const unit = kept.length > 0 || minimumFunding === undefined ? rest : { ...rest, minimumFunding };
  return [own.length === 0 ? unit : { ...unit, fixedVolumes: own }, origin];
}

/**
 * The input of the new plan: the caller's, without `includeBaseYear`, with the fixed volumes and
 * equalisation methods that stand and the kept volumes added (a kept year without a transfer as a fixed
 * `"none"`), so that the new forecasts show in the balances of the kept years.
 */
export function prepare(
  input: CheckedPlan,
  w: ReplanWindow,
  kept: readonly number[],
  previous: ReadonlyMap<string, PreviousUnit> | undefined,
): Prepared {
  const units = input.units.map((u) => prepareUnit(u, w, kept, previous?.get(u.code)));
  const { includeBaseYear: _, equalisation, units: __, ...header } = input;
  const byYear = equalisation?.byYear;
  const refused = new Set(
    refusedMethods(Object.keys(byYear ?? {}).map(Number), w, new Set(kept)).map((r) => r.at),
  );
  const methods =
    byYear === undefined
      ? undefined
      : Object.fromEntries(Object.entries(byYear).filter(([year]) => !refused.has(Number(year))));
  return {
    input: {
      ...header,
      units: units.map(([u]) => u),
      ...(equalisation === undefined ? {} : { equalisation: { ...equalisation, byYear: methods } }),
    } as CheckedPlan,
    origin: units.map(([, o]) => o),
  };
}

/** The plan's issues on the prepared input, at their places in the re-plan's arguments. */
export function issuesInArgs(issues: readonly Issue[], prepared: Prepared): Issue[] {
  return issues.map((issue) => {
    const [units, i, volumes, k, ...rest] = issue.path;
    const o =
      units === "units" && volumes === "fixedVolumes" && typeof i === "number" && typeof k === "number"
        ? prepared.origin[i]?.[k]
        : undefined;
    if (o === undefined) return { ...issue, path: ["input", ...issue.path] };
    const path = typeof o === "number" ? ["input", "units", i, "fixedVolumes", o, ...rest] : o.previous;
    return { ...issue, path: path as IssuePath };
  });
}
