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
