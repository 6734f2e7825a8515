import {
  IDENTITY_NAMES,
  type IdentityName,
  identitySum,
  identityTerms,
  identityTotal,
} from "../../../budget/identities.js";
import type { BudgetFigures, BudgetLineKey } from "../../../budget/lines.js";
import type { Money } from "../../../money/money.js";
import { moneyOf, type ReadClause } from "./read-block.js";

/** A line whose sign is read, with its notes so far. */
export interface SignedLine extends ReadClause {
  readonly negative: boolean;
  /** A single dash that may be a separator or a minus: the identities decide. */
  readonly ambiguous?: boolean;
  readonly notes: readonly string[];
}

/** An amount after its unit is judged, with a note when the unit is unusual; or why it cannot be read. */
export type JudgedAmount = { readonly amount: Money; readonly note?: string } | { readonly problem: string };

const TENGE_IN_THOUSANDS = "labelled 'тенге' while the decision's figures are in thousand tenge";

function signed(line: SignedLine, unit: "thousand" | "tenge" | "million"): Money | { problem: string } {
  const amount = moneyOf(line.value.number, unit);
  return "problem" in amount || !line.negative ? amount : amount.negate();
}

/** Whether identity `name` links `key` to lines present (its total and a term), and holds when `key` is `amount`. */
function holds(name: IdentityName, key: BudgetLineKey, amount: Money, figures: BudgetFigures): boolean {
  const total = identityTotal(name);
  const terms = identityTerms(name);
  if (key !== total && !terms.includes(key)) return false;
  const withAmount: BudgetFigures = { ...figures, [key]: amount };
  const totalAmount = withAmount[total];
  if (totalAmount === undefined || !terms.some((term) => withAmount[term] !== undefined)) return false;
  return totalAmount.equals(identitySum(name, withAmount));
}

/** The first identity that links `key` to other lines present and holds when `key` is `amount`. */
export function confirming(
  key: BudgetLineKey,
  amount: Money,
  figures: BudgetFigures,
): IdentityName | undefined {
  return IDENTITY_NAMES.find((name) => holds(name, key, amount, figures));
}

function identityWords(name: IdentityName): string {
  return name === "revenue" ? "the revenue total adds up" : `the ${name} identity holds`;
}

/**
 * A non-zero amount labelled "тенге" in a list in thousand tenge: the list's identities decide which
 * reading is right; with none to tell, the thousand reading is kept, and the note says so.
 */
function judgeTenge(line: SignedLine, asThousand: Money, figures: BudgetFigures): JudgedAmount {
  const asTenge = signed(line, "tenge");
  if ("problem" in asTenge) return asTenge;
  const byThousand = confirming(line.key, asThousand, figures);
  const byTenge = confirming(line.key, asTenge, figures);
  if (byThousand !== undefined && byTenge === undefined) {
    return {
      amount: asThousand,
      note: `${TENGE_IN_THOUSANDS}: ${identityWords(byThousand)} only when read as thousand KZT, so the published unit label is wrong; read as thousand KZT`,
    };
  }
  if (byTenge !== undefined && byThousand === undefined) {
    return {
      amount: asTenge,
      note: `${TENGE_IN_THOUSANDS}: ${identityWords(byTenge)} when read as tenge; read as tenge`,
    };
  }
  return {
    amount: asThousand,
    note: `${TENGE_IN_THOUSANDS}; no total confirms either reading; read as thousand KZT`,
  };
}

function judgeInThousands(line: SignedLine, figures: BudgetFigures): JudgedAmount {
  const asThousand = signed(line, "thousand");
  if ("problem" in asThousand) return asThousand;
  switch (line.value.unit) {
    case "thousand":
    case "cut":
      return { amount: asThousand };
    case "none":
      return { amount: asThousand, note: "no unit written; read as thousand KZT" };
    case "million": {
      const amount = signed(line, "million");
      return "problem" in amount ? amount : { amount, note: "written in million tenge" };
    }
    case "tenge":
      return asThousand.isZero()
        ? { amount: asThousand, note: `${TENGE_IN_THOUSANDS}; zero either way` }
        : judgeTenge(line, asThousand, figures);
  }
}

/** A list that labels every non-zero amount "тенге" is in tenge throughout. */
function judgeInTenge(line: SignedLine): JudgedAmount {
  const unit = line.value.unit === "million" ? "million" : "tenge";
  const amount = signed(line, unit);
  if ("problem" in amount) return amount;
  return line.value.unit === "none"
    ? { amount, note: "no unit written; read as tenge like the list's other lines" }
    : { amount };
}

/**
 * The amounts of a list with their units judged. A list is in thousand tenge (as budget decisions are)
 * unless it labels every non-zero amount "тенге".
 */
export function judgeUnits(lines: readonly SignedLine[]): [SignedLine, JudgedAmount][] {
  const nonZero = lines.filter((l) => !/^[0.]+$/u.test(l.value.number) && l.value.unit !== "cut");
  const inTenge = nonZero.length > 0 && nonZero.every((l) => l.value.unit === "tenge");
  if (inTenge) return lines.map((line) => [line, judgeInTenge(line)]);
  const provisional: BudgetFigures = Object.fromEntries(
    lines.flatMap((line) => {
      const amount = signed(line, "thousand");
      return "problem" in amount ? [] : [[line.key, amount]];
    }),
  );
  return lines.map((line) => [line, judgeInThousands(line, provisional)]);
}
