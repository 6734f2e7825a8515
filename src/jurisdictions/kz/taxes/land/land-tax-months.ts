import * as z from "zod";
import { FourthLevelError } from "../../../../errors/error.js";
import { isoDateSchema } from "../../../../input/codes.js";
import { parseInput } from "../../../../input/parse.js";
import { taxYearSchema } from "../tax-input.js";

const landMonthsSchema = z.strictObject({
  year: taxYearSchema,
  period: z.strictObject(
    {
      acquired: z.strictObject({ date: isoDateSchema, how: z.enum(["state_grant", "purchase"]) }).optional(),
      transferred: isoDateSchema.optional(),
    },
    { error: "must be { acquired?: { date, how }, transferred? }" },
  ),
});

/**
 * Months of land tax in a tax year under 2026 Code Art. 583: a plot granted by the state is taxed from the
 * month after the grant; on a transfer the seller counts up to the start of the month of transfer and the
 * buyer from the start of that month. (The 2017 Code's month rule was not read.)
 * @param period - `acquired`: when and how the right arose (absent if held from before the year);
 * `transferred`: the date of transfer to another holder (absent if still held at year end).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a malformed year, date or way of acquisition, or
 * when no month of the year is left.
 * @category Taxes
 * @example
 * ```ts
 * import { landTaxMonths } from "fourth-level-budget";
 * landTaxMonths(2026, { acquired: { date: "2026-03-10", how: "state_grant" } }); //=> 9
 * landTaxMonths(2026, { acquired: { date: "2026-03-10", how: "purchase" } }); //=> 10
 * landTaxMonths(2026, { transferred: "2026-03-10" }); //=> 2
 * ```
 */
export function landTaxMonths(
  year: number,
  period: {
    readonly acquired?: { readonly date: string; readonly how: "state_grant" | "purchase" };
    readonly transferred?: string;
  },
): number {
  const checked = parseInput(landMonthsSchema, { year, period }, "months of land use");
  const yearOf = (date: string) => Number(date.slice(0, 4));
  const monthOf = (date: string) => Number(date.slice(5, 7));
  const { acquired, transferred } = checked.period;
  let first = 1;
  if (acquired !== undefined) {
    const start = monthOf(acquired.date) + (acquired.how === "state_grant" ? 1 : 0);
    first = yearOf(acquired.date) > year ? 13 : yearOf(acquired.date) < year ? 1 : start;
  }
  let endExclusive = 13;
  if (transferred !== undefined) {
    endExclusive = yearOf(transferred) < year ? 1 : yearOf(transferred) > year ? 13 : monthOf(transferred);
  }
  const months = endExclusive - first;
  if (months < 1) {
    const message = `no month of land tax in ${year} (acquired ${acquired?.date ?? "before"}, transferred ${transferred ?? "after"})`;
    throw new FourthLevelError("INVALID_INPUT", message, {}, [
      { path: ["period"], code: "INVALID_INPUT", message },
    ]);
  }
  return months;
}
