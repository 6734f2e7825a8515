import * as z from "zod";
import { valueOn } from "../../../../calendar/dated.js";
import type { Citation } from "../../../../citation/citation.js";
import { isoDateSchema } from "../../../../input/codes.js";
import { parseInput } from "../../../../input/parse.js";
import type { Money } from "../../../../money/money.js";
import { checkedLaw } from "../law-basics.js";
import { LAW_FOR_IIT, type LawForIit, lawForIitSchema } from "./iit-law.js";

const monthSchema = z
  .string({ error: "must be a month written YYYY-MM, such as 2026-01" })
  .refine((month) => /^\d{4}-\d{2}$/.test(month), {
    message: "must be a month written YYYY-MM, such as 2026-01",
    params: { code: "INVALID_DATE" },
  })
  .transform((month) => `${month}-01`)
  .pipe(isoDateSchema);

/**
 * The basic deduction of an employee for one month (`YYYY-MM`) in KZT: monthly MRP × the MRP in force on
 * the 1st of that month, with its citation (`law.iit.basicDeduction`).
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a malformed month (issue code `INVALID_DATE`);
 * `NO_VALUE_ON_DATE` before 2024 or after the last MRP.
 * @category Taxes
 * @example
 * ```ts
 * import { basicDeductionForMonth } from "fourth-level-budget";
 * basicDeductionForMonth("2026-01").amount.toKzt(); //=> "129750.00"
 * basicDeductionForMonth("2025-06").amount.toKzt(); //=> "55048.00"
 * ```
 */
export function basicDeductionForMonth(
  month: string,
  law: LawForIit = LAW_FOR_IIT,
): { readonly amount: Money; readonly monthlyMrp: number; readonly mrp: Money; readonly citation: Citation } {
  const lawInForce = checkedLaw<LawForIit>(lawForIitSchema, law);
  const day = parseInput(monthSchema, month, "month of the basic deduction");
  const deduction = valueOn(lawInForce.iit.basicDeduction, day);
  const mrp = valueOn(lawInForce.mrp, day).value;
  return {
    amount: mrp.times(deduction.value.monthlyMrp, "trunc"),
    monthlyMrp: deduction.value.monthlyMrp,
    mrp,
    citation: deduction.citation,
  };
}
