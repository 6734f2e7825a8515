import type { BudgetFigures, BudgetLineKey } from "../../../budget/lines.js";
import type { Money } from "../../../money/money.js";
import type { DecisionReference } from "./references.js";

/**
 * One budget line read from a decision's text.
 *
 * @category Decisions
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * const [line] = parseDecisionText("1) доходы – 544 тысяч тенге;").lines;
 * line?.key; //=> "revenue_total"
 * line?.amount.toThousandKzt(); //=> "544"
 * line?.item; //=> 1
 * ```
 */
export interface DecisionLine {
  readonly key: BudgetLineKey;
  /** The amount in thousand KZT as published (after its sign and unit are judged, see `notes`). */
  readonly amount: Money;
  /** The sub-item number written before the line ("2) затраты" → 2), when there is one. */
  readonly item?: number;
  /** 1-based line number in the text given (header lines included); the first line of a split label. */
  readonly lineNumber: number;
  /** The line as written (lines of a split label joined by a space). */
  readonly text: string;
  /** Anything unusual about how the line is written and how it was read. */
  readonly notes: readonly string[];
}

/**
 * A budget line (or the decision's heading) that the reader saw but could not read, and why.
 *
 * @category Decisions
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * parseDecisionText("1) доходы – 100 тысяч тенге;\n2) затраты – 1 64").problems;
 * //=> [{ key: "expenditures", lineNumber: 2, text: "2) затраты – 1 64", reason: "text cut right after the number: it may be incomplete" }]
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
 * One budget list of a decision: a point's figures, or what an amendment puts in place of a point or of
 * some of its sub-items.
 *
 * @category Decisions
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * const text = "1. Внести в решение маслихата от 24 декабря 2025 года № 278 следующие изменения:\n" +
 *   "4 тармақтың 2) тармақшасы жаңа редакцияда жазылсын:\n\"2) шығындар – 49 260,4 мың теңге;\";";
 * const [change] = parseDecisionText(text).blocks;
 * change?.point; //=> "4"
 * change?.items; //=> [2]
 * change?.figures.expenditures?.toThousandKzt(); //=> "49260.4"
 * ```
 */
export interface DecisionBlock {
  /** The point the list belongs to ("1", "1-1"); absent when the text writes no point number. */
  readonly point?: string;
  /** In an amendment, the sub-items of the point that the list replaces; empty: the whole point. */
  readonly items: readonly number[];
  /** The lines read, in the order of the text. */
  readonly lines: readonly DecisionLine[];
  /** The lines as figures: only the lines present; absent never means 0. */
  readonly figures: BudgetFigures;
  /** Lines of the list seen but not read. */
  readonly problems: readonly DecisionProblem[];
}

/**
 * A published maslikhat budget decision as read from its text (see {@link parseDecisionText}).
 *
 * @category Decisions
 * @example
 * ```ts
 * import { parseDecisionText } from "fourth-level-budget";
 * const decision = parseDecisionText("1. Утвердить бюджет на 2026-2028 годы, в том числе на 2026 год:\n1) доходы – 100 тысяч тенге;");
 * decision.budgetYear; //=> 2026
 * decision.planningPeriod; //=> { first: 2026, last: 2028 }
 * decision.kind; //=> "decision"
 * ```
 */
export interface ParsedDecision {
  /** The file name given in the options, for messages. */
  readonly file?: string;
  /** From the `# language:` header, else detected from Kazakh-only letters. */
  readonly language: "ru" | "kk";
  /** From the `# source:` header: where the text was published. */
  readonly source?: string;
  /** `"amendment"` when the text amends another decision ("Внести в решение …", "… өзгерістер енгізілсін"). */
  readonly kind: "decision" | "amendment";
  /** The decision's own date and number, when its heading states them. */
  readonly reference?: DecisionReference;
  /** For an amendment: the decision it amends, when the text names it. */
  readonly amends?: DecisionReference;
  /** The budget's unit as written in the point's heading, e.g. "Бель-Агачского сельского округа". */
  readonly unitName?: string;
  /** The year of the figures ("на 2026 год", "2026 жылға"), when the heading states it. */
  readonly budgetYear?: number;
  /** The planning period as stated ("на 2026-2028 годы"), typos included (then also in `problems`). */
  readonly planningPeriod?: { readonly first: number; readonly last: number };
  /**
   * The figures of the first point with a budget list (for an amendment: of every list that replaces
   * that point or sub-items of it): only the lines present in the text.
   */
  readonly figures: BudgetFigures;
  /** Every budget line behind `figures`, in the order of the text. */
  readonly lines: readonly DecisionLine[];
  /** Every budget line behind `figures` seen but not read, and a heading the reader doubts. */
  readonly problems: readonly DecisionProblem[];
  /** Every budget list of the text, of every point, in order (for an amendment: its changes). */
  readonly blocks: readonly DecisionBlock[];
  /** Whether the text ends before the budget list behind `figures` is complete. */
  readonly truncated: boolean;
  /** The amendments applied to this decision by {@link applyAmendment}, in order; absent when none. */
  readonly amendedBy?: readonly AppliedAmendment[];
}

/**
 * An amendment applied to a decision by {@link applyAmendment}: which amendment, and what it restated.
 *
 * @category Decisions
 * @example
 * ```ts
 * import type { AppliedAmendment } from "fourth-level-budget";
 * const applied: AppliedAmendment = { reference: { number: "454" }, changes: [{ point: "1", items: [] }], notes: [] };
 * applied.changes.length; //=> 1
 * ```
 */
export interface AppliedAmendment {
  readonly file?: string;
  readonly reference?: DecisionReference;
  /** The points it restated, whole (`items` empty) or in some sub-items. */
  readonly changes: readonly { readonly point?: string; readonly items: readonly number[] }[];
  /** What could not be checked, e.g. that the amendment amends this decision when neither text names it. */
  readonly notes: readonly string[];
}
