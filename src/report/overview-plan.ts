import { Money } from "../money/money.js";
import type { ScenarioResult } from "../scenario/run.js";
import { planTables } from "./plan.js";

/**
 * One year of a plan summed over every district: thousand-KZT decimal strings, `null` when some district
 * does not give the amount (withdrawals in the base year: published decisions show none).
 *
 * @category Reports
 */
export interface OverviewPlanYear {
  readonly year: number;
  readonly ownRevenues: string | null;
  readonly costs: string | null;
  /** Subventions (in the base year, the published transfers). */
  readonly subventions: string | null;
  readonly withdrawals: string | null;
  /** Σ subventions − Σ withdrawals: what the districts pay their units. */
  readonly outlay: string | null;
}

const sum = (amounts: readonly (string | null)[]): string | null =>
  amounts.some((a) => a === null)
    ? null
    : Money.sum(amounts.map((a) => Money.thousandKzt(a as string))).toThousandKzt();

/** The plan of a result by year, summed over the districts' total rows; empty without a plan. @internal */
export function planByYear(result: ScenarioResult): OverviewPlanYear[] {
  if (result.plan === undefined) return [];
  const { years, rows } = planTables(result);
  const totals = rows.filter((r) => r.unitCode === null);
  return years.map((year) => {
    const of = totals.filter((r) => r.year === year);
    return {
      year,
      ownRevenues: sum(of.map((r) => r.ownRevenues)),
      costs: sum(of.map((r) => r.costs)),
      subventions: sum(of.map((r) => r.subvention)),
      withdrawals: sum(of.map((r) => r.withdrawal)),
      outlay: sum(of.map((r) => r.outlay)),
    };
  });
}
