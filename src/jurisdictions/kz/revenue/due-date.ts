import * as z from "zod";
import { type IsoDate, isoDate } from "../../../calendar/iso-date.js";
import { wholeNumberSchema } from "../../../input/decimal.js";
import { parseInput } from "../../../input/parse.js";
import { taxYearSchema } from "../taxes/tax-input.js";

/**
 * The taxes {@link dueDate} knows the due dates of.
 * @category Taxes
 */
export type DueDateTax = "vehicle" | "property" | "land" | "advertising";

const dueDateSchema = z.strictObject({
  tax: z.enum(["vehicle", "property", "land", "advertising"]),
  year: taxYearSchema,
  payer: z.enum(["individual", "individual_entrepreneur", "legal_entity"]),
  month: wholeNumberSchema(1, 12, (v) => `${v} is not a month 1–12`),
});

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
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every argument that is not valid (a tax or payer
 * not listed, a year that is not whole, a month not 1–12).
 * @category Taxes
 * @example
 * ```ts
 * import { dueDate } from "fourth-level-budget";
 * dueDate("vehicle", 2026, "individual"); //=> "2027-04-01"
 * dueDate("advertising", 2026, "legal_entity", 3); //=> "2026-03-25"
 * dueDate("land", 2025, "legal_entity"); //=> undefined
 * ```
 */
export function dueDate(
  tax: DueDateTax,
  year: number,
  payer: "individual" | "individual_entrepreneur" | "legal_entity",
  month = 12,
): IsoDate | undefined {
  const checked = parseInput(dueDateSchema, { tax, year, payer, month }, "due date");
  const y = checked.year;
  const entity = checked.payer === "legal_entity";
  switch (checked.tax) {
    case "vehicle":
      if (!entity) return y <= 2019 ? `${y}-12-31` : `${y + 1}-04-01`;
      return y <= 2025 ? `${y}-07-05` : `${y + 1}-04-10`;
    case "property":
      return `${y + 1}-10-01`;
    case "land":
      if (!entity) return `${y + 1}-10-01`;
      return y >= 2026 ? `${y + 1}-04-10` : undefined;
    case "advertising":
      return y >= 2026 ? isoDate(`${y}-${String(checked.month).padStart(2, "0")}-25`) : undefined;
  }
}
