import { type DatedSeries, datedSeries } from "../../calendar/dated.js";
import { type IsoDate, previousDay } from "../../calendar/iso-date.js";
import { cite, READINGS } from "./acts.js";

/**
 * The Budget Codes of Kazakhstan: `bc2008` (Code of 4 Dec 2008 No 95-IV) and `bc2025` (Code of 15 Mar
 * 2025 No 171-VIII).
 *
 * @category Kazakhstan law
 */
export type BudgetCodeId = "bc2008" | "bc2025";

/**
 * The Tax Codes of Kazakhstan: `tc2017` (Code of 25 Dec 2017 No 120-VI) and `tc2026` (Code of 18 Jul
 * 2025 No 214-VIII).
 *
 * @category Kazakhstan law
 */
export type TaxCodeId = "tc2017" | "tc2026";

/**
 * The first day governed by the Budget Code of 15 Mar 2025 No 171-VIII (BC2025 Art. 172 p.1).
 *
 * @category Kazakhstan law
 */
export const BC2025_FROM: IsoDate = "2025-01-01";

/**
 * The last day governed by the Budget Code of 4 Dec 2008 No 95-IV: it lost force when BC2025 came into
 * force (BC2025 Art. 172 p.6).
 *
 * @category Kazakhstan law
 */
export const BC2008_TO: IsoDate = previousDay(BC2025_FROM);

/**
 * The Budget Code in force, by date: BC2008 to 31 Dec 2024, BC2025 from 1 Jan 2025 — BC2025 is put into
 * force on 1 Jan 2025 (Art. 172 p.1; none of the articles on transfers and planning is among its
 * exceptions) and BC2008 loses force that day (Art. 172 p.6); 2025 budgets are executed, clarified and
 * corrected under BC2025 (Art. 168 p.14). The series starts in 2017, when the first fourth-level budgets
 * (2018–2020) were planned under BC2008 (Art. 243-4 p.1).
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * valueOn(BUDGET_CODES, "2024-12-31").value; //=> "bc2008"
 * valueOn(BUDGET_CODES, "2025-01-01").value; //=> "bc2025"
 * ```
 */
export const BUDGET_CODES: DatedSeries<BudgetCodeId> = datedSeries("Budget Code in force", [
  {
    from: "2017-01-01",
    to: BC2008_TO,
    value: "bc2008",
    citation: cite(READINGS.bc2025Transitional, "172", "6"),
  },
  { from: BC2025_FROM, value: "bc2025", citation: cite(READINGS.bc2025Transitional, "172", "1") },
]);

/**
 * The Tax Code in force, by date (a tax year follows the Code in force on its 1 January): the Code of
 * 2017 for 2018–2025, the Code of 2026 from 1 Jan 2026.
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * valueOn(TAX_CODES, "2025-12-31").value; //=> "tc2017"
 * ```
 */
export const TAX_CODES: DatedSeries<TaxCodeId> = datedSeries("Tax Code in force", [
  {
    from: "2018-01-01",
    to: "2025-12-31",
    value: "tc2017",
    citation: {
      ...READINGS.tc2017,
      article: "",
      evidence: "published",
      publishedIn: "the Code's official English translation as of 01.01.2023 (fayllar.org mirror)",
    },
  },
  {
    from: "2026-01-01",
    value: "tc2026",
    citation: {
      ...READINGS.tc2026,
      article: "",
      evidence: "published",
      publishedIn: "the Code's Russian text on adilet.zan.kz (K2500000214)",
    },
  },
]);
