import type { BudgetLineKey } from "../../../budget/lines.js";

/** A budget line's label as decisions word it: Russian and Kazakh patterns, any grammatical case. */
interface LabelPattern {
  readonly key: BudgetLineKey;
  readonly patterns: readonly RegExp[];
}

/**
 * Label patterns in the order they must be tried: a more specific label comes before any label it
 * contains ("чистое бюджетное кредитование" before "бюджетные кредиты", "финансирование дефицита" before
 * "дефицит", "салықтық емес" before "салықтық"). Word endings are left open (`\p{L}*`) so that every
 * case reads: nominative "налоговые поступления", dative "налоговым поступлениям", Kazakh "трансферттер
 * түсімі", "трансферттердің түсімдері".
 */
const LABEL_PATTERNS: readonly LabelPattern[] = [
  { key: "non_tax_revenue", patterns: [/неналогов/u, /салықтық емес/u] },
  { key: "tax_revenue", patterns: [/налогов\p{L}* поступлени/u, /салықтық түсім/u] },
  { key: "capital_sales", patterns: [/основного капитала/u, /негізгі капиталды сату/u] },
  { key: "special_receipts", patterns: [/специальн\p{L}* поступлени/u] },
  { key: "transfers", patterns: [/трансферт/u, /субвенци/u] },
  { key: "expenditures", patterns: [/^затрат/u, /^шығындар/u] },
  { key: "net_lending", patterns: [/чист\p{L}* бюджетн\p{L}* кредит/u, /таза бюджеттік кредит/u] },
  {
    key: "loan_repayments",
    patterns: [/погашени\p{L}* бюджетн\p{L}* кредит/u, /бюджеттік кредиттерді өтеу/u],
  },
  { key: "budget_loans", patterns: [/^бюджетн\p{L}* кредит/u, /^бюджеттік кредит/u] },
  { key: "fin_assets_sales", patterns: [/продаж\p{L}* финансов\p{L}* актив/u, /қаржы активтерін сатудан/u] },
  { key: "fin_assets_acquisition", patterns: [/приобретени\p{L}* финансов/u, /қаржы активтерін сатып алу/u] },
  { key: "fin_assets_balance", patterns: [/сальдо/u] },
  { key: "financing", patterns: [/финансировани\p{L}* дефицит/u, /тапшылығын қаржыландыру/u] },
  { key: "non_oil_deficit", patterns: [/ненефтян\p{L}* дефицит/u, /мұнайға қатысты емес/u] },
  { key: "deficit", patterns: [/^дефицит/u, /тапшылығы/u] },
  { key: "loans_received", patterns: [/поступлени\p{L}* займ/u, /қарыздар түсім/u] },
  { key: "loans_repaid", patterns: [/погашени\p{L}* займ/u, /қарыздарды өтеу/u] },
  { key: "free_balances_used", patterns: [/остатк\p{L}* бюджетн/u, /пайдаланылатын қалдықтар/u] },
  { key: "revenue_total", patterns: [/^доход/u, /^кірістер/u] },
];

/** Latin letters that transcriptions put inside Cyrillic words, with the Cyrillic letter meant. */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = { i: "і", I: "І" };

/**
 * The Latin look-alike letters found inside Cyrillic words of `text`.
 *
 * @example
 * ```ts
 * latinLookalikesIn("бюджеттiк кредит"); // ["i"]
 * ```
 */
export function latinLookalikesIn(text: string): string[] {
  return [...new Set(text.match(/(?<=\p{Script=Cyrillic})[iI]|[iI](?=\p{Script=Cyrillic})/gu) ?? [])];
}

/**
 * A label made comparable: lower case, Latin look-alikes inside Cyrillic words replaced, "ё" read as
 * "е", quotes dropped, spaces collapsed.
 *
 * @example
 * ```ts
 * normalizeLabel("Таза  бюджеттiк кредит"); // "таза бюджеттік кредит"
 * ```
 */
export function normalizeLabel(label: string): string {
  return label
    .replace(/(?<=\p{Script=Cyrillic})[iI]|[iI](?=\p{Script=Cyrillic})/gu, (c) => LATIN_LOOKALIKES[c] ?? c)
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/["«»“”]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * The budget line a label names, by its meaning in Russian or Kazakh; `undefined` when the label names
 * no known line (or is cut too short to tell).
 *
 * @example
 * ```ts
 * budgetLineKeyOf("поступлениям от продажи основного капитала"); // "capital_sales"
 * budgetLineKeyOf("бюджет тапшылығын қаржыландыру");          // "financing"
 * budgetLineKeyOf("бюджет тапшы");                             // undefined (cut)
 * ```
 */
export function budgetLineKeyOf(label: string): BudgetLineKey | undefined {
  const normalized = normalizeLabel(label);
  return LABEL_PATTERNS.find(({ patterns }) => patterns.some((p) => p.test(normalized)))?.key;
}
