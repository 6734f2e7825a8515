import { firstJanuary } from "../../../calendar/iso-date.js";
import type { Citation } from "../../../citation/citation.js";
import { READINGS } from "../acts.js";
import { TAX_CODES, type TaxCodeId } from "../editions.js";

/**
 * The Tax Code that governs a tax year: the Code of 25 Dec 2017 No 120-VI (`tc2017`) for 2018–2025, the
 * Code of 18 Jul 2025 No 214-VIII (`tc2026`) from 2026.
 *
 * @category Taxes
 */
export type TaxCodeEdition = TaxCodeId;

/**
 * The Tax Code edition governing `year`: the one in force on its 1 January (see `TAX_CODES`). It never
 * throws: a year before 2018 (or not a whole year) reads as the 2017 Code — the tax calculators check the
 * year themselves and report it with their other problems.
 *
 * @category Taxes
 * @example
 * ```ts
 * taxCodeOf(2025); //=> "tc2017"
 * taxCodeOf(2026); //=> "tc2026"
 * ```
 */
export function taxCodeOf(year: number): TaxCodeEdition {
  if (!Number.isSafeInteger(year)) return "tc2017";
  const day = firstJanuary(Math.min(Math.max(year, 1), 9999));
  return TAX_CODES.entries.filter((e) => e.from <= day).at(-1)?.value ?? "tc2017";
}

/**
 * The base citation of each Tax Code edition as read (article and paragraph added where cited): the 2017
 * Code in the official English translation as of 01.01.2023 (fayllar.org mirror); the 2026 Code in the
 * Russian text published on adilet.zan.kz (K2500000214) — the readings of `READINGS`. Add the article
 * cited: `{ ...TAX_CODE.tc2026, article: "603" }`. @internal
 */
export const TAX_CODE: Readonly<Record<TaxCodeEdition, Omit<Citation, "article" | "paragraph">>> = {
  tc2017: READINGS.tc2017,
  tc2026: READINGS.tc2026,
};
