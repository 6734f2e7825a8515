/**
 * Kazakhstan's fourth-level budgets as a whole in 2025, as the President stated them on 12 March 2026
 * (III Republican Forum of maslikhat deputies): budgets of rural districts over 442 bn KZT, about one
 * third of it from their own revenues, 190 mn KZT on average. Published figures, not law; "budgets" is
 * not said to mean revenues or costs. `ownSharePercent` is one third written to one decimal, for
 * drawing it.
 *
 * @category Charts
 * @example
 * ```ts
 * import { NATIONAL_PICTURE_2025 } from "fourth-level-budget/charts";
 * NATIONAL_PICTURE_2025.totalBillionKzt; //=> "442"
 * NATIONAL_PICTURE_2025.published; //=> "2026-03-12"
 * ```
 */
export const NATIONAL_PICTURE_2025 = {
  year: 2025,
  /** "превысили 442 млрд тенге": more than 442 billion KZT. */
  totalBillionKzt: "442",
  /** "треть из которых была обеспечена собственными доходами": one third, as a percent to draw. */
  ownSharePercent: "33.3",
  /** "средний бюджет сельских округов достиг 190 млн тенге". */
  averageMillionKzt: "190",
  published: "2026-03-12",
  source:
    "https://kazpravda.kz/n/tokaev-regiony-dolzhny-tshchatelno-planirovat-svoy-byudzhet-i-uvelichivat-dohody/",
  title:
    "Токаев: регионы должны тщательно планировать свой бюджет и увеличивать доходы (Казахстанская правда)",
  quote:
    "В прошлом году бюджеты сельских округов превысили 442 млрд тенге, треть из которых была обеспечена собственными доходами.",
} as const;
