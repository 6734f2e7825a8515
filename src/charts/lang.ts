import type { Money } from "../money/money.js";

/**
 * The languages of the charts and of the report to voters: Russian, Kazakh (Cyrillic), English.
 *
 * @category Charts
 * @example
 * ```ts
 * import { REPORT_LANGUAGES } from "fourth-level-budget/charts";
 * REPORT_LANGUAGES; //=> ["ru", "kk", "en"]
 * ```
 */
export const REPORT_LANGUAGES = ["ru", "kk", "en"] as const;

/**
 * One of {@link REPORT_LANGUAGES}.
 *
 * @category Charts
 */
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** The digit grouping and decimal mark of each language: a no-break space and a comma in ru and kk. */
const MARKS: Readonly<Record<ReportLanguage, { readonly thousands: string; readonly decimal: string }>> = {
  ru: { thousands: "\u00a0", decimal: "," },
  kk: { thousands: "\u00a0", decimal: "," },
  en: { thousands: ",", decimal: "." },
};

/** The number locale vega formats axes with (d3-format's locale definition). */
export const numberLocale = (lang: ReportLanguage) => ({
  decimal: MARKS[lang].decimal,
  thousands: MARKS[lang].thousands,
  grouping: [3],
  currency: ["", ""],
});

/** A decimal string ("-31904.5") with its thousands grouped and the language's decimal mark. */
export function groupDigits(decimal: string, lang: ReportLanguage): string {
  const [whole = "", fraction] = decimal.replace(/^-/, "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, MARKS[lang].thousands);
  const sign = decimal.startsWith("-") ? "−" : "";
  return `${sign}${grouped}${fraction === undefined ? "" : `${MARKS[lang].decimal}${fraction}`}`;
}

/** Thousand KZT to one decimal at most, as decisions publish them (a whole amount without ",0"), grouped. */
export function thousandKzt(amount: Money, lang: ReportLanguage): string {
  return groupDigits(amount.toThousandKztRounded(1).replace(/\.0$/, ""), lang);
}

/**
 * The labels of one chart's amounts alike: thousand KZT to one decimal (half away from zero), grouped —
 * "449,0" beside "298,1" — or whole thousands ("41 585") when every amount of the chart is a whole
 * number of thousands at one decimal, as decisions publish them.
 */
export function thousandKztLabels(
  amounts: readonly Money[],
  lang: ReportLanguage,
): (amount: Money) => string {
  const whole = amounts.every((a) => a.toThousandKztRounded(1).endsWith(".0"));
  return (amount) => (whole ? thousandKzt(amount, lang) : groupDigits(amount.toThousandKztRounded(1), lang));
}

/** A percent string with one decimal ("41.1") as the language writes it: "41,1 %" or "41.1%". */
export function percentText(percent: string, lang: ReportLanguage): string {
  return lang === "en" ? `${percent}%` : `${groupDigits(percent, lang)}\u00a0%`;
}
