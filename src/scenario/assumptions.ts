import { formatCitation } from "../citation/citation.js";
import { type ParsedRateSchedule, rateOfYear } from "../input/rate.js";
import type { Law } from "../law/law.js";
import type { EqualisationMethod } from "../transfers/equalisation/equalise.js";
import type { DistrictPlanInput } from "../transfers/plan/district-plan.js";
import type { DistrictPlanResult, ScenarioPlan } from "./plan-types.js";
import {
  type PlanningLawUsed,
  planningLawUsed,
  type UnitPlanningTerms,
  unitPlanningTerms,
} from "./planning-terms.js";
import type { UnitResult } from "./run.js";

/**
 * The growth rates one unit's plan applies in one planned year: decimal fractions as read (`"0.05"` is
 * 5 %), or `"mrp"` for a revenue line that moves with the MRP.
 *
 * @category Scenario
 */
export interface UnitYearRates {
  readonly code: string;
  readonly name: string;
  readonly year: number;
  /** The growth of costs from the year before. */
  readonly costGrowth: string;
  /** The growth of each own-revenue line of the base year from the year before, or `"mrp"`. */
  readonly revenueGrowth: Readonly<Record<string, string>>;
}

/**
 * The rates and choices a scenario's results rest on, printed with them: where each unit's figures come
 * from and, with a plan, the growth rates of every unit and year, the MRP path, each district's
 * equalisation, the planning law with its settings and the terms of it each unit's plan applies.
 *
 * @category Scenario
 */
export interface ScenarioAssumptions {
  /**
   * Each unit's published figures: the unit, where they are published (the `source` given, else where
   * they were read) and where they were read (`from`: inline in the scenario file at the figures' path, a
   * decision text, a unit budgets file and its line).
   */
  readonly sources: readonly {
    readonly code: string;
    readonly name: string;
    readonly source: string;
    readonly from: string;
  }[];
  /** With a plan: the rates of every unit in every planned year; empty without one. */
  readonly rates: readonly UnitYearRates[];
  /** With a plan: the MRP in KZT from the scenario's year, and where each value comes from. */
  readonly mrp: readonly { readonly year: number; readonly kzt: string; readonly source: string }[];
  /** With a plan: each district's general transfers, in words: the method of each year. */
  readonly equalisation: readonly string[];
  /** With a plan: the planning law it was made under and the settings it applied; `null` without one. */
  readonly planningLaw: PlanningLawUsed | null;
  /**
   * With a plan: the units whose plan applies a term of the planning law the scenario gives (excluded
   * costs, revenue over the plan, minimum-funding shortfalls); empty when no unit's does.
   */
  readonly planningTerms: readonly UnitPlanningTerms[];
}

/** A method in words: its kind, pool, indicator and what surpluses do. */
function methodText(method: EqualisationMethod): string {
  const pool = method.pool === undefined ? "" : `, pool ${method.pool.toThousandKzt()} thousand KZT`;
  if (method.kind === "weights") return `shared by the indicator "${method.indicator}"${pool}`;
  const surpluses = method.surpluses.kind === "keep" ? "surpluses kept" : "surpluses withdrawn";
  return `each unit's gap filled${pool}, ${surpluses}`;
}

/** A plan's general transfers in words: fixed volumes first, then each year's method or the law's formula. */
function equalisationText(input: DistrictPlanInput): string {
  const byYear = input.equalisation?.byYear ?? {};
  const years = Array.from({ length: input.horizon - input.baseYear }, (_, i) => input.baseYear + 1 + i);
  const runs: { from: number; to: number; text: string }[] = [];
  for (const year of years) {
    const method = byYear[year];
    const text = method === undefined ? "the law's formula (own revenues − costs)" : methodText(method);
    const last = runs.at(-1);
    if (last?.text === text) last.to = year;
    else runs.push({ from: year, to: year, text });
  }
  const each = runs.map((r) => `${r.from === r.to ? r.from : `${r.from}–${r.to}`}: ${r.text}`);
  return `fixed volumes where the maslikhat fixed them, else ${each.join("; ")}`;
}

/** The rates of each unit of a district in each planned year. */
function ratesOf(input: DistrictPlanInput): UnitYearRates[] {
  const years = Array.from({ length: input.horizon - input.baseYear }, (_, i) => input.baseYear + 1 + i);
  return input.units.flatMap((unit) =>
    years.map((year) => ({
      code: unit.code,
      name: unit.name,
      year,
      costGrowth: rateOfYear(unit.costGrowth as ParsedRateSchedule, year) ?? "",
      revenueGrowth: Object.fromEntries(
        Object.entries(unit.revenueGrowth).map(([line, growth]): [string, string] => [
          line,
          growth === "mrp" ? "mrp" : (rateOfYear(growth as ParsedRateSchedule, year) ?? ""),
        ]),
      ),
    })),
  );
}

/** The MRP path of the first district that has one, from the scenario's year. */
function mrpOf(districts: readonly DistrictPlanResult[], year: number): ScenarioAssumptions["mrp"] {
  const path = districts.find((d) => d.plan.mrp !== undefined)?.plan.mrp ?? [];
  return path
    .filter((y) => y.year >= year)
    .map((y) => ({
      year: y.year,
      kzt: y.mrp.toKzt(),
      source: y.source === "known" ? formatCitation(y.citation) : `indexed ×${y.factor}`,
    }));
}

/**
 * The assumptions of a scenario run: its units' sources and, with a plan, the rates of every unit and
 * year, the MRP path, the equalisation of each district, the planning law and its terms by unit.
 * @internal
 */
export function scenarioAssumptions(
  year: number,
  units: readonly UnitResult[],
  plan: ScenarioPlan | undefined,
  planned: readonly DistrictPlanResult[],
  law: Law,
): ScenarioAssumptions {
  const planningLaw = planningLawUsed(plan, law);
  return {
    sources: units.map((u) => ({
      code: u.unit.code,
      name: u.unit.nameRu,
      source: u.source ?? u.figuresFrom,
      from: u.figuresFrom,
    })),
    rates: (plan?.districts ?? []).flatMap((d) => ratesOf(d.input)),
    mrp: mrpOf(planned, year),
    equalisation: (plan?.districts ?? []).flatMap((d) => [
      `${d.input.district.name}: ${equalisationText(d.input)}`,
      ...(d.alternative === undefined
        ? []
        : [
            `${d.input.district.name}, alternative "${d.alternative.name}": ${equalisationText(d.alternative.input)}`,
          ]),
    ]),
    planningLaw,
    planningTerms: unitPlanningTerms(planned, plan, planningLaw),
  };
}
