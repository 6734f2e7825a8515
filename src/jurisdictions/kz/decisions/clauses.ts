import { budgetLineKeyOf, withCyrillicLetters } from "./labels.js";

/** A line of the text: 1-based number in the whole text (header lines included), trimmed. */
export interface TextLine {
  readonly lineNumber: number;
  readonly text: string;
}

/**
 * One clause of a decision: a line, a part of a line cut at ";" or at "в том числе:", or a label split
 * over lines joined. Markers and quotes are recognised, not interpreted.
 */
export interface Clause {
  readonly lineNumber: number;
  readonly lastLineNumber: number;
  /** As written (lines of a split label joined by a space), marker and quotes included. */
  readonly text: string;
  /** Without the opening quote and the point or item marker. */
  readonly body: string;
  /** The point it opens: "1." → "1", "1-1." → "1-1". */
  readonly point?: string;
  /** The sub-item it opens: "1)" → 1. */
  readonly item?: number;
  /** Whether the item marker is glued to the label ("1)доходы"). */
  readonly gluedItem: boolean;
  /** It starts with an opening quote: a restated text begins. */
  readonly opensQuote: boolean;
  /** It ends with the closing quote of a restated text. */
  readonly closesQuote: boolean;
  /** Only a connective: "в том числе:", "оның ішінде:". */
  readonly connective: boolean;
  /** The last clause of the text: an amount or unit in it may be cut. */
  readonly endOfText: boolean;
}

const HEADER = /^#\s*(?<name>[a-z]+):\s*(?<value>.*)$/u;
const QUOTE = /["«»“”„]/gu;
const OPENING_QUOTE = /^["«“„]\s*/u;
const CLOSING_QUOTE = /["«»“”„][\s.;,]*$/u;
const POINT_MARKER = /^(?<point>\d{1,2}(?:-\d{1,2})?)\.(?!\d)\s*/u;
const ITEM_MARKER = /^(?<item>\d{1,2})\)(?<space>\s*)/u;
const CONNECTIVE_WORDS = "(?:в том числе|в т\\. ?ч\\.|оның ішінде|соның ішінде)(?:\\s+(?:по|на))?";
const CONNECTIVE = new RegExp(`^${CONNECTIVE_WORDS}\\s*[:;,.]?$`, "iu");
/** Where a line is cut into clauses, so that a list written on one line reads like one written on many. */
const BREAKS = [
  // after a unit and its punctuation when more follows ("… тысяч тенге: налоговые …", "… мың теңге. 2) …")
  `(?<=(?:тенге|теңге|тысяч\\p{L}*)\\s*[,:;.])\\s+(?=\\S)(?!${CONNECTIVE_WORDS})`,
  // after a bare number and its colon when a label follows ("… – 0: бюджетные кредиты – 0;")
  `(?<=\\d\\s*:)\\s+(?=\\p{L})`,
  // after ";", but not inside a list of numbers ("приложениям 1; 2; 3")
  `(?<=;)\\s+(?=[^\\d\\s]|\\d{1,2}\\))`,
  // after a connective and its colon ("в том числе: налоговые поступления …")
  `(?<=${CONNECTIVE_WORDS}\\s*:)\\s*(?=\\S)`,
  // before a sub-item or a quoted text that follows punctuation ("… объемах: 1) доходы", "… жазылсын: "2) …")
  `(?<=[:;,.])\\s*(?=["«]?\\d{1,2}\\)\\s*\\p{L})`,
  `(?<=:)\\s+(?=["«])`,
  // before an amendment instruction that follows a colon ("… енгізілсін: 4 тармақтың 2) тармақшасы …")
  `(?<=:)\\s+(?=[^:]{0,40}?(?:тарма[қғ]|пункт))`,
  // after a restated text's closing quote ("… 0 тенге."; 2. …") and before a point after a full stop
  `(?<=["«»“”„][.;])\\s+(?=\\S)`,
  `(?<=[.;:"»])\\s+(?=\\d{1,2}(?:-\\d{1,2})?\\.(?:\\s|$))`,
];
const CLAUSE_BREAK = new RegExp(BREAKS.join("|"), "iu");

/** Splits the `# name: value` header lines from the body's non-empty lines. */
export function splitHeaders(text: string): { headers: Map<string, string>; body: TextLine[] } {
  const headers = new Map<string, string>();
  const body: TextLine[] = [];
  let inHeader = true;
  text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
    const header = inHeader ? HEADER.exec(raw)?.groups : undefined;
    if (header?.name !== undefined && header.value !== undefined) {
      headers.set(header.name, header.value.trim());
      return;
    }
    inHeader = false;
    const trimmed = raw.replace(/[\u00a0\u202f\u2009]/gu, " ").trim();
    if (trimmed !== "") body.push({ lineNumber: index + 1, text: trimmed });
  });
  return { headers, body };
}

/** The most words a budget line's label has ("поступления от продажи финансовых активов государства"). */
const MAX_LABEL_WORDS = 7;
/** "в сумме", "сомасында": an amount in a sentence, not a budget line ("Учесть субвенции в сумме 100 …"). */
const IN_THE_SUM_OF = /сумм|сомас/iu;

/** Whether a clause body starts with a short label naming a budget line ("доходы – 100", "сальдо …"). */
function namesBudgetLine(body: string): boolean {
  const label = body.split(/\d/u)[0] ?? "";
  const words = label.split(/[^\p{L}]+/u).filter((word) => word !== "").length;
  return words <= MAX_LABEL_WORDS && !IN_THE_SUM_OF.test(label) && budgetLineKeyOf(label) !== undefined;
}

function clauseOf(text: string, lineNumber: number, lastLineNumber: number, endOfText: boolean): Clause {
  const opensQuote = OPENING_QUOTE.test(text);
  let body = withCyrillicLetters(text).replace(OPENING_QUOTE, "");
  let point = POINT_MARKER.exec(body)?.groups?.point;
  if (point !== undefined) body = body.replace(POINT_MARKER, "");
  let item = point === undefined ? ITEM_MARKER.exec(body)?.groups : undefined;
  if (item !== undefined) body = body.replace(ITEM_MARKER, "");
  if (point !== undefined && /^\d+$/u.test(point) && namesBudgetLine(body)) {
    // "1. доходы – 100 тысяч тенге": budget lines numbered like points are sub-items
    item = { item: point, space: " " };
    point = undefined;
  }
  const quotes = (text.match(QUOTE) ?? []).length;
  const closesQuote = CLOSING_QUOTE.test(text) && (opensQuote ? quotes >= 2 : quotes % 2 === 1);
  return {
    lineNumber,
    lastLineNumber,
    text,
    body: body.trim(),
    ...(point === undefined ? {} : { point }),
    ...(item?.item === undefined ? {} : { item: Number(item.item) }),
    gluedItem: item !== undefined && item.space === "",
    opensQuote,
    closesQuote,
    connective: CONNECTIVE.test(body.trim()),
    endOfText,
  };
}

/** A heading and an unnumbered list on one line ("… объемах: доходы – 663515 тысяч тенге"), cut at the colon. */
function atListStart(piece: string): string[] {
  for (const colon of piece.matchAll(/:\s+/gu)) {
    const rest = piece.slice(colon.index + colon[0].length);
    if (/\d/u.test(rest) && namesBudgetLine(rest)) return [piece.slice(0, colon.index + 1), rest];
  }
  return [piece];
}

function piecesOf(lines: readonly TextLine[]): TextLine[] {
  return lines.flatMap((line) =>
    line.text
      .split(CLAUSE_BREAK)
      .flatMap(atListStart)
      .filter((piece) => piece.trim() !== "")
      .map((piece) => ({ lineNumber: line.lineNumber, text: piece.trim() })),
  );
}

/**
 * Whether `next` continues the label of `first` ("6) финансирование дефицита" / "(использование
 * профицита) бюджета – 238,8"): `first` has no amount and does not end its sentence, `next` opens no
 * point, item or quote and is no connective, and they do not name two different budget lines.
 */
function continues(first: Clause, next: Clause): boolean {
  if (/\d/u.test(first.body) || /[;:.,"»]$/u.test(first.text) || first.connective) return false;
  if (next.point !== undefined || next.item !== undefined || next.opensQuote || next.connective) return false;
  const [a, b] = [budgetLineKeyOf(first.body), budgetLineKeyOf(next.body)];
  if (a === undefined && first.item === undefined && first.point === undefined) return false;
  return a === undefined || b === undefined || a === b;
}

/**
 * The clauses of a decision's body, in order: lines cut at ";", after "в том числе:" and before a
 * sub-item written on the same line; labels split over lines joined.
 */
export function clausesOf(lines: readonly TextLine[]): Clause[] {
  const pieces = piecesOf(lines);
  const clauses: Clause[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const first = pieces[i] as TextLine;
    let text = first.text;
    let last = first.lineNumber;
    let clause = clauseOf(text, first.lineNumber, last, i === pieces.length - 1);
    for (let next = pieces[i + 1]; next !== undefined; next = pieces[i + 1]) {
      if (!continues(clause, clauseOf(next.text, next.lineNumber, next.lineNumber, false))) break;
      text = `${text} ${next.text}`;
      last = next.lineNumber;
      i++;
      clause = clauseOf(text, first.lineNumber, last, i === pieces.length - 1);
    }
    clauses.push(clause);
  }
  return clauses;
}
