import type { BudgetFigures, BudgetLineKey } from "../../../budget/lines.js";
import { FourthLevelError } from "../../../errors/error.js";
import { Money } from "../../../money/money.js";
import type { Clause } from "./clauses.js";
import { readSign, separatorStyleOf } from "./judge-sign.js";
import { confirming, type JudgedAmount, judgeUnits, type SignedLine } from "./judge-unit.js";
import { budgetLineKeyOf, lookalikesIn } from "./labels.js";
import { type AmountAsWritten, readAmount } from "./read-amount.js";
import type { Block } from "./structure.js";
import type { DecisionLine, DecisionProblem } from "./types.js";

/** A clause whose label names a budget line and whose amount was read as written. */
export interface ReadClause {
  readonly key: BudgetLineKey;
  readonly clause: Clause;
  readonly value: AmountAsWritten;
}

/** Notes on how a clause is written, independent of its amount. */
function writingNotes(clause: Clause): string[] {
  const notes: string[] = [];
  if (clause.lastLineNumber !== clause.lineNumber) {
    notes.push(`label split over lines ${clause.lineNumber}–${clause.lastLineNumber}`);
  }
  if (clause.gluedItem) notes.push("no space after the item number");
  for (const [latin, cyrillic] of lookalikesIn(clause.text)) {
    notes.push(`Latin '${latin}' inside a Cyrillic word read as Cyrillic '${cyrillic}'`);
  }
  return notes;
}

function withoutAmountReason(key: BudgetLineKey | undefined, clause: Clause): string {
  if (key === undefined) {
    return clause.endOfText
      ? "text cut mid-line: no budget label and no amount"
      : "not a budget line this reader knows";
  }
  return clause.endOfText
    ? `text cut after the label of ${key}: no amount`
    : `label of ${key} without amount`;
}

/** The clauses of a block read one by one, with the problems of those that cannot be read. */
function readClauses(block: Block): { read: ReadClause[]; problems: DecisionProblem[] } {
  const read: ReadClause[] = [];
  const problems: DecisionProblem[] = [];
  const lastBudget = block.clauses.findLastIndex(
    (c) => budgetLineKeyOf(c.body.split(/\d/u)[0] ?? "") !== undefined,
  );
  block.clauses.forEach((clause, index) => {
    if (clause.connective) return;
    const problem = (reason: string, key?: BudgetLineKey) =>
      problems.push({ lineNumber: clause.lineNumber, text: clause.text, reason, ...(key ? { key } : {}) });
    const reading = readAmount(clause.body, clause.endOfText);
    const key = budgetLineKeyOf(reading.kind === "amount" ? reading.value.label : reading.label);
    if (reading.kind === "unreadable") problem(reading.reason, key);
    else if (reading.kind === "no amount") {
      if (index <= lastBudget || clause.endOfText) problem(withoutAmountReason(key, clause));
    } else if (key === undefined) problem(`label not recognised: '${reading.value.label}'`);
    else if (read.some((line) => line.key === key))
      problem(`a second line for ${key}; the first one is kept`);
    else read.push({ key, clause, value: reading.value });
  });
  return { read, problems };
}

/**
 * Reads one budget list: each clause's label, sign and amount, the sign weighed against how the
 * list's other lines separate label and amount, the unit against the list's unit and its identities.
 * What cannot be read is listed with its line and reason; nothing is invented.
 */
export function readBlock(block: Block): { lines: DecisionLine[]; problems: DecisionProblem[] } {
  const { read, problems } = readClauses(block);
  const signed: SignedLine[] = [];
  for (const line of read) {
    const sign = readSign(line.value.marks, line.key, separatorStyleOf(read, line));
    if ("problem" in sign) {
      problems.push({
        key: line.key,
        lineNumber: line.clause.lineNumber,
        text: line.clause.text,
        reason: sign.problem,
      });
      continue;
    }
    const zero = sign.negative && /^[0.]+$/u.test(line.value.number);
    const signedZero = zero
      ? [`signed zero '${line.value.marks.written}${line.value.number}' read as 0`]
      : [];
    signed.push({
      ...line,
      negative: sign.negative && !zero,
      ...(sign.ambiguous === true && !zero ? { ambiguous: true } : {}),
      notes: [...writingNotes(line.clause), ...line.value.notes, ...sign.notes, ...signedZero],
    });
  }
  const judged = withAmbiguousSigns(judgeUnits(signed));
  const lines: DecisionLine[] = [];
  for (const [line, result] of judged) {
    if ("problem" in result) {
      problems.push({
        key: line.key,
        lineNumber: line.clause.lineNumber,
        text: line.clause.text,
        reason: result.problem,
      });
      continue;
    }
    lines.push({
      key: line.key,
      amount: result.amount,
      ...(line.clause.item === undefined ? {} : { item: line.clause.item }),
      lineNumber: line.clause.lineNumber,
      text: line.clause.text,
      notes: result.note === undefined ? line.notes : [...line.notes, result.note],
    });
  }
  problems.sort((a, b) => a.lineNumber - b.lineNumber);
  return { lines, problems };
}

/**
 * A single dash that may be a separator or a minus is read the other way than its layout says only when
 * an identity of the list holds that way and not the layout's way.
 */
function withAmbiguousSigns(judged: readonly [SignedLine, JudgedAmount][]): [SignedLine, JudgedAmount][] {
  const figures: BudgetFigures = Object.fromEntries(
    judged.flatMap(([line, result]) => ("amount" in result ? [[line.key, result.amount]] : [])),
  );
  return judged.map(([line, result]) => {
    if (line.ambiguous !== true || !("amount" in result)) return [line, result];
    const minus = result.amount.negate();
    const identity = confirming(line.key, minus, figures);
    if (identity === undefined || confirming(line.key, result.amount, figures) !== undefined)
      return [line, result];
    const sign = minus.isNegative() ? "minus" : "separator, not a minus";
    const note = `the dash '${line.value.marks.written}' may be a separator or a minus; the ${identity} identity holds only when it is a ${sign}: read so`;
    return [line, { amount: minus, note: result.note === undefined ? note : `${result.note}; ${note}` }];
  });
}

/** `number` (a plain decimal) as Money in the unit given, or the library's error as a reason. */
export function moneyOf(number: string, unit: "thousand" | "tenge" | "million"): Money | { problem: string } {
  try {
    if (unit === "tenge") return Money.kzt(number);
    const thousands = Money.thousandKzt(number);
    return unit === "million" ? thousands.times("1000", "trunc") : thousands;
  } catch (e) {
    if (e instanceof FourthLevelError) return { problem: `amount '${number}' cannot be read: ${e.message}` };
    throw e;
  }
}
