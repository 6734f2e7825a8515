import { fiscalYearOf } from "../calendar/iso-date.js";
import type { RevenueCategory } from "../classification/category.js";
import { parseInput } from "../input/parse.js";
import { type BudgetCodeTotal, type Posting, totalsByBudgetAndCode } from "../ledger/ledger.js";
import { Money, percentOf } from "../money/money.js";
import { budgetFiguresSchema } from "./figures-schema.js";
import { type IdentityCheck, identityChecks, identitySum } from "./identities.js";
import type { BudgetFigures, BudgetLineKey } from "./lines.js";
import { statementInputSchema } from "./statement-schema.js";

/**
 * Where a statement line comes from: the published decision, the ledger (receipts, transfers), or computed
 * from other lines.
 *
 * @category Budget
 */
export type LineSource = "published" | "ledger" | "computed";

/**
 * One line of a budget statement.
 *
 * @category Budget
 */
export interface StatementLine {
  /** Amount in KZT. */
  readonly amount: Money;
  readonly source: LineSource;
}

/**
 * Self-sufficiency: the share of own revenues (tax + non-tax + capital sales) in costs, in %.
 *
 * @category Budget
 */
export interface SelfSufficiency {
  /** Percent with one decimal, e.g. `"75.7"`; absent when it cannot be computed (see `reason`). */
  readonly percent?: string;
  readonly ownRevenues?: Money;
  readonly costs?: Money;
  readonly reason?: string;
}

/**
 * The budget statement of one fourth-level unit for one year, in the structure of a budget (e.g. BC2008
 * Art. 13/17):
 * revenues by category (and by EBK code where the ledger has receipts), costs, net budget lending,
 * financial-asset balance, deficit (surplus), financing; the identity checks; self-sufficiency.
 *
 * @category Budget
 */
export interface BudgetStatement {
  readonly unit: { readonly code: string; readonly name: string };
  readonly year: number;
  /** Only the lines known; an absent line is unknown, never zero. */
  readonly lines: Readonly<Partial<Record<BudgetLineKey, StatementLine>>>;
  /** What the ledger credited to the unit in the year, per EBK code. */
  readonly revenueByEbk: readonly BudgetCodeTotal[];
  readonly checks: readonly IdentityCheck[];
  readonly selfSufficiency: SelfSufficiency;
  /** What a reader must know: published lines replaced by ledger amounts, computed lines, assumptions. */
  readonly notes: readonly string[];
}

/**
 * The statement line each revenue category is booked on.
 *
 * @category Budget
 */
export const LINE_OF_CATEGORY: Readonly<Record<RevenueCategory, BudgetLineKey>> = {
  tax: "tax_revenue",
  non_tax: "non_tax_revenue",
  capital: "capital_sales",
  special: "special_receipts",
  transfers: "transfers",
};

/** The amounts of statement lines, as figures. */
const amountsOf = (lines: Readonly<Partial<Record<BudgetLineKey, StatementLine>>>): BudgetFigures =>
  Object.fromEntries(Object.entries(lines).map(([k, l]) => [k, l.amount])) as BudgetFigures;

/**
 * The own revenues of a budget: everything but transfers and special receipts — tax, non-tax and
 * capital sales, the lines self-sufficiency and the multi-year plan count.
 *
 * @category Budget
 * @example
 * ```ts
 * OWN_REVENUE_LINES; //=> ["tax_revenue", "non_tax_revenue", "capital_sales"]
 * ```
 */
export const OWN_REVENUE_LINES = ["tax_revenue", "non_tax_revenue", "capital_sales"] as const;

/**
 * Input of {@link buildStatement}.
 *
 * @category Budget
 */
export interface StatementInput {
  /** KATO code and name of the fourth-level unit. */
  readonly unit: { readonly code: string; readonly name: string };
  /** The budget year. */
  readonly year: number;
  /** Published figures (e.g. from `parseDecisionText`); absent lines stay absent. */
  readonly published?: BudgetFigures;
  /** Ledger postings; those crediting the unit's level-4 account in `year` are used. */
  readonly postings?: readonly Posting[];
  /** Lines in the published text that could not be read: identities using them are not checkable. */
  readonly unreadLines?: ReadonlySet<BudgetLineKey>;
}

/**
 * Builds a unit's budget statement for a year from its published figures and the ledger. A revenue
 * category with postings in the ledger takes the ledger amount (the published amount, if any, is named
 * in the notes); the revenue total and the deficit are then recomputed from their parts. All other lines
 * are as published. The identity checks run on the result; self-sufficiency is own revenues over costs.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the input with its path: a
 * unit code that is not 9 digits, a year outside 1900–2100, figures with a key that is not a budget line or
 * an amount that is not Money, postings that are not postings (e.g. `["postings", 3]`).
 * @category Budget
 * @example
 * ```ts
 * // Bel-Agach rural district, 2026, as published (thousand KZT)
 * const figures = {
 *   revenue_total: Money.thousandKzt("54959"),
 *   tax_revenue: Money.thousandKzt("39585"),
 *   non_tax_revenue: Money.thousandKzt("0"),
 *   capital_sales: Money.thousandKzt("2000"),
 *   transfers: Money.thousandKzt("13374"),
 *   expenditures: Money.thousandKzt("54959"),
 * };
 * const st = buildStatement({ unit: { code: "104035000", name: "Бель-Агачский с.о." }, year: 2026, published: figures });
 * st.selfSufficiency.percent; //=> "75.7"
 * ```
 */
export function buildStatement(input: StatementInput): BudgetStatement {
  const checked = parseInput(statementInputSchema, input, "budget statement");
  const { unit, year, published = {}, postings = [], unreadLines } = checked;
  const credited = postings.filter(
    (p) =>
      p.to.kind === "budget" && p.to.level === 4 && p.to.code === unit.code && fiscalYearOf(p.date) === year,
  );
  const revenueByEbk = totalsByBudgetAndCode(credited);
  const { lines, notes } = linesOf(published, ledgerLines(revenueByEbk));
  const figures = amountsOf(lines);
  return {
    unit,
    year,
    lines,
    revenueByEbk,
    checks: identityChecks(figures, undefined, unreadLines),
    selfSufficiency: selfSufficiencyOf(figures),
    notes,
  };
}

/** What the ledger gives each revenue line: the sums of the categories booked on it. */
function ledgerLines(revenueByEbk: readonly BudgetCodeTotal[]): ReadonlyMap<BudgetLineKey, Money> {
  const byLine = new Map<BudgetLineKey, Money>();
  for (const row of revenueByEbk) {
    if (row.category === undefined) continue;
    const key = LINE_OF_CATEGORY[row.category];
    byLine.set(key, (byLine.get(key) ?? Money.zero).plus(row.amount));
  }
  return byLine;
}

/**
 * The statement lines: the published ones, the ledger's in place of the published revenue lines (named in
 * the notes when they differ), and the revenue total and the deficit recomputed when the ledger changed a
 * revenue line.
 */
function linesOf(
  published: BudgetFigures,
  byLine: ReadonlyMap<BudgetLineKey, Money>,
): { lines: Partial<Record<BudgetLineKey, StatementLine>>; notes: string[] } {
  const notes: string[] = [];
  const lines: Partial<Record<BudgetLineKey, StatementLine>> = {};
  for (const [key, amount] of Object.entries(published) as [BudgetLineKey, Money][]) {
    lines[key] = { amount, source: "published" };
  }
  for (const [key, amount] of byLine) {
    const given = published[key];
    if (given !== undefined && !given.equals(amount)) {
      notes.push(
        `${key}: ledger ${amount.toThousandKzt()} thousand KZT replaces published ${given.toThousandKzt()} (difference ${amount
          .minus(given)
          .toThousandKzt()})`,
      );
    }
    lines[key] = { amount, source: "ledger" };
  }
  const ledgerChangedRevenue = [...byLine].some(([key, amount]) => published[key]?.equals(amount) !== true);
  if (ledgerChangedRevenue) {
    lines.revenue_total = { amount: identitySum("revenue", amountsOf(lines)), source: "computed" };
    notes.push("revenue_total recomputed from its parts because the ledger changed a revenue line");
    if (lines.expenditures !== undefined) {
      lines.deficit = { amount: identitySum("balance", amountsOf(lines)), source: "computed" };
      notes.push("deficit recomputed from revenues and costs; financing stays as published");
    }
  }
  return { lines, notes };
}

/**
 * The share of own revenues (tax + non-tax + capital sales, i.e. everything but transfers) in costs, in
 * percent with one decimal (half away from zero). Absent non-tax or capital lines count as 0; without the
 * tax line or the costs it is not computed, and `reason` says why.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for figures with a key that is not a budget line or an
 * amount that is not Money.
 * @category Budget
 * @example
 * ```ts
 * // Bel-Agach rural district, 2026, as published (thousand KZT)
 * const figures = {
 *   revenue_total: Money.thousandKzt("54959"),
 *   tax_revenue: Money.thousandKzt("39585"),
 *   non_tax_revenue: Money.thousandKzt("0"),
 *   capital_sales: Money.thousandKzt("2000"),
 *   transfers: Money.thousandKzt("13374"),
 *   expenditures: Money.thousandKzt("54959"),
 * };
 * // (39 585 + 0 + 2 000) / 54 959 = 75.67 %
 * selfSufficiency(figures).percent; //=> "75.7"
 * ```
 */
export function selfSufficiency(figures: BudgetFigures): SelfSufficiency {
  return selfSufficiencyOf(parseInput(budgetFiguresSchema, figures, "budget figures"));
}

/** {@link selfSufficiency} of figures already checked. */
function selfSufficiencyOf(figures: BudgetFigures): SelfSufficiency {
  const costs = figures.expenditures;
  const tax = figures.tax_revenue;
  if (costs === undefined || tax === undefined) {
    return { reason: `${costs === undefined ? "expenditures" : "tax_revenue"} not in the figures` };
  }
  const ownRevenues = OWN_REVENUE_LINES.reduce(
    (sum, line) => sum.plus(figures[line] ?? Money.zero),
    Money.zero,
  );
  const percent = percentOf(ownRevenues, costs);
  return percent === undefined
    ? { ownRevenues, costs, reason: "costs are zero" }
    : { percent, ownRevenues, costs };
}
