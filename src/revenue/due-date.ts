import { type IsoDate, isoDate } from "../calendar/iso-date.js";
import { FourthLevelError } from "../errors/error.js";

/**
 * When the law makes a year's tax due — the payment date the chain gives its receipts, which decides the
 * edition of the Budget Code that attributes them. `undefined` where the law read sets no date: the
 * registry must then give `paymentDate`.
 * - Vehicle tax, individuals: 31 December of the tax year to 2019; 1 April of the next year from 2020
 *   (2017 Code Art. 494 as amended — the first year under the new rule is inferred; 2026 Code Art. 567 p.2).
 * - Vehicle tax, legal entities: the current payment by 5 July of the tax year under the 2017 Code (the
 *   chain books the year's amount on that day); from 2026 within 10 days after the return due 31 March
 *   (Art. 567 p.1, 569 p.1): 10 April of the next year.
 * - Property tax of individuals: 1 October of the next year (published for the 2017 Code; 2026 Code Art. 603).
 * - Land tax: individuals 1 October of the next year (published); legal entities from 2026 10 April of the
 *   next year (Art. 584, 587); legal entities to 2025: not read.
 * - Outdoor advertising: the 25th of each month of placement (2026 Code Art. 656); to 2025: not read.
 *
 * @param tax - Which tax.
 * @param year - The tax year.
 * @param payer - Who pays (an individual entrepreneur pays as an individual).
 * @param month - The month of placement, 1–12, for the advertising fee (12 when absent); checked for every
 * tax, used only for advertising.
 * @returns The due date `YYYY-MM-DD`, or `undefined` where the law read sets none (the registry must give
 * `paymentDate`).
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `month` is not a whole number from 1 to 12.
 * @example
 * ```ts
 * dueDate("vehicle", 2026, "individual");         // "2027-04-01"
 * dueDate("advertising", 2026, "legal_entity", 3); // "2026-03-25"
 * dueDate("land", 2025, "legal_entity");          // undefined (not read)
 * ```
 */
export function dueDate(
  tax: "vehicle" | "property" | "land" | "advertising",
  year: number,
  payer: "individual" | "individual_entrepreneur" | "legal_entity",
  month = 12,
): IsoDate | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `due date: month ${String(month)} must be a whole number from 1 to 12`,
      {
        issues: [{ path: "month", message: `${String(month)} is not a month 1–12` }],
      },
    );
  }
  const entity = payer === "legal_entity";
  switch (tax) {
    case "vehicle":
      if (!entity) return year <= 2019 ? `${year}-12-31` : `${year + 1}-04-01`;
      return year <= 2025 ? `${year}-07-05` : `${year + 1}-04-10`;
    case "property":
      return `${year + 1}-10-01`;
    case "land":
      if (!entity) return `${year + 1}-10-01`;
      return year >= 2026 ? `${year + 1}-04-10` : undefined;
    case "advertising":
      return year >= 2026 ? isoDate(`${year}-${String(month).padStart(2, "0")}-25`) : undefined;
  }
}
