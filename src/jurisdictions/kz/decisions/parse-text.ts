import { identityTerms, identityValue } from "../../../budget/identities.js";
import type { BudgetFigures, BudgetLineKey } from "../../../budget/lines.js";
import { FourthLevelError } from "../../../errors/error.js";
import { Money } from "../../../money/money.js";
import { budgetLineKeyOf, latinLookalikesIn } from "./labels.js";
import { type AmountAsWritten, readLine } from "./read-amount.js";

/**
 * One budget line read from a decision's text.
 *
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * const [line] = parseDecisionText("1) доходы – - 544 тысяч тенге;").lines;
 * // { key: "revenue_total", amount: −544 thousand KZT, lineNumber: 1, text: "1) доходы – - 544 тысяч тенге;",
 * //   notes: ["doubled sign '– -' read as minus"] }
 * ```
 */
export interface DecisionLine {
  readonly key: BudgetLineKey;
  /** The amount in thousand KZT as published (after the unit label is judged, see `notes`). */
  readonly amount: Money;
  /** 1-based line number in the text given (header lines included); the first line of a split label. */
  readonly lineNumber: number;
  /** The line as written (lines of a split label joined by a space). */
  readonly text: string;
  /** Anything unusual about how the line is written and how it was read. */
  readonly notes: readonly string[];
}

/**
 * A budget line (or the decision's heading) that the parser saw but could not read, and why.
 *
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * parseDecisionText("1) доходы – 100 тысяч тенге;\n2) затраты – 1 64").problems;
 * // [{ lineNumber: 2, text: "2) затраты – 1 64", reason: "text cut right after the number: it may be incomplete" }]
 * ```
 */
export interface DecisionProblem {
  /**
   * The line the label names, when the label was recognised and an amount is written but cannot be read
   * (a label with no amount at all is an omitted line, not an unread one).
   */
  readonly key?: BudgetLineKey;
  readonly lineNumber: number;
  readonly text: string;
  readonly reason: string;
}

/**
 * A published maslikhat budget decision as read from its text (see {@link parseDecisionText}).
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { parseDecisionText } from "fourth-level-budget";
 * const file = "data/decisions/kz-ulytau-zhezkazgan-kengir-2026.txt";
 * const kengir = parseDecisionText(readFileSync(file, "utf8"), { file });
 * kengir.budgetYear;                          // 2026
 * kengir.figures.capital_sales?.toThousandKzt(); // "3641" (published as "3 641 тенге"; see the line's notes)
 * kengir.truncated;                           // true: the excerpt ends inside item 6)
 * ```
 */
export interface ParsedDecision {
  /** The file name given in the options, for messages. */
  readonly file?: string;
  /** From the `# language:` header, else detected from Kazakh-only letters. */
  readonly language: "ru" | "kk";
  /** From the `# source:` header: where the text was published. */
  readonly source?: string;
  /** The budget's unit as written in the point's heading, e.g. "Бель-Агачского сельского округа". */
  readonly unitName?: string;
  /** The year of the figures ("на 2026 год", "2026 жылға"), when the heading states it. */
  readonly budgetYear?: number;
  /** The planning period as stated ("на 2026-2028 годы"), typos included (then also in `problems`). */
  readonly planningPeriod?: { readonly first: number; readonly last: number };
  /** The figures of the first budget block: only the lines present in the text. */
  readonly figures: BudgetFigures;
  /** Every budget line read, in the order of the text. */
  readonly lines: readonly DecisionLine[];
  /** Every budget line seen but not read, and a heading the parser doubts. */
  readonly problems: readonly DecisionProblem[];
  /** Whether the text ends before the budget block is complete (its last item is cut or missing). */
  readonly truncated: boolean;
}

/**
 * Options of {@link parseDecisionText}.
 *
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * parseDecisionText("1) доходы – 100 тысяч тенге;", { file: "example.txt" }).file; // "example.txt"
 * ```
 */
export interface ParseDecisionOptions {
  /** The file the text comes from, kept in the result and named in errors. */
  readonly file?: string;
}

interface TextLine {
  readonly lineNumber: number;
  readonly text: string;
}

/** A logical entry of the budget list: one line, or a label split over several lines joined. */
interface Entry extends TextLine {
  readonly lastLineNumber: number;
}

const HEADER = /^#\s*(?<name>[a-z]+):\s*(?<value>.*)$/u;
const ITEM_NUMBER = /^["«]?\s*(?<item>\d{1,2})\)(?<space>\s*)/u;
const NEXT_POINT = /^["«]?\d{1,2}\.(?:\s|$)/u;
const CONNECTIVE = /^(?:в том числе|оның ішінде|соның ішінде)(?:\s+по)?\s*[:;,.]?$/u;
const KAZAKH_LETTERS = /[әғқңөұүһі]/giu;
const PLANNING_PERIOD = /(?<first>\d{4})\s*[-–—]\s*(?<last>\d{4})\s*(?:годы|жылдарға)/u;
const BUDGET_YEAR = /(?<year>\d{4})\s*(?:год(?!\p{L})|жылға(?!\p{L}))/u;
const UNIT_NAME_RU = /бюджет(?!\p{L})\s*(?<unit>.+?)\s+на\s+\d{4}/u;
const UNIT_NAME_KK = /жылдарға арналған\s+(?<unit>.+?)\s+бюджет(?:і|іне)(?!\p{L})/u;
const REVENUE_PARTS: readonly BudgetLineKey[] = identityTerms("revenue");
/** Lines that end a complete budget block (financing and its sub-lines). */
const CLOSING_KEYS: readonly BudgetLineKey[] = [
  "financing",
  "loans_received",
  "loans_repaid",
  "free_balances_used",
];

function splitHeaders(text: string): { headers: Map<string, string>; body: TextLine[] } {
  const headers = new Map<string, string>();
  const body: TextLine[] = [];
  let inHeader = true;
  text.split(/\r?\n/u).forEach((raw, index) => {
    const header = inHeader ? HEADER.exec(raw)?.groups : undefined;
    if (header?.name !== undefined && header.value !== undefined) {
      headers.set(header.name, header.value.trim());
      return;
    }
    inHeader = false;
    const trimmed = raw.trim();
    if (trimmed !== "") body.push({ lineNumber: index + 1, text: trimmed });
  });
  return { headers, body };
}

function languageOf(header: string | undefined, body: readonly TextLine[]): "ru" | "kk" {
  if (header === "ru" || header === "kk") return header;
  const letters = body.map((line) => line.text).join(" ");
  return (letters.match(KAZAKH_LETTERS) ?? []).length > letters.length / 200 ? "kk" : "ru";
}

function withoutItemNumber(text: string): string {
  return text.replace(ITEM_NUMBER, "");
}

function isItem(text: string): boolean {
  return ITEM_NUMBER.test(text);
}

function isRevenueItem(line: TextLine): boolean {
  return (
    ITEM_NUMBER.exec(line.text)?.groups?.item === "1" &&
    budgetLineKeyOf(withoutItemNumber(line.text)) === "revenue_total"
  );
}

function hasAmount(text: string): boolean {
  return /\d/u.test(withoutItemNumber(text));
}

/**
 * Joins a label split over lines ("6) финансирование дефицита" / "(использование профицита) бюджета – 0")
 * and drops connectives ("в том числе:", "оның ішінде:"). A line without an amount takes the next line
 * when it does not end its sentence, the next line is neither an item nor a connective, and the two do not
 * each name a budget line of their own.
 */
function entriesOf(lines: readonly TextLine[]): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i];
    if (first === undefined || CONNECTIVE.test(first.text)) continue;
    let text = first.text;
    let last = first;
    for (let next = lines[i + 1]; next !== undefined; next = lines[i + 1]) {
      const continues =
        !hasAmount(text) &&
        !/[;:.,]$/u.test(text) &&
        !isItem(next.text) &&
        !CONNECTIVE.test(next.text) &&
        (budgetLineKeyOf(text) === undefined || budgetLineKeyOf(next.text) === undefined);
      if (!continues) break;
      text = `${text} ${next.text}`;
      last = next;
      i++;
    }
    entries.push({ lineNumber: first.lineNumber, lastLineNumber: last.lineNumber, text });
  }
  return entries;
}

/** Notes on how an entry is written, independent of its amount. */
function writingNotes(entry: Entry): string[] {
  const notes: string[] = [];
  if (entry.lastLineNumber !== entry.lineNumber) {
    notes.push(`label split over lines ${entry.lineNumber}–${entry.lastLineNumber}`);
  }
  if (ITEM_NUMBER.exec(entry.text)?.groups?.space === "") notes.push("no space after the item number");
  for (const letter of latinLookalikesIn(entry.text)) {
    notes.push(`Latin '${letter}' inside a Cyrillic word read as Cyrillic 'і'`);
  }
  return notes;
}

function problemWithoutAmount(key: BudgetLineKey | undefined, atEndOfText: boolean): string {
  if (key === undefined) {
    return atEndOfText
      ? "text cut mid-line: no budget label and no amount"
      : "not a budget line this parser knows";
  }
  return atEndOfText ? `text cut after the label of ${key}: no amount` : `label of ${key} without amount`;
}

/** Whether revenue_total equals the sum of the revenue parts present (omitted parts count as 0). */
function revenueAddsUp(lines: readonly { key: BudgetLineKey; amount: Money }[]): boolean {
  const figures: BudgetFigures = Object.fromEntries(lines.map((line) => [line.key, line.amount]));
  return figures.revenue_total?.equals(identityValue("revenue", figures)) === true;
}

interface ReadLine {
  readonly key: BudgetLineKey;
  readonly entry: Entry;
  readonly value: AmountAsWritten;
  readonly notes: readonly string[];
}

/** An amount after its unit label is judged, with a note when the label is unusual. */
interface JudgedAmount {
  readonly amount: Money;
  readonly note?: string;
}

const TENGE_IN_THOUSANDS = "labelled 'тенге' while the decision's figures are in thousand tenge";

/**
 * Judges a non-zero amount labelled "тенге" in a decision whose figures are in thousand tenge: the
 * revenue total decides which reading is right; with no total to tell, the thousand reading is kept.
 */
function judgeTengeLabel(line: ReadLine, all: readonly ReadLine[]): JudgedAmount {
  const asWritten = line.value.amount;
  const asTenge = Money.kzt(asWritten.toThousandKzt(), "halfExpand");
  const revenueAddsUpWith = (amount: Money) =>
    REVENUE_PARTS.includes(line.key) &&
    revenueAddsUp(
      all.map((other) => ({ key: other.key, amount: other === line ? amount : other.value.amount })),
    );
  if (revenueAddsUpWith(asWritten)) {
    return {
      amount: asWritten,
      note: `${TENGE_IN_THOUSANDS}: the revenue total adds up only when read as thousand KZT, so the published unit label is wrong; read as thousand KZT`,
    };
  }
  if (revenueAddsUpWith(asTenge)) {
    return {
      amount: asTenge,
      note: `${TENGE_IN_THOUSANDS}: the revenue total adds up when read as tenge; read as tenge`,
    };
  }
  return {
    amount: asWritten,
    note: `${TENGE_IN_THOUSANDS}; no total confirms either reading; read as thousand KZT`,
  };
}

function judgeUnit(line: ReadLine, all: readonly ReadLine[]): JudgedAmount {
  const { amount, unit } = line.value;
  switch (unit) {
    case "thousand":
    case "cut":
      return { amount };
    case "none":
      return { amount, note: "no unit written; read as thousand KZT" };
    case "tenge":
      return amount.isZero()
        ? { amount, note: `${TENGE_IN_THOUSANDS}; zero either way` }
        : judgeTengeLabel(line, all);
  }
}

function decisionLineOf(line: ReadLine, all: readonly ReadLine[]): DecisionLine {
  const { amount, note } = judgeUnit(line, all);
  return {
    key: line.key,
    amount,
    lineNumber: line.entry.lineNumber,
    text: line.entry.text,
    notes: note === undefined ? line.notes : [...line.notes, note],
  };
}

interface Heading {
  readonly unitName?: string;
  readonly budgetYear?: number;
  readonly planningPeriod?: { readonly first: number; readonly last: number };
  readonly problems: readonly DecisionProblem[];
}

/** Reads the heading of the budget block: the nearest line before it that names a year or a period. */
function headingOf(before: readonly TextLine[]): Heading {
  const line = [...before].reverse().find((l) => BUDGET_YEAR.test(l.text) || PLANNING_PERIOD.test(l.text));
  if (line === undefined) return { problems: [] };
  const period = PLANNING_PERIOD.exec(line.text)?.groups;
  const year = BUDGET_YEAR.exec(line.text)?.groups?.year;
  const unitName = (UNIT_NAME_RU.exec(line.text) ?? UNIT_NAME_KK.exec(line.text))?.groups?.unit;
  const planningPeriod =
    period?.first === undefined || period.last === undefined
      ? undefined
      : { first: Number(period.first), last: Number(period.last) };
  const problems: DecisionProblem[] = [];
  if (planningPeriod !== undefined && planningPeriod.last !== planningPeriod.first + 2) {
    problems.push({
      lineNumber: line.lineNumber,
      text: line.text,
      reason: `planning period '${planningPeriod.first}-${planningPeriod.last}' is not three years (a typo in the published text?)`,
    });
  }
  return {
    problems,
    ...(unitName === undefined ? {} : { unitName }),
    ...(year === undefined ? {} : { budgetYear: Number(year) }),
    ...(planningPeriod === undefined ? {} : { planningPeriod }),
  };
}

/**
 * Reads a published maslikhat budget decision (Russian or Kazakh, as published on adilet.zan.kz) into
 * the figures of its first budget block: point 1 (or the first restated point of an amendment), the year
 * of "на 2026 год" / "2026 жылға". Amounts are thousand KZT as published, exact.
 *
 * The text may start with `# source: …` and `# language: ru|kk` header lines. The reader copes with
 * how decisions are really written: separators "–", "-" or none; signs "– -544", "- - 544", "(-) 735",
 * "-0"; thousands grouped by spaces or not; decimal commas; zeros labelled "тенге" inside thousand-tenge
 * blocks; omitted lines and item numbers; labels split over lines; Latin "i" inside Kazakh words;
 * any grammatical case of a label. What it cannot read it lists in `problems`; a line not in the text
 * is absent from `figures`, never 0. A non-zero amount labelled "тенге" is judged by the revenue total
 * (see the line's notes).
 *
 * @param text - The decision's text.
 * @param options - `file`: where the text comes from, for messages.
 * @returns The figures, every line read with notes, every problem, and whether the text was cut.
 * @throws {@link FourthLevelError} `UNREADABLE_DECISION` when the text has no budget list at all (no
 *   item "1) доходы" / "1) кірістер").
 *
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * const decision = parseDecisionText(
 *   "1) доходы – 65315 тысяч тенге, в том числе:\nналоговые поступления – 4338 тысяч тенге;\n" +
 *     "5) дефицит (профицит) бюджета – -1642,4 тысяч тенге;",
 * );
 * decision.figures.deficit?.toThousandKzt(); // "-1642.4"
 * decision.figures.expenditures;             // undefined: not in the text
 * ```
 */
export function parseDecisionText(text: string, options: ParseDecisionOptions = {}): ParsedDecision {
  if (typeof text !== "string") {
    throw new FourthLevelError(
      "UNREADABLE_DECISION",
      `${options.file ?? "decision text"}: expected the text as a string`,
      {
        file: options.file ?? null,
        reason: "not a string",
      },
    );
  }
  const { headers, body } = splitHeaders(text);
  const source = headers.get("source");
  const start = body.findIndex(isRevenueItem);
  if (start < 0) {
    throw new FourthLevelError(
      "UNREADABLE_DECISION",
      `${options.file ?? "decision text"}: no budget list found (no item "1) доходы" or "1) кірістер")`,
      { file: options.file ?? null, reason: "no revenue item" },
    );
  }
  const nextPoint = body.findIndex((line, index) => index > start && NEXT_POINT.test(line.text));
  const blockEnd = nextPoint < 0 ? body.length : nextPoint;
  const entries = entriesOf(body.slice(start, blockEnd));
  const heading = headingOf(body.slice(0, start));

  const read: ReadLine[] = [];
  const problems: DecisionProblem[] = [...heading.problems];
  entries.forEach((entry, index) => {
    const atEndOfText = nextPoint < 0 && index === entries.length - 1;
    const reading = readLine(withoutItemNumber(entry.text), atEndOfText);
    const key = budgetLineKeyOf(reading.kind === "amount" ? reading.value.label : reading.label);
    const problem = (reason: string, unread?: BudgetLineKey) =>
      problems.push({
        lineNumber: entry.lineNumber,
        text: entry.text,
        reason,
        ...(unread === undefined ? {} : { key: unread }),
      });
    if (reading.kind === "unreadable") problem(reading.reason, key);
    else if (reading.kind === "no amount") problem(problemWithoutAmount(key, atEndOfText));
    else if (key === undefined) problem(`label not recognised: '${reading.value.label}'`);
    else if (read.some((line) => line.key === key))
      problem(`a second line for ${key}; the first one is kept`);
    else
      read.push({
        key,
        entry,
        value: reading.value,
        notes: [...writingNotes(entry), ...reading.value.notes],
      });
  });

  const lines = read.map((line) => decisionLineOf(line, read));
  const lastEntry = entries.at(-1);
  const lastLine = read.at(-1);
  const endsBlock =
    lastEntry !== undefined &&
    lastLine?.entry === lastEntry &&
    CLOSING_KEYS.includes(lastLine.key) &&
    /\.["»]*\.?$/u.test(lastEntry.text);
  return {
    ...(options.file === undefined ? {} : { file: options.file }),
    language: languageOf(headers.get("language"), body),
    ...(source === undefined ? {} : { source }),
    ...(heading.unitName === undefined ? {} : { unitName: heading.unitName }),
    ...(heading.budgetYear === undefined ? {} : { budgetYear: heading.budgetYear }),
    ...(heading.planningPeriod === undefined ? {} : { planningPeriod: heading.planningPeriod }),
    figures: Object.fromEntries(lines.map((line) => [line.key, line.amount])),
    lines,
    problems,
    truncated: nextPoint < 0 && !endsBlock,
  };
}
