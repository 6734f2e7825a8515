import { throwIssues } from "../../errors/issue.js";
import { assertLaw } from "../../law/law.js";
import { PLAN_LAW_PARTS, type PlanLaw, planOfChecked } from "../plan/district-plan.js";
import { type CheckedArgs, keptOf, replanIssues } from "./input.js";
import { headNotes } from "./notes.js";
import { prepare } from "./prepare.js";
import { previousUnits } from "./previous.js";
import { mergedSchedule } from "./schedule.js";
import type { ReplanInput, ReplanResult } from "./types.js";
import { anchorOf, windowOf } from "./window.js";

export type {
  ReplanCycle,
  ReplanInput,
  ReplanResult,
  ReplanWindow,
  ScheduledUnit,
  ScheduledYear,
  ScheduleStatus,
  TransferSchedule,
  TransferScheduleUnit,
  TransferScheduleYear,
} from "./types.js";
export { replanWindow } from "./window.js";

/**
 * Re-plans the general transfers of a district's fourth-level units in year `madeIn` (the re-planning
 * rules): what the plan may change, what it must keep, and the merged schedule.
 *
 * **The law** is the planning law of the year the plan is made in (`planningLawOf(madeIn, law)`): under a
 * `"rolling"` regime the district maslikhat sets each unit's subvention or budget withdrawal in absolute
 * amounts for the planning period, renewed every year and not changed during the current year (in
 * Kazakhstan plans made to 2024, BC2008 Art. 45 p.4); under `"three_year"` the volumes are set for a
 * three-year cycle and change only when a new cycle starts (plans made from 2025, BC2025 Art. 79 p.2: the
 * plan made in 2025 for 2026–2028 opens the first cycle, and a rolling plan made in 2024 does not bind its
 * 2026–2027 volumes).
 *
 * A plan made in year M (the current year, in execution) plans M+1 to its horizon; years ≤ M are executed
 * or in execution and a re-plan never changes them. So:
 * - `"rolling"`: every planned year (M+1 to M + the planning period at most) is planned anew
 *   (`"replanned"`);
 * - `"three_year"`: the cycles start in `cycleStart` (the law's by default; see {@link replanWindow}).
 *   When M+1 opens a cycle the plan sets the cycle's volumes (formula, equalisation or fixed volumes, as
 *   the input says; `"replanned"`), up to the cycle's end (and 2030, the library's last year). When M+1 is
 *   mid-cycle the plan covers M+1 to the cycle's end (and 2030), and every one of those years keeps the
 *   previous plan's volume (`"kept"`): it is injected into the input as a fixed volume so that the new
 *   forecasts show in the balances; a kept year without a transfer (`"none"`) enters as a fixed `"none"`
 *   and stays without one. Years after the cycle's end are not planned mid-cycle: the plan made in the
 *   cycle's last year sets them.
 *
 * The new plan is made by {@link planDistrict} with the input as given plus the kept volumes. The merged
 * schedule holds, per unit, the previous plan's entries for years ≤ M (status `"executed"`, unchanged —
 * the same objects), then the plan's years; the previous plan's later years outside the new plan are left
 * out and named in `notes`.
 *
 * @category Planning
 * @param args - See {@link ReplanInput}: `previous` (optional, required mid-cycle), `madeIn`, `input`
 * (amounts in KZT as {@link Money}, exact tiyn), `cycleStart`.
 * @param law - The law the plan reads (see `PlanLaw`), e.g. `kazakhstanLaw()`.
 * @returns See {@link ReplanResult}: the regime and its citation, the window, the merged schedule, the new
 * plan, notes.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once with its path array,
 * grouped by place (a unit's problems together): a field the arguments do not have; `["madeIn"]` not a
 * whole year 2018–2029 that the planning law covers; `["cycleStart"]` not a whole year from the first year
 * planned under the three-year regime; `["input", "baseYear"]` other than `madeIn`;
 * `["input", "includeBaseYear"]` true; `["input", "horizon"]` past the planning period or the cycle's end,
 * or short of the cycle's end mid-cycle; a previous plan of bad shape (`["previous", "units", 0, "years",
 * 1, "transfer", "amount"]`), of another district or whose unit codes differ from the input's; a
 * mid-cycle re-plan without the previous volumes of the kept years (`["previous"]`,
 * `["previous", "units", 0, "years"]`); a fixed volume or an equalisation method in the input for an
 * executed year or one that would change a kept year (`["input", "units", 0, "fixedVolumes", 1, "year"]`;
 * the message names the rule, e.g. BC2025 Art. 79 p.2); and every problem {@link planDistrict} finds in
 * the input, under `["input", …]` with the caller's indexes (its checks across fields when `madeIn`,
 * `cycleStart` and the input's shape are right and `input.baseYear` is `madeIn`).
 * @example
 * ```ts
 * const th = (a: string) => Money.thousandKzt(a);
 * const district = { code: "394800000", name: "Камыстинский район" };
 * const druzhba = { code: "394845000", name: "с. Дружба", revenueGrowth: { own: "0" } };
 * // the schedule fixed in December 2025 for the cycle 2026–2028 (published subventions)
 * const previous = planDistrict({
 *   district, baseYear: 2026, horizon: 2028, includeBaseYear: true,
 *   units: [{ ...druzhba, base: { year: 2026, ownRevenues: { own: th("930") }, costs: th("28849") },
 *     costGrowth: "0",
 *     fixedVolumes: [
 *       { year: 2026, kind: "subvention", amount: th("27919") },
 *       { year: 2027, kind: "subvention", amount: th("28000") },
 *       { year: 2028, kind: "subvention", amount: th("24563") },
 *     ] }],
 * }, kazakhstanLaw());
 * // made in 2026, mid-cycle: costs now forecast to grow 10 % a year
 * const r = replanDistrict({
 *   previous, madeIn: 2026,
 *   input: { district, baseYear: 2026, horizon: 2028,
 *     units: [{ ...druzhba, base: { year: 2026, ownRevenues: { own: th("930") }, costs: th("28849") },
 *       costGrowth: "0.1" }] },
 * }, kazakhstanLaw());
 * r.regime; //=> "three_year"
 * r.units[0]?.years.map((y) => y.status); //=> ["executed", "kept", "kept"]
 * r.units[0]?.years.map((y) => y.transfer.amount.toThousandKzt()); //=> ["27919", "28000", "24563"]
 * // 930 + 28 000 − 31 733.9 = −2 803.9; 930 + 24 563 − 34 907.29 = −9 414.29
 * r.plan.units[0]?.years.map((y) => y.balance.toThousandKzt()); //=> ["-2803.9", "-9414.29"]
 * ```
 */
export function replanDistrict(args: ReplanInput, law: PlanLaw): ReplanResult {
  assertLaw(law, PLAN_LAW_PARTS, "replanDistrict");
  const checked = replanIssues(args, law);
  throwIssues("re-plan", checked.issues);
  const read = checked.value as CheckedArgs;
  const cycleStart = read.cycleStart as number | undefined;
  const window = windowOf(read.madeIn, cycleStart, law);
  const kept = keptOf(window, read.input.horizon);
  const previous = read.previous === undefined ? undefined : previousUnits(read.previous);
  const plan = planOfChecked(prepare(read.input, window, kept, previous).input, law);
  const { units, notes } = mergedSchedule(plan, previous, window, kept);
  const head = headNotes(
    {
      window,
      plan,
      units,
      kept,
      anchor: anchorOf(window, cycleStart, law),
      hasPrevious: read.previous !== undefined,
    },
    law,
  );
  const { madeIn, regime, citation } = window;
  return { madeIn, regime, citation, window, units, plan, notes: [...head, ...notes] };
}
