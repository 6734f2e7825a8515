import { Dec, divideRounded, roundToBigint } from "../../../money/decimal.js";
import { Money } from "../../../money/money.js";
import { normalDraw } from "../../../random/random.js";
import { WORKER_CALIBRATION_FIGURES as FIGURES, type WAGE_YEARS } from "./calibration.js";

/**
 * What a generated set of worker records is calibrated to, each figure computed from the published ones
 * (see {@link WORKER_CALIBRATION_FIGURES}) or given by the caller.
 *
 * @category Workers
 */
export interface WorkerTargets {
  /** The district's population on 1 Jan 2023 (bulletin). */
  readonly population: number;
  /** The number of employees: population × 7,000,000 / 20,265,320, half away from zero; or the caller's. */
  readonly employees: number;
  /** The year whose published wages are used (the last published, 2025, for later years). */
  readonly wageYear: number;
  /** The national average monthly wage of `wageYear`: the mean of its published quarters, KZT. */
  readonly nationalMonthlyWage: Money;
  /**
   * The average monthly wage of the district's employees: the national one ÷ (1 + 0.625 × 0.234) — the
   * rural level if cities pay 23.4 % more and 62.5 % of the employed live in cities; or the caller's.
   */
  readonly averageMonthlyWage: Money;
  /** `employees` × 12 × `averageMonthlyWage`: the wages generated sum to it exactly. */
  readonly totalAnnualWage: Money;
  /** The targets the caller gave instead of the calibrated ones. */
  readonly given: readonly ("employees" | "averageMonthlyWage")[];
  /** The spread of wages (σ of a lognormal, decimal string): median ÷ mean = 316,152 ÷ 448,620. */
  readonly sigma: string;
}

/** The published national average monthly wage of a year: the mean of its quarters (half away from zero). */
function nationalWage(wageYear: (typeof WAGE_YEARS)[number]): Money {
  const quarters = FIGURES.wages[wageYear];
  return Money.sum(quarters.map((q) => Money.kzt(q.value))).scaledBy(1, quarters.length, "halfExpand");
}

/** The targets of a district of `population` people in `year`, with the caller's count and wage if given. */
export function workerTargets(
  population: number,
  year: number,
  count?: number,
  averageMonthlyWage?: Money,
): WorkerTargets {
  const wageYear = year >= 2025 ? 2025 : 2024;
  const national = nationalWage(wageYear);
  const divisor = new Dec(1).plus(new Dec(FIGURES.urbanEmployed.value).times(FIGURES.urbanPremium.value));
  const rural = Money.fromTiyn(
    roundToBigint(new Dec(national.tiyn.toString()).dividedBy(divisor), "halfExpand"),
  );
  const employees =
    count ??
    Number(
      divideRounded(
        BigInt(population) * BigInt(FIGURES.employees.value),
        BigInt(FIGURES.population.value),
        "halfExpand",
      ),
    );
  const average = averageMonthlyWage ?? rural;
  const ratio = new Dec(FIGURES.median.value).dividedBy(FIGURES.meanOfMedianQuarter.value);
  return {
    population,
    employees,
    wageYear,
    nationalMonthlyWage: national,
    averageMonthlyWage: average,
    totalAnnualWage: average.scaledBy(12 * employees, 1, "trunc"),
    given: [
      ...(count === undefined ? [] : ["employees" as const]),
      ...(averageMonthlyWage === undefined ? [] : ["averageMonthlyWage" as const]),
    ],
    sigma: ratio.ln().times(-2).sqrt().toSignificantDigits(12).toFixed(),
  };
}

/** Steps of the normal draw per unit of σ in the weight table. */
const STEPS = 64;

/**
 * The yearly wages of `count` employees: lognormal weights of spread `sigma` (a normal draw rounded to a
 * 64th, its exponential computed exactly once per step), the total shared by them to the tiyn (largest
 * remainder), so that the wages sum to `total` exactly.
 */
export function drawWages(random: () => number, count: number, total: Money, sigma: string): Money[] {
  const table = new Map<number, string>();
  const weightOf = (step: number) => {
    const known = table.get(step);
    if (known !== undefined) return known;
    const weight = new Dec(sigma).times(step).dividedBy(STEPS).exp().toFixed(9);
    table.set(step, weight);
    return weight;
  };
  const weights = Array.from({ length: count }, () => weightOf(Math.round(normalDraw(random) * STEPS)));
  return total.allocate(weights);
}
