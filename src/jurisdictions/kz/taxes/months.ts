import * as z from "zod";
import type { DatedSeries } from "../../../calendar/dated.js";
import type { Citation } from "../../../citation/citation.js";
import { isoDateSchema } from "../../../input/codes.js";
import { parseInput } from "../../../input/parse.js";
import type { RoundingMode } from "../../../money/decimal.js";
import type { Money } from "../../../money/money.js";
import { type TaxRoundingRule, tiynModeBefore } from "./rounding.js";
import { taxYearSchema } from "./tax-input.js";
import type { TaxStep } from "./tax-result.js";

const ownershipSchema = z.strictObject({
  year: taxYearSchema,
  period: z
    .strictObject(
      { acquired: isoDateSchema.optional(), transferred: isoDateSchema.optional() },
      { error: "must be { acquired?: YYYY-MM-DD, transferred?: YYYY-MM-DD }" },
    )
    .refine((p) => p.acquired === undefined || p.transferred === undefined || p.transferred >= p.acquired, {
      path: ["transferred"],
      message: "the transfer is before the acquisition: give the transfer on or after the acquisition",
      params: { code: "INVALID_DATE" },
    }),
});

/**
 * Months of ownership in `year` by the rule of the 2026 Code (property tax Art. 603, vehicle tax Art. 566
 * p.4, land tax Art. 583): from the 1st of the month of acquisition to the 1st of the month of transfer —
 * the buyer counts the month of acquisition, the seller does not count the month of transfer. For
 * 2018–2025 the 2017 Code's month articles were not read; the library applies the same rule (the tax
 * authority's published vehicle-tax example counts the month of acquisition). A date outside `year`
 * means "before" / "after" the year. May return 0 (acquired and transferred in the same month): the
 * calculators take 1–12 months only, so leave such an object out of the input for the year.
 *
 * @param period - `acquired` and `transferred`, dates `YYYY-MM-DD`, each absent when outside the year.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year that is not a whole year, a malformed date
 * or a transfer before the acquisition (issue code `INVALID_DATE`).
 * @category Taxes
 * @example
 * ```ts
 * import { ownershipMonths } from "fourth-level-budget";
 * ownershipMonths(2026, { acquired: "2026-07-28" }); //=> 6
 * ownershipMonths(2026, { transferred: "2026-07-28" }); //=> 6
 * ```
 */
export function ownershipMonths(
  year: number,
  period: { readonly acquired?: string; readonly transferred?: string },
): number {
  const checked = parseInput(ownershipSchema, { year, period }, "months of ownership");
  const month = (date: string): number => {
    const y = Number(date.slice(0, 4));
    return y < checked.year ? 1 : y > checked.year ? 13 : Number(date.slice(5, 7));
  };
  const from = checked.period.acquired === undefined ? 1 : month(checked.period.acquired);
  const to = checked.period.transferred === undefined ? 13 : month(checked.period.transferred);
  return Math.max(0, Math.min(12, to - from));
}

const MODE_WORDS: Partial<Record<RoundingMode, string>> = {
  trunc: "to the tiyn, truncated: the year's rounding to whole tenge follows",
  halfExpand: "to the tiyn, half away from zero",
};

/**
 * The part of an annual tax due for `months` of `year`: `annual ÷ 12 × months`, to the tiyn in the mode
 * of {@link tiynModeBefore} (truncated in years rounded to whole tenge, half away from zero in years
 * kept to the tiyn), with the `months` breakdown step that says so. For 12 months the annual amount is
 * due and there is no step. Inputs are trusted (checked by the calculator's schema).
 * @throws {@link FourthLevelError} `NO_VALUE_ON_DATE` for a year the rounding series does not cover.
 */
export function prorate(
  rounding: DatedSeries<TaxRoundingRule>,
  annual: Money,
  months: number,
  year: number,
  citation?: Citation,
): { readonly due: Money; readonly step?: TaxStep } {
  if (months === 12) return { due: annual };
  const mode = tiynModeBefore(rounding, year);
  const due = annual.scaledBy(months, 12, mode);
  return {
    due,
    step: {
      step: "months",
      value: `${annual.toKzt()} ÷ 12 × ${months} = ${due.toKzt()} KZT (${MODE_WORDS[mode] ?? `to the tiyn: ${mode}`})`,
      ...(citation === undefined ? {} : { citation }),
    },
  };
}
