import { Money } from "../../money/money.js";
import { type PlannedTransfer, transferKindOf, volumeKindOf } from "../plan/district-plan.js";
import type { CheckedFixedVolume } from "../plan/input.js";
import type { PreviousUnit } from "./previous.js";
import { amountText, ruleText, yearsText } from "./text.js";
import type { ReplanWindow } from "./types.js";

/** Why a year before the plan's first may not be fixed or equalised: it is executed or in execution. */
function executedWhy(year: number, w: ReplanWindow): string {
  const why =
    w.regime === "rolling"
      ? `${ruleText(w)}: the volumes are not changed during the current year`
      : `${ruleText(w)}: the volumes are fixed for the cycle and change only when a new cycle starts`;
  const next =
    w.keptYears.length === 0
      ? `plan ${w.firstYear} onwards`
      : `${yearsText(w.keptYears)} are kept too, so nothing before ${w.lastYear + 1} can be fixed now`;
  return `${year} is executed or in execution (the plan is made in ${w.madeIn}): a re-plan never changes it (${why}); ${next}`;
}

/** Why a kept year may not be set anew: the cycle's volume is kept. */
function keptWhy(year: number, w: ReplanWindow, t: PlannedTransfer | undefined): string {
  const cycle = w.cycle === undefined ? "" : `${w.cycle.start}–${w.cycle.end}`;
  return `${year} is in the three-year cycle ${cycle} (cycles from the anchor cycleStart, the library's reading) and the plan made in ${w.madeIn} plans ${w.madeIn + 1}, which is not the cycle's start: under ${ruleText(w)} the volumes change only when a new cycle starts, so the cycle's volume${
    t === undefined ? "" : ` (${amountText(t)})`
  } is kept`;
}

/** Whether the caller's fixed volume repeats a kept transfer: the same kind and amount, or both none. */
const sameVolume = (f: CheckedFixedVolume, t: PlannedTransfer): boolean =>
  f.kind === "none"
    ? t.amount.isZero()
    : f.amount instanceof Money &&
      !t.amount.isZero() &&
      f.amount.equals(t.amount) &&
      transferKindOf(f.kind) === t.kind;

const fixedText = (f: CheckedFixedVolume): string =>
  f.kind === "none" ? "none (no transfer)" : `${f.kind} ${f.amount.toThousandKzt()} thousand KZT`;

/** A fixed volume or method refused, at its index (or year) in the caller's input, and why. */
export interface Refused {
  readonly at: number;
  readonly message: string;
}

/** A unit's fixed volumes sorted against the window: passed on to the plan, repeating a kept one, refused. */
export interface SortedVolumes {
  /** The caller's indices of the volumes passed on to the plan (those repeating a kept volume too). */
  readonly passed: readonly number[];
  /** The kept years whose volume the caller repeats. */
  readonly covered: ReadonlySet<number>;
  readonly refused: readonly Refused[];
}

/**
 * A unit's fixed volumes against the window: none in an executed year; in a kept year only the kept volume
 * itself, once; a kept year without the previous plan's entry is left to the check of `previous`.
 */
export function sortVolumes(
  volumes: readonly CheckedFixedVolume[],
  w: ReplanWindow,
  kept: ReadonlySet<number>,
  prev: PreviousUnit | undefined,
): SortedVolumes {
  const passed: number[] = [];
  const covered = new Set<number>();
  const refused: Refused[] = [];
  volumes.forEach((f, j) => {
    const t = kept.has(f.year) ? prev?.byYear.get(f.year) : undefined;
    if (f.year <= w.madeIn) refused.push({ at: j, message: executedWhy(f.year, w) });
    else if (kept.has(f.year) && t === undefined) return;
    else if (t !== undefined && covered.has(f.year))
      // refused here, and not passed on: the plan would report the same year a second time
      refused.push({ at: j, message: `${f.year} already has a fixed volume` });
    else if (t !== undefined && !sameVolume(f, t))
      refused.push({
        at: j,
        message: `${keptWhy(f.year, w, t)}; this fixed volume (${fixedText(f)}) would change it`,
      });
    else {
      if (t !== undefined) covered.add(f.year); // the caller repeats the kept volume: accepted as it is
      passed.push(j);
    }
  });
  return { passed, covered, refused };
}

/** The equalisation years refused: executed, or kept (a method would set the volume anew). */
export function refusedMethods(
  years: readonly number[],
  w: ReplanWindow,
  kept: ReadonlySet<number>,
): Refused[] {
  return years.flatMap((year) =>
    year <= w.madeIn
      ? [{ at: year, message: executedWhy(year, w) }]
      : kept.has(year)
        ? [{ at: year, message: `${keptWhy(year, w, undefined)}; an equalisation method would set it anew` }]
        : [],
  );
}

/** The fixed-volume form of a kept transfer: without an amount (zero) a fixed `"none"`. */
export const asFixed = (year: number, t: PlannedTransfer): CheckedFixedVolume =>
  t.amount.isZero()
    ? { year, kind: "none" }
    : { year, kind: volumeKindOf(t.kind as "subvention" | "withdrawal"), amount: t.amount };
