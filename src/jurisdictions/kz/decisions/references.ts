import type { IsoDate } from "../../../calendar/iso-date.js";

/**
 * A maslikhat decision as other decisions cite it: its date and number, e.g. "от 24 декабря 2025 года
 * № 432" or "2025 жылғы 24 желтоқсандағы № 278 шешімі".
 *
 * @category Decisions
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * const text = "1. Внести в решение маслихата от 24 декабря 2025 года № 432 следующие изменения:";
 * parseDecisionText(`${text}\nпункт 1 изложить в новой редакции:\n"1) доходы – 10 тысяч тенге;"`).amends;
 * //=> { date: "2025-12-24", number: "432" }
 * ```
 */
export interface DecisionReference {
  /** The day of the decision, when it is written. */
  readonly date?: IsoDate;
  /** The number as written, spaces removed ("10/199-VIІ", "42-9-VIII"). */
  readonly number: string;
}

const RU_MONTHS = [
  "январ",
  "феврал",
  "март",
  "апрел",
  "ма[йя]",
  "июн",
  "июл",
  "август",
  "сентябр",
  "октябр",
  "ноябр",
  "декабр",
];
const KK_MONTHS = [
  "қаңтар",
  "ақпан",
  "наурыз",
  "сәуір",
  "мамыр",
  "маусым",
  "шілде",
  "тамыз",
  "қыркүйек",
  "қазан",
  "қараша",
  "желтоқсан",
];
const RU_DATE = new RegExp(
  `(?<day>\\d{1,2})\\s+(?<month>${RU_MONTHS.join("|")})\\p{L}*\\s+(?<year>\\d{4})`,
  "giu",
);
const KK_DATE = new RegExp(
  `(?<year>\\d{4})\\s+жылғы\\s+(?<day>\\d{1,2})\\s+(?<month>${KK_MONTHS.join("|")})`,
  "giu",
);
const NUMERIC_DATE = /(?<day>\d{2})\.(?<month>\d{2})\.(?<year>\d{4})/gu;
/** "№ 432", "№10/199-VIІ", "№ 8С-5/3", and "№ 12 - 7" with spaces around its hyphen. */
const NUMBER = /№\s*(?<number>[\p{L}\d](?:[\p{L}\d/.-]|\s(?=[/-])|(?<=[/-])\s(?=[\p{L}\d]))*)/u;

function monthOf(written: string): number {
  const lower = written.toLowerCase();
  const ru = RU_MONTHS.findIndex((m) => new RegExp(`^${m}`, "u").test(lower));
  return ru >= 0 ? ru + 1 : KK_MONTHS.findIndex((m) => lower.startsWith(m)) + 1;
}

/** Every date written in `text` (Russian "24 декабря 2025 года", Kazakh "2025 жылғы 24 желтоқсандағы", "24.12.2025"), in order. */
function datesIn(text: string): { readonly date: IsoDate; readonly index: number }[] {
  const found: { date: IsoDate; index: number }[] = [];
  for (const pattern of [RU_DATE, KK_DATE, NUMERIC_DATE]) {
    for (const match of text.matchAll(pattern)) {
      const { year = "", month = "", day = "" } = match.groups ?? {};
      const m = /^\d+$/u.test(month) ? Number(month) : monthOf(month);
      if (m < 1 || m > 12 || Number(day) < 1 || Number(day) > 31) continue;
      const date = `${year}-${String(m).padStart(2, "0")}-${day.padStart(2, "0")}` as IsoDate;
      found.push({ date, index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** How far before its number a decision's date may be written ("от 25 декабря 2023 года №17-4"). */
const DATE_REACH = 60;

/**
 * The first decision cited in `text` by number ("№ 432"), with the date written just before it (or
 * right after it), e.g. "от 24 декабря 2025 года № 432", "2025 жылғы 24 желтоқсандағы № 278".
 */
export function referenceIn(text: string): DecisionReference | undefined {
  const match = NUMBER.exec(text);
  const number = match?.groups?.number?.replace(/[.\s-]+$/u, "").replace(/\s+/gu, "");
  if (match === null || number === undefined) return undefined;
  const near = datesIn(text).filter((d) => d.index < match.index && match.index - d.index < DATE_REACH);
  const date = near.at(-1)?.date ?? datesIn(text.slice(match.index)).find((d) => d.index < DATE_REACH)?.date;
  return { number, ...(date === undefined ? {} : { date }) };
}

/** Latin letters for the Cyrillic look-alikes of Roman numerals and series letters ("VІІ", "8С-5/3"). */
const TO_LATIN: Readonly<Record<string, string>> = { І: "I", С: "C", Х: "X", В: "B", А: "A", Е: "E", М: "M" };

/** A decision number made comparable: upper case, Cyrillic look-alikes as Latin letters. */
function comparableNumber(number: string): string {
  return [...number.toUpperCase()].map((c) => TO_LATIN[c] ?? c).join("");
}

/**
 * Whether two references name the same decision: same number (look-alike letters equal) and, when both
 * have a date, the same date.
 */
export function sameDecision(a: DecisionReference, b: DecisionReference): boolean {
  if (comparableNumber(a.number) !== comparableNumber(b.number)) return false;
  return a.date === undefined || b.date === undefined || a.date === b.date;
}
