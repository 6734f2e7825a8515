import type { DatedValue } from "../../calendar/dated.js";
import { firstJanuary, fiscalYearOf } from "../../calendar/iso-date.js";
import { type Citation, formatCitation } from "../../citation/citation.js";
import {
  collectIssues,
  FourthLevelError,
  type InputIssue,
  joinPath,
  throwIfIssues,
} from "../../errors/error.js";
import { assertLaw, type PlanningLaw, planningLawOf, type ReplanRegime } from "../../law/law.js";
import { Money } from "../../money/money.js";
import { describe, FIRST_FORECAST_YEAR, LAST_FORECAST_YEAR, readAmount } from "../forecast/rates.js";
import {
  type DistrictPlan,
  type DistrictPlanInput,
  PLAN_LAW_PARTS,
  type PlanFixedVolume,
  type PlanLaw,
  type PlannedTransfer,
  type PlanUnitInput,
  planDistrict,
  transferKindOf,
  volumeKindOf,
} from "../plan/district-plan.js";

/** The last year a plan may be made in: the year before the library's last forecast year. */
const LAST_MADE_IN = LAST_FORECAST_YEAR - 1;

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

const isWhole = (y: unknown): y is number => Number.isSafeInteger(y);
const span = (from: number, to: number): number[] =>
  from > to ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
const yearsText = (ys: readonly number[]): string =>
  ys.length === 0 ? "none" : ys.length === 1 ? String(ys[0]) : `${ys[0]}–${ys[ys.length - 1]}`;
const amountText = (t: PlannedTransfer): string =>
  t.kind === "none" || t.amount.isZero()
    ? `${t.kind} (no transfer)`
    : `${t.kind} ${t.amount.toThousandKzt()} thousand KZT`;
const ruleText = (w: ReplanWindow): string => formatCitation(w.citation);

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
    if (e instanceof FourthLevelError) return undefined; // reported by windowIssues
    throw e;
  }
}

/**
 * The three-year regime a `cycleStart` is read against: the planning law of `madeIn` when it is one, else
 * the first three-year regime of the law (none when the law has none).
 */
function threeYearLaw(madeIn: unknown, law: PlanLaw): WindowLaw | undefined {
  const own = isWhole(madeIn) ? windowLaw(madeIn, law) : undefined;
  if (own?.entry.value.regime === "three_year") return own;
  const first = law.planning.entries.find((e) => e.value.regime === "three_year");
  return first === undefined ? undefined : { entry: first, firstPlannedYear: fiscalYearOf(first.from) + 1 };
}

function windowIssues(madeIn: unknown, cycleStart: unknown, law: PlanLaw): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!isWhole(madeIn) || madeIn < FIRST_FORECAST_YEAR || madeIn > LAST_MADE_IN) {
    issues.push({
      path: "madeIn",
      message: `${String(madeIn)} is not a whole year from ${FIRST_FORECAST_YEAR} to ${LAST_MADE_IN} (a plan made in a year plans the years after it, up to ${LAST_FORECAST_YEAR})`,
    });
  } else if (windowLaw(madeIn, law) === undefined) {
    issues.push({ path: "madeIn", message: `the planning law has no rules for plans made in ${madeIn}` });
  }
  const regime = threeYearLaw(madeIn, law);
  if (regime !== undefined && cycleStart !== undefined) {
    const first = regime.firstPlannedYear;
    if (!isWhole(cycleStart) || cycleStart < first || cycleStart > 9999) {
      issues.push({
        path: "cycleStart",
        message: `${String(cycleStart)} is not a whole year from ${first} (three-year cycles exist under ${formatCitation(regime.entry.value.fixedVolumes)}, for plans made from ${first - 1})`,
      });
    }
  }
  return issues;
}

function windowOf(madeIn: number, cycleStart: number | undefined, wl: WindowLaw): ReplanWindow {
  const firstYear = madeIn + 1;
  const planning = wl.entry.value;
  const period = planning.period;
  if (planning.regime === "rolling") {
    return {
      madeIn,
      regime: "rolling",
      citation: planning.fixedVolumes,
      cycle: undefined,
      startsCycle: false,
      firstYear,
      lastYear: Math.min(madeIn + period, LAST_FORECAST_YEAR),
      keptYears: [],
    };
  }
  const anchor = cycleStart ?? wl.firstPlannedYear;
  const anchored = anchor + period * Math.floor((firstYear - anchor) / period);
  const cycle = { start: Math.max(wl.firstPlannedYear, anchored), end: anchored + period - 1 };
  const startsCycle = cycle.start === firstYear;
  const lastYear = Math.min(cycle.end, LAST_FORECAST_YEAR);
  return {
    madeIn,
    regime: "three_year",
    citation: planning.fixedVolumes,
    cycle,
    startsCycle,
    firstYear,
    lastYear,
    keptYears: startsCycle ? [] : span(firstYear, lastYear),
  };
}

/** The anchor of the cycles: the caller's, else that of the three-year regime `madeIn` is read against. */
function cycleStartOf(madeIn: unknown, given: number | undefined, law: PlanLaw): number | undefined {
  if (given !== undefined) return given;
  const regime = threeYearLaw(madeIn, law);
  return regime?.entry.value.cycleStart ?? regime?.firstPlannedYear;
}

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
  const anchor = cycleStartOf(madeIn, cycleStart, law);
  throwIfIssues("re-plan window", windowIssues(madeIn, anchor, law));
  return windowOf(madeIn, anchor, windowLaw(madeIn, law) as WindowLaw);
}

/** A previous plan's unit, read: its index, its entries by year (the entries of good shape only). */
interface PreviousUnit {
  readonly index: number;
  readonly byYear: ReadonlyMap<number, PlannedTransfer>;
  readonly years: readonly TransferScheduleYear[];
}

const GENERAL_TRANSFER_KINDS: readonly string[] = ["subvention", "withdrawal", "none"];

function readPrevious(previous: TransferSchedule, issues: InputIssue[]): Map<string, PreviousUnit> {
  const units = new Map<string, PreviousUnit>();
  if (!Array.isArray(previous?.units)) {
    issues.push({ path: "previous.units", message: "the previous plan needs a list of units" });
    return units;
  }
  previous.units.forEach((u, i) => {
    const at = `previous.units[${i}]`;
    if (typeof u?.code !== "string" || u.code.trim() === "") {
      issues.push({ path: `${at}.code`, message: "the unit needs a code" });
      return;
    }
    if (units.has(u.code)) {
      issues.push({
        path: `${at}.code`,
        message: `${u.code} is the code of previous.units[${units.get(u.code)?.index}] too`,
      });
      return;
    }
    const byYear = new Map<number, PlannedTransfer>();
    const years: TransferScheduleYear[] = [];
    const seen = new Set<number>();
    if (!Array.isArray(u.years)) {
      issues.push({ path: `${at}.years`, message: "the unit needs a list of years" });
    } else {
      u.years.forEach((y: TransferScheduleYear, j: number) => {
        const yat = `${at}.years[${j}]`;
        if (!isWhole(y?.year)) {
          issues.push({ path: `${yat}.year`, message: `${String(y?.year)} is not a whole year` });
          return;
        }
        if (seen.has(y.year)) {
          issues.push({ path: `${yat}.year`, message: `${y.year} already has an entry` });
          return;
        }
        seen.add(y.year);
        const t = y.transfer;
        let ok = true;
        if (!GENERAL_TRANSFER_KINDS.includes(t?.kind)) {
          issues.push({
            path: `${yat}.transfer.kind`,
            message: `${describe(t?.kind)} is not "subvention", "withdrawal" or "none"`,
          });
          ok = false;
        }
        const amount = readAmount(t?.amount, `${yat}.transfer.amount`, issues, "INVALID_AMOUNT");
        if (amount === undefined) ok = false;
        else if (t.kind === "none" && !amount.isZero()) {
          issues.push({
            path: `${yat}.transfer.amount`,
            message: `a "none" entry (no transfer) has the amount zero, got ${amount.toKzt()} KZT`,
            code: "INVALID_AMOUNT",
          });
          ok = false;
        }
        if (ok) {
          byYear.set(y.year, t);
          years.push(y);
        }
      });
    }
    units.set(u.code, { index: i, byYear, years: [...years].sort((a, b) => a.year - b.year) });
  });
  return units;
}

/** The fixed-volume form of a kept transfer: without an amount (zero) a fixed `"none"`. */
const asFixed = (year: number, t: PlannedTransfer): PlanFixedVolume =>
  t.amount.isZero()
    ? { year, kind: "none" }
    : { year, kind: volumeKindOf(t.kind as "subvention" | "withdrawal"), amount: t.amount };
/** Whether the caller's fixed volume repeats a kept transfer: the same kind and amount, or both none. */
const sameVolume = (f: PlanFixedVolume, t: PlannedTransfer): boolean =>
  f.kind === "none"
    ? t.amount.isZero()
    : f.amount instanceof Money &&
      !t.amount.isZero() &&
      f.amount.equals(t.amount) &&
      (f.kind === "subvention" || f.kind === "budget_withdrawal") &&
      transferKindOf(f.kind) === t.kind;
const fixedText = (f: PlanFixedVolume): string =>
  f.kind === "none"
    ? "none (no transfer)"
    : `${f.kind} ${f.amount instanceof Money ? `${f.amount.toThousandKzt()} thousand KZT` : String(f.amount)}`;

/** The prepared planDistrict input and how to map its fixed-volume indices back to the caller's. */
interface Prepared {
  readonly input: DistrictPlanInput;
  /** Per unit index: prepared fixed-volume index → the caller's index, or the kept year injected. */
  readonly origin: readonly (readonly (number | { readonly kept: number })[])[];
}

/**
 * Checks the caller's fixed volumes and equalisation years against the executed and kept years and builds
 * the planDistrict input: the caller's acceptable fixed volumes plus the kept volumes injected (a kept year
 * without a transfer as a fixed `"none"`).
 */
function prepare(
  input: DistrictPlanInput,
  w: ReplanWindow,
  kept: readonly number[],
  previous: ReadonlyMap<string, PreviousUnit> | undefined,
  issues: InputIssue[],
): Prepared {
  const keptSet = new Set(kept);
  const cycle = w.cycle === undefined ? "" : `${w.cycle.start}–${w.cycle.end}`;
  const executedWhy = (year: number) =>
    `${year} is executed or in execution (the plan is made in ${w.madeIn}): a re-plan never changes it (${
      w.regime === "rolling"
        ? `${ruleText(w)}: the volumes are not changed during the current year`
        : `${ruleText(w)}: the volumes are fixed for the cycle and change only when a new cycle starts`
    }); ${
      w.keptYears.length === 0
        ? `plan ${w.firstYear} onwards`
        : `${yearsText(w.keptYears)} are kept too, so nothing before ${w.lastYear + 1} can be fixed now`
    }`;
  const keptWhy = (year: number, t: PlannedTransfer | undefined) =>
    `${year} is in the three-year cycle ${cycle} (cycles from the anchor cycleStart, the library's reading) and the plan made in ${w.madeIn} plans ${w.madeIn + 1}, which is not the cycle's start: under ${ruleText(w)} the volumes change only when a new cycle starts, so the cycle's volume${
      t === undefined ? "" : ` (${amountText(t)})`
    } is kept`;

  const units: readonly PlanUnitInput[] = Array.isArray(input.units) ? input.units : [];
  const origin: (number | { kept: number })[][] = [];
  const preparedUnits = units.map((u, i): PlanUnitInput => {
    if (u === null || typeof u !== "object") {
      origin.push([]);
      return u; // planDistrict reports it
    }
    const prev = typeof u?.code === "string" ? previous?.get(u.code) : undefined;
    const own: PlanFixedVolume[] = [];
    const map: (number | { kept: number })[] = [];
    const covered = new Set<number>();
    const volumes = Array.isArray(u?.fixedVolumes) ? u.fixedVolumes : [];
    volumes.forEach((f, j) => {
      const path = `input.units[${i}].fixedVolumes[${j}]`;
      if (isWhole(f?.year) && f.year <= w.madeIn) {
        issues.push({ path: `${path}.year`, message: executedWhy(f.year) });
        return;
      }
      if (isWhole(f?.year) && keptSet.has(f.year)) {
        const t = prev?.byYear.get(f.year);
        if (t !== undefined && covered.has(f.year)) {
          // reported here, and not passed on: planDistrict would report the same year a second time
          issues.push({ path: `${path}.year`, message: `${f.year} already has a fixed volume` });
          return;
        } else if (t !== undefined && sameVolume(f, t)) {
          covered.add(f.year); // the caller repeats the kept volume: accepted as it is
        } else if (t !== undefined) {
          issues.push({
            path: `${path}.year`,
            message: `${keptWhy(f.year, t)}; this fixed volume (${fixedText(f)}) would change it`,
          });
          return;
        } else return; // the missing previous entry is reported on `previous`
      }
      own.push(f);
      map.push(j);
    });
    for (const year of kept) {
      const t = prev?.byYear.get(year);
      if (t === undefined || covered.has(year)) continue;
      own.push(asFixed(year, t));
      map.push({ kept: year });
    }
    origin.push(map);
    const { fixedVolumes: _, ...rest } = u;
    return own.length === 0 ? rest : { ...rest, fixedVolumes: own };
  });

  const byYear = input.equalisation?.byYear;
  let equalisation: DistrictPlanInput["equalisation"] = input.equalisation;
  if (byYear !== undefined && byYear !== null && typeof byYear === "object") {
    const kept_: Record<number, (typeof byYear)[number]> = {};
    for (const [key, method] of Object.entries(byYear)) {
      const year = Number(key);
      const path = `input.equalisation.byYear.${key}`;
      if (isWhole(year) && year <= w.madeIn) issues.push({ path, message: executedWhy(year) });
      else if (keptSet.has(year))
        issues.push({
          path,
          message: `${keptWhy(year, undefined)}; an equalisation method would set it anew`,
        });
      else kept_[year] = method;
    }
    equalisation = { ...input.equalisation, byYear: kept_ };
  }
  const { includeBaseYear: _, equalisation: __, units: ___, ...header } = input;
  return {
    input: {
      ...header,
      units: Array.isArray(input.units) ? preparedUnits : input.units,
      ...(equalisation === undefined ? {} : { equalisation }),
    },
    origin,
  };
}

/** Runs planDistrict; its issues are moved under `input.` with the caller's fixed-volume indices. */
function runPlan(prepared: Prepared, law: PlanLaw, issues: InputIssue[]): DistrictPlan | undefined {
  const rename = (path: string): string =>
    joinPath(
      "input",
      path.replace(/^units\[(\d+)\]\.fixedVolumes\[(\d+)\]/, (whole, i: string, k: string) => {
        const o = prepared.origin[Number(i)]?.[Number(k)];
        if (o === undefined) return whole;
        return typeof o === "number"
          ? `units[${i}].fixedVolumes[${o}]`
          : `units[${i}].(volume ${o.kept} kept from the previous plan)`;
      }),
    );
  return collectIssues(issues, rename, () => planDistrict(prepared.input, law));
}

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
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path: `madeIn` not a whole
 * year 2018–2029 that the planning law covers; `cycleStart` not a whole year from the first year planned
 * under the three-year regime; `input.baseYear` other than `madeIn`;
 * `input.includeBaseYear` true; `input.horizon` past the planning period or the cycle's end, or short of
 * the cycle's end mid-cycle; a previous plan of bad shape or whose unit codes differ from the input's; a
 * mid-cycle re-plan without the previous volumes of the kept years; a fixed volume or an equalisation method in the input for an executed year or
 * one that would change a kept year (the message names the rule, e.g. BC2025 Art. 79 p.2); and
 * every problem {@link planDistrict} finds in the input, under `input.` (checked when `madeIn` and
 * `input.baseYear` are right).
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
  if (args === null || typeof args !== "object") {
    throw new FourthLevelError(
      "INVALID_INPUT",
      "replanDistrict needs { previous?, madeIn, input, cycleStart? }",
      {
        args: String(args),
      },
    );
  }
  const { madeIn, input } = args;
  const cycleStart = cycleStartOf(madeIn, args.cycleStart, law);
  const issues = windowIssues(madeIn, cycleStart, law);
  const w =
    issues.length === 0 ? windowOf(madeIn, cycleStart, windowLaw(madeIn, law) as WindowLaw) : undefined;
  const previous = args.previous === undefined ? undefined : readPrevious(args.previous, issues);

  if (input === null || typeof input !== "object") {
    issues.push({ path: "input", message: "the plan's input (DistrictPlanInput) is missing" });
    throwIfIssues("re-plan", issues);
  }
  // a previous DistrictPlan names its district: it must be the one re-planned
  const previousDistrict = (args.previous as { district?: { code?: unknown } } | undefined)?.district?.code;
  if (previousDistrict !== undefined && previousDistrict !== input.district?.code) {
    issues.push({
      path: "previous.district.code",
      message: `the previous plan is of district ${String(previousDistrict)}, the re-plan of ${String(input.district?.code)}`,
    });
  }
  const baseYearOk = w !== undefined && input.baseYear === w.madeIn;
  if (w !== undefined && !baseYearOk) {
    issues.push({
      path: "input.baseYear",
      message: `${String(input.baseYear)} must be ${w.madeIn}, the year the plan is made in: its figures are the base and the plan covers ${w.firstYear} onwards`,
    });
  }
  if (w !== undefined && input.includeBaseYear === true) {
    issues.push({
      path: "input.includeBaseYear",
      message: `${w.madeIn} is in execution: a re-plan never changes it (${ruleText(w)}); leave includeBaseYear out`,
    });
  }
  const horizon = input.horizon;
  if (w !== undefined && isWhole(horizon)) {
    const legalEnd = w.cycle === undefined ? w.lastYear : w.cycle.end;
    if (horizon > legalEnd) {
      const c = w.cycle;
      const message =
        c === undefined
          ? `${horizon} is past the planning period ${w.firstYear}–${legalEnd} of a plan made in ${w.madeIn} (${ruleText(w)})`
          : w.startsCycle
            ? `${horizon} is past the cycle ${c.start}–${c.end} this plan opens (${ruleText(w)}: volumes for the cycle); the next cycle is set by the plan made in ${c.end}`
            : `${horizon} is past the end of the cycle ${c.start}–${c.end}: a mid-cycle re-plan keeps ${yearsText(w.keptYears)} and does not plan ${c.end + 1} onwards, which belong to the next cycle, set by the plan made in ${c.end} (${ruleText(w)})`;
      issues.push({ path: "input.horizon", message });
    } else if (w.keptYears.length > 0 && horizon >= w.firstYear && horizon < w.lastYear) {
      issues.push({
        path: "input.horizon",
        message: `${horizon} stops before the end of the cycle ${w.cycle?.start}–${w.cycle?.end}: the volumes of ${yearsText(w.keptYears)} stay in force (${ruleText(w)}), so a mid-cycle re-plan shows them all; set the horizon to ${w.lastYear}`,
      });
    }
  }
  const planned = w !== undefined && isWhole(horizon) ? span(w.firstYear, horizon) : [];
  const kept = w === undefined ? [] : w.keptYears.filter((y) => planned.includes(y));

  // units of the previous plan against the input's
  const inputUnits: readonly PlanUnitInput[] = Array.isArray(input.units) ? input.units : [];
  if (previous !== undefined) {
    const codes = new Set(inputUnits.map((u) => u?.code));
    inputUnits.forEach((u, i) => {
      if (typeof u?.code === "string" && !previous.has(u.code))
        issues.push({
          path: `input.units[${i}].code`,
          message: `${u.code} is not a unit of the previous plan: a re-plan keeps the previous plan's units`,
        });
    });
    for (const [code, p] of previous) {
      if (!codes.has(code))
        issues.push({
          path: `previous.units[${p.index}].code`,
          message: `${code} of the previous plan is not a unit of the input: a re-plan keeps the previous plan's units`,
        });
    }
  }
  if (w !== undefined && kept.length > 0) {
    const cycleText = `${w.cycle?.start}–${w.cycle?.end}`;
    if (args.previous === undefined) {
      issues.push({
        path: "previous",
        message: `a re-plan made in ${w.madeIn} is in the middle of the cycle ${cycleText}: the volumes of ${yearsText(kept)} are kept (${ruleText(w)}), give the previous plan that fixed them`,
      });
    } else {
      for (const u of inputUnits) {
        const p = typeof u?.code === "string" ? previous?.get(u.code) : undefined;
        if (p === undefined) continue;
        const missing = kept.filter((y) => !p.byYear.has(y));
        if (missing.length > 0)
          issues.push({
            path: `previous.units[${p.index}].years`,
            message: `${u.code} has no volume for ${missing.join(", ")}: under ${ruleText(w)} it was fixed for the cycle ${cycleText} and is kept by a re-plan made in ${w.madeIn}`,
          });
      }
    }
  }

  const plan =
    w !== undefined && baseYearOk
      ? runPlan(prepare(input, w, kept, previous, issues), law, issues)
      : undefined;
  throwIfIssues("re-plan", issues);
  const window = w as ReplanWindow;
  const newPlan = plan as DistrictPlan;

  const keptSet = new Set(kept);
  const notes: string[] = [];
  const units: ScheduledUnit[] = newPlan.units.map((u) => {
    const prev = previous?.get(u.code);
    const executed: ScheduledYear[] = (prev?.years ?? [])
      .filter((y) => y.year <= window.madeIn)
      .map((y) => ({ year: y.year, transfer: y.transfer, status: "executed", rule: window.citation }));
    const later: ScheduledYear[] = u.years.map((y) => {
      const k = keptSet.has(y.year) ? prev?.byYear.get(y.year) : undefined;
      return k === undefined
        ? { year: y.year, transfer: y.transfer, status: "replanned", rule: window.citation }
        : { year: y.year, transfer: k, status: "kept", rule: window.citation };
    });
    const dropped = (prev?.years ?? [])
      .map((y) => y.year)
      .filter((y) => y > window.madeIn && !newPlan.years.includes(y));
    if (dropped.length > 0)
      notes.push(
        `${u.code}: the previous plan's ${dropped.join(", ")} ${dropped.length === 1 ? "is" : "are"} not in the new plan (it covers ${yearsText(newPlan.years)}) and ${dropped.length === 1 ? "is" : "are"} left out of the schedule`,
      );
    const zeros = later.filter((y) => y.status === "kept" && y.transfer.amount.isZero()).map((y) => y.year);
    if (zeros.length > 0)
      notes.push(
        `${u.code}: ${zeros.join(", ")} kept without a transfer (as fixed for the cycle): no posting, balance = own revenues − costs`,
      );
    return { code: u.code, name: u.name, years: [...executed, ...later] };
  });

  const head: string[] = [];
  const executedYears = [
    ...new Set(units.flatMap((u) => u.years.filter((y) => y.status === "executed").map((y) => y.year))),
  ].sort((a, b) => a - b);
  if (window.regime === "rolling") {
    head.push(
      `Rolling rule (${ruleText(window)}): the plan made in ${window.madeIn} renews the volumes of ${yearsText(newPlan.years)} (the planning period, renewed every year, not changed during the current year).`,
    );
    const next = law.planning.entries.find((e) => e.from > firstJanuary(window.madeIn));
    const nextMadeIn = next === undefined ? undefined : fiscalYearOf(next.from);
    const later = nextMadeIn === undefined ? [] : newPlan.years.filter((y) => y > nextMadeIn);
    if (next !== undefined && next.value.regime === "three_year" && later.length > 0)
      head.push(
        `${yearsText(later)} ${later.length === 1 ? "is" : "are"} set anew by the plan made in ${nextMadeIn} under the three-year rule (${formatCitation(next.value.fixedVolumes)}): the rolling volumes of this plan do not bind ${later.length === 1 ? "it" : "them"}.`,
      );
  } else {
    const c = window.cycle as ReplanCycle;
    head.push(
      `Three-year rule (${ruleText(window)}; cycles anchored at ${cycleStart}, the library's reading): ${window.firstYear} is ${
        window.startsCycle
          ? `the start of the cycle ${c.start}–${c.end}: the plan made in ${window.madeIn} sets its volumes for ${yearsText(newPlan.years)}.`
          : `in the cycle ${c.start}–${c.end}: the volumes of ${yearsText(kept)} fixed for the cycle are kept, with the forecasts updated in the balances; ${c.end + 1} onwards belong to the next cycle, set by the plan made in ${c.end}.`
      }`,
    );
    if (c.end > LAST_FORECAST_YEAR)
      head.push(
        `${yearsText(span(LAST_FORECAST_YEAR + 1, c.end))} of the cycle ${c.start}–${c.end} is past ${LAST_FORECAST_YEAR}, the library's last forecast year: not planned.`,
      );
  }
  const lastPlanned = newPlan.years[newPlan.years.length - 1] ?? window.madeIn;
  if (lastPlanned < window.lastYear)
    head.push(
      `${yearsText(span(lastPlanned + 1, window.lastYear))} could be planned too but ${lastPlanned + 1 === window.lastYear ? "is" : "are"} past the horizon ${lastPlanned}: not in the plan.`,
    );
  head.push(
    args.previous === undefined
      ? `No previous plan: no executed years in the schedule.`
      : executedYears.length === 0
        ? `Executed or in execution (≤ ${window.madeIn}): the previous plan gives none of these years.`
        : `Executed or in execution (≤ ${window.madeIn}): ${executedYears.join(", ")}, copied unchanged from the previous plan.`,
  );
  return {
    madeIn: window.madeIn,
    regime: window.regime,
    citation: window.citation,
    window,
    units,
    plan: newPlan,
    notes: [...head, ...notes],
  };
}
