import type { BudgetLineKey } from "../../budget/lines.js";
import type { Money } from "../../money/money.js";
import { labelOf, type UnitContext } from "./context.js";
import { type Explanation, type ExplanationSource, node } from "./explanation.js";

/** Where the unit's published figures come from: its decision's address, or the scenario file. */
function figureSource(ctx: UnitContext, key: BudgetLineKey): ExplanationSource {
  const { input, path } = ctx;
  const text = input.decisionText;
  const address = input.source;
  if (text === undefined) {
    const where = [...path, "figures", key];
    return {
      kind: "scenario",
      citation: `the scenario file, ${where.join(".")}${address === undefined ? "" : ` (source: ${address})`}`,
      path: where,
      ...(address === undefined ? {} : { address }),
    };
  }
  const line = text.lines.find((l) => l.key === key) ?? text.problems.find((p) => p.key === key);
  const ref = text.reference;
  const decision =
    input.decision ??
    (ref === undefined
      ? "published decision"
      : `decision${ref.date === undefined ? "" : ` of ${ref.date}`} No ${ref.number}`);
  return {
    kind: "decision",
    citation: `${decision}, ${address ?? text.file}`,
    file: text.file,
    ...(address === undefined ? {} : { address }),
    ...(line === undefined ? {} : { lineNumber: line.lineNumber, text: line.text }),
  };
}

/** A line of the unit's published figures: the line of text it was read from, or the scenario's value. */
export function readLine(ctx: UnitContext, key: BudgetLineKey, amount: Money): Explanation {
  const source = figureSource(ctx, key);
  const line = ctx.input.decisionText?.lines.find((l) => l.key === key);
  const detail =
    source.kind === "scenario"
      ? "given in the scenario file as published"
      : line === undefined
        ? "read from the decision text"
        : `read from line ${line.lineNumber} of the published decision text`;
  return node({
    figure: key,
    label: labelOf(ctx, key, ctx.result.year),
    value: amount.toThousandKzt(),
    how: "read",
    detail,
    sources: [source],
    notes: line?.notes ?? [],
  });
}

/** A line not in the unit's figures: unknown, never zero; why (not in the text, or seen and not read). */
export function absentLine(ctx: UnitContext, key: BudgetLineKey): Explanation {
  const problem = ctx.input.decisionText?.problems.find((p) => p.key === key);
  const where = ctx.input.decisionText === undefined ? "the scenario file's figures" : "the decision text";
  return node({
    figure: key,
    label: labelOf(ctx, key, ctx.result.year),
    value: null,
    how: "read",
    detail:
      problem === undefined
        ? `not in ${where}: the line is unknown (an absent line is never taken as zero)`
        : `line ${problem.lineNumber} of the decision text names ${key} but its amount cannot be read: ${problem.reason}`,
    sources: [figureSource(ctx, key)],
    notes: [
      ...(problem === undefined
        ? (ctx.input.decisionText?.problems ?? []).map(
            (p) => `line ${p.lineNumber} of the text not read: ${p.reason}`,
          )
        : []),
    ],
  });
}
