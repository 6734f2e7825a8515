import { type IsoDate, isoDate } from "../calendar/iso-date.js";
import { formatCitation } from "../citation/citation.js";
import { FourthLevelError } from "../errors/error.js";
import type { FourthLevelBudgetDates } from "./budgets.js";

/**
 * A date to ask which budget owned a place on: a real `YYYY-MM-DD` date from the law's first
 * fourth-level budgets on. Before them no place had a fourth-level budget and the law (its revenue
 * rules, its transfers) says nothing, so no owner is given.
 *
 * @throws {@link FourthLevelError} `INVALID_DATE` for a value that is not a date, or a date before
 * `dates.firstDay`, naming that day and its legal source.
 * @internal
 */
export function ownerDate(value: unknown, dates: FourthLevelBudgetDates, what = "date"): IsoDate {
  const day = isoDate(value, what);
  const { firstDay, allUnitsFrom, citation } = dates;
  if (day >= firstDay) return day;
  throw new FourthLevelError(
    "INVALID_DATE",
    `${day} is before ${firstDay}, when the first fourth-level budgets began (all units had one from ${allUnitsFrom}; ${formatCitation(citation)}): before then no place had one and the law says nothing of who owned receipts, so give a date from ${firstDay}`,
    { date: day, firstDay },
  );
}
