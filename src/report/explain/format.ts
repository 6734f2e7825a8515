import { parseInput } from "../../input/parse.js";
import type { Explanation, ExplanationSource } from "./explanation.js";
import { explanationSchema } from "./explanation-schema.js";

/** A source in one line: its citation, then the file, line and text, the rule, the receipts. */
function sourceText(s: ExplanationSource): string {
  const parts = [s.citation];
  const at = s.lineNumber === undefined ? "" : `, line ${s.lineNumber}`;
  if (s.file !== undefined)
    parts.push(`file ${s.file}${at}${s.text === undefined ? "" : `: ${JSON.stringify(s.text)}`}`);
  if (s.ruleId !== undefined) {
    parts.push(
      `rule ${s.ruleId}${s.attributionKey === undefined ? "" : `, attribution key ${s.attributionKey}`}`,
    );
  }
  if (s.count !== undefined)
    parts.push(
      `${s.count} receipt(s)${s.ids === undefined ? "" : `: ${s.ids.join(", ")}${s.ids.length < s.count ? ", …" : ""}`}`,
    );
  return `${s.kind}: ${parts.join("; ")}`;
}

/** What a label says besides its figure: `" of Зубаировский с.о. (104049000), 2026"`. */
const suffixOf = (e: Explanation): string =>
  e.label.startsWith(e.figure) ? e.label.slice(e.figure.length) : e.label;

/** The lines of one node and its children, indented by depth; a child of the same unit and year by its figure. */
function linesOf(e: Explanation, depth: number, parent?: string): string[] {
  const pad = "  ".repeat(depth);
  const value = e.value === null ? "unknown" : `${e.value} ${e.unit === "%" ? "%" : e.unit}`;
  const name = parent !== undefined && suffixOf(e) === parent ? e.figure : e.label;
  return [
    `${pad}${depth === 0 ? "" : "- "}${name}: ${value} [${e.how}]`,
    ...(e.formula === undefined ? [] : [`${pad}    = ${e.formula}`]),
    `${pad}    ${e.detail}`,
    ...e.sources.map((s) => `${pad}    ${sourceText(s)}`),
    ...e.notes.map((n) => `${pad}    note: ${n}`),
    ...e.children.flatMap((c) => linesOf(c, depth + 1, suffixOf(e))),
  ];
}

/**
 * An {@link Explanation} as readable text: each figure on a line with its value, unit and how it came
 * to be (`[read]`, `[sum]`, `[formula]`, `[rule]`), then its formula with numbers, what it is, its
 * sources and notes; the figures it was made from follow, indented.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `explanation` is not an explanation.
 * @category Reports
 * @example
 * ```ts
 * const text = formatExplanation({
 *   figure: "tax_revenue", label: "tax_revenue of Зубаировский с.о. (104049000), 2026", value: "13128",
 *   unit: "thousand KZT", how: "read", detail: "given in the scenario file as published",
 *   sources: [], notes: [], children: [],
 * });
 * text.split("\n")[0]; //=> "tax_revenue of Зубаировский с.о. (104049000), 2026: 13128 thousand KZT [read]"
 * ```
 */
export function formatExplanation(explanation: Explanation): string {
  return linesOf(parseInput(explanationSchema, explanation, "explanation"), 0).join("\n");
}
