import { selfSufficiency } from "../budget/statement.js";
import { Money } from "../money/money.js";
import type { ScenarioResult } from "../scenario/run.js";

/**
 * One year of a plan summed over every district, in KZT; an amount is absent when some unit does not give
 * it (in the base year, a published decision without the line; withdrawals, which decisions do not show).
 *
 * @category Reports
 */
export interface OverviewPlanYear {
  readonly year: number;
  readonly ownRevenues?: Money;
  readonly costs?: Money;
  /** Subventions (in the base year, the published transfers). */
  readonly subventions?: Money;
  readonly withdrawals?: Money;
  /** Σ subventions − Σ withdrawals: what the districts pay their units. */
  readonly outlay?: Money;
}

/** The sum, or nothing when one of the amounts is missing. */
const sumOf = (amounts: readonly (Money | undefined)[]): Money | undefined =>
  amounts.some((a) => a === undefined) ? undefined : Money.sum(amounts as Money[]);

/** The amounts given, without those missing. */
const present = (amounts: Readonly<Record<string, Money | undefined>>): Omit<OverviewPlanYear, "year"> =>
  Object.fromEntries(Object.entries(amounts).filter(([, m]) => m !== undefined));

/** The base year as published: own revenues, costs and transfers of every unit. */
function baseYear(result: ScenarioResult): OverviewPlanYear {
  const units = result.districts.flatMap((d) => d.units);
  const transfers = sumOf(units.map((u) => u.published.transfers));
  return {
    year: result.year,
    ...present({
      ownRevenues: sumOf(units.map((u) => selfSufficiency(u.published).ownRevenues)),
      costs: sumOf(units.map((u) => u.published.expenditures)),
      subventions: transfers,
      outlay: transfers,
    }),
  };
}

/**
 * The plan of a result by year, summed over its districts: the base year as published, then each planned
 * year (as `planTables` shows the districts' totals); empty without a plan. @internal
 */
export function planByYear(result: ScenarioResult): OverviewPlanYear[] {
  const districts = result.plan?.districts ?? [];
  const years = districts[0]?.plan.years ?? [];
  if (result.plan === undefined) return [];
  const planned = years.map((year, j) => {
    const units = districts.flatMap((d) => d.plan.units.map((u) => u.years[j]));
    const byYear = districts.map((d) => d.plan.byYear[j]);
    return {
      year,
      ...present({
        ownRevenues: sumOf(units.map((u) => u?.ownRevenues.total)),
        costs: sumOf(units.map((u) => u?.costs)),
        subventions: sumOf(byYear.map((y) => y?.subventions)),
        withdrawals: sumOf(byYear.map((y) => y?.withdrawals)),
        outlay: sumOf(byYear.map((y) => y?.outlay)),
      }),
    };
  });
  return [baseYear(result), ...planned];
}
