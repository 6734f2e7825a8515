import { formatCitation } from "../citation/citation.js";
import type { Law } from "../law/law.js";
import type { Money } from "../money/money.js";
import type { BaseAmounts, UnitPlan } from "../transfers/plan/district-plan.js";
import { entryShortfall, planningTermsOf } from "../transfers/plan/law-terms.js";
import { madeInOf } from "../transfers/plan/made-in.js";
import type { DistrictPlanResult, ScenarioPlan } from "./plan-types.js";

/**
 * The planning law a scenario's plan was made under, with the settings it applied: the regime and its
 * period, and the library's readings of what the law leaves open (how minimum-funding shortfalls are
 * spread, whether revenue over the plan is in the forecast base), each with its legal ground. A setting is
 * `null` when that law has no such rule.
 *
 * @category Scenario
 */
export interface PlanningLawUsed {
  /** The year the plan is taken as made in (the year before its first planned year). */
  readonly madeIn: number;
  /** The planning law's id, e.g. `"bc2025"`. */
  readonly id: string;
  /** `"rolling"` (volumes renewed every year) or `"three_year"` (set for three-year cycles). */
  readonly regime: string;
  /** The years a plan sets volumes for. */
  readonly period: number;
  /** `"three_year"`: the first year of the first cycle; `null` otherwise. */
  readonly cycleStart: number | null;
  /** The ground of the general-transfer formula (own revenues − costs). */
  readonly generalTransfer: string;
  /** The ground of the costs the forecast leaves out, when the law lists them. */
  readonly costExclusions: string | null;
  /** How minimum-funding shortfalls count in the next period's volumes: `"evenly"` or `"first_year"`. */
  readonly minimumFunding: { readonly spread: string; readonly citation: string } | null;
  /** Whether revenue collected over the plan counts in the base of the forecasts. */
  readonly overPlanRevenue: { readonly inForecastBase: boolean; readonly citation: string } | null;
}

/**
 * Amounts of a unit's base year that a term of the planning law names, thousand KZT (exact decimal
 * strings) by category or line, their total and the legal ground.
 *
 * @category Scenario
 */
export interface PlanningTermAmounts {
  readonly thousandKzt: Readonly<Record<string, string>>;
  readonly totalThousandKzt: string;
  readonly citation: string;
}

/**
 * The terms of the planning law one unit's plan applies, as far as the scenario gives them (amounts in
 * thousand KZT, exact decimal strings): the base-year costs left out of the forecast (in Kazakhstan BC2025
 * Art. 80 p.4 part 2), the base-year revenue collected over the plan (Art. 76 p.4 part 2) and the
 * minimum-funding shortfalls of ended years with the part of them counted in each planned year's transfer
 * (Art. 79 p.3 part 4). A term is absent when the scenario does not give it.
 *
 * @category Scenario
 */
export interface UnitPlanningTerms {
  readonly code: string;
  readonly name: string;
  readonly excludedCosts?: PlanningTermAmounts;
  /** `inForecastBase: false`: the forecasts start from the base-year lines less these parts. */
  readonly overPlan?: PlanningTermAmounts & { readonly inForecastBase: boolean };
  readonly minimumFunding?: {
    readonly citation: string;
    /** `"evenly"` over the formula years of the period the plan sets, or all in the `"first_year"`. */
    readonly spread: string;
    /** Each direction and year given: the minimum, what was financed, the shortfall (≥ 0). */
    readonly directions: readonly {
      readonly year: number;
      readonly direction: string;
      readonly minimum: string;
      readonly financed: string;
      readonly shortfall: string;
    }[];
    /** The shortfall counted in each planned year: the year's net transfer is lowered by it. */
    readonly counted: readonly { readonly year: number; readonly thousandKzt: string }[];
  };
}

const thousand = (m: Money) => m.toThousandKzt();

/** Base-year amounts of the plan as thousand-KZT strings, with their ground. */
function amountsOf(b: BaseAmounts): PlanningTermAmounts {
  return {
    thousandKzt: Object.fromEntries(Object.entries(b.amounts).map(([k, m]) => [k, thousand(m)])),
    totalThousandKzt: thousand(b.total),
    citation: formatCitation(b.citation),
  };
}

/** The planning law of a scenario's plan (the same for every district: they share the base year). */
export function planningLawUsed(plan: ScenarioPlan | undefined, law: Law): PlanningLawUsed | null {
  const first = plan?.districts[0];
  if (first === undefined) return null;
  const madeIn = madeInOf(first.input);
  const terms = planningTermsOf(madeIn, law);
  if (terms === undefined) return null;
  const { minimumFunding: m, overPlanRevenue: o } = terms;
  return {
    madeIn,
    id: terms.id,
    regime: terms.regime,
    period: terms.period,
    cycleStart: terms.cycleStart ?? null,
    generalTransfer: formatCitation(terms.generalTransfer),
    costExclusions: terms.costExclusions === undefined ? null : formatCitation(terms.costExclusions.citation),
    minimumFunding: m === undefined ? null : { spread: m.spread, citation: formatCitation(m.citation) },
    overPlanRevenue:
      o === undefined ? null : { inForecastBase: o.inForecastBase, citation: formatCitation(o.citation) },
  };
}

/** A unit's minimum-funding shortfalls as given, and the part counted in each planned year. */
function minimumFundingOf(
  given: NonNullable<ScenarioPlan["districts"][number]["input"]["units"][number]["minimumFunding"]>,
  unit: UnitPlan,
  rule: NonNullable<PlanningLawUsed["minimumFunding"]>,
): NonNullable<UnitPlanningTerms["minimumFunding"]> {
  return {
    ...rule,
    directions: given.map((m) => ({
      year: m.year,
      direction: m.direction,
      minimum: thousand(m.minimum),
      financed: thousand(m.financed),
      shortfall: thousand(entryShortfall(m)),
    })),
    counted: unit.years.flatMap((y) =>
      y.transfer.shortfall === undefined
        ? []
        : [{ year: y.year, thousandKzt: thousand(y.transfer.shortfall.amount) }],
    ),
  };
}

/**
 * The planning-law terms of every unit whose plan applies one (see {@link UnitPlanningTerms}), read from
 * the plan's result (`excludedCosts`, `overPlan`, each year's `transfer.shortfall`) and the unit's input.
 * @internal
 */
export function unitPlanningTerms(
  planned: readonly DistrictPlanResult[],
  plan: ScenarioPlan | undefined,
  used: PlanningLawUsed | null,
): UnitPlanningTerms[] {
  return planned.flatMap((d, i) =>
    d.plan.units.flatMap((u, j): UnitPlanningTerms[] => {
      const given = plan?.districts[i]?.input.units[j]?.minimumFunding ?? [];
      const rule = used?.minimumFunding ?? null;
      const terms = {
        ...(u.excludedCosts === undefined ? {} : { excludedCosts: amountsOf(u.excludedCosts) }),
        ...(u.overPlan === undefined
          ? {}
          : { overPlan: { ...amountsOf(u.overPlan), inForecastBase: u.overPlan.inForecastBase } }),
        ...(given.length === 0 || rule === null ? {} : { minimumFunding: minimumFundingOf(given, u, rule) }),
      };
      return Object.keys(terms).length === 0 ? [] : [{ code: u.code, name: u.name, ...terms }];
    }),
  );
}
