import * as z from "zod";
import { got } from "../../../../input/decimal.js";
import { nonNegativeMoneySchema } from "../../../../input/money.js";
import type { Money } from "../../../../money/money.js";
import { taxYearSchema } from "../tax-input.js";
import { iitScheduleSchema } from "./iit-law.js";
import { IIT_PAYER_KINDS, type IitPayerKind, type IitSchedule } from "./rates.js";

/**
 * A deduction the caller applies to gross income, with a label for the breakdown.
 * @category Taxes
 */
export interface IitDeduction {
  /** What it is, e.g. `"documented business expenses"`. */
  readonly label: string;
  /** KZT, 0 or more. */
  readonly amount: Money;
}

/**
 * The income declared, one of:
 * - `{ kind: "taxable", amount }`: annual taxable income in KZT **after** every deduction and adjustment
 *   the caller has applied (the library does not know which deductions a payer is entitled to);
 * - `{ kind: "gross", amount, deductions }`: annual gross income and the deductions to subtract from it
 *   (the result is floored at zero).
 * @category Taxes
 */
export type IitIncome =
  | { readonly kind: "taxable"; readonly amount: Money }
  | { readonly kind: "gross"; readonly amount: Money; readonly deductions?: readonly IitDeduction[] };

/**
 * Input of {@link selfAssessedIit}.
 * @category Taxes
 */
export interface SelfAssessedIitInput {
  /** The tax year, 2018 or later. */
  readonly year: number;
  readonly payer: IitPayerKind;
  readonly income: IitIncome;
  /**
   * Income of the same year already counted against the band edges (e.g. salary taxed at source), KZT,
   * when the caller holds that it shares the 8,500 MRP threshold; default none. How declared and withheld
   * income combine for the threshold is not established: the library does not assume it.
   */
  readonly incomeAlreadyInBands?: Money | undefined;
  /**
   * The scale to apply instead of the law's, with its citation. Required where the law's scale is not
   * established (individual entrepreneurs and private practitioners from 2026).
   */
  readonly schedule?: IitSchedule | undefined;
}

/** The payer kinds of self-declared IIT. */
export const iitPayerSchema = z.enum(IIT_PAYER_KINDS, {
  error: (issue) => `must be one of ${IIT_PAYER_KINDS.join(", ")} (${got(issue.input)})`,
});

const incomeSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("taxable"), amount: nonNegativeMoneySchema }),
    z.strictObject({
      kind: z.literal("gross"),
      amount: nonNegativeMoneySchema,
      deductions: z
        .array(z.strictObject({ label: z.string().min(1).max(200), amount: nonNegativeMoneySchema }))
        .optional(),
    }),
  ],
  {
    error: 'must be { kind: "taxable", amount } or { kind: "gross", amount, deductions? } (amounts as Money)',
  },
);

/** The schema of {@link SelfAssessedIitInput}. */
export const selfAssessedIitInputSchema = z.strictObject(
  {
    year: taxYearSchema,
    payer: iitPayerSchema,
    income: incomeSchema,
    incomeAlreadyInBands: nonNegativeMoneySchema.optional(),
    schedule: iitScheduleSchema.optional(),
  },
  { error: "must be an object { year, payer, income, … }" },
);

/** A {@link SelfAssessedIitInput} as its schema outputs it. */
export type CheckedSelfAssessedIitInput = z.output<typeof selfAssessedIitInputSchema>;
