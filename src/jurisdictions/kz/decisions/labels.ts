import type { BudgetLineKey } from "../../../budget/lines.js";

/**
 * How a budget line is named: every stem of `all` begins some word of the label and no stem of `none`
 * does. Stems are word beginnings, so every grammatical case and number reads ("налоговые",
 * "налоговым", "налоговых"; "трансферттер", "трансферттердің"), and word order does not matter.
 */
interface LabelRule {
  readonly key: BudgetLineKey;
  readonly all: readonly string[];
  readonly none?: readonly string[];
}

/**
 * The names of the budget lines in Russian and Kazakh, newer and older terms ("кредиттеу", "кредит
 * беру", "несиелендіру"; "затраты", "расходы"; "шығындар", "шығыстар"). The first rule that matches
 * wins, so a rule comes before any rule whose stems it contains: "финансирование дефицита" before
 * "дефицит", "неналоговые" before "налоговые", "чистое бюджетное кредитование" before "бюджетные кредиты".
 */
const LABEL_RULES: readonly LabelRule[] = [
  { key: "non_tax_revenue", all: ["неналогов"] },
  { key: "non_tax_revenue", all: ["салықтық", "емес"] },
  { key: "non_tax_revenue", all: ["салықтан", "тыс"] },
  { key: "tax_revenue", all: ["налогов"] },
  { key: "tax_revenue", all: ["салықтық"] },
  { key: "capital_sales", all: ["основн", "капитал"] },
  { key: "capital_sales", all: ["негізгі", "капитал"] },
  { key: "special_receipts", all: ["специальн", "поступлен"] },
  { key: "special_receipts", all: ["арнайы", "түсім"] },
  { key: "transfers", all: ["трансферт"] },
  { key: "transfers", all: ["субвенц"] },
  { key: "non_oil_deficit", all: ["ненефтян"] },
  { key: "non_oil_deficit", all: ["мұнай"] },
  { key: "financing", all: ["финансирован"] },
  { key: "financing", all: ["использован", "профицит"] },
  { key: "financing", all: ["қаржыландыр"] },
  { key: "financing", all: ["профицит", "пайдалан"] },
  { key: "deficit", all: ["дефицит"] },
  { key: "deficit", all: ["тапшылы"] },
  { key: "deficit", all: ["профицит"] },
  { key: "net_lending", all: ["чист", "кредит"] },
  { key: "net_lending", all: ["таза", "кредит"] },
  { key: "net_lending", all: ["таза", "несие"] },
  { key: "loan_repayments", all: ["погашен", "кредит"] },
  { key: "loan_repayments", all: ["кредит", "өтеу"] },
  { key: "loan_repayments", all: ["несие", "өтеу"] },
  { key: "budget_loans", all: ["бюджетн", "кредит"] },
  { key: "budget_loans", all: ["бюджеттік", "кредит"] },
  { key: "budget_loans", all: ["бюджеттік", "несие"] },
  { key: "fin_assets_sales", all: ["продаж", "финансов", "актив"] },
  { key: "fin_assets_sales", all: ["актив", "сату"] },
  { key: "fin_assets_acquisition", all: ["приобретен", "финансов"] },
  { key: "fin_assets_acquisition", all: ["актив", "сатып"] },
  { key: "fin_assets_balance", all: ["сальдо"] },
  { key: "loans_received", all: ["поступлен", "займ"] },
  { key: "loans_received", all: ["қарыз", "түсім"] },
  { key: "loans_received", all: ["қарыз", "түсу"] },
  { key: "loans_repaid", all: ["погашен", "займ"] },
  { key: "loans_repaid", all: ["қарыз", "өтеу"] },
  { key: "free_balances_used", all: ["остатк", "бюджетн"] },
  { key: "free_balances_used", all: ["қалдық"] },
  { key: "revenue_total", all: ["доход"] },
  { key: "revenue_total", all: ["кіріс"] },
  { key: "expenditures", all: ["затрат"] },
  { key: "expenditures", all: ["расход"] },
  { key: "expenditures", all: ["шығын"] },
  { key: "expenditures", all: ["шығыс"] },
];

/** Latin and IPA letters that transcriptions put inside Cyrillic words, with the Cyrillic letter meant. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  a: "а",
  c: "с",
  e: "е",
  i: "і",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  I: "І",
  ə: "ә",
  ɵ: "ө",
};
const LOOKALIKE_IN_CYRILLIC =
  /(?<=\p{Script=Cyrillic})[aceiopxyIəɵ]+(?=\p{Script=Cyrillic}|$|[^\p{L}])|[aceiopxyIəɵ]+(?=\p{Script=Cyrillic})/gu;

/**
 * The Latin look-alike letters found inside Cyrillic words of `text`, each once, with the Cyrillic letter
 * it stands for.
 */
export function lookalikesIn(text: string): readonly (readonly [string, string])[] {
  const found = new Set((text.match(LOOKALIKE_IN_CYRILLIC) ?? []).flatMap((run) => [...run]));
  return [...found].map((letter) => [letter, LOOKALIKES[letter] ?? letter] as const);
}

/** `text` with the Latin look-alikes inside Cyrillic words replaced by the Cyrillic letters meant. */
export function withCyrillicLetters(text: string): string {
  return text.replace(LOOKALIKE_IN_CYRILLIC, (run) => [...run].map((c) => LOOKALIKES[c] ?? c).join(""));
}

/**
 * A label made comparable: Latin look-alikes inside Cyrillic words replaced, lower case, "ё" read as
 * "е", quotes dropped, spaces collapsed.
 */
export function normalizeLabel(label: string): string {
  return withCyrillicLetters(label)
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/["«»“”„]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Whether `a` becomes `b` by at most one changed, dropped or added letter. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const [restA, restB] = [a.slice(i + 1), b.slice(i + 1)];
  return restA === restB || a.slice(i) === restB || restA === b.slice(i);
}

/** Stems this long may be misspelt by one letter in a published text ("продажы", "кредитованиe"). */
const TYPO_TOLERANT_LENGTH = 7;

/** Whether `word` begins with `stem`, or, for a long stem, with the stem misspelt by one letter. */
function beginsWith(word: string, stem: string): boolean {
  if (word.startsWith(stem)) return true;
  if (stem.length < TYPO_TOLERANT_LENGTH) return false;
  return [stem.length - 1, stem.length, stem.length + 1].some(
    (n) => n <= word.length && withinOneEdit(stem, word.slice(0, n)),
  );
}

function matches(words: readonly string[], rule: LabelRule): boolean {
  const has = (stem: string) => words.some((word) => beginsWith(word, stem));
  return rule.all.every(has) && !(rule.none ?? []).some(has);
}

/**
 * The budget line a label names, by its meaning in Russian or Kazakh; `undefined` when the label names
 * no known line (or is cut too short to tell): "поступлениям от продажи основного капитала" →
 * `capital_sales`, "бюджет тапшылығын қаржыландыру" → `financing`, "таза бюджеттік несиелендіру" (the
 * older term) → `net_lending`, "бюджет тапшы" → `undefined`.
 */
export function budgetLineKeyOf(label: string): BudgetLineKey | undefined {
  const words = normalizeLabel(label)
    .split(/[^\p{L}]+/u)
    .filter((word) => word !== "");
  return LABEL_RULES.find((rule) => matches(words, rule))?.key;
}
