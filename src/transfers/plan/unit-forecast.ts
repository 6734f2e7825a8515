import { throwIssues } from "../../errors/issue.js";
import type { ParsedRateSchedule } from "../../input/rate.js";
import type { PlanningLaw } from "../../law/law.js";
import type { Money } from "../../money/money.js";
import type { Consumers } from "../forecast/cost-types.js";
import { applyFactor, ONE } from "../forecast/rates.js";
import { forecastRevenueLines } from "../forecast/revenue-lines.js";
import type { CheckedUnit } from "./input.js";
import { revenueBaseOf } from "./law-terms.js";
import { readMoved } from "./paths.js";
import { MRP_GROWTH } from "./types.js";

/** Revenue lines by year, before the list of revenues in force: every line of the unit's base year. */
export type LinesByYear = ReadonlyMap<number, Readonly<Record<string, Money>>>;

/** The lines of a unit growing `"mrp"`. */
export const mrpLinesOf = (unit: Pick<CheckedUnit, "revenueGrowth">): string[] =>
  Object.entries(unit.revenueGrowth)
    .filter(([, growth]) => growth === MRP_GROWTH)
    .map(([line]) => line);

/** The unit's growth with `"mrp"` read as no growth (the MRP path scales those lines afterwards). */
function ratesOf(unit: CheckedUnit): Record<string, ParsedRateSchedule> {
  return Object.fromEntries(
    Object.entries(unit.revenueGrowth).map(([line, g]) => [line, g === MRP_GROWTH ? "0" : g]),
  );
}

/**
 * The unit's revenue lines from its base year to `horizon`: each by its rate(s), or a line growing `"mrp"`
 * as base × MRP[y] ÷ MRP[base year], exact, rounded once to the tiyn (without `mrp`, as read: unscaled).
 * The base is the base-year lines less their over-plan parts when the planning law `terms` leaves them
 * out of the forecast base (`revenueBaseOf`).
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` with paths inside the unit (`["revenueGrowth", "vat"]`).
 */
export function unitRevenueLines(
  unit: CheckedUnit,
  horizon: number,
  mrp: ReadonlyMap<number, Money> | undefined,
  terms: PlanningLaw | undefined,
): LinesByYear {
  const [years, issues] = readMoved(
    [],
    [
      [
        ["base", "lines"],
        ["base", "ownRevenues"],
      ],
      [["growth"], ["revenueGrowth"]],
    ],
    () =>
      forecastRevenueLines(
        { year: unit.base.year, lines: revenueBaseOf(unit, terms) },
        ratesOf(unit),
        horizon,
      ),
  );
  throwIssues("unit revenues", issues);
  const mrpLines = mrpLinesOf(unit);
  const mrpBase = mrp?.get(unit.base.year);
  if (mrpBase !== undefined && (mrpBase.isNegative() || mrpBase.isZero())) {
    throwIssues(
      "unit revenues",
      mrpLines.map((line) => ({
        path: ["revenueGrowth", line],
        code: "INVALID_INPUT",
        message: `grows with the MRP, but the MRP of ${unit.base.year} is ${mrpBase.toKzt()} KZT: a line cannot grow as MRP[year] ÷ MRP[${unit.base.year}] unless that MRP is above 0`,
      })),
    );
  }
  return new Map(
    (years ?? []).map((y) => {
      const scaled: Record<string, Money> = { ...y.lines };
      const mrpYear = mrp?.get(y.year);
      for (const line of mrpLines) {
        const amount = y.lines[line];
        if (amount === undefined || mrpBase === undefined || mrpYear === undefined) continue;
        scaled[line] = applyFactor(amount, ONE, mrpYear.tiyn, mrpBase.tiyn);
      }
      return [y.year, scaled] as const;
    }),
  );
}

/** The unit's population by year, from its base year to the horizon: the years given and `base`. */
export function populationByYear(unit: CheckedUnit, horizon: number): Map<number, number> | undefined {
  const population = unit.population;
  if (population === undefined) return undefined;
  const result = new Map<number, number>([[unit.base.year, population.base]]);
  for (let year = unit.base.year + 1; year <= horizon; year++) {
    const n = population.byYear[year];
    if (n !== undefined) result.set(year, n);
  }
  return result;
}

/** Consumers for `forecastCosts` from a population: years not given (not planned) take `base`. */
export function consumersOf(
  population: ReadonlyMap<number, number>,
  unitBase: number,
  horizon: number,
): Consumers {
  const base = population.get(unitBase) ?? 1;
  const byYear: Record<number, number> = {};
  for (let year = unitBase + 1; year <= horizon; year++) byYear[year] = population.get(year) ?? base;
  return { base, byYear };
}
