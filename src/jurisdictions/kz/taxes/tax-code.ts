import type { Citation } from "../../../citation/citation.js";

/**
 * The Tax Code that governs a tax year: the Code of 25 Dec 2017 No 120-VI (`tc2017`) for 2018–2025, the
 * Code of 18 Jul 2025 No 214-VIII (`tc2026`) from 2026.
 */
export type TaxCodeEdition = "tc2017" | "tc2026";

/**
 * The Tax Code edition governing `year`.
 * @example
 * ```ts
 * taxCodeOf(2025); // "tc2017"
 * taxCodeOf(2026); // "tc2026"
 * ```
 */
export function taxCodeOf(year: number): TaxCodeEdition {
  return year >= 2026 ? "tc2026" : "tc2017";
}

/**
 * The base citation of each Tax Code edition as read (article and paragraph added where cited): the 2017
 * Code in the official English translation as of 01.01.2023 (fayllar.org mirror); the 2026 Code in the
 * Russian text published on adilet.zan.kz (K2500000214).
 * @example
 * ```ts
 * const citation = { ...TAX_CODE.tc2026, article: "603" };
 * ```
 */
export const TAX_CODE: Readonly<Record<TaxCodeEdition, Omit<Citation, "article" | "paragraph">>> = {
  tc2017: { act: "Tax Code of 25 Dec 2017 No 120-VI", versionDate: "2023-01-01" },
  tc2026: { act: "Tax Code of 18 Jul 2025 No 214-VIII", versionDate: "2026-01-01" },
};
