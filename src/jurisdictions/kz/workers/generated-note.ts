import { Dec } from "../../../money/decimal.js";
import type { WorkerAssumptions } from "./calibration.js";
import type { DistrictPeople } from "./district-people.js";
import { GENERATED_MARK } from "./read-workers.js";
import type { WorkerTargets } from "./targets.js";

const percent = (share: string) => `${new Dec(share).times(100).toFixed()} %`;

/**
 * The note of generated records, line by line: that they are generated, from what, calibrated to which
 * published figures, and which assumptions they rest on. Its first line starts with `GENERATED`.
 */
export function generatedNote(
  people: DistrictPeople,
  run: {
    readonly seed: number;
    readonly year: number;
    readonly targets: WorkerTargets;
    readonly assumptions: WorkerAssumptions;
  },
): string[] {
  const { targets: t, assumptions: a } = run;
  const estimated = people.units.filter((u) => u.source === "district share").length;
  const level =
    t.wageYear === run.year ? "" : ` (wages of ${run.year} at the ${t.wageYear} level: assumption)`;
  return [
    `${GENERATED_MARK} employer-employee records, NOT real data: seed ${run.seed}, wages of ${run.year}${level}, ${t.employees} employees living in ${people.district.nameRu} (${people.district.code}).`,
    t.given.includes("employees")
      ? `Employees: ${t.employees}, as the caller asked (calibrated: population x 7.0 mn employees / 20,265,320 people).`
      : `Employees: population ${t.population} (Bureau of National Statistics, 1 Jan 2023) x 7.0 mn employees / 20,265,320 people (2024); ${estimated} of ${people.units.length} units without a population of their own share the rest equally (assumption).`,
    `Average monthly wage ${t.averageMonthlyWage.toKzt()} KZT${t.given.includes("averageMonthlyWage") ? ", as the caller asked (calibrated:" : ":"} the national ${t.nationalMonthlyWage.toKzt()} KZT (mean of the ${t.wageYear} quarters, stat.gov.kz) / (1 + 62.5 % x 23.4 %), cities paying 23.4 % more than villages${t.given.includes("averageMonthlyWage") ? ")" : ""}; lognormal spread sigma ${t.sigma} from median 316,152 / mean 448,620 (2025 Q2).`,
    `IIT withheld by the State Revenue Committee's formula (income - 10 % pension - 2 % health insurance - basic deduction) x the year's scale.`,
    `ASSUMPTIONS (nothing published): ${percent(a.commuterShare)} work outside their residence unit (in ${people.centre.nameRu}, or in ${people.regionCentre.nameRu} when living in the centre's unit); ${percent(a.externalEmployerShare)} of employers seated in ${people.regionCentre.nameRu}; ${a.workersPerEmployer} employees per employer. Sources: data/workers/SOURCE.md.`,
  ];
}
