import type { BudgetLineKey } from "../../../budget/lines.js";
import type { MarksAsWritten } from "./read-amount.js";
import type { ReadClause } from "./read-block.js";

/** Lines that can be negative: a surplus, repayments above loans, sales above purchases. */
const SIGNED_LINES: readonly BudgetLineKey[] = [
  "deficit",
  "non_oil_deficit",
  "financing",
  "net_lending",
  "fin_assets_balance",
];

/** How a list's lines separate label and amount. */
export interface SeparatorStyle {
  /** Whether most lines put a dash between label and amount ("доходы – 100"), not nothing ("доходы 100"). */
  readonly dashed: boolean;
  /** The dash most lines use as the separator, when they use one. */
  readonly dash?: string;
}

/** How the other lines of a list (all but `line`) separate label and amount. */
export function separatorStyleOf(lines: readonly ReadClause[], line: ReadClause): SeparatorStyle {
  const others = lines.filter((other) => other !== line).map((other) => other.value.marks);
  const dashed = others.filter((m) => m.dashes + m.parenthesised > 0).length;
  const counts = new Map<string, number>();
  for (const m of others) {
    if (m.dashes === 1 && m.lastDash !== undefined) counts.set(m.lastDash, (counts.get(m.lastDash) ?? 0) + 1);
  }
  const dash = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return {
    dashed: others.length === 0 || dashed * 2 >= others.length,
    ...(dash === undefined ? {} : { dash }),
  };
}

const MINUS_SIGNS = ["-", "−", "‐", "‑"];

/**
 * A single dash before the number on a line that can be negative: a separator or a minus sign. It is a
 * minus after a colon ("сальдо: -5"), when the list's other lines put no dash between label and amount
 * ("дефицит (профицит) бюджета - 40,1" among "доходы 46 593"), or when it is a hyphen or minus glued to
 * the number while the separators are another dash ("бюджета -238,8" among "доходы – 52 284"); otherwise
 * a separator. Either way it stays `ambiguous`: the list's identities may tell the other reading.
 */
function singleDash(marks: MarksAsWritten, key: BudgetLineKey, style: SeparatorStyle): SignReading {
  if (!SIGNED_LINES.includes(key) || marks.lastDash === undefined) return { negative: false, notes: [] };
  const minus = (why: string) => ({ negative: true, notes: [`${why}: read as minus`], ambiguous: true });
  if (marks.colonBeforeDash)
    return minus(`'${marks.written}' after the colon that separates label and amount`);
  if (!style.dashed) return minus(`a dash where the list's other lines have none ('${marks.written}')`);
  const unlike =
    style.dash !== undefined && marks.lastDash !== style.dash && MINUS_SIGNS.includes(marks.lastDash);
  if (unlike && marks.glued) {
    return minus(
      `'${marks.written}' glued to the number, unlike the separators '${style.dash}' of the other lines`,
    );
  }
  return { negative: false, notes: [], ambiguous: true };
}

/** A sign read; `ambiguous` when a single dash may be a separator or a minus (the list's identities may tell). */
export interface SignReading {
  readonly negative: boolean;
  readonly notes: readonly string[];
  readonly ambiguous?: boolean;
}

/**
 * The sign written before a number: separators and signs counted ("–", "- -", "– -", "(-)"), a single
 * dash weighed against the list's style. A negative amount on a line that cannot be negative is not read.
 */
export function readSign(
  marks: MarksAsWritten,
  key: BudgetLineKey,
  style: SeparatorStyle,
): SignReading | { problem: string } {
  const { written, dashes, parenthesised } = marks;
  let reading: SignReading | undefined;
  if (parenthesised === 1 && dashes <= 1) {
    reading = { negative: true, notes: [`sign written '${written}' read as minus`] };
  } else if (parenthesised === 0 && dashes === 2) {
    reading = { negative: true, notes: [`doubled sign '${written}' read as minus`] };
  } else if (parenthesised === 0 && dashes <= 1) {
    reading = dashes === 1 ? singleDash(marks, key, style) : { negative: false, notes: [] };
  }
  if (reading === undefined) return { problem: `signs '${written}' before the amount cannot be read` };
  if (reading.negative && !SIGNED_LINES.includes(key)) {
    return { problem: `signs '${written}' make ${key} negative, which it cannot be` };
  }
  return reading;
}
