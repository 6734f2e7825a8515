import * as z from "zod";
import { describeValue } from "../../../errors/describe.js";
import { katoCodeSchema, yearSchema } from "../../../input/codes.js";
import { decimalSchema, wholeNumberSchema } from "../../../input/decimal.js";
import { fieldsSchema } from "../../../input/fields.js";
import { positiveMoneySchema } from "../../../input/money.js";
import { parseInput } from "../../../input/parse.js";
import type { Money } from "../../../money/money.js";
import { aliasSampler, indexBelow, seededRandom } from "../../../random/random.js";
import type { Territory } from "../../../territory/territory.js";
import { territorySchema } from "../../../territory/territory-schema.js";
import { LAW_FOR_IIT } from "../taxes/iit/iit-law.js";
import { kazakhstanTerritory } from "../territory.js";
import { WORKER_ASSUMPTIONS, type WorkerAssumptions } from "./calibration.js";
import { type DistrictPeople, districtPeople } from "./district-people.js";
import { generatedNote } from "./generated-note.js";
import type { WorkerRecord, WorkerRecords } from "./records.js";
import { drawWages, type WorkerTargets, workerTargets } from "./targets.js";
import { withheldIitOfYear } from "./withheld-iit.js";

/**
 * Options of {@link generateWorkers}. Shares are decimal strings from 0 to 1.
 *
 * @category Workers
 */
export interface GenerateWorkersOptions {
  /** KATO code of the district whose residents are generated, e.g. `"104000000"` (Borodulikha). */
  readonly district: string;
  /** The seed (a whole number from 0 to 4,294,967,295; default 1): the same seed gives the same records. */
  readonly seed?: number;
  /** The year of the wages (2024 or later; default 2026). */
  readonly year?: number;
  /** How many employees (default: the district's population × the national share of employees). */
  readonly count?: number;
  /** Their average monthly wage (default: the published national level brought to the rural level). */
  readonly averageMonthlyWage?: Money;
  /** See {@link WorkerAssumptions}. */
  readonly commuterShare?: string;
  readonly externalEmployerShare?: string;
  readonly workersPerEmployer?: number;
}

/**
 * Records made by {@link generateWorkers}: always `generated: true`, with the note that says so, the
 * targets they are calibrated to and the assumptions they rest on.
 *
 * @category Workers
 */
export interface GeneratedWorkers extends WorkerRecords {
  readonly generated: true;
  readonly seed: number;
  readonly year: number;
  readonly targets: WorkerTargets;
  readonly assumptions: WorkerAssumptions;
}

const share = (what: string) =>
  decimalSchema(
    { min: 0, max: 1 },
    (v) => `${what} ${v} must be a decimal string from "0" to "1"`,
  ).optional();

const optionsSchema = fieldsSchema(
  {
    district: katoCodeSchema,
    seed: wholeNumberSchema(0, 4_294_967_295).optional(),
    year: yearSchema(2024, 2100, "the basic deduction is known from 2024").optional(),
    count: wholeNumberSchema(1, 2_000_000).optional(),
    averageMonthlyWage: positiveMoneySchema.optional(),
    commuterShare: share("commuterShare"),
    externalEmployerShare: share("externalEmployerShare"),
    workersPerEmployer: wholeNumberSchema(1, 1_000_000).optional(),
  },
  "the options of generated workers",
);

const argumentsSchema = z.strictObject({
  options: optionsSchema,
  territory: territorySchema,
});

/** Where each employee lives and works and where the employer is seated, before employers and wages. */
interface Placement {
  readonly residence: string;
  readonly workplace: string;
  readonly seat: string;
}

function place(
  people: DistrictPeople,
  count: number,
  random: () => number,
  a: WorkerAssumptions,
): Placement[] {
  const unitOf = aliasSampler(people.units.map((u) => u.population));
  const placeOf = people.units.map((u) => aliasSampler(u.places.map((p) => p.weight)));
  const [centre, regionCentre] = [people.centre.code, people.regionCentre.code];
  const [commute, external] = [Number(a.commuterShare), Number(a.externalEmployerShare)];
  return Array.from({ length: count }, () => {
    const u = unitOf(random);
    const unit = people.units[u];
    const residence = unit?.places[placeOf[u]?.(random) ?? 0]?.code ?? unit?.code ?? centre;
    // a commuter works in the district centre, or in the oblast centre when he lives in the centre's unit
    const workplace =
      random() >= commute ? residence : unit?.code === people.centre.unit4Code ? regionCentre : centre;
    const seat = workplace === regionCentre || random() < external ? regionCentre : workplace;
    return { residence, workplace, seat };
  });
}

/** Each employee's employer: one of the employers seated at the seat, `perEmployer` employees each on average. */
function employers(placed: readonly Placement[], random: () => number, perEmployer: number): string[] {
  const bySeat = new Map<string, number>();
  for (const p of placed) bySeat.set(p.seat, (bySeat.get(p.seat) ?? 0) + 1);
  return placed.map((p) => {
    const many = Math.ceil((bySeat.get(p.seat) ?? 1) / perEmployer);
    return `e-${p.seat}-${String(indexBelow(random, many) + 1).padStart(String(many).length, "0")}`;
  });
}

/**
 * Generates employer–employee records of a district's residents for one year, seeded and calibrated to
 * published figures (docs/workers.md lists each with its source): the number of employees from the
 * district's 2023 population and the national share of employees; residences among the district's units by
 * population; wages lognormal with the published median-to-mean ratio, summing exactly to employees × 12 ×
 * the average monthly wage; the IIT withheld from each by {@link withheldIit}. A share of employees work
 * outside their residence unit (in the district centre, or in the oblast centre for those who live in the
 * centre's unit) and a share of employers are seated in the oblast centre — ASSUMPTIONS with stated
 * defaults ({@link WORKER_ASSUMPTIONS}). Draws use a seeded generator and integer or exact arithmetic only,
 * so a seed gives the same records on every platform; amounts are whole tiyn (wages shared by the largest
 * remainder, IIT rounded `halfExpand`).
 *
 * Every result says it is generated: `generated: true` and a note whose first line starts `GENERATED`.
 *
 * @param territory - The classifier (the bundled one by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the options with its path;
 * `UNKNOWN_KATO` for a code that is not a district with fourth-level units and a population.
 * @category Workers
 * @example
 * ```ts
 * const a = generateWorkers({ district: "104000000", seed: 7, count: 50 });
 * const b = generateWorkers({ district: "104000000", seed: 7, count: 50 });
 * [a.generated, a.records.length, a.records[9]?.annualWage.equals(b.records[9]!.annualWage)]; //=> [true, 50, true]
 * Money.sum(a.records.map((r) => r.annualWage)).equals(a.targets.totalAnnualWage); //=> true
 * generateWorkers({ district: "104035000" }); //=> throws UNKNOWN_KATO
 * ```
 */
export function generateWorkers(
  options: GenerateWorkersOptions,
  territory: Territory = kazakhstanTerritory(),
): GeneratedWorkers {
  const what = `generated workers of district ${describeValue((options as { district?: unknown } | null)?.district)}`;
  const checked = parseInput(argumentsSchema, { options, territory }, what, {
    opaque: ["territory"],
  }).options;
  const seed = checked.seed ?? 1;
  const year = checked.year ?? 2026;
  const assumptions: WorkerAssumptions = {
    commuterShare: checked.commuterShare ?? WORKER_ASSUMPTIONS.commuterShare,
    externalEmployerShare: checked.externalEmployerShare ?? WORKER_ASSUMPTIONS.externalEmployerShare,
    workersPerEmployer: checked.workersPerEmployer ?? WORKER_ASSUMPTIONS.workersPerEmployer,
  };
  const people = districtPeople(territory, checked.district);
  const targets = workerTargets(people.population, year, checked.count, checked.averageMonthlyWage);
  const random = seededRandom(seed);
  const placed = place(people, targets.employees, random, assumptions);
  const employerIds = employers(placed, random, assumptions.workersPerEmployer);
  const wages = drawWages(random, targets.employees, targets.totalAnnualWage, targets.sigma);
  const iit = withheldIitOfYear(year, LAW_FOR_IIT);
  const width = String(targets.employees).length;
  const records = placed.map((p, i): WorkerRecord => {
    const annualWage = wages[i] as Money;
    return {
      id: `w-${String(i + 1).padStart(width, "0")}`,
      year,
      employerId: employerIds[i] ?? "",
      employerSeat: p.seat,
      workplace: p.workplace,
      residence: p.residence,
      annualWage,
      withheldIit: annualWage.isZero() ? annualWage : iit(annualWage),
    };
  });
  const note = generatedNote(people, { seed, year, targets, assumptions });
  return { generated: true, note, records, seed, year, targets, assumptions };
}
