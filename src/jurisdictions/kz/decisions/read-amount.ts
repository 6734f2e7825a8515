import { Money } from "../../../money/money.js";

/** How the unit after an amount is written: thousand tenge, tenge, nothing, or cut by the excerpt's end. */
export type UnitAsWritten = "thousand" | "tenge" | "none" | "cut";

/** An amount read from the text of one budget line, before the unit is judged against the block. */
export interface AmountAsWritten {
  /** The words before the amount: the line's label. */
  readonly label: string;
  /** The amount as if in thousand KZT, sign included. */
  readonly amount: Money;
  readonly unit: UnitAsWritten;
  readonly notes: readonly string[];
}

/** The result of reading a line: an amount, a line without any amount, or an amount that cannot be read. */
export type LineReading =
  | { readonly kind: "amount"; readonly value: AmountAsWritten }
  | { readonly kind: "no amount"; readonly label: string }
  | { readonly kind: "unreadable"; readonly label: string; readonly reason: string };

const DASH = "[-–—−]";

/**
 * label, then separators and signs ("–", "- -", "– -", "(-)"), then the number: digits grouped by
 * spaces ("1 134,8") or not ("1134,8"), decimal comma or point, then whatever follows (the unit).
 */
const LINE_WITH_AMOUNT = new RegExp(
  `^(?<label>\\D*?)(?<marks>(?:\\s|${DASH}|\\(${DASH}\\))*)` +
    `(?<number>\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[,.]\\d+)?|\\d+(?:[,.]\\d+)?)(?<tail>.*)$`,
  "su",
);
const PARENTHESISED_MINUS = new RegExp(`\\(${DASH}\\)`, "gu");
const THOUSAND_TENGE = /^(?:тысяч[аи]?|мың)\s*(?:тенге|теңге)/u;
const TENGE = /^(?:тенге|теңге)/u;
const UNIT_SPELLINGS = ["тысяч тенге", "тысячи тенге", "тысяча тенге", "мың теңге", "тенге", "теңге"];
/** What may follow an amount when nothing else does: the end of the line or of the item. */
const END_OF_ITEM = /^(?:$|[;:.,"»])/u;

/** The sign written before a number, or why it cannot be read. */
function readSign(marks: string): { negative: boolean; note?: string } | { problem: string } {
  const written = marks.trim().replace(/\s+/gu, " ");
  const parenthesised = (marks.match(PARENTHESISED_MINUS) ?? []).length;
  const dashes = (marks.replace(PARENTHESISED_MINUS, "").match(new RegExp(DASH, "gu")) ?? []).length;
  if (parenthesised === 0 && dashes <= 1) return { negative: false };
  if (parenthesised === 1 && dashes <= 1) {
    return { negative: true, note: `sign written '${written}' read as minus` };
  }
  if (parenthesised === 0 && dashes === 2) {
    return { negative: true, note: `doubled sign '${written}' read as minus` };
  }
  return { problem: `signs '${written}' before the amount cannot be read` };
}

/** The unit written after a number, or why the amount cannot be trusted. */
function readUnit(
  tail: string,
  atEndOfText: boolean,
): { unit: UnitAsWritten; note?: string } | { problem: string } {
  const after = tail.trim();
  const glued = /^\p{L}/u.test(tail) ? "no space between amount and unit" : undefined;
  const withNote = (unit: UnitAsWritten) => (glued === undefined ? { unit } : { unit, note: glued });
  if (THOUSAND_TENGE.test(after)) return withNote("thousand");
  if (TENGE.test(after)) return withNote("tenge");
  if (atEndOfText) {
    if (after !== "" && UNIT_SPELLINGS.some((spelling) => spelling.startsWith(after))) {
      return { unit: "cut", note: `text ends inside the unit ('${after}'); the amount is complete` };
    }
    if (/^[;:]/u.test(after)) return { unit: "none" };
    return { problem: "text cut right after the number: it may be incomplete" };
  }
  if (END_OF_ITEM.test(after)) return { unit: "none" };
  return { problem: `unexpected text after the amount: '${after}'` };
}

/**
 * Reads the label and amount of one budget line (item number already removed). The amount is taken as
 * thousand KZT; the caller judges lines labelled "тенге". `atEndOfText` says the excerpt ends with this
 * line, so a number or unit may be cut.
 *
 * @example
 * ```ts
 * readLine("дефицит (профицит) бюджета – -1642,4 тысяч тенге;", false);
 * // { kind: "amount", value: { label: "дефицит (профицит) бюджета", amount: −1642.4 thousand KZT,
 * //   unit: "thousand", notes: ["doubled sign '– -' read as minus"] } }
 * readLine("затраты – 51444 м", true); // amount 51444, unit "cut"
 * readLine("затраты – 514", true);     // { kind: "unreadable", reason: "text cut right after the number: …" }
 * ```
 */
export function readLine(text: string, atEndOfText: boolean): LineReading {
  const match = LINE_WITH_AMOUNT.exec(text);
  const groups = match?.groups;
  if (groups === undefined) return { kind: "no amount", label: text.trim() };
  const label = (groups.label ?? "").trim();
  const digits = groups.number ?? "";
  const sign = readSign(groups.marks ?? "");
  if ("problem" in sign) return { kind: "unreadable", label, reason: sign.problem };
  const unit = readUnit(groups.tail ?? "", atEndOfText);
  if ("problem" in unit) return { kind: "unreadable", label, reason: unit.problem };
  const magnitude = Money.thousandKzt(digits.replace(/\s/gu, "").replace(",", "."));
  const notes = [sign.note, unit.note].filter((note) => note !== undefined);
  if (sign.negative && magnitude.isZero())
    notes.push(`signed zero '${(groups.marks ?? "").trim()}${digits}' read as 0`);
  const amount = sign.negative ? magnitude.negate() : magnitude;
  return { kind: "amount", value: { label, amount, unit: unit.unit, notes } };
}
