import { type DatedSeries, datedSeries } from "../../calendar/dated.js";
import type { Citation } from "../../citation/citation.js";
import type { EbkCategoryNumbering } from "../../classification/category.js";

/** The published source of the 2026 renumbering of the EBK revenue categories. */
const RENUMBERING: Citation = {
  act: "Almaty oblast maslikhat decision of 15 Dec 2025 on the oblast budget for 2026-2028 (revenue classification as applied)",
  article: "annex 1",
  versionDate: "2025-12-15",
};

/**
 * The numbering of Kazakhstan's EBK revenue categories, by date: 1 tax, 2 non-tax, 3 capital, 4 transfers
 * to 31 Dec 2025; from 1 Jan 2026 category 4 is special receipts (which fourth-level budgets do not get)
 * and transfers are category 5, as the classification is applied in the oblast budgets for 2026–2028. The
 * numbering before 2026 is the one every decision of 2018–2025 applies; the source cited for it is the
 * same annex, which shows the change.
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * valueOn(KZ_EBK_CATEGORIES, "2025-12-31").value.transfers; //=> 4
 * valueOn(KZ_EBK_CATEGORIES, "2026-01-01").value.transfers; //=> 5
 * ```
 */
export const KZ_EBK_CATEGORIES: DatedSeries<EbkCategoryNumbering> = datedSeries("EBK revenue categories", [
  {
    from: "2018-01-01",
    to: "2025-12-31",
    value: { tax: 1, non_tax: 2, capital: 3, transfers: 4 },
    citation: RENUMBERING,
  },
  {
    from: "2026-01-01",
    value: { tax: 1, non_tax: 2, capital: 3, special: 4, transfers: 5 },
    citation: RENUMBERING,
  },
]);
