import type { BudgetFigures } from "../budget/lines.js";
import { selfSufficiency } from "../budget/statement.js";
import { type UnitFigures, unitFigures } from "../charts/unit-figures.js";
import { FourthLevelError } from "../errors/error.js";
import { kazakhstanTerritory } from "../jurisdictions/kz/territory.js";
import type { BudgetCodeTotal } from "../ledger/ledger.js";
import { type PlanRow, planTables } from "../report/plan.js";
import type { UnitYearRates } from "../scenario/assumptions.js";
import type { DistrictResult, ScenarioResult, UnitResult } from "../scenario/run.js";
import type { DecisionHeading } from "../scenario/types.js";
import type { DistrictBudgetRef, FourthLevelUnit } from "../territory/territory.js";
import { unitsOfDistrict } from "../territory/units-of-district.js";

/**
 * A budget of the year before the report's year, to compare with: its figures as published (e.g. read
 * with `parseDecisionText` from the decision of that year) and where they were published.
 *
 * @category Charts
 */
export interface PreviousBudget {
  readonly year: number;
  readonly figures: BudgetFigures;
  /** Where the figures were published (an address), for the reader. */
  readonly source?: string;
}

/** What the report to voters says, gathered from a scenario result: one unit, one year. */
export interface ReportFacts {
  readonly scenario: string;
  readonly year: number;
  readonly unit: FourthLevelUnit;
  readonly district: DistrictBudgetRef;
  readonly result: UnitResult;
  readonly districtResult: DistrictResult;
  readonly figures: UnitFigures;
  /** The other units of the district in the scenario, with their self-sufficiency (% of costs). */
  readonly peers: readonly { readonly unit: FourthLevelUnit; readonly selfSufficiency?: string }[];
  /** How many fourth-level units the district has in the classifier; absent when it is not found there. */
  readonly unitsInDistrict?: number;
  readonly previous?: PreviousBudget & { readonly selfSufficiency?: string };
  /** The unit's rows of the plan, the base year first (thousand KZT, exact); empty without a plan. */
  readonly plan: readonly PlanRow[];
  /** The growth rates the plan applied to the unit, by planned year; empty without a plan. */
  readonly rates: readonly UnitYearRates[];
  readonly planNote?: string;
  readonly heading?: DecisionHeading;
  readonly source?: string;
  /** Tax and other own receipts the ledger credited to the unit, by EBK code (with receipts only). */
  readonly receipts: readonly BudgetCodeTotal[];
}

/** Every unit of the result, as "code name" for messages. */
const unitList = (result: ScenarioResult) =>
  result.districts.flatMap((d) => d.units.map((u) => `${u.unit.code} ${u.unit.nameRu}`)).join(", ");

/** The unit's place in the result: its district and its result. */
function findUnit(result: ScenarioResult, code: string): { district: DistrictResult; unit: UnitResult } {
  for (const district of result.districts) {
    const unit = district.units.find((u) => u.unit.code === code);
    if (unit !== undefined) return { district, unit };
  }
  throw new FourthLevelError("INVALID_INPUT", `unit ${code} is not in the scenario "${result.name}"`, {}, [
    {
      path: ["unit"],
      code: "INVALID_INPUT",
      message: `${code} is not a unit of the scenario: ${unitList(result)}`,
    },
  ]);
}

/** The number of the district's fourth-level units in the bundled classifier, when it is there. */
function unitsIn(district: DistrictBudgetRef): number | undefined {
  try {
    return unitsOfDistrict(kazakhstanTerritory(), district.code).units.length;
  } catch (e) {
    if (e instanceof FourthLevelError) return undefined;
    throw e;
  }
}

/**
 * The facts of the report on `unitCode` for `year` (the scenario's year: the year its statements are
 * for), with the budget of the year before when given.
 * @throws `FourthLevelError` `INVALID_INPUT` when the unit is not in the scenario, the year is not
 * the scenario's, or `previous` is not of the year before.
 */
export function reportFacts(
  result: ScenarioResult,
  unitCode: string,
  year: number,
  previous?: PreviousBudget,
): ReportFacts {
  const issues = [
    ...(year === result.year
      ? []
      : [
          {
            path: ["year"],
            code: "INVALID_INPUT" as const,
            message: `the scenario's statements are for ${result.year}, not ${year}`,
          },
        ]),
    ...(previous === undefined || previous.year === year - 1
      ? []
      : [
          {
            path: ["previous", "year"],
            code: "INVALID_INPUT" as const,
            message: `the budget to compare with must be of ${year - 1}, the year before ${year}, not ${previous.year}`,
          },
        ]),
  ];
  if (issues.length > 0) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `report: ${issues.map((i) => i.message).join("; ")}`,
      {},
      issues,
    );
  }
  const { district, unit } = findUnit(result, unitCode);
  const units = result.plan === undefined ? [] : planTables(result).rows;
  const inDistrict = unitsIn(district.district);
  const previousSs = previous === undefined ? undefined : selfSufficiency(previous.figures).percent;
  return {
    scenario: result.name,
    year,
    unit: unit.unit,
    district: district.district,
    result: unit,
    districtResult: district,
    figures: unitFigures(unit),
    peers: district.units
      .filter((u) => u.unit.code !== unitCode)
      .map((u) => {
        const ss = u.statement.selfSufficiency.percent;
        return { unit: u.unit, ...(ss === undefined ? {} : { selfSufficiency: ss }) };
      }),
    ...(inDistrict === undefined ? {} : { unitsInDistrict: inDistrict }),
    ...(previous === undefined
      ? {}
      : { previous: { ...previous, ...(previousSs === undefined ? {} : { selfSufficiency: previousSs }) } }),
    plan: units.filter((r) => r.unitCode === unitCode),
    rates: result.assumptions.rates.filter((r) => r.code === unitCode),
    ...(result.plan?.note === undefined ? {} : { planNote: result.plan.note }),
    ...(unit.heading === undefined ? {} : { heading: unit.heading }),
    ...(unit.source === undefined ? {} : { source: unit.source }),
    receipts: unit.statement.revenueByEbk.filter(
      (r) => r.category !== undefined && r.category !== "transfers",
    ),
  };
}
