import type { Money } from "../money/money.js";

/**
 * The headline lines of a fourth-level budget as a maslikhat decision publishes them (point 1 of a
 * budget decision), in the order the decision lists them. These keys are used in the published-budgets
 * JSON, in the CLI's JSON output and everywhere the library names a budget line.
 *
 * - `revenue_total` доходы / кірістер, made of `tax_revenue`, `non_tax_revenue`, `capital_sales`,
 *   `special_receipts` and `transfers`;
 * - `expenditures` затраты / шығындар;
 * - `net_lending` = `budget_loans` − `loan_repayments`;
 * - `fin_assets_balance` = `fin_assets_acquisition` − `fin_assets_sales`;
 * - `deficit` (negative) or surplus, and `non_oil_deficit`;
 * - `financing` = `loans_received` − `loans_repaid` + `free_balances_used`.
 *
 * @category Budget
 * @example
 * ```ts
 * import { BUDGET_LINE_KEYS } from "fourth-level-budget";
 * BUDGET_LINE_KEYS.includes("deficit"); //=> true
 * ```
 */
export const BUDGET_LINE_KEYS = [
  "revenue_total",
  "tax_revenue",
  "non_tax_revenue",
  "capital_sales",
  "special_receipts",
  "transfers",
  "expenditures",
  "net_lending",
  "budget_loans",
  "loan_repayments",
  "fin_assets_balance",
  "fin_assets_acquisition",
  "fin_assets_sales",
  "deficit",
  "non_oil_deficit",
  "financing",
  "loans_received",
  "loans_repaid",
  "free_balances_used",
] as const;

/**
 * One headline line of a published budget, e.g. `"tax_revenue"`; see {@link BUDGET_LINE_KEYS}.
 *
 * @category Budget
 * @example
 * ```ts
 * import type { BudgetLineKey } from "fourth-level-budget";
 * const key: BudgetLineKey = "transfers";
 * ```
 */
export type BudgetLineKey = (typeof BUDGET_LINE_KEYS)[number];

/**
 * Published figures of one budget year: only the lines present; an absent key means "line not in the
 * text", never zero. Amounts are exact {@link Money} values, read from thousand KZT as published.
 *
 * @category Budget
 * @example
 * ```ts
 * import { Money, type BudgetFigures } from "fourth-level-budget";
 * const figures: BudgetFigures = { revenue_total: Money.thousandKzt("65315"), net_lending: Money.zero };
 * // not published, which is not the same as 0
 * figures.deficit === undefined; //=> true
 * ```
 */
export type BudgetFigures = Readonly<Partial<Record<BudgetLineKey, Money>>>;

/**
 * Whether `value` is one of the {@link BUDGET_LINE_KEYS}.
 *
 * @category Budget
 * @example
 * ```ts
 * import { isBudgetLineKey } from "fourth-level-budget";
 * isBudgetLineKey("deficit"); //=> true
 * isBudgetLineKey("subvention_multi_year"); //=> false
 * ```
 */
export function isBudgetLineKey(value: string): value is BudgetLineKey {
  return (BUDGET_LINE_KEYS as readonly string[]).includes(value);
}
