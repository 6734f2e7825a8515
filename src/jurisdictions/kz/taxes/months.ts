import { isoDate } from "../../../calendar/iso-date.js";
import { FourthLevelError } from "../../../errors/error.js";

/**
 * Months of ownership in `year` by the rule of the 2026 Code (property tax Art. 603, vehicle tax Art. 566
 * p.4, land tax Art. 583): from the 1st of the month of acquisition to the 1st of the month of transfer —
 * the buyer counts the month of acquisition, the seller does not count the month of transfer. For
 * 2018–2025 the 2017 Code's month articles were not read; the library applies the same rule (the tax
 * authority's published vehicle-tax example counts the month of acquisition). A date outside `year` means "before" / "after" the year.
 * May return 0 (acquired and transferred in the same month): such an object pays nothing for the year.
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
