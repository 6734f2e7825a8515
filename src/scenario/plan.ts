import { OWN_REVENUE_LINES } from "../budget/statement.js";
import { collectIssues, type InputIssue } from "../errors/error.js";
import { type Law, planningLawOf } from "../law/law.js";
import { Money } from "../money/money.js";
import type { DistrictBudgetRef, FourthLevelUnit, Territory } from "../territory/territory.js";
import type {
  ChangeLimit,
  EqualisationConstraints,
  EqualisationMethod,
} from "../transfers/equalisation/equalise.js";
import type { RateSchedule } from "../transfers/forecast/rates.js";
import { comparePlans, type PlanComparison } from "../transfers/plan/compare-plans.js";
import {
  type DistrictPlan,
  type DistrictPlanInput,
  type PlanFixedVolume,
  type PlanUnitInput,
  planDistrict,
} from "../transfers/plan/district-plan.js";
import { type ReplanResult, replanDistrict, type TransferSchedule } from "../transfers/replan/replan.js";
import type { ScenarioFile } from "./schema.js";

type RawPlan = NonNullable<ScenarioFile["plan"]>;
type RawDistrict = ScenarioFile["districts"][number];
type RawUnitPlan = NonNullable<RawDistrict["units"][number]["plan"]>;
type RawMethod = NonNullable<NonNullable<RawDistrict["plan"]>["equalisation"]>[string];
type RawConstraints = NonNullable<RawMethod["constraints"]>;

/**
 * One district's plan, resolved from a scenario file: the input of `planDistrict` (amounts are `Money`,
 * in KZT), its alternative, and the result of planning them, computed once when the scenario is read.
 * The general transfers are planned under the planning law of the year the plan is made in (in
 * Kazakhstan BC2008 Art. 45 p.4, p.7–8 for plans made to 2024; BC2025 Art. 79 p.1–2, Art. 80 from 2025).
 * @category Scenario
 */
export interface ScenarioDistrictPlan {
  /** The district whose budget pays the subventions and receives the withdrawals. */
  readonly district: DistrictBudgetRef;
  /** The input of `planDistrict`: the scenario's year as base year, the horizon, every unit. */
  readonly input: DistrictPlanInput;
  /** With `plan.madeIn`: the re-planning rules apply (`replanDistrict`) to the plan in force before. */
  readonly replan?: { readonly madeIn: number; readonly previous: TransferSchedule };
  /** The alternative method compared with the plan: its name and its `planDistrict` input. */
  readonly alternative?: { readonly name: string; readonly input: DistrictPlanInput };
  /** What the reader must know about the plan's inputs (e.g. lines left out of own revenues). */
  readonly notes: readonly string[];
  /** The planned years, as `runScenarioPlan` returns them. */
  readonly result: DistrictPlanResult;
}

/**
 * A scenario's multi-year plan, resolved: one entry per district.
 *
 * @category Scenario
 */
export interface ScenarioPlan {
  /** The last planned year, at most 2030 (the scenario schema's bound); at least the scenario's year + 1. */
  readonly horizon: number;
  /** The scenario file's note on the plan, printed with it. */
  readonly note?: string;
  /** One resolved plan per district, in the scenario file's order. */
  readonly districts: readonly ScenarioDistrictPlan[];
}

/**
 * One district's planned years: the plan, and the alternative compared with it. Amounts are `Money`
 * (KZT); the legal ground of each planned transfer is in its citation (in Kazakhstan BC2008 Art. 45 p.4,
 * p.7–8 for plans made to 2024; BC2025 Art. 79 p.1–2, Art. 80 from 2025).
 * @category Scenario
 */
export interface DistrictPlanResult {
  /** The district the plan is for. */
  readonly district: DistrictBudgetRef;
  /** The planned years of every unit (or, with `plan.madeIn`, the re-planned ones). */
  readonly plan: DistrictPlan;
  /** With `plan.madeIn`: the re-plan — its regime, the merged schedule (executed, kept, re-planned) and notes. */
  readonly replan?: ReplanResult;
  /** The alternative, planned with the same inputs, and its comparison with the plan unit by unit and year by year. */
  readonly alternative?: {
    readonly name: string;
    readonly plan: DistrictPlan;
    readonly comparison: PlanComparison;
  };
  /** What the reader must know about the plan's inputs (lines taken as zero, special receipts left out…). */
  readonly notes: readonly string[];
}

/**
 * The unit's published base year and what the plan needs of it.
 * @internal
 */
export interface PlanBaseUnit {
  readonly unit: FourthLevelUnit;
  readonly figures: Readonly<Partial<Record<string, Money>>>;
  readonly plan?: RawUnitPlan;
}

const ratesOf = (raw: string | Readonly<Record<string, string>>): RateSchedule =>
  typeof raw === "string" ? raw : Object.fromEntries(Object.entries(raw).map(([y, r]) => [Number(y), r]));

const th = (amount: string) => Money.thousandKzt(amount);

function constraintsOf(raw: RawConstraints): EqualisationConstraints {
  const byUnit = (r: Readonly<Record<string, string>> | undefined) =>
    r === undefined ? undefined : Object.fromEntries(Object.entries(r).map(([k, v]) => [k, th(v)]));
  const maxChange: ChangeLimit | undefined =
    raw.maxChange === undefined
      ? undefined
      : "percent" in raw.maxChange
        ? { kind: "percent", percent: raw.maxChange.percent }
        : { kind: "amount", amount: th(raw.maxChange.amount) };
  const floorByUnit = byUnit(raw.floorByUnit);
  const capByUnit = byUnit(raw.capByUnit);
  return {
    ...(raw.floor === undefined ? {} : { floor: th(raw.floor) }),
    ...(floorByUnit === undefined ? {} : { floorByUnit }),
    ...(raw.cap === undefined ? {} : { cap: th(raw.cap) }),
    ...(capByUnit === undefined ? {} : { capByUnit }),
    ...(raw.capPerCapita === undefined
      ? {}
      : {
          capPerCapita: {
            amount: Money.kzt(raw.capPerCapita.amountKzt),
            indicator: raw.capPerCapita.indicator,
          },
        }),
    ...(maxChange === undefined ? {} : { maxChange }),
  };
}

function methodOf(raw: RawMethod): EqualisationMethod {
  const constraints = raw.constraints === undefined ? {} : { constraints: constraintsOf(raw.constraints) };
  if (raw.kind === "weights") {
    return { kind: "weights", pool: th(raw.pool), indicator: raw.indicator, ...constraints };
  }
  return {
    kind: "gap_filling",
    ...(raw.pool === undefined ? {} : { pool: th(raw.pool) }),
    surpluses:
      raw.surpluses.kind === "keep"
        ? { kind: "keep" }
        : { kind: "withdraw", ...(raw.surpluses.cap === undefined ? {} : { cap: th(raw.surpluses.cap) }) },
    ...constraints,
  };
}

function byYearOf(raw: Readonly<Record<string, RawMethod>>): Readonly<Record<number, EqualisationMethod>> {
  return Object.fromEntries(Object.entries(raw).map(([y, m]) => [Number(y), methodOf(m)]));
}

/** Years of a schedule (`{ "2027": … }`) outside the planned years, as issues. */
function checkYears(raw: unknown, path: string, planned: readonly number[], issues: InputIssue[]): void {
  if (raw === null || typeof raw !== "object" || planned.length === 0) return;
  for (const key of Object.keys(raw)) {
    if (!planned.includes(Number(key)))
      issues.push({
        path: `${path}.${key}`,
        message: `${key} is not a planned year (${planned[0]}–${planned[planned.length - 1]})`,
      });
  }
}

function unitInput(
  base: PlanBaseUnit,
  plan: RawPlan,
  year: number,
  path: string,
  territory: Territory,
  issues: InputIssue[],
  notes: string[],
): PlanUnitInput | undefined {
  const { unit, figures } = base;
  const own = base.plan ?? {};
  const planned = Array.from({ length: Math.max(0, plan.horizon - year) }, (_, i) => year + 1 + i);
  const costs = figures.expenditures;
  if (costs === undefined) {
    issues.push({
      path,
      message: `the plan needs ${unit.nameRu}'s expenditures of ${year} (its costs), which its figures do not give`,
    });
  }
  if (figures.tax_revenue === undefined) {
    issues.push({
      path,
      message: `the plan needs ${unit.nameRu}'s tax_revenue of ${year}, which its figures do not give (an absent line is unknown, not zero)`,
    });
  }
  const absent = OWN_REVENUE_LINES.filter((l) => figures[l] === undefined && l !== "tax_revenue");
  if (figures.tax_revenue !== undefined && absent.length > 0) {
    notes.push(
      `${unit.nameRu}: ${absent.join(" and ")} not in the ${year} figures, taken as zero in the plan as in self-sufficiency (decisions omit zero lines)`,
    );
  }
  const growth: Record<string, RateSchedule | "mrp"> = {};
  for (const line of OWN_REVENUE_LINES) {
    const mine = own.revenueGrowth?.[line];
    const g = mine ?? plan.revenueGrowth[line];
    const at = mine === undefined ? `plan.revenueGrowth.${line}` : `${path}.plan.revenueGrowth.${line}`;
    if (g === undefined) {
      if (figures[line] !== undefined)
        issues.push({
          path: `plan.revenueGrowth.${line}`,
          message: `no growth for ${line}, which units have in ${year}: give it here or in each unit's plan.revenueGrowth`,
        });
    } else {
      checkYears(g, at, planned, issues);
      if (figures[line] !== undefined) growth[line] = g === "mrp" ? g : ratesOf(g);
    }
  }
  for (const line of Object.keys(own.revenueGrowth ?? {})) {
    if (figures[line as (typeof OWN_REVENUE_LINES)[number]] === undefined)
      issues.push({
        path: `${path}.plan.revenueGrowth.${line}`,
        message: `${unit.nameRu} has no ${line} in ${year}: a growth rate for it has nothing to grow`,
      });
  }
  const costGrowth = own.costGrowth ?? plan.costGrowth;
  checkYears(
    costGrowth,
    own.costGrowth === undefined ? "plan.costGrowth" : `${path}.plan.costGrowth`,
    planned,
    issues,
  );
  checkYears(own.population?.byYear, `${path}.plan.population.byYear`, planned, issues);
  (own.fixedVolumes ?? []).forEach((v, k) => {
    if (v.year === year)
      issues.push({
        path: `${path}.plan.fixedVolumes[${k}].year`,
        message: `${year} is the scenario's year, whose transfers are as published: fixed volumes are for the planned years (${year + 1}–${plan.horizon})`,
      });
  });
  if (figures.special_receipts !== undefined && !figures.special_receipts.isZero()) {
    notes.push(
      `${unit.nameRu}: special receipts of ${figures.special_receipts.toThousandKzt()} thousand KZT are not own revenues in the plan (self-sufficiency counts tax, non-tax and capital sales)`,
    );
  }
  if (costs === undefined || figures.tax_revenue === undefined) return undefined;
  const transfers = figures.transfers;
  return {
    code: unit.code,
    name: unit.nameRu,
    base: {
      year,
      ownRevenues: Object.fromEntries(OWN_REVENUE_LINES.map((l) => [l, figures[l] ?? Money.zero])),
      costs,
      ...(transfers === undefined || transfers.isNegative() ? {} : { subvention: transfers }),
    },
    revenueGrowth: Object.fromEntries(OWN_REVENUE_LINES.map((l) => [l, growth[l] ?? "0"])),
    costGrowth: ratesOf(costGrowth),
    indicators: { places: String(territory.placesOfUnit(unit.code).length), ...own.indicators },
    ...(own.population === undefined
      ? {}
      : {
          population: {
            base: own.population.base,
            byYear: Object.fromEntries(Object.entries(own.population.byYear).map(([y, n]) => [Number(y), n])),
          },
        }),
    ...(own.fixedVolumes === undefined
      ? {}
      : {
          fixedVolumes: own.fixedVolumes.map(
            (v): PlanFixedVolume =>
              v.kind === "none" ? v : { year: v.year, kind: v.kind, amount: th(v.amount) },
          ),
        }),
  };
}

/**
 * Moves a `planDistrict` issue to where the scenario file says it: a unit's growth to the unit's own
 * `plan` when it has one there, else to the scenario's `plan`; the MRP to `plan.mrpIndexation`; the base
 * year to `year`. Messages are kept as `planDistrict` words them.
 */
function toScenario(
  issue: InputIssue,
  at: string,
  raw: RawDistrict | undefined,
  alternative: boolean,
): InputIssue {
  const { path, message } = issue;
  const moved = (p: string) => ({ ...issue, path: p });
  if (path.startsWith("input."))
    return toScenario({ ...issue, path: path.slice("input.".length) }, at, raw, alternative);
  if (path === "madeIn") return moved("plan.madeIn");
  const previous = /^previous(?:\.units\[(\d+)\])?(?:\.years(?:\[(\d+)\])?)?(.*)$/.exec(path);
  if (previous !== null) {
    const [, unitIndex, yearIndex, rest = ""] = previous as unknown as [
      string,
      string | undefined,
      string | undefined,
      string | undefined,
    ];
    if (unitIndex === undefined) return moved(`${at}.units`);
    const entry = yearIndex === undefined ? "" : `[${yearIndex}]${rest.replace(/^\.transfer/, "")}`;
    return moved(`${at}.units[${unitIndex}].plan.previousVolumes${entry}`);
  }
  if (path === "horizon") return moved("plan.horizon");
  if (path === "baseYear") return moved("year");
  if (path === "mrp" || path.startsWith("mrp.")) {
    return moved(`plan.mrpIndexation${path.replace(/^mrp(\.indexation)?/, "")}`);
  }
  const equalisation = /^equalisation\.byYear\.(.*)$/.exec(path);
  if (equalisation !== null) {
    const where = `${at}.plan.${alternative ? "alternative.equalisation" : "equalisation"}.${equalisation[1]}`;
    const indicator = /units\[(\d+)\] \(\d+\)\.indicators\.(.+)$/.exec(equalisation[1] ?? "");
    if (indicator === null) return moved(where);
    return {
      ...moved(where),
      message: `${message}: give it in ${at}.units[${indicator[1]}].plan.indicators.${indicator[2]} (every unit has "places" from the classifier)`,
    };
  }
  const unit =
    /^units\[(\d+)\]\.(base\.ownRevenues|base\.subvention|base\.costs|revenueGrowth|costGrowth|fixedVolumes|population)(.*)$/.exec(
      path,
    );
  if (unit === null) return moved(`${at}.${path}`);
  const [, index, field, rest] = unit as unknown as [string, string, string, string];
  const own = raw?.units[Number(index)]?.plan;
  const unitAt = `${at}.units[${index}]`;
  if (field === "base.ownRevenues") return moved(`${unitAt}.figures${rest}`);
  if (field === "base.costs") return moved(`${unitAt}.figures.expenditures`);
  if (field === "base.subvention") return moved(`${unitAt}.figures.transfers`);
  if (field === "revenueGrowth") {
    const line = /^\.(\w+)/.exec(rest)?.[1];
    const mine =
      line !== undefined && own?.revenueGrowth?.[line as (typeof OWN_REVENUE_LINES)[number]] !== undefined;
    return moved(mine ? `${unitAt}.plan.revenueGrowth${rest}` : `plan.revenueGrowth${rest}`);
  }
  if (field === "costGrowth") {
    return moved(
      own?.costGrowth === undefined ? `plan.costGrowth${rest}` : `${unitAt}.plan.costGrowth${rest}`,
    );
  }
  return moved(`${unitAt}.plan.${field}${rest}`);
}

/** Issues for plan parts of districts and units in a scenario without a `plan`. */
function orphanPlans(file: ScenarioFile): InputIssue[] {
  const hint = "but the scenario has no plan: add plan with horizon, revenueGrowth and costGrowth";
  return file.districts.flatMap((d, i) => [
    ...(d.plan === undefined
      ? []
      : [{ path: `districts[${i}].plan`, message: `a district plan is given ${hint}` }]),
    ...d.units.flatMap((u, j) =>
      u.plan === undefined
        ? []
        : [{ path: `districts[${i}].units[${j}].plan`, message: `a unit plan is given ${hint}` }],
    ),
  ]);
}

/**
 * Problems of the units' `previousVolumes`: given without `plan.madeIn`; for a year outside the scenario's
 * year to the horizon (the year the plan is made in and the years a re-plan may keep). A volume of 0 is
 * refused by the schema (no transfer is `"none"`).
 */
function previousVolumeIssues(file: ScenarioFile, horizon: number): InputIssue[] {
  return file.districts.flatMap((d, i) =>
    d.units.flatMap((u, j): InputIssue[] => {
      const volumes = u.plan?.previousVolumes;
      const at = `districts[${i}].units[${j}].plan.previousVolumes`;
      if (volumes === undefined) return [];
      if (file.plan?.madeIn === undefined)
        return [
          {
            path: at,
            message:
              "previous volumes are read only when plan.madeIn says the plan is a re-plan: add plan.madeIn",
          },
        ];
      return volumes.flatMap((v, k): InputIssue[] =>
        v.year < file.year || v.year > horizon
          ? [
              {
                path: `${at}[${k}].year`,
                message: `${v.year} is outside ${file.year}–${horizon}: give the volumes of the year the plan is made in and of the years it may keep`,
              },
            ]
          : [],
      );
    }),
  );
}

/** Notes where the previous plan's volume of the base year differs from the published transfers. */
function baseYearMismatches(units: readonly PlanBaseUnit[], year: number): string[] {
  return units.flatMap((u) => {
    const v = u.plan?.previousVolumes?.find((x) => x.year === year);
    const published = u.figures.transfers;
    if (v === undefined || published === undefined) return [];
    const net =
      v.kind === "none" ? Money.zero : v.kind === "subvention" ? th(v.amount) : th(v.amount).negate();
    return net.equals(published)
      ? []
      : [
          `${u.unit.nameRu}: the previous plan's ${year} volume (${v.kind}${v.kind === "none" ? "" : ` ${v.amount}`}) differs from the published ${year} transfers (${published.toThousandKzt()} thousand KZT, subvention and targeted transfers together); the table shows the published figure`,
        ];
  });
}

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

/**
 * The plan in force before a re-plan, from the units' `previousVolumes`: each volume was fixed at the
 * latest in the year before its own, so it cites the rule of fixed volumes of that year's planning law.
 */
function previousSchedule(units: readonly PlanBaseUnit[], law: Law): TransferSchedule {
  // a year the law does not cover is reported by previousVolumeIssues; its entry then cites the nearest law
  const fixedRule = (year: number) => {
    const entries = law.planning.entries;
    const covered = Number.isSafeInteger(year) && entries.some((e) => e.from <= `${year - 1}-01-01`);
    return (covered ? planningLawOf(year - 1, law).value : (entries[0] as (typeof entries)[number]).value)
      .fixedVolumes;
  };
  return {
    units: units.map((u) => ({
      code: u.unit.code,
      years: (u.plan?.previousVolumes ?? []).map((v) => ({
        year: v.year,
        transfer:
          v.kind === "none"
            ? {
                kind: "none" as const,
                amount: Money.zero,
                source: "fixed" as const,
                citation: fixedRule(v.year),
              }
            : {
                kind: v.kind === "subvention" ? ("subvention" as const) : ("withdrawal" as const),
                amount: th(v.amount),
                source: "fixed" as const,
                citation: fixedRule(v.year),
              },
      })),
    })),
  };
}

const horizonOk = (file: ScenarioFile, plan: RawPlan) => plan.horizon >= file.year + 1;
const madeInOk = (file: ScenarioFile, plan: RawPlan) =>
  plan.madeIn === undefined || plan.madeIn === file.year;

/**
 * The problems of a scenario file's plan that need no published figures: plan parts without a `plan`,
 * the horizon, `madeIn`, the units' `previousVolumes`. Reported with every other problem of the file.
 * @internal
 */
export function scenarioPlanIssues(file: ScenarioFile): InputIssue[] {
  const plan = file.plan;
  if (plan === undefined) return orphanPlans(file);
  return [
    ...(horizonOk(file, plan)
      ? []
      : [
          {
            path: "plan.horizon",
            message: `horizon ${plan.horizon} must be at least the year after the scenario's year (${file.year + 1})`,
          },
        ]),
    ...(madeInOk(file, plan)
      ? []
      : [
          {
            path: "plan.madeIn",
            message: `${plan.madeIn} must be the scenario's year ${file.year}: a plan made in a year forecasts from that year's budget (e.g. BC2025 Art. 79 p.2)`,
          },
        ]),
    ...previousVolumeIssues(file, plan.horizon),
  ];
}

/**
 * Resolves the `plan` of a scenario file into one `planDistrict` input per district (and its
 * alternative), and plans each once: a problem goes to `issues` with the file's other problems, a
 * district planned without one keeps its result for `runScenarioPlan`. The base year is the scenario's
 * year; each unit's own revenues are its published tax, non-tax and capital-sales lines, its costs its
 * published expenditures; the indicator `places` is the number of places of the unit in the bundled
 * classifier. The plan-wide problems are {@link scenarioPlanIssues}'s, not reported here.
 * @internal
 */
export function readScenarioPlan(
  file: ScenarioFile,
  districts: readonly { readonly district: DistrictBudgetRef; readonly units: readonly PlanBaseUnit[] }[],
  territory: Territory,
  law: Law,
  issues: InputIssue[],
): ScenarioPlan | undefined {
  const plan = file.plan;
  if (plan === undefined) return undefined;
  // districts share the scenario's plan: a problem there is reported once
  const found: InputIssue[] = [];
  const resolved = districts.flatMap(({ district, units }, i): ScenarioDistrictPlan[] => {
    const at = `districts[${i}]`;
    const notes: string[] = [];
    const before = found.length;
    const planUnits = units.map((u, j) =>
      unitInput(u, plan, file.year, `${at}.units[${j}]`, territory, found, notes),
    );
    if (found.length > before || !horizonOk(file, plan)) return [];
    const rawDistrict = file.districts[i]?.plan;
    const input: DistrictPlanInput = {
      district: { code: district.code, name: district.nameRu },
      baseYear: file.year,
      horizon: plan.horizon,
      units: planUnits as PlanUnitInput[],
      ...(plan.mrpIndexation === undefined
        ? {}
        : {
            mrp: {
              indexation: { fromYear: plan.mrpIndexation.fromYear, rate: ratesOf(plan.mrpIndexation.rate) },
            },
          }),
      ...(rawDistrict?.equalisation === undefined
        ? {}
        : { equalisation: { byYear: byYearOf(rawDistrict.equalisation) } }),
    };
    const alternative =
      rawDistrict?.alternative === undefined
        ? undefined
        : {
            name: rawDistrict.alternative.name,
            input: { ...input, equalisation: { byYear: byYearOf(rawDistrict.alternative.equalisation) } },
          };
    const replan =
      plan.madeIn === undefined || !madeInOk(file, plan)
        ? undefined
        : { madeIn: plan.madeIn, previous: previousSchedule(units, law) };
    if (replan !== undefined) notes.push(...baseYearMismatches(units, file.year));
    const first = String(file.year + 1);
    for (const [what, methods] of [
      ["", rawDistrict?.equalisation],
      ["the alternative's ", rawDistrict?.alternative?.equalisation],
    ] as const) {
      if (methods?.[first]?.constraints?.maxChange === undefined) continue;
      for (const u of planUnits) {
        if (u !== undefined && u.base.subvention === undefined)
          notes.push(
            `${u.name}: no transfers in its ${file.year} figures, so ${what}change limit does not apply to it in ${first}`,
          );
      }
    }
    const planned = (candidate: DistrictPlanInput, isAlternative: boolean) => {
      const own: InputIssue[] = [];
      const result = collectIssues(own, "", () => planOrReplan(candidate, replan, law));
      found.push(...own.map((issue) => toScenario(issue, at, file.districts[i], isAlternative)));
      return result;
    };
    const main = planned(input, false);
    const other = alternative === undefined ? undefined : planned(alternative.input, true);
    if (main === undefined || (alternative !== undefined && other === undefined)) return [];
    const base = {
      district,
      plan: main.plan,
      ...(main.replan === undefined ? {} : { replan: main.replan }),
      notes,
    };
    const result: DistrictPlanResult =
      alternative === undefined || other === undefined
        ? base
        : {
            ...base,
            alternative: {
              name: alternative.name,
              plan: other.plan,
              comparison: comparePlans(main.plan, other.plan),
            },
          };
    return [
      {
        district,
        input,
        ...(alternative === undefined ? {} : { alternative }),
        ...(replan === undefined ? {} : { replan }),
        notes,
        result,
      },
    ];
  });
  const seen = new Set<string>();
  for (const issue of found) {
    const key = `${issue.path}\u0000${issue.message}`;
    if (!seen.has(key)) issues.push(issue);
    seen.add(key);
  }
  return {
    horizon: plan.horizon,
    ...(plan.note === undefined ? {} : { note: plan.note }),
    districts: resolved,
  };
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
