import * as z from "zod";
import type { DatedValue } from "../../calendar/dated.js";
import { fiscalYearOf } from "../../calendar/iso-date.js";
import { formatCitation } from "../../citation/citation.js";
import { FourthLevelError } from "../../errors/error.js";
import { wholeNumberSchema } from "../../input/decimal.js";
import { fieldsSchema } from "../../input/fields.js";
import { parseInput } from "../../input/parse.js";
import { noIssueAt, whenNoIssueAt } from "../../input/when.js";
import { assertLaw, type PlanningLaw, planningLawOf } from "../../law/law.js";
import { yearsFrom } from "../forecast/forecast-years.js";
import { FIRST_FORECAST_YEAR, LAST_FORECAST_YEAR } from "../forecast/rates.js";
import type { PlanLaw } from "../plan/district-plan.js";
import type { ReplanWindow } from "./types.js";

/** The last year a plan may be made in: the year before the library's last forecast year. */
const LAST_MADE_IN = LAST_FORECAST_YEAR - 1;

/** The year a plan is made in: a whole year from 2018 to 2029. */
export const madeInSchema = wholeNumberSchema(
  FIRST_FORECAST_YEAR,
  LAST_MADE_IN,
  (v) =>
    `${v} is not a whole year from ${FIRST_FORECAST_YEAR} to ${LAST_MADE_IN} (a plan made in a year plans the years after it, up to ${LAST_FORECAST_YEAR})`,
);

/** The planning law of plans made in `madeIn` and the default anchor of its cycles. */
interface WindowLaw {
  readonly entry: DatedValue<PlanningLaw>;
  /** The first year planned under the entry's regime: the year after the first year it covers. */
  readonly firstPlannedYear: number;
}

function windowLaw(madeIn: number, law: PlanLaw): WindowLaw | undefined {
  try {
    const entry = planningLawOf(madeIn, law);
    return { entry, firstPlannedYear: fiscalYearOf(entry.from) + 1 };
  } catch (e) {
    if (e instanceof FourthLevelError) return undefined; // reported by windowChecks
    throw e;
  }
}

/**
 * The three-year regime a `cycleStart` is read against: the planning law of `madeIn` when it is one, else
 * the first three-year regime of the law (none when the law has none).
 */
function threeYearLaw(madeIn: number | undefined, law: PlanLaw): WindowLaw | undefined {
  const own = madeIn === undefined ? undefined : windowLaw(madeIn, law);
  if (own?.entry.value.regime === "three_year") return own;
  const first = law.planning.entries.find((e) => e.value.regime === "three_year");
  return first === undefined ? undefined : { entry: first, firstPlannedYear: fiscalYearOf(first.from) + 1 };
}

/** The anchor of the cycles: the caller's, else that of the three-year regime `madeIn` is read against. */
function cycleStartOf(madeIn: number, given: number | undefined, law: PlanLaw): number | undefined {
  if (given !== undefined) return given;
  const regime = threeYearLaw(madeIn, law);
  return regime?.entry.value.cycleStart ?? regime?.firstPlannedYear;
}

/** The window of a plan made in `madeIn`, with `madeIn` and `cycleStart` checked. */
export function windowOf(madeIn: number, cycleStart: number | undefined, law: PlanLaw): ReplanWindow {
  const wl = windowLaw(madeIn, law) as WindowLaw;
  const firstYear = madeIn + 1;
  const { regime, period, fixedVolumes: citation } = wl.entry.value;
  if (regime === "rolling") {
    const lastYear = Math.min(madeIn + period, LAST_FORECAST_YEAR);
    return {
      madeIn,
      regime,
      citation,
      cycle: undefined,
      startsCycle: false,
      firstYear,
      lastYear,
      keptYears: [],
    };
  }
  const anchor = cycleStartOf(madeIn, cycleStart, law) ?? wl.firstPlannedYear;
  const anchored = anchor + period * Math.floor((firstYear - anchor) / period);
  const cycle = { start: Math.max(wl.firstPlannedYear, anchored), end: anchored + period - 1 };
  const startsCycle = cycle.start === firstYear;
  const lastYear = Math.min(cycle.end, LAST_FORECAST_YEAR);
  const keptYears = startsCycle ? [] : yearsFrom(firstYear, lastYear);
  return { madeIn, regime, citation, cycle, startsCycle, firstYear, lastYear, keptYears };
}

/** The anchor of a window's cycles as the notes name it: the caller's, else the law's. */
export function anchorOf(w: ReplanWindow, cycleStart: number | undefined, law: PlanLaw): number | undefined {
  return cycleStartOf(w.madeIn, cycleStart, law);
}

/** The `madeIn` and `cycleStart` of a re-plan. */
interface WindowFields {
  readonly madeIn: number;
  readonly cycleStart?: unknown;
}

/**
 * The checks of a window against the law: a planning law for the year the plan is made in; a `cycleStart`
 * that is a whole year from the first year planned under the three-year regime.
 */
export function windowChecks(law: PlanLaw) {
  return (value: WindowFields, ctx: z.RefinementCtx<WindowFields>): void => {
    const payload = ctx as unknown as z.core.ParsePayload;
    const madeIn = noIssueAt(payload, ["madeIn"]) ? value.madeIn : undefined;
    if (madeIn !== undefined && windowLaw(madeIn, law) === undefined) {
      const message = `the planning law has no rules for plans made in ${madeIn}`;
      ctx.addIssue({ code: "custom", path: ["madeIn"], message });
    }
    const regime = threeYearLaw(madeIn, law);
    const { cycleStart } = value;
    if (regime === undefined || cycleStart === undefined) return;
    const first = regime.firstPlannedYear;
    if (
      !Number.isSafeInteger(cycleStart) ||
      (cycleStart as number) < first ||
      (cycleStart as number) > 9999
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["cycleStart"],
        message: `${String(cycleStart)} is not a whole year from ${first} (three-year cycles exist under ${formatCitation(regime.entry.value.fixedVolumes)}, for plans made from ${first - 1})`,
      });
    }
  };
}

/** What {@link replanWindow} reads: the year the plan is made in and the anchor of the cycles. */
const windowSchema = (law: PlanLaw) =>
  fieldsSchema(
    { madeIn: madeInSchema, cycleStart: z.unknown().optional() },
    "a window { madeIn, cycleStart? }",
  ).superRefine(windowChecks(law), { when: whenNoIssueAt() });

/**
 * The re-planning window of a plan made in a year: the regime of the planning law of that year
 * (`planningLawOf(madeIn, law)`), the three-year cycle, the years it may plan and the years it must keep.
 *
 * A plan made in year M plans M+1… under the planning law of M (in Kazakhstan: rolling, BC2008 Art. 45
 * p.4, for plans made to 2024; three-year cycles, BC2025 Art. 79 p.2, for plans made from 2025 — the plan
 * made in 2025 for 2026–2028 opens the first cycle). The cycles are anchored at `cycleStart` (the law's, 2026
 * in Kazakhstan: 2026–2028, 2029–2031, …; the library's reading, movable); with another anchor the years
 * from the first year planned under the regime to the first anchored cycle form a shorter first cycle
 * (anchor 2027: 2026, then 2027–2029, …). Under rolling rules the plan may cover M+1 to M + the planning
 * period; under three-year rules M+1 to the end of its cycle (at most 2030, the library's last forecast
 * year), every year kept when M+1 is mid-cycle.
 *
 * @param madeIn - The year the plan is made in: a whole year from 2018 to 2029 that the planning law covers.
 * @param law - The planning law, e.g. `kazakhstanLaw()`.
 * @param cycleStart - The anchor of the three-year cycles, a whole year from the first year planned under
 * the three-year regime; default the law's.
 * @returns See {@link ReplanWindow}.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing a bad `madeIn` or `cycleStart` with its path.
 * @category Planning
 * @example
 * ```ts
 * const law = kazakhstanLaw();
 * replanWindow(2023, law).regime; //=> "rolling"
 * replanWindow(2024, law).lastYear; //=> 2027
 * replanWindow(2025, law).cycle; //=> { start: 2026, end: 2028 }
 * const w = replanWindow(2026, law);
 * w.regime; //=> "three_year"
 * w.keptYears; //=> [2027, 2028]
 * replanWindow(2028, law).startsCycle; //=> true
 * replanWindow(2025, law, 2027).cycle; //=> { start: 2026, end: 2026 }
 * ```
 */
export function replanWindow(madeIn: number, law: PlanLaw, cycleStart?: number): ReplanWindow {
  assertLaw(law, ["planning"], "replanWindow");
  const read = parseInput(windowSchema(law), { madeIn, cycleStart }, "re-plan window");
  return windowOf(read.madeIn, read.cycleStart as number | undefined, law);
}
