import { FourthLevelError, type InputIssue } from "../errors/error.js";
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
import { PLAN_REVENUE_LINES, type ScenarioFile } from "./schema.js";

type RawPlan = NonNullable<ScenarioFile["plan"]>;
type RawDistrict = ScenarioFile["districts"][number];
type RawUnitPlan = NonNullable<RawDistrict["units"][number]["plan"]>;
type RawMethod = NonNullable<NonNullable<RawDistrict["plan"]>["equalisation"]>[string];
type RawConstraints = NonNullable<RawMethod["constraints"]>;

/** One district's plan, resolved from a scenario file: the input of `planDistrict`, and an alternative. */
export interface ScenarioDistrictPlan {
  readonly district: DistrictBudgetRef;
  readonly input: DistrictPlanInput;
  readonly alternative?: { readonly name: string; readonly input: DistrictPlanInput };
  /** What the reader must know about the plan's inputs (e.g. lines left out of own revenues). */
  readonly notes: readonly string[];
}

/** A scenario's multi-year plan, resolved: one entry per district. */
export interface ScenarioPlan {
  readonly horizon: number;
  readonly note?: string;
  readonly districts: readonly ScenarioDistrictPlan[];
}

/** One district's planned years: the plan, and the alternative compared with it. */
export interface DistrictPlanResult {
  readonly district: DistrictBudgetRef;
  readonly plan: DistrictPlan;
  readonly alternative?: {
    readonly name: string;
    readonly plan: DistrictPlan;
    readonly comparison: PlanComparison;
  };
  readonly notes: readonly string[];
}

/** The unit's published base year and what the plan needs of it. */
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

/** The number of places (villages, settlements…) of a unit in the classifier, its own row left out. */
function placesOf(territory: Territory, unit: string): number {
  return territory.places().filter((p) => p.unit4Code === unit && p.code !== unit).length;
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
  const costs = figures.expenditures;
  if (costs === undefined) {
    issues.push({
      path,
      message: `the plan needs ${unit.nameRu}'s expenditures of ${year} (its costs), which its figures do not give`,
    });
  }
  const lines = PLAN_REVENUE_LINES.filter((l) => figures[l] !== undefined);
  if (lines.length === 0) {
    issues.push({
      path,
      message: `the plan needs ${unit.nameRu}'s own revenues of ${year} (${PLAN_REVENUE_LINES.join(", ")}), which its figures do not give`,
    });
  }
  const growth: Record<string, RateSchedule | "mrp"> = {};
  for (const line of lines) {
    const g = own.revenueGrowth?.[line] ?? plan.revenueGrowth[line];
    if (g === undefined) {
      issues.push({
        path: `${path}.plan.revenueGrowth.${line}`,
        message: `no growth for ${line}, which ${unit.nameRu} has in ${year}: give it here or in plan.revenueGrowth`,
      });
    } else growth[line] = g === "mrp" ? g : ratesOf(g);
  }
  if (figures.special_receipts !== undefined && !figures.special_receipts.isZero()) {
    notes.push(
      `${unit.nameRu}: special receipts of ${figures.special_receipts.toThousandKzt()} thousand KZT are not own revenues in the plan (self-sufficiency counts tax, non-tax and capital sales)`,
    );
  }
  if (costs === undefined || lines.length === 0) return undefined;
  return {
    code: unit.code,
    name: unit.nameRu,
    base: {
      year,
      ownRevenues: Object.fromEntries(lines.map((l) => [l, figures[l] as Money])),
      costs,
    },
    revenueGrowth: growth,
    costGrowth: ratesOf(own.costGrowth ?? plan.costGrowth),
    indicators: { places: String(placesOf(territory, unit.code)), ...own.indicators },
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

/** Moves a `planDistrict` issue path to where the scenario file says it. */
function scenarioPath(at: string, path: string): string {
  if (path === "horizon") return "plan.horizon";
  const equalisation = /^equalisation\.byYear\.(.*)$/.exec(path);
  if (equalisation !== null) return `${at}.plan.equalisation.${equalisation[1]}`;
  const unit =
    /^(units\[\d+\])\.(base\.ownRevenues|revenueGrowth|costGrowth|fixedVolumes|population)(.*)$/.exec(path);
  if (unit !== null) {
    const field = unit[2] === "base.ownRevenues" ? "figures" : `plan.${unit[2]}`;
    return `${at}.${unit[1]}.${field}${unit[3]}`;
  }
  return `${at}.${path}`;
}

/**
 * Resolves the `plan` of a scenario file into one `planDistrict` input per district (and its
 * alternative), checking each by planning it once so that every problem is reported with the others.
 * The base year is the scenario's year; each unit's own revenues are its published tax, non-tax and
 * capital-sales lines, its costs its published expenditures; the indicator `places` is the number of
 * places of the unit in the bundled classifier.
 */
export function readScenarioPlan(
  file: ScenarioFile,
  districts: readonly { readonly district: DistrictBudgetRef; readonly units: readonly PlanBaseUnit[] }[],
  territory: Territory,
  issues: InputIssue[],
): ScenarioPlan | undefined {
  const plan = file.plan;
  if (plan === undefined) return undefined;
  const resolved = districts.flatMap(({ district, units }, i): ScenarioDistrictPlan[] => {
    const at = `districts[${i}]`;
    const notes: string[] = [];
    const before = issues.length;
    const planUnits = units.map((u, j) =>
      unitInput(u, plan, file.year, `${at}.units[${j}]`, territory, issues, notes),
    );
    if (issues.length > before) return [];
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
    for (const [what, candidate] of [
      ["", input],
      ["alternative", alternative?.input],
    ] as const) {
      if (candidate === undefined) continue;
      try {
        planDistrict(candidate);
      } catch (e) {
        if (!(e instanceof FourthLevelError)) throw e;
        const inner = (e.details.issues as readonly InputIssue[] | undefined) ?? [
          { path: "", message: e.message, code: e.code },
        ];
        for (const issue of inner) {
          const path = scenarioPath(at, issue.path);
          issues.push({
            ...issue,
            path:
              what === ""
                ? path
                : path.replace(`${at}.plan.equalisation`, `${at}.plan.alternative.equalisation`),
          });
        }
      }
    }
    return [{ district, input, ...(alternative === undefined ? {} : { alternative }), notes }];
  });
  return {
    horizon: plan.horizon,
    ...(plan.note === undefined ? {} : { note: plan.note }),
    districts: resolved,
  };
}

/**
 * Plans every district of a resolved scenario plan (`planDistrict`), and its alternative when given,
 * compared with the plan unit by unit and year by year (`comparePlans`).
 */
export function runScenarioPlan(plan: ScenarioPlan): readonly DistrictPlanResult[] {
  return plan.districts.map(({ district, input, alternative, notes }) => {
    const main = planDistrict(input);
    if (alternative === undefined) return { district, plan: main, notes };
    const other = planDistrict(alternative.input);
    return {
      district,
      plan: main,
      alternative: { name: alternative.name, plan: other, comparison: comparePlans(main, other) },
      notes,
    };
  });
}
