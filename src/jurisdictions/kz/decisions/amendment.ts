import * as z from "zod";
import { BUDGET_LINE_KEYS, type BudgetLineKey } from "../../../budget/lines.js";
import { FourthLevelError } from "../../../errors/error.js";
import { parseInput } from "../../../input/parse.js";
import { parsedDecisionSchema } from "./decision-schema.js";
import { type DecisionReference, sameDecision } from "./references.js";
import type {
  AppliedAmendment,
  DecisionBlock,
  DecisionLine,
  DecisionProblem,
  ParsedDecision,
} from "./types.js";

/** The lines a sub-item holds: its own line and the lines listed under it ("в том числе"). */
const SUB_LINES: Readonly<Partial<Record<BudgetLineKey, readonly BudgetLineKey[]>>> = {
  revenue_total: ["tax_revenue", "non_tax_revenue", "capital_sales", "special_receipts", "transfers"],
  net_lending: ["budget_loans", "loan_repayments"],
  fin_assets_balance: ["fin_assets_acquisition", "fin_assets_sales"],
  financing: ["loans_received", "loans_repaid", "free_balances_used"],
};

/** The sub-item a line belongs to, named by its own line: `tax_revenue` belongs to `revenue_total`. */
function subItemOf(key: BudgetLineKey): BudgetLineKey {
  const owner = Object.entries(SUB_LINES).find(([, lines]) => lines.includes(key))?.[0];
  return (owner as BudgetLineKey | undefined) ?? key;
}

const inputSchema = z.strictObject({ decision: parsedDecisionSchema, amendment: parsedDecisionSchema });

function describe(reference: DecisionReference | undefined, file: string | undefined): string {
  const written =
    reference === undefined ? "" : `№ ${reference.number}${reference.date ? ` of ${reference.date}` : ""}`;
  return [written, file].filter((part) => part !== undefined && part !== "").join(", ") || "the decision";
}

/** Refuses an amendment that is not one, or that names another decision than the one given. */
function checkPair(decision: ParsedDecision, amendment: ParsedDecision): void {
  const problem = (message: string) =>
    new FourthLevelError("INVALID_INPUT", `applyAmendment: ${message}`, {
      decision: describe(decision.reference, decision.file),
      amendment: describe(amendment.reference, amendment.file),
    });
  if (amendment.kind !== "amendment") {
    throw problem(
      `${describe(amendment.reference, amendment.file)} is not an amendment ("Внести в решение …", "… өзгерістер енгізілсін")`,
    );
  }
  if (decision.kind !== "decision") {
    throw problem(
      `${describe(decision.reference, decision.file)} is itself an amendment; give the decision it amends`,
    );
  }
  if (amendment.amends && decision.reference && !sameDecision(amendment.amends, decision.reference)) {
    throw problem(
      `${describe(amendment.reference, amendment.file)} amends decision ${describe(amendment.amends, undefined)}, not ${describe(decision.reference, decision.file)}`,
    );
  }
}

function fromAmendment(line: DecisionLine, amendment: ParsedDecision, change: DecisionBlock): DecisionLine {
  const what =
    change.items.length === 0
      ? `point ${change.point}`
      : `sub-item ${change.items.join(", ")} of point ${change.point}`;
  const note = `from the amendment ${describe(amendment.reference, amendment.file)} (line ${line.lineNumber}), which restates ${what}`;
  return { ...line, notes: [...line.notes, note] };
}

/** The block after one change: the whole point replaced, or the sub-items the change restates. */
function changed(
  block: DecisionBlock | undefined,
  change: DecisionBlock,
  amendment: ParsedDecision,
): DecisionBlock {
  const lines = change.lines.map((line) => fromAmendment(line, amendment, change));
  if (block === undefined || change.items.length === 0)
    return { ...change, lines, figures: figuresOf(lines) };
  const restated = new Set(change.lines.map((line) => subItemOf(line.key)));
  const problems: DecisionProblem[] = block.problems.filter(
    (p) => p.key === undefined || !restated.has(subItemOf(p.key)),
  );
  const written = [...restated].map((key) => block.lines.find((line) => line.key === key)?.item);
  change.items.forEach((item, i) => {
    if (written[i] !== undefined && written[i] !== item) {
      const first = lines[0] as DecisionLine;
      problems.push({
        lineNumber: first.lineNumber,
        text: first.text,
        reason: `the amendment restates sub-item ${item}) of point ${change.point}, but the decision's line ${[...restated][i]} is sub-item ${written[i]})`,
      });
    }
  });
  const kept = block.lines.filter((line) => !restated.has(subItemOf(line.key)));
  const merged = [...kept, ...lines].sort(
    (a, b) => BUDGET_LINE_KEYS.indexOf(a.key) - BUDGET_LINE_KEYS.indexOf(b.key),
  );
  return { ...block, lines: merged, figures: figuresOf(merged), problems };
}

function figuresOf(lines: readonly DecisionLine[]): DecisionBlock["figures"] {
  return Object.fromEntries(lines.map((line) => [line.key, line.amount]));
}

/**
 * The decision as amended: each change of `amendment` (a restated point, or restated sub-items of a
 * point, see {@link ParsedDecision.blocks}) put in place of what it restates in `decision`. A restated
 * sub-item replaces its own line and the lines listed under it (sub-item "6) финансирование дефицита"
 * replaces financing, loans received, loans repaid and free balances used); a restated point replaces
 * the point's whole list. Every line taken from the amendment says so in its notes.
 *
 * @param decision - The decision amended, as read by {@link parseDecisionText} (or already amended).
 * @param amendment - The amending decision, as read by {@link parseDecisionText}.
 * @returns The decision with its lists, `figures` and `lines` amended; `amendedBy` lists the amendments applied.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when either is not a read decision, when `amendment`
 *   amends nothing, when `decision` is itself an amendment, when the amendment names another decision
 *   (number and date) than `decision`'s heading, or when a restated sub-item's point is not in `decision`.
 * @category Decisions
 * @example
 * ```ts
 * import { applyAmendment, parseDecisionText } from "fourth-level-budget";
 * const decision = parseDecisionText(
 *   "Решение маслихата от 24 декабря 2025 года № 432\nРЕШИЛ:\n1. Утвердить бюджет на 2026-2028 годы:\n" +
 *     "1) доходы – 43 421 тысяч тенге;\n2) затраты – 43 421 тысяч тенге;",
 * );
 * const amendment = parseDecisionText(
 *   "1. Внести в решение маслихата от 24 декабря 2025 года № 432 следующие изменения:\n" +
 *     "подпункт 2) пункта 1 изложить в следующей редакции:\n\"2) затраты – 46 633,1 тысяч тенге;\";",
 * );
 * const amended = applyAmendment(decision, amendment);
 * amended.figures.expenditures?.toThousandKzt(); //=> "46633.1"
 * amended.figures.revenue_total?.toThousandKzt(); //=> "43421"
 * ```
 */
export function applyAmendment(decision: ParsedDecision, amendment: ParsedDecision): ParsedDecision {
  const checked = parseInput(inputSchema, { decision, amendment }, "decision and its amendment");
  return amended(checked.decision, checked.amendment);
}

/** {@link applyAmendment} of decisions already checked. */
function amended(decision: ParsedDecision, amendment: ParsedDecision): ParsedDecision {
  checkPair(decision, amendment);
  const blocks = [...decision.blocks];
  for (const change of amendment.blocks) {
    const at = blocks.findIndex((block) => block.point === change.point);
    if (at < 0 && change.items.length > 0) {
      throw new FourthLevelError(
        "INVALID_INPUT",
        `applyAmendment: the amendment restates sub-items ${change.items.join(", ")} of point ${change.point}, which ${describe(decision.reference, decision.file)} does not hold (its text may be cut)`,
        { point: change.point ?? null },
      );
    }
    if (at < 0) blocks.push(changed(undefined, change, amendment));
    else blocks[at] = changed(blocks[at], change, amendment);
  }
  const first = blocks.find((block) => block.point === decision.blocks[0]?.point) ?? blocks[0];
  const firstChanged = amendment.blocks.some((change) => change.point === first?.point);
  return {
    ...decision,
    blocks,
    figures: first?.figures ?? {},
    lines: first?.lines ?? [],
    problems: firstChanged ? (first?.problems ?? []) : decision.problems,
    truncated:
      firstChanged && amendment.blocks.some((c) => c.point === first?.point && c.items.length === 0)
        ? amendment.truncated
        : decision.truncated,
    amendedBy: [...(decision.amendedBy ?? []), amendedByOf(decision, amendment)],
  };
}

function amendedByOf(decision: ParsedDecision, amendment: ParsedDecision): AppliedAmendment {
  const unchecked =
    amendment.amends === undefined
      ? ["the amendment's text does not name the decision it amends: not checked to be this one"]
      : decision.reference === undefined
        ? ["the decision's text does not state its number: not checked to be the one amended"]
        : [];
  return {
    ...(amendment.file === undefined ? {} : { file: amendment.file }),
    ...(amendment.reference === undefined ? {} : { reference: amendment.reference }),
    changes: amendment.blocks.map((b) => ({
      ...(b.point === undefined ? {} : { point: b.point }),
      items: b.items,
    })),
    notes: unchecked,
  };
}
