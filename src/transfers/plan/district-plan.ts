import { fiscalYearOf } from "../../calendar/iso-date.js";
import type { Citation } from "../../citation/citation.js";
import {
  collectIssues,
  FourthLevelError,
  type InputIssue,
  joinPath,
  throwIfIssues,
  unknownFieldIssues,
} from "../../errors/error.js";
import { assertLaw, type Law, type PlanningLaw, planningLawOf } from "../../law/law.js";
import { accountId, balances, type Posting } from "../../ledger/ledger.js";
import type { DecimalInput } from "../../money/decimal.js";
import { Money, percentOf } from "../../money/money.js";
import { isKatoCodeShaped } from "../../territory/kato-place.js";
import { type EqualisationMethod, type EqualisationUnit, equalise } from "../equalisation/equalise.js";
import {
  type GeneralTransferKind,
  generalTransfer,
  generalTransferCitation,
} from "../equalisation/general-transfer.js";
import {
  type Consumers,
  type CostDirection,
  type CostForecast,
  type CostForecastInput,
  type CostYear,
  type DirectionCost,
  forecastCosts,
} from "../forecast/costs.js";
import { type MrpIndexation, type MrpYear, mrpPath } from "../forecast/mrp-path.js";
import {
  applyFactor,
  describe,
  FIRST_FORECAST_YEAR,
  LAST_FORECAST_YEAR,
  ONE,
  type RateSchedule,
  readAmount,
  readPositiveAmount,
} from "../forecast/rates.js";
import { forecastRevenueLines } from "../forecast/revenue-lines.js";
import type { DistrictAccount, UnitAccount } from "../postings/transfer-input.js";
import { type PlannedGeneralTransfer, plannedGeneralTransfers } from "../postings/transfer-postings.js";
import { applyRevenueList, type ExcludedRevenueLine, revenueListInForce } from "./revenue-list.js";

/**
 * The growth value that makes a revenue line follow the MRP path: see {@link PlanRevenueGrowth}.
 * @category Planning
 */
export const MRP_GROWTH = "mrp";

/**
 * The growth of every revenue line of a plan unit's base year: a rate for every year, a rate per year (as
 * `forecastRevenueLines`, the caller's assumption), or {@link MRP_GROWTH} (`"mrp"`): the line grows each
 * year by the MRP path's ratio MRP[y] ÷ MRP[y − 1] (see {@link DistrictPlanInput.mrp}). The ratios are
 * multiplied exactly, so the line of year y is base × MRP[y] ÷ MRP[base year], rounded once, half away from
 * zero, to the tiyn (like every growth rate: never the previous year's rounded amount compounded).
 *
 * Taxes whose rates are set in MRP move with the MRP: vehicle tax, property tax of individuals, land tax
 * (base rates per m² or hectare) and the outdoor-advertising fee (Tax Code) — `"mrp"` keeps such a line at
 * a constant number of MRP per object. `"mrp"` applies to a whole line, not to single years.
 *
 * @category Planning
 * @example
 * ```ts
 * const growth: PlanRevenueGrowth = { "vehicle-tax-individuals": "mrp", other: "0.05" };
 * ```
 */
export type PlanRevenueGrowth = Readonly<Record<string, RateSchedule | typeof MRP_GROWTH>>;

/**
 * The MRP driver of a plan: the law's known MRP values (`law.parameters.mrp`, the value in force on
 * 1 January) and, for the years after the last known one, the caller's indexation (see `mrpPath`).
 *
 * @category Planning
 * @example
 * ```ts
 * const mrp: PlanMrpInput = { indexation: { fromYear: 2027, rate: "0.05" } };
 * ```
 */
export interface PlanMrpInput {
  /** The yearly indexation of the MRP after the known values: the caller's assumption, never a constant. */
  readonly indexation?: MrpIndexation;
}

/**
 * The parts of a {@link Law} a plan reads: the planning law (by the year the plan is made in), the transfer
 * law (for the postings), the lists of fourth-level revenues, the MRP, the first day of fourth-level
 * budgets.
 *
 * @category Planning
 */
export type PlanLaw = Pick<
  Law,
  "planning" | "transfers" | "revenueLists" | "parameters" | "fourthLevelBudgets"
>;

/** The parts of a {@link Law} a plan reads, checked on entry. @internal */
export const PLAN_LAW_PARTS: readonly (keyof PlanLaw)[] = [
  "planning",
  "transfers",
  "revenueLists",
  "parameters",
  "fourthLevelBudgets",
];

/**
 * The year a plan is taken as made in: the year before its first planned year (`baseYear`, or
 * `baseYear − 1` with `includeBaseYear`) — the plan of the 2026 budget is made in 2025. The planning law of
 * that year gives the rule of fixed volumes and the formula's citation.
 *
 * @category Planning
 * @example
 * ```ts
 * planMadeIn({ baseYear: 2026 }); //=> 2026
 * planMadeIn({ baseYear: 2026, includeBaseYear: true }); //=> 2025
 * ```
 */
export function planMadeIn(input: Pick<DistrictPlanInput, "baseYear" | "includeBaseYear">): number {
  return input.includeBaseYear === true ? input.baseYear - 1 : input.baseYear;
}

/**
 * A general transfer the district maslikhat fixed for one unit and one year (the planning law's
 * `fixedVolumes` rule, e.g. BC2025 Art. 79 p.2): a subvention or a budget withdrawal in an absolute amount
 * (> 0), or `{ year, kind: "none" }`, the decision that the unit gets no general transfer that year (no
 * amount: leave `amount` out).
 *
 * @category Planning
 * @example
 * ```ts
 * const volumes: PlanFixedVolume[] = [
 *   { year: 2027, kind: "subvention", amount: Money.thousandKzt("28000") },
 *   { year: 2028, kind: "none" },
 * ];
 * ```
 */
export type PlanFixedVolume =
  | PlannedGeneralTransfer
  | { readonly year: number; readonly kind: "none"; readonly amount?: never };

/**
 * One fourth-level unit of a {@link DistrictPlanInput}. Amounts in KZT ({@link Money}, exact tiyn).
 *
 * @category Planning
 */
export interface PlanUnitInput {
  /** The unit's KATO code, unique within the district; the ledger account and posting ids use it. */
  readonly code: string;
  /** The unit's name, e.g. `"с. Дружба"`. */
  readonly name: string;
  /**
   * The published base year (2018 to the plan's base year): own revenues by line (without transfers, each
   * ≥ 0, line names are the caller's) and costs (without targeted transfers and debt service, ≥ 0).
   */
  readonly base: {
    readonly year: number;
    readonly ownRevenues: Readonly<Record<string, Money>>;
    readonly costs: Money;
    /**
     * The base year's subvention (KZT, ≥ 0), when known: last year's amount for a change limit
     * (`maxChange`) of an equalisation in the first planned year. Without it that year is not limited.
     */
    readonly subvention?: Money;
  };
  /**
   * The growth of every revenue line of the base year (and of no other): a rate, rates by year (see
   * `forecastRevenueLines`) or `"mrp"` to follow the MRP path (see {@link PlanRevenueGrowth}).
   *
   * A line named by a slug of a line of the law's revenue lists (e.g. `"single-land-tax"`) is checked in every
   * planned year against the list of fourth-level revenues in force on 1 January (see `applyRevenueList`):
   * a year whose list does not carry it leaves it out of own revenues (`UnitYearPlan.excludedLines`). Other
   * names (`"tax"`, `"tax_revenue"`) are the caller's aggregates and are not checked.
   */
  readonly revenueGrowth: PlanRevenueGrowth;
  /**
   * The growth (indexation) of costs, a rate or rates by year, see `forecastCosts` (method `"growth"`).
   * Give this or {@link PlanUnitInput.costDirections}, exactly one. With {@link PlanUnitInput.population}
   * the costs are also scaled by the population (e.g. BC2025 Art. 80 p.4): cost_y = cost_{y−1} × (1 + growth_y)
   * × population_y ÷ population_{y−1}, i.e. base × Π (1 + growth) × population_y ÷ population_base, exact,
   * rounded once to the tiyn (`forecastCosts` method `"by_direction"` with one current direction).
   */
  readonly costGrowth?: RateSchedule;
  /**
   * Costs by spending direction instead of {@link PlanUnitInput.costGrowth} (exactly one of the two), see
   * `forecastCosts` method `"by_direction"` (e.g. BC2025 Art. 80 p.4): a current direction is indexed and scaled
   * by its consumers, a capital direction is an absolute amount per year. A current direction without its
   * own `consumers` is scaled by the unit's {@link PlanUnitInput.population} when given (the residents are
   * its consumers). The base amounts must sum to `base.costs`.
   */
  readonly costDirections?: readonly CostDirection[];
  /**
   * The forecast number of residents, the consumers of public services (same shape as `Consumers`):
   * `base` in the unit's base year (whole, > 0) and `byYear` for every planned year after it (whole, ≥ 0;
   * years not planned may be left out, entries outside the unit's base year to the horizon are ignored).
   * It scales the current costs (see {@link PlanUnitInput.costGrowth}, e.g. BC2025 Art. 80 p.4) and is the
   * equalisation indicator `population` of its year, winning over a constant `indicators.population`.
   */
  readonly population?: Consumers;
  /**
   * General transfers the district maslikhat fixed in absolute amounts (e.g. BC2008 Art. 45 p.4; BC2025 Art. 79
   * p.2), at most one per planned year, each amount > 0; or `{ year, kind: "none" }` (no amount) when it
   * decided that the unit gets no general transfer that year. They replace the formula for their year.
   */
  readonly fixedVolumes?: readonly PlanFixedVolume[];
  /**
   * Indicators for equalisation by weights or per-capita caps, plain decimals, the same in every year,
   * e.g. `{ population: "1200" }`. With {@link PlanUnitInput.population} the indicator `population` of a
   * year is that year's forecast population instead of the constant given here.
   */
  readonly indicators?: Readonly<Record<string, DecimalInput>>;
}

/**
 * What {@link planDistrict} needs.
 *
 * @category Planning
 */
export interface DistrictPlanInput {
  /** The district (level 3): its KATO code and name. */
  readonly district: { readonly code: string; readonly name: string };
  /** The plan's base year (2018–2029). */
  readonly baseYear: number;
  /** The last planned year: from `baseYear + 1` to 2030. */
  readonly horizon: number;
  /**
   * Whether the base year itself is planned too (e.g. the first year of a three-year decision whose
   * figures are the base). Default `false`: the plan covers `baseYear + 1` to `horizon`.
   */
  readonly includeBaseYear?: boolean;
  /** The district's units, at least one, unique codes. */
  readonly units: readonly PlanUnitInput[];
  /**
   * An equalisation method per planned year (see `equalise`): in such a year the general transfer of every
   * unit without a fixed volume comes from the method, fed with the forecasts and the units' indicators
   * (fixed volumes win and stay out of the method's pool); last year's amount for a change limit is the
   * unit's planned subvention of the previous planned year (whatever its source), or `base.subvention` in
   * the first planned year.
   */
  readonly equalisation?: { readonly byYear: Readonly<Record<number, EqualisationMethod>> };
  /**
   * The MRP path (see {@link PlanMrpInput}): needed by a revenue line growing `"mrp"` in the years after
   * the law's last known MRP (2026 in Kazakhstan's); when given, the path is built to the horizon even if
   * no line uses it and reported in {@link DistrictPlan.mrp}.
   */
  readonly mrp?: PlanMrpInput;
}

/**
 * Where a planned general transfer comes from: `"fixed"` (the maslikhat's decision, which wins over the
 * formula), `"formula"` (own revenues − costs, `generalTransfer`) or `"equalisation"` (`equalise`).
 * @category Planning
 */
export type PlannedTransferSource = "fixed" | "formula" | "equalisation";

/**
 * A unit's general transfer in one planned year.
 *
 * @category Planning
 */
export interface PlannedTransfer {
  /** `"subvention"` (district → unit), `"withdrawal"` (unit → district) or `"none"`. */
  readonly kind: GeneralTransferKind;
  /** KZT, ≥ 0 (zero for `"none"`). */
  readonly amount: Money;
  readonly source: PlannedTransferSource;
  /**
   * The legal ground: for `"fixed"` the rule under which the maslikhat fixes volumes
   * (the `fixedVolumes` rule of the planning law of the year the plan is made in, see {@link planMadeIn};
   * in Kazakhstan BC2008 Art. 45 p.4 for plans made to 2024, BC2025 Art. 79 p.2 from 2025; the posting
   * carries the transfer rule of its kind); otherwise the general-transfer formula of that year
   * (`generalTransferCitation`).
   */
  readonly citation: Citation;
}

/**
 * A planned general transfer signed from the unit's side, KZT: a subvention positive, a budget withdrawal
 * negative, none zero.
 *
 * @category Planning
 * @example
 * ```ts
 * netTransfer({ kind: "withdrawal", amount: Money.kzt("500") }).toKzt(); // "-500.00"
 * ```
 */
export function netTransfer(transfer: Pick<PlannedTransfer, "kind" | "amount">): Money {
  if (transfer.kind === "subvention") return transfer.amount;
  if (transfer.kind === "withdrawal") return transfer.amount.negate();
  return Money.zero;
}

/**
 * The kind of a general transfer in a fixed volume or a posting (`"budget_withdrawal"`) from its kind in a
 * plan (`"withdrawal"`), and back: the one place the two spellings meet. @internal
 */
export function volumeKindOf(kind: "subvention" | "withdrawal"): PlannedGeneralTransfer["kind"] {
  return kind === "subvention" ? "subvention" : "budget_withdrawal";
}

/** The plan's kind (`"withdrawal"`) of a fixed volume's or posting's kind (`"budget_withdrawal"`); see {@link volumeKindOf}. */
export function transferKindOf(kind: PlannedGeneralTransfer["kind"]): "subvention" | "withdrawal" {
  return kind === "subvention" ? "subvention" : "withdrawal";
}

/**
 * One unit in one planned year.
 *
 * @category Planning
 */
export interface UnitYearPlan {
  readonly year: number;
  /**
   * Forecast own revenues by line and their total, KZT: every line of the base year except the excluded
   * ones (`total` = Σ `lines`).
   */
  readonly ownRevenues: { readonly lines: Readonly<Record<string, Money>>; readonly total: Money };
  /**
   * Lines of the base year that are not fourth-level revenues this year (a slug the list in force on
   * 1 January does not carry), with their forecast, the reason and the list's citation; not counted in
   * `ownRevenues`. Empty when none.
   */
  readonly excludedLines: readonly ExcludedRevenueLine[];
  /** Forecast costs, KZT. */
  readonly costs: Money;
  /**
   * The costs by direction: the unit's `costDirections`, or with `costGrowth` and a population the one
   * current direction `"current costs"` (showing indexation × consumers); empty for `costGrowth` alone.
   */
  readonly costDirections: readonly DirectionCost[];
  /** The forecast population of the year (`population.base` in the unit's base year); none without one. */
  readonly population: number | undefined;
  readonly transfer: PlannedTransfer;
  /**
   * Own revenues + subvention − withdrawal − costs, KZT: zero under the formula; otherwise a surplus
   * (positive) or the financing need (negative).
   */
  readonly balance: Money;
  /** Own revenues ÷ costs in percent, one decimal (`percentOf`); `undefined` when costs are zero. */
  readonly selfSufficiency: string | undefined;
}

/**
 * One unit over the plan.
 *
 * @category Planning
 */
export interface UnitPlan {
  readonly code: string;
  readonly name: string;
  /** The unit's ledger account (level 4). */
  readonly account: UnitAccount;
  /** One entry per planned year, in order. */
  readonly years: readonly UnitYearPlan[];
  /** The postings of its general transfers (none for a `"none"` year), dated 1 January. */
  readonly postings: readonly Posting[];
}

/**
 * The district in one planned year.
 *
 * @category Planning
 */
export interface DistrictYearPlan {
  readonly year: number;
  /** Σ subventions of the units, KZT. */
  readonly subventions: Money;
  /** Σ budget withdrawals of the units, KZT. */
  readonly withdrawals: Money;
  /** The district's transfer outlay: subventions − withdrawals, KZT. */
  readonly outlay: Money;
  /** The change of the district account's balance by the year's postings (credits − debits), KZT. */
  readonly districtBalanceChange: Money;
  /** Whether `districtBalanceChange` is −`outlay` and the year's ledger balances sum to zero. */
  readonly balanced: boolean;
  /**
   * The list of fourth-level revenues in force on 1 January of the year (`revenueListInForce`; in
   * Kazakhstan BC2008 Art. 52-1 to 2024, BC2025 Art. 168 p.7 in 2025, BC2025 Art. 27 from 2026). The
   * general transfer's own citation is on each unit's `transfer` (`generalTransferCitation`).
   */
  readonly edition: Citation;
}

/**
 * The result of {@link planDistrict}.
 *
 * @category Planning
 */
export interface DistrictPlan {
  /** The district's ledger account (level 3). */
  readonly district: DistrictAccount;
  /** The planned years, in order. */
  readonly years: readonly number[];
  /** One entry per unit, in the order given. */
  readonly units: readonly UnitPlan[];
  /** One entry per planned year. */
  readonly byYear: readonly DistrictYearPlan[];
  /** All postings: unit by unit, year by year. */
  readonly postings: readonly Posting[];
  /**
   * The MRP path used, KZT per year (known with its citation, or indexed with its factor), from the
   * earliest base year to the horizon; `undefined` when neither `input.mrp` nor an `"mrp"` line asks for it.
   */
  readonly mrp: readonly MrpYear[] | undefined;
}

/** Forecasts of one unit per year: all revenue lines (before the list in force), costs, population. */
interface UnitForecast {
  readonly lines: Map<number, Readonly<Record<string, Money>>>;
  readonly costs: Map<number, CostYear>;
  readonly population: Map<number, number> | undefined;
}

/** The MRP path of a plan, once built: the path and its value per year. */
interface MrpContext {
  readonly path: readonly MrpYear[] | undefined;
  readonly values: ReadonlyMap<number, Money> | undefined;
}

/** The name of the one current direction that carries `costGrowth` and the population. */
const CURRENT_COSTS = "current costs";

const isWholeYear = (y: unknown): y is number =>
  Number.isSafeInteger(y) && (y as number) >= FIRST_FORECAST_YEAR && (y as number) <= LAST_FORECAST_YEAR;

function renamer(at: string, prefixes: readonly (readonly [string, string])[]): (path: string) => string {
  return (path) => {
    for (const [from, to] of prefixes) {
      if (path === from || path.startsWith(`${from}.`) || path.startsWith(`${from}[`))
        return joinPath(at, `${to}${path.slice(from.length)}`);
    }
    return joinPath(at, path);
  };
}

function checkKeys(value: unknown, allowed: readonly string[], path: string, issues: InputIssue[]): void {
  issues.push(...unknownFieldIssues(value, allowed, path));
}

const INPUT_KEYS = ["district", "baseYear", "horizon", "includeBaseYear", "units", "equalisation", "mrp"];
const UNIT_KEYS = [
  "code",
  "name",
  "base",
  "revenueGrowth",
  "costGrowth",
  "costDirections",
  "fixedVolumes",
  "indicators",
  "population",
];

function checkHeader(input: DistrictPlanInput, issues: InputIssue[]): number[] {
  checkKeys(input, INPUT_KEYS, "", issues);
  checkKeys(input.district, ["code", "name"], "district", issues);
  checkKeys(input.equalisation, ["byYear"], "equalisation", issues);
  if (!isKatoCodeShaped(input.district?.code))
    issues.push({
      path: "district.code",
      message: `${describe(input.district?.code)} is not a KATO code (9 digits, as a string)`,
    });
  if (typeof input.district?.name !== "string" || input.district.name.trim() === "")
    issues.push({ path: "district.name", message: "the district needs a name" });
  const { baseYear, horizon } = input;
  const baseOk = isWholeYear(baseYear) && baseYear < LAST_FORECAST_YEAR;
  if (!baseOk) {
    issues.push({
      path: "baseYear",
      message: `${describe(baseYear)} is not a whole year (a number) from ${FIRST_FORECAST_YEAR} to ${LAST_FORECAST_YEAR - 1}`,
    });
  }
  if (!isWholeYear(horizon)) {
    issues.push({
      path: "horizon",
      message: `${describe(horizon)} is not a whole year (a number) from ${FIRST_FORECAST_YEAR} to ${LAST_FORECAST_YEAR}`,
    });
    return [];
  }
  if (!baseOk) return [];
  if (horizon < baseYear + 1) {
    issues.push({
      path: "horizon",
      message: `horizon ${horizon} must be at least the year after the base year (${baseYear + 1})`,
    });
    return [];
  }
  const first = input.includeBaseYear === true ? baseYear : baseYear + 1;
  return Array.from({ length: horizon - first + 1 }, (_, i) => first + i);
}

/** The lines of a unit growing `"mrp"`, and a copy of its growth with `"mrp"` read as `"0"`. */
function splitGrowth(
  growth: PlanRevenueGrowth,
  at: string,
  issues: InputIssue[],
): { rates: Record<string, RateSchedule>; mrpLines: string[] } {
  const rates: Record<string, RateSchedule> = {};
  const mrpLines: string[] = [];
  for (const [line, schedule] of Object.entries(growth)) {
    if (schedule === MRP_GROWTH) {
      mrpLines.push(line);
      rates[line] = "0";
    } else if (typeof schedule === "object" && schedule !== null) {
      const byYear: Record<number, unknown> = { ...schedule };
      for (const [year, rate] of Object.entries(schedule)) {
        if (rate !== MRP_GROWTH) continue;
        issues.push({
          path: `${at}.revenueGrowth.${line}.${year}`,
          message: `"mrp" applies to a whole line: give revenueGrowth.${line} = "mrp", or a rate for ${year}`,
        });
        byYear[Number(year)] = "0";
      }
      rates[line] = byYear as Readonly<Record<number, string>>;
    } else rates[line] = schedule;
  }
  return { rates, mrpLines };
}

/**
 * Checks a unit's population: `base` whole > 0, every planned year after the unit's base year given,
 * whole ≥ 0, and the base year itself (if given in `byYear`) equal to `base`. Returns the population of
 * each year from the unit's base year to the horizon that is known (planned years at least).
 */
function readPopulation(
  population: Consumers,
  at: string,
  unitBase: number,
  horizon: number,
  years: readonly number[],
  issues: InputIssue[],
): Map<number, number> | undefined {
  const before = issues.length;
  const path = `${at}.population`;
  if (typeof population !== "object" || population === null) {
    issues.push({ path, message: "the population is { base, byYear }" });
    return undefined;
  }
  const { base } = population;
  if (!Number.isSafeInteger(base) || base <= 0) {
    issues.push({
      path: `${path}.base`,
      message: `${describe(base)} is not a whole number above zero`,
    });
  }
  const byYear = population.byYear ?? {};
  const result = new Map<number, number>([[unitBase, base]]);
  for (let year = unitBase; year <= horizon; year++) {
    const n = (byYear as Readonly<Record<number, unknown>>)[year];
    if (year === unitBase) {
      if (n !== undefined && n !== base) {
        issues.push({
          path: `${path}.byYear.${year}`,
          message: `${year} is the unit's base year: its population is population.base (${String(base)}), not ${describe(n)}`,
        });
      }
      continue;
    }
    if (n === undefined) {
      if (years.includes(year))
        issues.push({
          path: `${path}.byYear.${year}`,
          message: `no forecast population for ${year}, a planned year`,
        });
    } else if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0) {
      issues.push({
        path: `${path}.byYear.${year}`,
        message: `${describe(n)} is not a whole number ≥ 0`,
      });
    } else result.set(year, n);
  }
  return issues.length > before ? undefined : result;
}

/** Consumers for `forecastCosts` from a checked population: years not given (not planned) take `base`. */
function consumersOf(population: ReadonlyMap<number, number>, unitBase: number, horizon: number): Consumers {
  const base = population.get(unitBase) ?? 1;
  const byYear: Record<number, number> = {};
  for (let year = unitBase + 1; year <= horizon; year++) byYear[year] = population.get(year) ?? base;
  return { base, byYear };
}

function forecastUnit(
  unit: PlanUnitInput,
  law: PlanLaw,
  madeIn: number,
  at: string,
  baseYear: number,
  horizon: number,
  years: readonly number[],
  mrp: MrpContext,
  issues: InputIssue[],
): UnitForecast | undefined {
  const baseYearOfUnit = unit.base?.year;
  if (!isWholeYear(baseYearOfUnit) || baseYearOfUnit > baseYear) {
    issues.push({
      path: `${at}.base.year`,
      message: `${String(baseYearOfUnit)} is not a whole year from ${FIRST_FORECAST_YEAR} to the plan's base year ${baseYear}`,
    });
    return undefined;
  }
  const before = issues.length;
  const { rates, mrpLines } = splitGrowth(unit.revenueGrowth ?? {}, at, issues);
  const revenueYears = collectIssues(
    issues,
    renamer(at, [
      ["base.lines", "base.ownRevenues"],
      ["growth", "revenueGrowth"],
    ]),
    () => forecastRevenueLines({ year: baseYearOfUnit, lines: unit.base.ownRevenues }, rates, horizon),
  );
  const population =
    unit.population === undefined
      ? undefined
      : readPopulation(unit.population, at, baseYearOfUnit, horizon, years, issues);
  const consumers = population === undefined ? undefined : consumersOf(population, baseYearOfUnit, horizon);
  const costForecast = forecastUnitCosts(unit, law, madeIn, at, baseYearOfUnit, horizon, consumers, issues);
  if (revenueYears === undefined || costForecast === undefined || issues.length > before) return undefined;
  if (mrpLines.length > 0 && mrp.values === undefined) return undefined; // the path's issues are recorded
  const mrpBase = mrp.values?.get(baseYearOfUnit);
  const lines = new Map(
    revenueYears.map((y) => {
      const scaled: Record<string, Money> = { ...y.lines };
      const mrpYear = mrp.values?.get(y.year);
      for (const line of mrpLines) {
        const amount = y.lines[line];
        if (amount === undefined || mrpBase === undefined || mrpYear === undefined) continue;
        // base × Π MRP[t] ÷ MRP[t − 1] = base × MRP[y] ÷ MRP[base], exact, rounded once to the tiyn
        scaled[line] = applyFactor(amount, ONE, mrpYear.tiyn, mrpBase.tiyn);
      }
      return [y.year, scaled] as const;
    }),
  );
  return {
    lines,
    costs: new Map(costForecast.years.map((y) => [y.year, y])),
    population,
  };
}

/** The unit's cost forecast by `costGrowth` (scaled by the population when given) or `costDirections`. */
function forecastUnitCosts(
  unit: PlanUnitInput,
  law: PlanLaw,
  madeIn: number,
  at: string,
  baseYearOfUnit: number,
  horizon: number,
  consumers: Consumers | undefined,
  issues: InputIssue[],
): CostForecast | undefined {
  const { costGrowth, costDirections } = unit;
  const forecast = (input: CostForecastInput) => forecastCosts(input, law);
  if (costGrowth === undefined && costDirections === undefined) {
    issues.push({
      path: `${at}.costGrowth`,
      message: "give the costs' growth (costGrowth) or costDirections",
    });
    return undefined;
  }
  if (costGrowth !== undefined && costDirections !== undefined) {
    issues.push({
      path: `${at}.costDirections`,
      message: "give costGrowth or costDirections, not both",
    });
    return undefined;
  }
  if (costDirections !== undefined) {
    if (!Array.isArray(costDirections)) {
      issues.push({ path: `${at}.costDirections`, message: "costDirections is a list of directions" });
      return undefined;
    }
    const directions = costDirections.map((d) =>
      d?.kind === "current" && d.consumers === undefined && consumers !== undefined ? { ...d, consumers } : d,
    );
    const byDirection = collectIssues(
      issues,
      renamer(at, [
        ["baseYear", "base.year"],
        ["directions", "costDirections"],
      ]),
      () => forecast({ method: "by_direction", baseYear: baseYearOfUnit, madeIn, directions, horizon }),
    );
    const baseCosts = unit.base.costs;
    const sum = byDirection?.years[0]?.total;
    if (readAmount(baseCosts, `${at}.base.costs`, issues) === undefined) return undefined;
    if (sum !== undefined && !sum.equals(baseCosts)) {
      issues.push({
        path: `${at}.base.costs`,
        message: `the base-year costs ${baseCosts.toKzt()} KZT differ from the sum of the directions' base amounts ${sum.toKzt()} KZT`,
      });
      return undefined;
    }
    return byDirection;
  }
  if (consumers === undefined) {
    return collectIssues(issues, renamer(at, [["growth", "costGrowth"]]), () =>
      forecast({
        method: "growth",
        base: { year: baseYearOfUnit, costs: unit.base.costs },
        growth: costGrowth as RateSchedule,
        horizon,
      }),
    );
  }
  return collectIssues(
    issues,
    renamer(at, [
      ["baseYear", "base.year"],
      ["directions[0].base", "base.costs"],
      ["directions[0].indexation", "costGrowth"],
      ["directions[0].consumers", "population"],
    ]),
    () =>
      forecast({
        method: "by_direction",
        baseYear: baseYearOfUnit,
        madeIn,
        directions: [
          {
            direction: CURRENT_COSTS,
            kind: "current",
            base: unit.base.costs,
            indexation: costGrowth as RateSchedule,
            consumers,
          },
        ],
        horizon,
      }),
  );
}

/**
 * Builds the MRP path when `input.mrp` is given or a line grows `"mrp"`: the law's MRP values, then
 * the caller's indexation, to the horizon. Problems go to `mrp.indexation…`, or without `input.mrp` to every
 * line that needs the missing years.
 */
function buildMrp(
  input: DistrictPlanInput,
  law: PlanLaw,
  units: readonly PlanUnitInput[],
  issues: InputIssue[],
): MrpContext {
  const users: string[] = [];
  units.forEach((u, i) => {
    for (const [line, g] of Object.entries(u.revenueGrowth ?? {})) {
      if (g === MRP_GROWTH) users.push(`units[${i}].revenueGrowth.${line}`);
    }
  });
  const given = input.mrp;
  if (given === undefined && users.length === 0) return { path: undefined, values: undefined };
  if (given !== undefined && (typeof given !== "object" || given === null)) {
    issues.push({ path: "mrp", message: "mrp is { indexation?: { fromYear, rate } }" });
    return { path: undefined, values: undefined };
  }
  const indexation = given?.indexation;
  const inner: InputIssue[] = [];
  const path = collectIssues(inner, "", () =>
    mrpPath({
      known: law.parameters.mrp,
      ...(indexation === undefined ? {} : { indexation }),
      horizon: input.horizon,
    }),
  );
  if (path !== undefined) {
    const earliest = Math.min(
      input.baseYear,
      ...units.map((u) => (isWholeYear(u.base?.year) ? u.base.year : input.baseYear)),
    );
    return {
      path: path.filter((y) => y.year >= earliest),
      values: new Map(path.map((y) => [y.year, y.mrp])),
    };
  }
  const missing = inner.flatMap((i) => {
    const m = /^mrp\.(\d+)$/.exec(i.path);
    return m === null ? [] : [Number(m[1])];
  });
  const lastKnown = law.parameters.mrp.entries.at(-1)?.from.slice(0, 4);
  if (given === undefined && missing.length === inner.length) {
    const span = missing.length === 1 ? `${missing[0]}` : `${missing[0]}–${missing.at(-1)}`;
    for (const line of users) {
      issues.push({
        path: line,
        message: `grows with the MRP, but the law's MRP values end with ${lastKnown} and no indexation covers ${span}: give an MRP indexation`,
      });
    }
  } else {
    // a year without an MRP is a fault of the indexation (missing, or starting too late)
    for (const i of inner) {
      const at = /^mrp\.\d+$/.test(i.path)
        ? indexation === undefined
          ? "mrp.indexation"
          : "mrp.indexation.fromYear"
        : joinPath("mrp", i.path);
      issues.push({ ...i, path: at });
    }
  }
  return { path: undefined, values: undefined };
}

/** The planned transfer of a fixed volume; its ground is the rule under which the maslikhat fixes volumes. */
function fixedTransfer(f: PlanFixedVolume, citation: Citation): PlannedTransfer {
  if (f.kind === "none") return { kind: "none", amount: Money.zero, source: "fixed", citation };
  return {
    kind: transferKindOf(f.kind),
    amount: f.amount,
    source: "fixed",
    citation,
  };
}

/** The planning law of the plans made in `madeIn`, or an issue at `baseYear` when the law does not cover it. */
function planningIn(madeIn: number, law: PlanLaw, issues: InputIssue[]): PlanningLaw | undefined {
  try {
    return planningLawOf(madeIn, law).value;
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    issues.push({
      path: "baseYear",
      message: `the plan is made in ${madeIn} (the year before its first planned year), a year the planning law does not cover: ${e.message}`,
    });
    return undefined;
  }
}

function checkFixed(
  unit: PlanUnitInput,
  at: string,
  years: readonly number[],
  baseYear: number,
  issues: InputIssue[],
): void {
  const seen = new Set<number>();
  (unit.fixedVolumes ?? []).forEach((v, j) => {
    const path = `${at}.fixedVolumes[${j}]`;
    if (!years.includes(v.year)) {
      issues.push({
        path: `${path}.year`,
        message: `${String(v.year)} is not a planned year (${years[0]}–${years[years.length - 1]})${
          v.year === baseYear ? ": the base year is planned only with includeBaseYear" : ""
        }`,
      });
    } else if (seen.has(v.year)) {
      issues.push({ path: `${path}.year`, message: `${v.year} already has a fixed volume` });
    }
    seen.add(v.year);
    if (v.kind === "none") {
      const amount: unknown = v.amount; // typed away, but a caller may still pass one
      if (amount !== undefined)
        issues.push({
          path: `${path}.amount`,
          message: `a fixed "none" (no general transfer in ${String(v.year)}) has no amount: leave amount out, or give a subvention or budget_withdrawal with a positive amount`,
          code: "INVALID_AMOUNT",
        });
      return;
    }
    if (v.kind !== "subvention" && v.kind !== "budget_withdrawal") {
      issues.push({
        path: `${path}.kind`,
        message: `${describe(v.kind)} is not "subvention", "budget_withdrawal" or "none"`,
      });
    }
    readPositiveAmount(v.amount, `${path}.amount`, issues, "INVALID_AMOUNT");
  });
}

/**
 * Plans the general transfers of one district's fourth-level units over several years.
 *
 * For each unit and each planned year (`baseYear + 1` to `horizon`, or from `baseYear` with
 * `includeBaseYear`): own revenues by line and costs are forecast from the unit's base year; the general
 * transfer is
 * - the unit's fixed volume of the year when given (source `"fixed"`: the maslikhat's decision wins); a
 *   fixed `{ year, kind: "none" }` is the decision that the unit gets no general transfer that year: kind
 *   `"none"`, no posting, balance own revenues − costs, cited by the rule of fixed volumes,
 * - else, when `equalisation.byYear[year]` is given, what `equalise` gives the unit among all units with
 *   their forecasts and indicators (source `"equalisation"`),
 * - else the law's formula own revenues − costs (`generalTransfer`, source `"formula"`).
 *
 * The plan is taken as made in the year before its first planned year ({@link planMadeIn}); the planning
 * law of that year (`planningLawOf`) gives the rule of fixed volumes and the formula's citation: under
 * Kazakhstan's law BC2008 Art. 45 p.4 and p.7–8 for a plan made to 2024, BC2025 Art. 79 p.2 and Art. 79
 * p.1 with Art. 80 for a plan made from 2025 (the plan of 2026–2028 is made in 2025).
 *
 * Drivers and the rulebook of each year:
 * - **Revenues** (`forecastRevenueLines`): each line by its rate(s), or with `"mrp"` by the MRP path —
 *   the law's MRP (`law.parameters.mrp`, in force on 1 January), then `input.mrp.indexation` (`mrpPath`, whole
 *   tenge) — so a line of year y is base × MRP[y] ÷ MRP[base year], exact, rounded once to the tiyn.
 *   Taxes set in MRP (vehicle tax, property tax of individuals, land tax, outdoor-advertising fee) move
 *   with the MRP. `plan.mrp` reports the path used.
 * - **The list of revenues in force**: a line named by a slug of a line of the law's lists that the
 *   edition in force on 1 January of a year does not list (e.g. `"single-land-tax"` from 2026,
 *   `"outdoor-advertising-fee"` from 2026, `"outdoor-advertising-fee-2026"` before 2026) is not a
 *   fourth-level revenue that year: it is left out of own revenues and shown in `excludedLines` with the
 *   reason and citation (`applyRevenueList`). Other line names are the caller's aggregates, unchecked.
 *   Each `byYear` entry cites the list in force (`edition`).
 * - **Costs** (`forecastCosts`): by `costGrowth` (method `"growth"`), or by `costDirections` (method
 *   `"by_direction"`, e.g. BC2025 Art. 80 p.4: current costs indexed and scaled by consumers, capital as
 *   absolute amounts) — exactly one of the two.
 * - **Population** (the consumers of public services): current costs are scaled by it (e.g. BC2025 Art. 80
 *   p.4: cost_y = cost_{y−1} × (1 + growth_y) × population_y ÷ population_{y−1}; with `costDirections`, the
 *   current directions without consumers of their own), and it is the equalisation indicator `population`
 *   of its year, winning over a constant `indicators.population`.
 *
 * A year may not carry both a fixed volume and an equalisation method. Per unit and year the result has
 * the balance own revenues + subvention − withdrawal − costs (zero under the formula) and the
 * self-sufficiency own revenues ÷ costs (percent, one decimal). The general transfers become ledger
 * postings (`plannedGeneralTransfers`, 1 January of their year, source id `plan:<unit code>:<year>`); per
 * year the district's outlay is Σ subventions − Σ withdrawals and the postings are checked to change the
 * district account by −outlay with the ledger balances summing to zero.
 *
 * Growth rates, the MRP indexation, population forecasts, fixed volumes and the equalisation method are
 * the caller's configuration (the ministry's typical methodology, order of 27 May 2025 No 38, is not
 * modelled); re-planning rules are outside this function.
 *
 * @param input - See {@link DistrictPlanInput}; amounts in KZT as {@link Money}.
 * @param law - The law the plan reads (see {@link PlanLaw}), e.g. `kazakhstanLaw()`.
 * @returns See {@link DistrictPlan}.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once with its path
 * (`units[1].revenueGrowth.tax`, `units[0].fixedVolumes[2].year`, `equalisation.byYear.2027.pool`,
 * `units[1].population.byYear.2028`, `mrp.indexation.rate`): a bad district, base year or horizon, no units
 * or a repeated code, a bad forecast input, a fixed volume outside the planned years, repeated,
 * non-positive (a `"none"` with an amount) or clashing with an equalisation year, an equalisation method for
 * a year not planned or that `equalise` rejects (reported with the rest when every unit is forecast under a
 * unique code, otherwise once those problems are fixed); a line growing `"mrp"` beyond the known MRP
 * without `mrp.indexation` (at the line), a bad indexation; a population without a planned year's number or
 * with a bad one; both or neither of `costGrowth` and `costDirections`, or directions whose base amounts do
 * not sum to `base.costs`; a plan made in a year the planning law does not cover (at `baseYear`); a missing
 * law.
 * @category Planning
 * @example
 * ```ts
 * const plan = planDistrict({
 *   district: { code: "394800000", name: "Камыстинский район" },
 *   baseYear: 2026,
 *   horizon: 2027,
 *   units: [{
 *     code: "394845000", name: "с. Дружба",
 *     base: { year: 2026, ownRevenues: { tax: Money.thousandKzt("930") }, costs: Money.thousandKzt("28849") },
 *     revenueGrowth: { tax: "0" }, costGrowth: "0",
 *   }],
 * }, kazakhstanLaw());
 * plan.units[0]?.years[0]?.transfer.amount.toThousandKzt(); //=> "27919"
 * plan.byYear[0]?.outlay.toThousandKzt(); //=> "27919"
 *
 * // drivers: a vehicle tax following the MRP (4 325 → 4 541 in 2027 at +5 %), costs × population 1 100/1 000
 * const driven = planDistrict({
 *   district: { code: "394800000", name: "Камыстинский район" },
 *   baseYear: 2026,
 *   horizon: 2027,
 *   mrp: { indexation: { fromYear: 2027, rate: "0.05" } },
 *   units: [{
 *     code: "394845000", name: "с. Дружба",
 *     base: { year: 2026, ownRevenues: { "vehicle-tax-individuals": Money.thousandKzt("1000") }, costs: Money.thousandKzt("2000") },
 *     revenueGrowth: { "vehicle-tax-individuals": "mrp" }, costGrowth: "0",
 *     population: { base: 1000, byYear: { 2027: 1100 } },
 *   }],
 * }, kazakhstanLaw());
 * // 1 000 000 × 4 541 / 4 325 and 2 000 000 × 1 100 / 1 000
 * driven.units[0]?.years[0]?.ownRevenues.total.toKzt(); //=> "1049942.20"
 * driven.units[0]?.years[0]?.costs.toKzt(); //=> "2200000.00"
 * driven.byYear[0]?.edition.article; //=> "27"
 * ```
 */
export function planDistrict(input: DistrictPlanInput, law: PlanLaw): DistrictPlan {
  assertLaw(law, PLAN_LAW_PARTS, "planDistrict");
  if (input === null || typeof input !== "object") {
    throw new FourthLevelError(
      "INVALID_INPUT",
      "planDistrict needs a DistrictPlanInput: { district, baseYear, horizon, units, … }",
      { input: String(input) },
    );
  }
  const issues: InputIssue[] = [];
  const years = checkHeader(input, issues);
  const units: readonly PlanUnitInput[] = Array.isArray(input.units) ? input.units : [];
  if (units.length === 0) issues.push({ path: "units", message: "the district needs at least one unit" });
  const byYear = input.equalisation?.byYear ?? {};
  for (const key of Object.keys(byYear)) {
    if (!years.includes(Number(key)))
      issues.push({ path: `equalisation.byYear.${key}`, message: `${key} is not a planned year` });
  }
  const codes = new Map<string, number>();
  // the base year's subvention of each unit, when given and valid: last year's amount for a change limit
  const baseSubventions: (Money | undefined)[] = [];
  units.forEach((u, i) => {
    checkKeys(u, UNIT_KEYS, `units[${i}]`, issues);
    checkKeys(u?.base, ["year", "ownRevenues", "costs", "subvention"], `units[${i}].base`, issues);
    for (const [j, v] of (u?.fixedVolumes ?? []).entries())
      checkKeys(v, ["year", "kind", "amount"], `units[${i}].fixedVolumes[${j}]`, issues);
    if (!isKatoCodeShaped(u.code)) {
      issues.push({
        path: `units[${i}].code`,
        message: `${describe(u.code)} is not a KATO code (9 digits, as a string)`,
      });
    } else if (codes.has(u.code)) {
      issues.push({
        path: `units[${i}].code`,
        message: `${u.code} is the code of units[${codes.get(u.code)}] too`,
      });
    } else codes.set(u.code, i);
    if (typeof u.name !== "string" || u.name.trim() === "")
      issues.push({ path: `units[${i}].name`, message: "the unit needs a name" });
    const subvention: unknown = u?.base?.subvention;
    baseSubventions[i] =
      subvention === undefined ? undefined : readAmount(subvention, `units[${i}].base.subvention`, issues);
  });
  const madeIn = planMadeIn(input);
  const planning = years.length === 0 ? undefined : planningIn(madeIn, law, issues);
  const mrp: MrpContext =
    years.length === 0 ? { path: undefined, values: undefined } : buildMrp(input, law, units, issues);
  const forecasts =
    years.length === 0 || planning === undefined
      ? []
      : units.map((u, i) => {
          checkFixed(u, `units[${i}]`, years, input.baseYear, issues);
          return forecastUnit(
            u,
            law,
            madeIn,
            `units[${i}]`,
            input.baseYear,
            input.horizon,
            years,
            mrp,
            issues,
          );
        });
  // with every unit forecast under a unique code the equalisation methods are checked in the same round
  const forecastAll =
    units.length > 0 &&
    codes.size === units.length &&
    forecasts.length === units.length &&
    forecasts.every((f) => f !== undefined);
  if (!forecastAll) throwIfIssues("district plan", issues);

  const fixedRule = (planning as PlanningLaw).fixedVolumes; // known: the forecasts need it
  const fc = (i: number): UnitForecast => forecasts[i] as UnitForecast;
  const lists = new Map(years.map((year) => [year, revenueListInForce(year, law)]));
  // own revenues per unit and year: the forecast lines less those the list in force does not carry
  const own = units.map(
    (_, i) => new Map(years.map((year) => [year, applyRevenueList(fc(i).lines.get(year) ?? {}, year, law)])),
  );
  const revenuesOf = (i: number, year: number) =>
    own[i]?.get(year) ?? { lines: {}, total: Money.zero, excluded: [] };
  const costYearOf = (i: number, year: number) => fc(i).costs.get(year);
  const costsOf = (i: number, year: number) => costYearOf(i, year)?.total ?? Money.zero;
  const populationOf = (i: number, year: number) => fc(i).population?.get(year);

  // transfers[i] maps year → planned transfer, year by year: fixed volumes win; in a year with a method the
  // other units are equalised (last year's subvention from the previous year, whatever its source); else
  // the formula
  const fixedOf = units.map((u) => new Map((u.fixedVolumes ?? []).map((v) => [v.year, v])));
  const transfers: Map<number, PlannedTransfer>[] = units.map(() => new Map());
  for (const [yi, year] of years.entries()) {
    const method = byYear[year];
    const free: number[] = [];
    units.forEach((_, i) => {
      const f = fixedOf[i]?.get(year);
      if (f !== undefined) transfers[i]?.set(year, fixedTransfer(f, fixedRule));
      else if (method === undefined) {
        const formula = generalTransfer(revenuesOf(i, year).total, costsOf(i, year), madeIn, law);
        transfers[i]?.set(year, { ...formula, source: "formula" });
      } else free.push(i);
    });
    if (method === undefined) continue;
    if (free.length === 0) {
      issues.push({
        path: `equalisation.byYear.${year}`,
        message: `every unit has a fixed volume in ${year}: the method has no unit to apply to`,
      });
      continue;
    }
    const previous = years[yi - 1];
    const eqUnits = free.map((i): EqualisationUnit => {
      const u = units[i] as PlanUnitInput;
      const before = previous === undefined ? undefined : transfers[i]?.get(previous);
      const last =
        before === undefined ? baseSubventions[i] : before.kind === "subvention" ? before.amount : Money.zero;
      const population = populationOf(i, year);
      const indicators =
        population === undefined ? u.indicators : { ...u.indicators, population: String(population) };
      return {
        id: u.code,
        forecastOwnRevenues: revenuesOf(i, year).total,
        forecastCosts: costsOf(i, year),
        ...(indicators === undefined ? {} : { indicators }),
        ...(last === undefined ? {} : { lastYear: last }),
      };
    });
    const result = collectIssues(
      issues,
      (path) => joinPath(`equalisation.byYear.${year}`, path.replace(/^method\./, "")),
      () => equalise(eqUnits, method),
    );
    if (result === undefined) continue;
    const citation = generalTransferCitation(madeIn, law);
    result.units.forEach((t, k) => {
      transfers[free[k] as number]?.set(year, {
        kind: t.kind,
        amount: t.amount,
        source: "equalisation",
        citation,
      });
    });
  }
  throwIfIssues("district plan", issues);

  const district: DistrictAccount = {
    kind: "budget",
    level: 3,
    code: input.district.code,
    name: input.district.name,
  };
  const accounts: UnitAccount[] = units.map((u) => ({
    kind: "budget",
    level: 4,
    code: u.code,
    name: u.name,
  }));

  const unitPlans: UnitPlan[] = units.map((u, i) => {
    const account = accounts[i] as UnitAccount;
    const planned = years.map((year): UnitYearPlan => {
      const revenues = revenuesOf(i, year);
      const own = { lines: revenues.lines, total: revenues.total };
      const costs = costsOf(i, year);
      const transfer = transfers[i]?.get(year) as PlannedTransfer;
      return {
        year,
        ownRevenues: own,
        excludedLines: revenues.excluded,
        costs,
        costDirections: costYearOf(i, year)?.directions ?? [],
        population: populationOf(i, year),
        transfer,
        balance: own.total.plus(netTransfer(transfer)).minus(costs),
        selfSufficiency: percentOf(own.total, costs),
      };
    });
    const volumes: PlannedGeneralTransfer[] = planned
      .filter((p) => p.transfer.kind !== "none")
      .map((p) => ({
        year: p.year,
        kind: volumeKindOf(p.transfer.kind as "subvention" | "withdrawal"),
        amount: p.transfer.amount,
      }));
    const postings = plannedGeneralTransfers(district, account, volumes, law);
    return { code: u.code, name: u.name, account, years: planned, postings };
  });

  const postings = unitPlans.flatMap((u) => u.postings);
  const districtYears: DistrictYearPlan[] = years.map((year) => {
    const of = (kind: GeneralTransferKind) =>
      Money.sum(
        unitPlans.flatMap((u) =>
          u.years.filter((y) => y.year === year && y.transfer.kind === kind).map((y) => y.transfer.amount),
        ),
      );
    const subventions = of("subvention");
    const withdrawals = of("withdrawal");
    const outlay = subventions.minus(withdrawals);
    const dated = postings.filter((p) => fiscalYearOf(p.date) === year);
    const all = balances(dated);
    const districtBalanceChange = all.get(accountId(district))?.balance ?? Money.zero;
    const total = Money.sum([...all.values()].map((b) => b.balance));
    return {
      year,
      subventions,
      withdrawals,
      outlay,
      districtBalanceChange,
      balanced: districtBalanceChange.equals(outlay.negate()) && total.isZero(),
      edition: (lists.get(year) ?? revenueListInForce(year, law)).citation,
    };
  });
  return { district, years, units: unitPlans, byYear: districtYears, postings, mrp: mrp.path };
}
