import * as z from "zod";
import { describeValue } from "../../../errors/describe.js";
import { FourthLevelError } from "../../../errors/error.js";
import { katoCodeSchema, yearSchema } from "../../../input/codes.js";
import { fieldsSchema } from "../../../input/fields.js";
import { kztTextSchema, moneySchema } from "../../../input/money.js";
import { Money } from "../../../money/money.js";
import { isKatoCodeShaped } from "../../../territory/kato-place.js";
import type { Territory } from "../../../territory/territory.js";

/**
 * One employee's year with one employer, as a tax agent reports it: who employs, where the employer is
 * seated, where the work is done, where the employee lives (9-digit KATO codes), the year's wage and the
 * IIT withheld from it (EBK 101201), in KZT.
 *
 * @category Workers
 * @example
 * ```ts
 * const record: WorkerRecord = {
 *   id: "w-1", year: 2026, employerId: "e-1",
 *   employerSeat: "101010000",   // г.Семей
 *   workplace: "104035100",      // с.Бель-Агач
 *   residence: "104035100",
 *   annualWage: Money.kzt("4200000"), withheldIit: Money.kzt("307574.40"),
 * };
 * ```
 */
export interface WorkerRecord {
  /** Unique within one file. */
  readonly id: string;
  /** The year the wage was earned. */
  readonly year: number;
  /** The employer (tax agent), as the file names it. */
  readonly employerId: string;
  /** KATO code of the employer's seat (its founding documents): where withheld IIT is paid today. */
  readonly employerSeat: string;
  /** KATO code of the place where the employee works. */
  readonly workplace: string;
  /** KATO code of the employee's place of residence. */
  readonly residence: string;
  /** The year's gross wage, KZT (whole tiyn, not negative). */
  readonly annualWage: Money;
  /** The IIT withheld from it over the year, KZT (whole tiyn, from 0 to the wage). */
  readonly withheldIit: Money;
}

/**
 * The CSV columns of a file of worker records, in order: `id,year,employer_id,employer_seat,workplace,
 * residence,annual_wage,withheld_iit`.
 *
 * @category Workers
 * @example
 * ```ts
 * import { WORKER_CSV_COLUMNS } from "fourth-level-budget";
 * WORKER_CSV_COLUMNS.join(","); //=> "id,year,employer_id,employer_seat,workplace,residence,annual_wage,withheld_iit"
 * ```
 */
export const WORKER_CSV_COLUMNS = [
  "id",
  "year",
  "employer_id",
  "employer_seat",
  "workplace",
  "residence",
  "annual_wage",
  "withheld_iit",
] as const;

/** The record field of each CSV column. */
export const FIELD_OF_COLUMN: Readonly<Record<(typeof WORKER_CSV_COLUMNS)[number], keyof WorkerRecord>> = {
  id: "id",
  year: "year",
  employer_id: "employerId",
  employer_seat: "employerSeat",
  workplace: "workplace",
  residence: "residence",
  annual_wage: "annualWage",
  withheld_iit: "withheldIit",
};

/** A KATO code that the territory knows, else an `UNKNOWN_KATO` issue naming why. */
function knownKato(territory: Territory | undefined) {
  return katoCodeSchema.superRefine((code, ctx) => {
    // a code that is not 9 digits is reported once, by the code's own schema
    if (territory === undefined || !isKatoCodeShaped(code)) return;
    try {
      territory.place(code);
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      ctx.addIssue({ code: "custom", message: e.message, params: { code: e.code }, input: code });
    }
  });
}

const idSchema = (what: string) =>
  z.string({ error: `must be the ${what}, a non-empty string` }).min(1, `must be a non-empty ${what}`);

/**
 * The schema of one record: amounts as `amount` reads them (KZT decimal strings in files, Money in the
 * API), KATO codes checked against `territory` when given, the IIT from 0 to the wage.
 */
export function workerRecordSchema(amount: z.ZodType<Money, unknown>, territory?: Territory) {
  const notNegative = amount.refine((m) => !m.isNegative(), {
    error: (issue) =>
      `must not be negative, got ${issue.input instanceof Money ? `${issue.input.toKzt()} KZT` : describeValue(issue.input)}`,
    params: { code: "INVALID_AMOUNT" },
  });
  return fieldsSchema(
    {
      id: idSchema("record's id"),
      year: yearSchema(2018, 2100, "the year the wage was earned"),
      employerId: idSchema("employer's id"),
      employerSeat: knownKato(territory),
      workplace: knownKato(territory),
      residence: knownKato(territory),
      annualWage: notNegative,
      withheldIit: notNegative,
    },
    "a worker record",
  ).superRefine((record, ctx) => {
    // the fields' own problems are reported by their schemas; the comparison needs both amounts read
    const [wage, iit] = [record.annualWage as unknown, record.withheldIit as unknown];
    if (!(wage instanceof Money) || !(iit instanceof Money) || wage.isNegative()) return;
    if (iit.compare(wage) > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["withheldIit"],
        message: `withheld IIT ${record.withheldIit.toKzt()} KZT exceeds the wage ${record.annualWage.toKzt()} KZT`,
        params: { code: "INVALID_AMOUNT" },
        input: record,
      });
    }
  });
}

/** A record of a file: amounts as KZT decimal strings (`"4200000.00"`). */
export const workerFileRecordSchema = (territory?: Territory) => workerRecordSchema(kztTextSchema, territory);

/** A record of the API: amounts as Money. */
export const workerApiRecordSchema = workerRecordSchema(moneySchema);

/**
 * Worker records with what a reader knows of them: whether the file says they are generated, and its
 * note (the JSON `note`, or the `#` lines before a CSV header).
 *
 * @category Workers
 */
export interface WorkerRecords {
  /** `true` when the file says its records are generated (JSON `"generated": true`, CSV `# GENERATED …`). */
  readonly generated: boolean;
  /** What the file says of itself, line by line. */
  readonly note: readonly string[];
  readonly records: readonly WorkerRecord[];
}
