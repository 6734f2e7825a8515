import type { Citation } from "../../citation/citation.js";
import { FourthLevelError, type InputIssue, throwIfIssues } from "../../errors/error.js";
import { balances, type Posting } from "../../ledger/ledger.js";
import type { DecimalInput } from "../../money/decimal.js";
import { Money, percentOf } from "../../money/money.js";
import { type EqualisationMethod, type EqualisationUnit, equalise } from "../equalisation/equalise.js";
import {
  type GeneralTransferKind,
  generalTransfer,
  generalTransferCitation,
} from "../equalisation/general-transfer.js";
import { forecastCosts } from "../forecast/costs.js";
import { FIRST_FORECAST_YEAR, LAST_FORECAST_YEAR, type RateSchedule } from "../forecast/rates.js";
import { forecastRevenueLines, type RevenueGrowth } from "../forecast/revenue-lines.js";
import {
  type DistrictAccount,
  type PlannedGeneralTransfer,
  plannedGeneralTransfers,
  type UnitAccount,
} from "../postings/transfer-postings.js";

/** One fourth-level unit of a {@link DistrictPlanInput}. Amounts in KZT ({@link Money}, exact tiyn). */
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
  };
  /** The growth of every revenue line of the base year (and of no other), see `forecastRevenueLines`. */
  readonly revenueGrowth: RevenueGrowth;
  /** The growth of costs, see `forecastCosts` (method `"growth"`). */
  readonly costGrowth: RateSchedule;
  /**
   * General transfers the district maslikhat fixed in absolute amounts (BC2008 Art. 45 p.4; BC2025 Art. 79
   * p.2), at most one per planned year, each amount > 0. They replace the formula for their year.
   */
  readonly fixedVolumes?: readonly PlannedGeneralTransfer[];
  /**
   * Indicators for equalisation by weights or per-capita caps, plain decimals, the same in every year,
   * e.g. `{ population: "1200" }`.
   */
  readonly indicators?: Readonly<Record<string, DecimalInput>>;
}

/** What {@link planDistrict} needs. */
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
   * An equalisation method per planned year (see `equalise`): in such a year every unit's general transfer
   * comes from the method, fed with the forecasts and the units' indicators; last year's amount for a
   * change limit is the unit's planned subvention of the previous planned year, if any.
   */
  readonly equalisation?: { readonly byYear: Readonly<Record<number, EqualisationMethod>> };
}

/**
 * Where a planned general transfer comes from: `"fixed"` (the maslikhat's decision, which wins over the
 * formula), `"formula"` (own revenues − costs, `generalTransfer`) or `"equalisation"` (`equalise`).
 */
export type PlannedTransferSource = "fixed" | "formula" | "equalisation";

/** A unit's general transfer in one planned year. */
export interface PlannedTransfer {
  /** `"subvention"` (district → unit), `"withdrawal"` (unit → district) or `"none"`. */
  readonly kind: GeneralTransferKind;
  /** KZT, ≥ 0 (zero for `"none"`). */
  readonly amount: Money;
  readonly source: PlannedTransferSource;
  /**
   * The legal ground: for `"fixed"` the transfer rule of the posting (BC2008 Art. 45 p.2–3 to 2025, BC2025
   * from 2026); otherwise the general-transfer formula of the year (`generalTransferCitation`).
   */
  readonly citation: Citation;
}

/** One unit in one planned year. */
export interface UnitYearPlan {
  readonly year: number;
  /** Forecast own revenues by line and their total, KZT. */
  readonly ownRevenues: { readonly lines: Readonly<Record<string, Money>>; readonly total: Money };
  /** Forecast costs, KZT. */
  readonly costs: Money;
  readonly transfer: PlannedTransfer;
  /**
   * Own revenues + subvention − withdrawal − costs, KZT: zero under the formula; otherwise a surplus
   * (positive) or the financing need (negative).
   */
  readonly balance: Money;
  /** Own revenues ÷ costs in percent, one decimal (`percentOf`); `undefined` when costs are zero. */
  readonly selfSufficiency: string | undefined;
}

/** One unit over the plan. */
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

/** The district in one planned year. */
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
}

/** The result of {@link planDistrict}. */
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
}

/** Forecasts of one unit: own revenues and costs per year. */
interface UnitForecast {
  readonly revenues: Map<number, { lines: Readonly<Record<string, Money>>; total: Money }>;
  readonly costs: Map<number, Money>;
}

const isWholeYear = (y: unknown): y is number =>
  Number.isSafeInteger(y) && (y as number) >= FIRST_FORECAST_YEAR && (y as number) <= LAST_FORECAST_YEAR;

/** Runs `f`; a `FourthLevelError` listing issues is turned into issues with their paths moved under `rename`. */
function collect<T>(f: () => T, rename: (path: string) => string, issues: InputIssue[]): T | undefined {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    const inner = e.details.issues as readonly InputIssue[] | undefined;
    if (inner === undefined) issues.push({ path: rename(""), message: e.message, code: e.code });
    else for (const i of inner) issues.push({ ...i, path: rename(i.path) });
    return undefined;
  }
}

function renamer(at: string, prefixes: readonly (readonly [string, string])[]): (path: string) => string {
  return (path) => {
    for (const [from, to] of prefixes) {
      if (path === from || path.startsWith(`${from}.`)) return `${at}.${to}${path.slice(from.length)}`;
    }
    return path === "" ? at : `${at}.${path}`;
  };
}

function checkHeader(input: DistrictPlanInput, issues: InputIssue[]): number[] {
  for (const key of ["code", "name"] as const) {
    const v = input.district?.[key];
    if (typeof v !== "string" || v.trim() === "")
      issues.push({ path: `district.${key}`, message: `the district needs a ${key}` });
  }
  const { baseYear, horizon } = input;
  const range = `a whole year from ${FIRST_FORECAST_YEAR} to ${LAST_FORECAST_YEAR}`;
  if (!isWholeYear(baseYear) || baseYear >= LAST_FORECAST_YEAR) {
    issues.push({
      path: "baseYear",
      message: `${String(baseYear)} is not a whole year from ${FIRST_FORECAST_YEAR} to ${LAST_FORECAST_YEAR - 1}`,
    });
    return [];
  }
  if (!isWholeYear(horizon)) {
    issues.push({ path: "horizon", message: `${String(horizon)} is not ${range}` });
    return [];
  }
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

function forecastUnit(
  unit: PlanUnitInput,
  at: string,
  baseYear: number,
  horizon: number,
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
  const revenueYears = collect(
    () =>
      forecastRevenueLines(
        { year: baseYearOfUnit, lines: unit.base.ownRevenues },
        unit.revenueGrowth,
        horizon,
      ),
    renamer(at, [
      ["base.lines", "base.ownRevenues"],
      ["growth", "revenueGrowth"],
    ]),
    issues,
  );
  const costForecast = collect(
    () =>
      forecastCosts({
        method: "growth",
        base: { year: baseYearOfUnit, costs: unit.base.costs },
        growth: unit.costGrowth,
        horizon,
      }),
    renamer(at, [["growth", "costGrowth"]]),
    issues,
  );
  if (revenueYears === undefined || costForecast === undefined) return undefined;
  return {
    revenues: new Map(revenueYears.map((y) => [y.year, { lines: y.lines, total: y.total }])),
    costs: new Map(costForecast.years.map((y) => [y.year, y.total])),
  };
}

function checkFixed(
  unit: PlanUnitInput,
  at: string,
  years: readonly number[],
  equalised: ReadonlySet<number>,
  issues: InputIssue[],
): void {
  const seen = new Set<number>();
  (unit.fixedVolumes ?? []).forEach((v, j) => {
    const path = `${at}.fixedVolumes[${j}]`;
    if (!years.includes(v.year)) {
      issues.push({
        path: `${path}.year`,
        message: `${String(v.year)} is not a planned year (${years[0]}–${years[years.length - 1]}); to fix the base year's volume set includeBaseYear`,
      });
    } else if (seen.has(v.year)) {
      issues.push({ path: `${path}.year`, message: `${v.year} already has a fixed volume` });
    } else if (equalised.has(v.year)) {
      issues.push({
        path: `${path}.year`,
        message: `${v.year} has both a fixed volume and an equalisation method: give one or the other`,
      });
    }
    seen.add(v.year);
    if (v.kind !== "subvention" && v.kind !== "budget_withdrawal") {
      issues.push({
        path: `${path}.kind`,
        message: `${JSON.stringify(v.kind)} is not "subvention" or "budget_withdrawal"`,
      });
    }
    if (!(v.amount instanceof Money)) {
      issues.push({
        path: `${path}.amount`,
        message: `${JSON.stringify(v.amount)} is not a Money amount`,
        code: "INVALID_AMOUNT",
      });
    } else if (v.amount.isNegative() || v.amount.isZero()) {
      issues.push({
        path: `${path}.amount`,
        message: `a fixed volume must be positive, got ${v.amount.toKzt()} KZT`,
        code: "INVALID_AMOUNT",
      });
    }
  });
}

/**
 * Plans the general transfers of one district's fourth-level units over several years (issue 4, point 5,
 * a first library-level runner).
 *
 * For each unit and each planned year (`baseYear + 1` to `horizon`, or from `baseYear` with
 * `includeBaseYear`): own revenues by line and costs are forecast from the unit's base year with the
 * caller's growth (`forecastRevenueLines`, `forecastCosts` method `"growth"`); the general transfer is
 * - the unit's fixed volume of the year when given (source `"fixed"`: the maslikhat's decision wins),
 * - else, when `equalisation.byYear[year]` is given, what `equalise` gives the unit among all units with
 *   their forecasts and indicators (source `"equalisation"`),
 * - else the law's formula own revenues − costs (`generalTransfer`, source `"formula"`).
 *
 * A year may not carry both a fixed volume and an equalisation method. Per unit and year the result has
 * the balance own revenues + subvention − withdrawal − costs (zero under the formula) and the
 * self-sufficiency own revenues ÷ costs (percent, one decimal). The general transfers become ledger
 * postings (`plannedGeneralTransfers`, 1 January of their year, source id `plan:<unit code>:<year>`); per
 * year the district's outlay is Σ subventions − Σ withdrawals and the postings are checked to change the
 * district account by −outlay with the ledger balances summing to zero.
 *
 * Growth rates, fixed volumes and the equalisation method are the caller's configuration; the MRP path,
 * population drivers and re-planning rules of issue 4 are not modelled here.
 *
 * @param input - See {@link DistrictPlanInput}; amounts in KZT as {@link Money}.
 * @returns See {@link DistrictPlan}.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once with its path
 * (`units[1].revenueGrowth.tax`, `units[0].fixedVolumes[2].year`, `equalisation.byYear.2027.pool`): a bad
 * district, base year or horizon, no units or a repeated code, a bad forecast input, a fixed volume outside
 * the planned years, repeated, non-positive or clashing with an equalisation year, an equalisation method
 * for a year not planned or that `equalise` rejects.
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
 * });
 * plan.units[0]?.years[0]?.transfer.amount.toThousandKzt(); // "27919" (subvention, formula)
 * plan.byYear[0]?.outlay.toThousandKzt();                  // "27919"
 * ```
 */
export function planDistrict(input: DistrictPlanInput): DistrictPlan {
  const issues: InputIssue[] = [];
  const years = checkHeader(input, issues);
  const units: readonly PlanUnitInput[] = Array.isArray(input.units) ? input.units : [];
  if (units.length === 0) issues.push({ path: "units", message: "the district needs at least one unit" });
  const byYear = input.equalisation?.byYear ?? {};
  const equalised = new Set<number>();
  for (const key of Object.keys(byYear)) {
    const year = Number(key);
    if (!years.includes(year)) {
      issues.push({ path: `equalisation.byYear.${key}`, message: `${key} is not a planned year` });
    } else equalised.add(year);
  }
  const codes = new Map<string, number>();
  units.forEach((u, i) => {
    if (typeof u.code !== "string" || u.code.trim() === "") {
      issues.push({ path: `units[${i}].code`, message: "the unit needs a code" });
    } else if (codes.has(u.code)) {
      issues.push({
        path: `units[${i}].code`,
        message: `${u.code} is the code of units[${codes.get(u.code)}] too`,
      });
    } else codes.set(u.code, i);
    if (typeof u.name !== "string" || u.name.trim() === "")
      issues.push({ path: `units[${i}].name`, message: "the unit needs a name" });
  });
  const forecasts =
    years.length === 0
      ? []
      : units.map((u, i) => {
          checkFixed(u, `units[${i}]`, years, equalised, issues);
          return forecastUnit(u, `units[${i}]`, input.baseYear, input.horizon, issues);
        });
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
  const fc = (i: number): UnitForecast => forecasts[i] as UnitForecast;
  const revenuesOf = (i: number, year: number) =>
    fc(i).revenues.get(year) ?? { lines: {}, total: Money.zero };
  const costsOf = (i: number, year: number) => fc(i).costs.get(year) ?? Money.zero;

  // transfers[i] maps year → planned transfer
  const transfers: Map<number, PlannedTransfer>[] = units.map(() => new Map());
  for (const [yi, year] of years.entries()) {
    const method = byYear[year];
    if (method === undefined) continue;
    const previous = years[yi - 1];
    const eqUnits: EqualisationUnit[] = units.map((u, i) => {
      const last = previous === undefined ? undefined : transfers[i]?.get(previous);
      return {
        id: u.code,
        forecastOwnRevenues: revenuesOf(i, year).total,
        forecastCosts: costsOf(i, year),
        ...(u.indicators === undefined ? {} : { indicators: u.indicators }),
        ...(last === undefined ? {} : { lastYear: last.kind === "subvention" ? last.amount : Money.zero }),
      };
    });
    const result = collect(
      () => equalise(eqUnits, method),
      (path) => `equalisation.byYear.${year}${path === "" ? "" : `.${path.replace(/^method\./, "")}`}`,
      issues,
    );
    if (result === undefined) continue;
    const citation = generalTransferCitation(year);
    result.units.forEach((t, i) => {
      transfers[i]?.set(year, { kind: t.kind, amount: t.amount, source: "equalisation", citation });
    });
  }
  throwIfIssues("district plan (equalisation)", issues);

  const unitPlans: UnitPlan[] = units.map((u, i) => {
    const account = accounts[i] as UnitAccount;
    const fixed = new Map((u.fixedVolumes ?? []).map((v) => [v.year, v]));
    const planned = years.map((year) => {
      const own = revenuesOf(i, year);
      const costs = costsOf(i, year);
      const f = fixed.get(year);
      const transfer: PlannedTransfer =
        f !== undefined
          ? {
              kind: f.kind === "subvention" ? "subvention" : "withdrawal",
              amount: f.amount,
              source: "fixed",
              citation: generalTransferCitation(year),
            }
          : (transfers[i]?.get(year) ?? { ...generalTransfer(own.total, costs, year), source: "formula" });
      const net =
        transfer.kind === "subvention"
          ? transfer.amount
          : transfer.kind === "withdrawal"
            ? transfer.amount.negate()
            : Money.zero;
      return {
        year,
        ownRevenues: own,
        costs,
        transfer,
        balance: own.total.plus(net).minus(costs),
        selfSufficiency: percentOf(own.total, costs),
      };
    });
    const volumes: PlannedGeneralTransfer[] = planned
      .filter((p) => p.transfer.kind !== "none")
      .map((p) => ({
        year: p.year,
        kind: p.transfer.kind === "subvention" ? "subvention" : "budget_withdrawal",
        amount: p.transfer.amount,
      }));
    const postings = plannedGeneralTransfers(district, account, volumes);
    const postingCitation = new Map(postings.map((p) => [p.date.slice(0, 4), p.citation]));
    const years_ = planned.map((p) => {
      const c = postingCitation.get(String(p.year));
      return p.transfer.source === "fixed" && c !== undefined
        ? { ...p, transfer: { ...p.transfer, citation: c } }
        : p;
    });
    return { code: u.code, name: u.name, account, years: years_, postings };
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
    const dated = postings.filter((p) => p.date.startsWith(`${year}-`));
    const all = balances(dated);
    const districtBalanceChange = all.get(`budget:3:${district.code}`)?.balance ?? Money.zero;
    const total = Money.sum([...all.values()].map((b) => b.balance));
    return {
      year,
      subventions,
      withdrawals,
      outlay,
      districtBalanceChange,
      balanced: districtBalanceChange.equals(outlay.negate()) && total.isZero(),
    };
  });
  return { district, years, units: unitPlans, byYear: districtYears, postings };
}
