/** How the unit after an amount is written: thousand tenge, tenge, million tenge, nothing, or cut. */
export type UnitAsWritten = "thousand" | "tenge" | "million" | "none" | "cut";

/** The signs and separators written between a label and its number, counted. */
export interface MarksAsWritten {
  /** As written, spaces collapsed, e.g. `"– -"`, `"(-)"`, `"–"`, `""`. */
  readonly written: string;
  /** Bare dashes (hyphen, en dash, em dash, minus sign), outside parentheses. */
  readonly dashes: number;
  /** Minus signs written in parentheses: `"(-)"`. */
  readonly parenthesised: number;
  /** The dash nearest the number, when there is one. */
  readonly lastDash?: string;
  /** Whether that dash touches the number ("–59444,0", "-1642,4"). */
  readonly glued: boolean;
  /** Whether a colon separates label and amount before the dash ("сальдо: -5"). */
  readonly colonBeforeDash: boolean;
}

/** An amount as written in one clause, before its sign and unit are judged against the block. */
export interface AmountAsWritten {
  /** The words before the amount: the line's label. */
  readonly label: string;
  readonly marks: MarksAsWritten;
  /** The number as a plain decimal, e.g. `"1134.8"` for "1 134,8". */
  readonly number: string;
  readonly unit: UnitAsWritten;
  /** Anything unusual about how the number and unit are written. */
  readonly notes: readonly string[];
}

/** A clause read: an amount, a label without any amount, or an amount that cannot be read. */
export type ClauseReading =
  | { readonly kind: "amount"; readonly value: AmountAsWritten }
  | { readonly kind: "no amount"; readonly label: string }
  | { readonly kind: "unreadable"; readonly label: string; readonly reason: string };

const DASH = "[-‐‑‒–—−]";
const DASHES = new RegExp(DASH, "gu");
const PARENTHESISED_MINUS = new RegExp(`\\(\\s*${DASH}\\s*\\)`, "gu");
const SPACE = "[ \\u00a0\\u202f\\u2009]";
/**
 * label, then separators and signs ("–", "- -", "– -", "(-)", ":"), then the number: digits grouped by
 * spaces ("1 134,8") or not ("1134,8"), decimal comma or point, then whatever follows (the unit).
 */
const CLAUSE_WITH_AMOUNT = new RegExp(
  `^(?<label>\\D*?)(?<marks>(?:\\s|:|${DASH}|\\(\\s*${DASH}\\s*\\))*)` +
    `(?<number>\\d{1,3}(?:${SPACE}\\d{3})+(?:[,.]\\d+)?|\\d+(?:[,.]\\d+)?)(?<tail>.*)$`,
  "su",
);
/** Zero written in words after the label: "равно нулю", "ноль", "нөлге тең", "нөл". */
const ZERO_IN_WORDS = new RegExp(
  `^(?<label>\\D*?)(?:\\s|:|${DASH})+(?<zero>равн\\p{L}*\\s+нулю|ноль|нуль|нөлге\\s+тең|нөл)(?!\\p{L})(?<tail>.*)$`,
  "su",
);
/** The longest number a budget line can hold: thousand KZT with decimals, far beyond any real budget. */
const MAX_DIGITS = 18;

const UNITS: readonly { readonly unit: UnitAsWritten; readonly pattern: RegExp; readonly spelled: string }[] =
  [
    { unit: "million", pattern: /^(?:млн\.?|миллион\p{L}*)\s*(?:тенге|теңге|тг\.?)/u, spelled: "млн тенге" },
    { unit: "thousand", pattern: /^(?:тысяч\p{L}*|тыс\.?|мың)\s*(?:тенге|теңге|тг\.?)/u, spelled: "" },
    { unit: "tenge", pattern: /^(?:тенге|теңге|тг\.?)(?!\p{L})/u, spelled: "" },
  ];
/** "2 842 тысячи," — the word "тенге" left out. */
const THOUSAND_WITHOUT_TENGE = /^(?:тысяч\p{L}*|тыс\.|мың)(?!\p{L})/u;
const UNIT_SPELLINGS = [
  "тысяч тенге",
  "тысячи тенге",
  "тысяча тенге",
  "тыс. тенге",
  "мың теңге",
  "тенге",
  "теңге",
  "млн тенге",
];
/** What may follow an amount: punctuation, closing quotes, and "в том числе" / "оның ішінде". */
const END_OF_CLAUSE =
  /^[\s,;:.]*(?:(?:в том числе|в т\. ?ч\.|оның ішінде|соның ішінде)(?:\s+(?:по|на))?)?[\s,;:.]*["«»“”„]*[\s,;:.]*$/u;

/** The marks between a label and its number, counted. */
function readMarks(marks: string): MarksAsWritten {
  const written = marks.replace(/:/gu, "").trim().replace(/\s+/gu, " ");
  const parenthesised = (marks.match(PARENTHESISED_MINUS) ?? []).length;
  const bare = marks.replace(PARENTHESISED_MINUS, "");
  const dashes = bare.match(DASHES) ?? [];
  const lastDash = dashes.at(-1);
  const glued = new RegExp(`${DASH}$`, "u").test(marks);
  const colonBeforeDash = new RegExp(`:[^:]*${DASH}`, "u").test(bare);
  return {
    written,
    dashes: dashes.length,
    parenthesised,
    glued,
    colonBeforeDash,
    ...(lastDash === undefined ? {} : { lastDash }),
  };
}

/** The unit after a number, or why the amount cannot be trusted. */
function readUnit(
  tail: string,
  atEndOfText: boolean,
): { unit: UnitAsWritten; notes: string[] } | { problem: string } {
  const after = tail.trim().toLowerCase();
  const notes = /^\p{L}/u.test(tail) ? ["no space between amount and unit"] : [];
  for (const { unit, pattern } of UNITS) {
    const match = pattern.exec(after);
    if (match !== null) return endsClause(after.slice(match[0].length), unit, notes);
  }
  const bare = THOUSAND_WITHOUT_TENGE.exec(after);
  if (bare !== null && END_OF_CLAUSE.test(after.slice(bare[0].length))) {
    return {
      unit: "thousand",
      notes: [...notes, `unit written '${bare[0]}' without 'тенге'; read as thousand KZT`],
    };
  }
  if (atEndOfText) {
    if (after !== "" && UNIT_SPELLINGS.some((spelling) => spelling.startsWith(after))) {
      return { unit: "cut", notes: [`text ends inside the unit ('${after}'); the amount is complete`] };
    }
    if (/^[;:.]/u.test(after)) return { unit: "none", notes };
    return { problem: "text cut right after the number: it may be incomplete" };
  }
  return endsClause(after, "none", notes);
}

function endsClause(
  rest: string,
  unit: UnitAsWritten,
  notes: string[],
): { unit: UnitAsWritten; notes: string[] } | { problem: string } {
  return END_OF_CLAUSE.test(rest)
    ? { unit, notes }
    : { problem: `unexpected text after the amount: '${rest}'` };
}

/**
 * Reads the label and amount of one clause of a budget list (item number already removed). Nothing is
 * judged here: the sign and the unit are weighed against the whole block by the caller. `atEndOfText`
 * says the excerpt ends with this clause, so a number or unit may be cut.
 *
 * E.g. "дефицит (профицит) бюджета – -1642,4 тысяч тенге;" reads as label "дефицит (профицит) бюджета",
 * marks "– -" (two dashes), number "1642.4", unit thousand; "затраты – 514" at the end of the text is
 * unreadable: the number may be cut.
 */
export function readAmount(text: string, atEndOfText: boolean): ClauseReading {
  const zero = ZERO_IN_WORDS.exec(text)?.groups;
  if (zero !== undefined && END_OF_CLAUSE.test(zero.tail ?? "")) {
    const marks = readMarks(text.slice((zero.label ?? "").length, text.indexOf(zero.zero ?? "")));
    const notes = [`zero written in words ('${zero.zero}')`];
    return {
      kind: "amount",
      value: { label: (zero.label ?? "").trim(), marks, number: "0", unit: "none", notes },
    };
  }
  const groups = CLAUSE_WITH_AMOUNT.exec(text)?.groups;
  if (groups === undefined) return { kind: "no amount", label: text.trim() };
  const label = (groups.label ?? "").trim();
  const number = (groups.number ?? "").replace(/\s/gu, "").replace(",", ".");
  if (number.replace(".", "").length > MAX_DIGITS) {
    return {
      kind: "unreadable",
      label,
      reason: `amount '${groups.number}' has more than ${MAX_DIGITS} digits`,
    };
  }
  const unit = readUnit(groups.tail ?? "", atEndOfText);
  if ("problem" in unit) return { kind: "unreadable", label, reason: unit.problem };
  const marks = readMarks(groups.marks ?? "");
  return { kind: "amount", value: { label, marks, number, unit: unit.unit, notes: unit.notes } };
}
