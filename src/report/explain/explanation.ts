import { BUDGET_LINE_KEYS } from "../../budget/lines.js";

/**
 * How an explained figure came to be:
 * - `read` — read from a published text (a maslikhat decision) or given in the scenario file;
 * - `sum` — the sum of its children, exactly;
 * - `formula` — computed from its children by the formula in `formula`;
 * - `rule` — given by a rule of the law (an attribution rule, the maslikhat's fixed volume, a method).
 *
 * @category Reports
 */
export type ExplanationHow = "read" | "sum" | "formula" | "rule";

/**
 * Where an explained figure comes from:
 * - `decision` — a published maslikhat decision: its `file`, its `address` (the `# source:` line of the
 *   text or the scenario's `source`), the `lineNumber` and the `text` of the line it was read from;
 * - `scenario` — the scenario file, at `path`;
 * - `receipts` — the scenario's receipts: how many (`count`) and the first `ids`;
 * - `law` — an article of the law (`citation`), with the rule's `ruleId` and `attributionKey` when a rule
 *   attributed receipts.
 *
 * @category Reports
 * @example
 * ```ts
 * const source: ExplanationSource = {
 *   kind: "decision",
 *   citation: "http://insecure.zan.kz/rus/docs/G25FG00429M, line 22",
 *   address: "http://insecure.zan.kz/rus/docs/G25FG00429M",
 *   lineNumber: 22,
 *   text: "налоговые поступления – 13128 тысяч тенге;",
 * };
 * source.kind; //=> "decision"
 * ```
 */
export interface ExplanationSource {
  readonly kind: "decision" | "scenario" | "receipts" | "law";
  /** The source in one line, for people: an article, an address with its line, the scenario's field. */
  readonly citation: string;
  readonly file?: string;
  readonly address?: string;
  /** 1-based line number in the file (its header lines included). */
  readonly lineNumber?: number;
  /** The line as written. */
  readonly text?: string;
  /** A path in the scenario file, e.g. `["plan", "costGrowth"]`. */
  readonly path?: readonly (string | number)[];
  readonly ruleId?: string;
  readonly attributionKey?: string;
  readonly count?: number;
  /** The first ids (at most five) of the receipts counted. */
  readonly ids?: readonly string[];
}

/**
 * The unit of an explained value: thousand KZT (money, exact, as published decisions give it) or percent.
 *
 * @category Reports
 */
export type ExplanationUnit = "thousand KZT" | "%";

/**
 * One figure traced to where it came from, as a tree: the figure, its value with its unit, how it came to
 * be, its sources with their citations, and the figures it was made from (`children`). Where `how` is
 * `sum`, the children's values add up to `value` exactly. The command line, reports and web pages render
 * it (see `formatExplanation`); `JSON.stringify` gives it as it is.
 *
 * @category Reports
 */
export interface Explanation {
  /** The line key, e.g. `"tax_revenue"`, `"subvention"`, or for a part `"receipts"`, `"base"`. */
  readonly figure: string;
  /** What the figure is, for people, e.g. `"tax_revenue of Зубаировский с.о. (104049000), 2026"`. */
  readonly label: string;
  /** The value as an exact decimal string; `null` when it is not known (a line not in the text). */
  readonly value: string | null;
  readonly unit: ExplanationUnit;
  readonly how: ExplanationHow;
  /** For `formula` and `sum`: the computation with its numbers, e.g. `"31904 − 13128 = 18776"`. */
  readonly formula?: string;
  /** How the figure came to be, in one or two sentences. */
  readonly detail: string;
  readonly sources: readonly ExplanationSource[];
  /** What a reader must know: how the line was written and read, rounding, assumptions. */
  readonly notes: readonly string[];
  readonly children: readonly Explanation[];
}

/**
 * What {@link explain} is asked: a unit's (or a district's) KATO code, a year of the scenario, a line key.
 *
 * @category Reports
 */
export interface ExplainRequest {
  /** The KATO code of a fourth-level unit of the scenario, or of one of its districts. */
  readonly unit: string;
  /** The scenario's year (its statements) or a planned year. */
  readonly year: number;
  /** One of {@link EXPLAIN_LINES}. */
  readonly line: string;
}

/**
 * The lines {@link explain} traces: every line of a budget statement (see `BUDGET_LINE_KEYS`), then the
 * figures of the statements and the plan: `own_revenues` (tax + non-tax + capital sales), `costs`,
 * `self_sufficiency` (own revenues ÷ costs, %), `subvention`, `withdrawal`, `balance` (own revenues +
 * subvention − withdrawal − costs), a district's `district_outlay` (Σ subventions − Σ withdrawals), and
 * where the scenario compares the plan with an alternative: `alternative_net` (the net transfer under it),
 * `difference` (alternative − plan) and `alternative_balance`.
 *
 * @category Reports
 * @example
 * ```ts
 * EXPLAIN_LINES.includes("tax_revenue"); //=> true
 * EXPLAIN_LINES.includes("district_outlay"); //=> true
 * ```
 */
export const EXPLAIN_LINES = [
  ...BUDGET_LINE_KEYS,
  "own_revenues",
  "costs",
  "self_sufficiency",
  "subvention",
  "withdrawal",
  "balance",
  "district_outlay",
  "alternative_net",
  "difference",
  "alternative_balance",
] as const;

/**
 * One of {@link EXPLAIN_LINES}.
 *
 * @category Reports
 */
export type ExplainLine = (typeof EXPLAIN_LINES)[number];

/** A node of the tree, its fields in reading order; no sources, notes or children unless given. @internal */
export function node(
  fields: Omit<Explanation, "notes" | "children" | "sources" | "unit"> &
    Partial<Pick<Explanation, "notes" | "children" | "sources" | "unit">>,
): Explanation {
  const { figure, label, value, unit = "thousand KZT", how, formula, detail } = fields;
  return {
    figure,
    label,
    value,
    unit,
    how,
    ...(formula === undefined ? {} : { formula }),
    detail,
    sources: fields.sources ?? [],
    notes: fields.notes ?? [],
    children: fields.children ?? [],
  };
}
