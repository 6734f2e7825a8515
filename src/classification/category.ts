import type { IsoDate } from "../calendar/iso-date.js";
import type { Citation } from "../citation/citation.js";
import { FourthLevelError } from "../errors/error.js";

/**
 * The revenue categories of a budget (BC2008 Art. 13 / 17 structure): tax revenues, non-tax revenues,
 * receipts from the sale of fixed capital, receipts of transfers; from 2026 also special receipts,
 * which fourth-level budgets do not get.
 */
export type RevenueCategory = "tax" | "non_tax" | "capital" | "transfers" | "special";

/** When the EBK category numbers changed: from 1 Jan 2026 category 4 is special receipts and transfers are category 5. */
export const TRANSFERS_RENUMBERED_ON: IsoDate = "2026-01-01";

/** The published source of the 2026 renumbering of EBK revenue categories. */
export const CATEGORY_NUMBERING_SOURCE: Citation = {
  act: "Almaty oblast maslikhat decision of 15 Dec 2025 on the oblast budget for 2026-2028 (revenue classification as applied)",
  article: "annex 1",
  versionDate: "2025-12-15",
};

/**
 * The first digit of the EBK revenue codes of a category on a date: 1 tax, 2 non-tax, 3 capital,
 * transfers 4 until 31 Dec 2025 and 5 from 1 Jan 2026, special receipts 4 from 2026 (none before).
 * @throws {@link FourthLevelError} `NO_RULE` for special receipts before 2026.
 * @example
 * ```ts
 * revenueCategoryNumber("transfers", "2025-06-30"); // 4
 * revenueCategoryNumber("transfers", "2026-01-01"); // 5
 * ```
 */
export function revenueCategoryNumber(category: RevenueCategory, date: IsoDate): number {
  const renumbered = date >= TRANSFERS_RENUMBERED_ON;
  switch (category) {
    case "tax":
      return 1;
    case "non_tax":
      return 2;
    case "capital":
      return 3;
    case "transfers":
      return renumbered ? 5 : 4;
    case "special":
      if (!renumbered) {
        throw new FourthLevelError(
          "NO_RULE",
          `special receipts are an EBK category only from ${TRANSFERS_RENUMBERED_ON}`,
          {
            date,
          },
        );
      }
      return 4;
  }
}

const EBK_CODE = /^[1-5]\d{5}$/;

/**
 * The category of a 6-digit EBK revenue code (category 1 digit + class 2 + subclass 1 + specific 2) on
 * a date, reading the first digit with the numbering in force then.
 * @throws {@link FourthLevelError} `UNKNOWN_EBK` for a code that is not six digits with a category
 * digit valid on that date.
 */
export function categoryOfEbk(code: string, date: IsoDate): RevenueCategory {
  const digit = EBK_CODE.test(code) ? Number(code[0]) : Number.NaN;
  const renumbered = date >= TRANSFERS_RENUMBERED_ON;
  const byDigit: Readonly<Record<number, RevenueCategory | undefined>> = {
    1: "tax",
    2: "non_tax",
    3: "capital",
    4: renumbered ? "special" : "transfers",
    5: renumbered ? "transfers" : undefined,
  };
  const category = byDigit[digit];
  if (category === undefined) {
    throw new FourthLevelError(
      "UNKNOWN_EBK",
      `EBK code ${JSON.stringify(code)} is not a revenue code valid on ${date}: six digits, the first 1-4 (1-5 from 2026)`,
      { code, date },
    );
  }
  return category;
}
