import { firstJanuary, fiscalYearOf } from "../../calendar/iso-date.js";
import { formatCitation } from "../../citation/citation.js";
import { yearsFrom } from "../forecast/forecast-years.js";
import { LAST_FORECAST_YEAR } from "../forecast/rates.js";
import type { DistrictPlan, PlanLaw } from "../plan/district-plan.js";
import { ruleText, yearsText } from "./text.js";
import type { ReplanCycle, ReplanWindow, ScheduledUnit } from "./types.js";

/** The rolling rule, and the years a later three-year plan sets anew. */
function rollingNotes(window: ReplanWindow, plan: DistrictPlan, law: PlanLaw): string[] {
  const notes = [
    `Rolling rule (${ruleText(window)}): the plan made in ${window.madeIn} renews the volumes of ${yearsText(plan.years)} (the planning period, renewed every year, not changed during the current year).`,
  ];
  const next = law.planning.entries.find((e) => e.from > firstJanuary(window.madeIn));
  const nextMadeIn = next === undefined ? undefined : fiscalYearOf(next.from);
  const later = nextMadeIn === undefined ? [] : plan.years.filter((y) => y > nextMadeIn);
  const one = later.length === 1;
  if (next !== undefined && next.value.regime === "three_year" && later.length > 0)
    notes.push(
      `${yearsText(later)} ${one ? "is" : "are"} set anew by the plan made in ${nextMadeIn} under the three-year rule (${formatCitation(next.value.fixedVolumes)}): the rolling volumes of this plan do not bind ${one ? "it" : "them"}.`,
    );
  return notes;
}

/** The three-year rule: the cycle opened or kept, and the cycle's years past the library's last year. */
function threeYearNotes(
  window: ReplanWindow,
  plan: DistrictPlan,
  kept: readonly number[],
  anchor: number | undefined,
): string[] {
  const c = window.cycle as ReplanCycle;
  const notes = [
    `Three-year rule (${ruleText(window)}; cycles anchored at ${anchor}, the library's reading): ${window.firstYear} is ${
      window.startsCycle
        ? `the start of the cycle ${c.start}–${c.end}: the plan made in ${window.madeIn} sets its volumes for ${yearsText(plan.years)}.`
        : `in the cycle ${c.start}–${c.end}: the volumes of ${yearsText(kept)} fixed for the cycle are kept, with the forecasts updated in the balances; ${c.end + 1} onwards belong to the next cycle, set by the plan made in ${c.end}.`
    }`,
  ];
  if (c.end > LAST_FORECAST_YEAR)
    notes.push(
      `${yearsText(yearsFrom(LAST_FORECAST_YEAR + 1, c.end))} of the cycle ${c.start}–${c.end} is past ${LAST_FORECAST_YEAR}, the library's last forecast year: not planned.`,
    );
  return notes;
}

/** What a re-plan's notes say first. */
export interface HeadNotes {
  readonly window: ReplanWindow;
  readonly plan: DistrictPlan;
  readonly units: readonly ScheduledUnit[];
  readonly kept: readonly number[];
  /** The anchor of the cycles, as the notes name it. */
  readonly anchor: number | undefined;
  readonly hasPrevious: boolean;
}

/**
 * The notes on the regime and why, the cycle, the years that could be planned past the horizon, and the
 * years executed.
 */
export function headNotes(h: HeadNotes, law: PlanLaw): string[] {
  const { window, plan } = h;
  const notes =
    window.regime === "rolling"
      ? rollingNotes(window, plan, law)
      : threeYearNotes(window, plan, h.kept, h.anchor);
  const lastPlanned = plan.years[plan.years.length - 1] ?? window.madeIn;
  if (lastPlanned < window.lastYear)
    notes.push(
      `${yearsText(yearsFrom(lastPlanned + 1, window.lastYear))} could be planned too but ${lastPlanned + 1 === window.lastYear ? "is" : "are"} past the horizon ${lastPlanned}: not in the plan.`,
    );
  const executedYears = [
    ...new Set(h.units.flatMap((u) => u.years.filter((y) => y.status === "executed").map((y) => y.year))),
  ].sort((a, b) => a - b);
  notes.push(
    !h.hasPrevious
      ? `No previous plan: no executed years in the schedule.`
      : executedYears.length === 0
        ? `Executed or in execution (≤ ${window.madeIn}): the previous plan gives none of these years.`
        : `Executed or in execution (≤ ${window.madeIn}): ${executedYears.join(", ")}, copied unchanged from the previous plan.`,
  );
  return notes;
}
