import { isoDate } from "../../../calendar/iso-date.js";
import type { Citation } from "../../../citation/citation.js";
import { FourthLevelError } from "../../../errors/error.js";
import type { RoundingMode } from "../../../money/decimal.js";
import type { Money } from "../../../money/money.js";
import { tiynRoundingBefore } from "./rounding.js";
import type { TaxStep } from "./tax-result.js";

/**
 * Months of ownership in `year` by the rule of the 2026 Code (property tax Art. 603, vehicle tax Art. 566
 * p.4, land tax Art. 583): from the 1st of the month of acquisition to the 1st of the month of transfer —
 * the buyer counts the month of acquisition, the seller does not count the month of transfer. For
 * 2018–2025 the 2017 Code's month articles were not read; the library applies the same rule (the tax
 * authority's published vehicle-tax example counts the month of acquisition). A date outside `year` means "before" / "after" the year.
 * May return 0 (acquired and transferred in the same month): the calculators take 1–12 months only, so
 * leave such an object out of the input for the year.
 *
 * @example
 * ```ts
 * ownershipMonths(2026, { acquired: "2026-07-28" });      // 6 (July–December)
 * ownershipMonths(2026, { transferred: "2026-07-28" });   // 6 (January–June)
 * ```
 * @throws {@link FourthLevelError} `INVALID_DATE` for a malformed date or a transfer before acquisition.
 */
export function ownershipMonths(
  year: number,
  period: { readonly acquired?: string; readonly transferred?: string },
): number {
  const month = (date: string, what: string): number => {
    isoDate(date, what);
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    if (m < 1 || m > 12) {
      throw new FourthLevelError("INVALID_DATE", `${what} ${date} has no month 01–12`, { value: date });
    }
    return y < year ? 1 : y > year ? 13 : m;
  };
  const from = period.acquired === undefined ? 1 : month(period.acquired, "acquisition date");
  const to = period.transferred === undefined ? 13 : month(period.transferred, "transfer date");
  if (to < from) {
    throw new FourthLevelError(
      "INVALID_DATE",
      `transfer ${period.transferred} is before acquisition ${period.acquired}: give the transfer on or after the acquisition`,
      { acquired: period.acquired, transferred: period.transferred },
    );
  }
  return Math.max(0, Math.min(12, to - from));
}

/**
 * Why `months` is not a valid number of months of a part-year tax (a whole number 1–12), or `undefined`
 * when it is (or is absent: a whole year). An object owned 0 months is left out of the input, not given 0.
 * @example
 * ```ts
 * checkMonths(7);  // undefined
 * checkMonths(0);  // "months 0 must be a whole number from 1 to 12 (an object owned 0 months is left out)"
 * ```
 */
export function checkMonths(months: unknown): string | undefined {
  if (months === undefined) return undefined;
  if (typeof months === "number" && Number.isInteger(months) && months >= 1 && months <= 12) return undefined;
  return `months ${JSON.stringify(months)} must be a whole number from 1 to 12 (an object owned 0 months is left out)`;
}

const MODE_WORDS: Partial<Record<RoundingMode, string>> = {
  trunc: "to the tiyn, truncated: the year's rounding to whole tenge follows",
  halfExpand: "to the tiyn, half away from zero",
};

/**
 * The part of an annual tax due for `months` of `year`: `annual ÷ 12 × months`, to the tiyn in the mode
 * of {@link tiynRoundingBefore} (truncated in years rounded to whole tenge, half away from zero in years
 * kept to the tiyn), with the `months` breakdown step that says so. For 12 months the annual amount is
 * due and there is no step. `months` must already be checked (see {@link checkMonths}).
 * @throws {@link FourthLevelError} `NO_VALUE_ON_DATE` for a year before 2018 (no rounding rule).
 * @example
 * ```ts
 * prorate(Money.kzt(2600), 1, 2026).due.toKzt(); // "216.66" (216.666… truncated; 217 after the year's rounding)
 * prorate(Money.kzt(2600), 1, 2025).due.toKzt(); // "216.67" (half away from zero, kept to the tiyn)
 * ```
 */
export function prorate(
  annual: Money,
  months: number,
  year: number,
  citation?: Citation,
): { readonly due: Money; readonly step?: TaxStep } {
  if (months === 12) return { due: annual };
  const mode = tiynRoundingBefore(year);
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
