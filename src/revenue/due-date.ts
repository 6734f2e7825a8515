import type { IsoDate } from "../calendar/iso-date.js";

/**
 * The date a year's vehicle tax is due — the payment date the chain gives its receipts, which decides the
 * edition of the Budget Code that attributes them.
 * - Individuals: by 31 December of the tax year up to tax year 2019, by 1 April of the next year from tax
 *   year 2020 (2017 Code Art. 494 as amended — the first year under the new rule is inferred; 2026 Code
 *   Art. 567 p.2).
 * - Legal entities: current payment by 5 July of the tax year under the 2017 Code (the chain books the
 *   year's whole amount on that day); from 2026 within 10 days after the return due by 31 March
 *   (Art. 567 p.1, 569 p.1), i.e. by 10 April of the next year.
 */
export function vehicleTaxDueDate(year: number, payer: "individual" | "legal_entity"): IsoDate {
  if (payer === "individual") return year <= 2019 ? `${year}-12-31` : `${year + 1}-04-01`;
  return year <= 2025 ? `${year}-07-05` : `${year + 1}-04-10`;
}
