import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import type { Issue } from "../errors/issue.js";
import { moneySchema } from "../input/money.js";
import { Money } from "../money/money.js";
import { BUDGET_LINE_KEYS, type BudgetFigures, type BudgetLineKey } from "./lines.js";

const LINES = BUDGET_LINE_KEYS.join(", ");

/** One of the {@link BUDGET_LINE_KEYS}, e.g. `"tax_revenue"`. */
export const budgetLineKeySchema = z.enum(BUDGET_LINE_KEYS, {
  error: (issue) => `${describeValue(issue.input)} is not a budget line: the lines are ${LINES}`,
});

/**
 * The lines that are amounts of one flow of the year (receipts, payments, loans given or repaid, assets
 * bought or sold): never negative. The balances between them — `net_lending`, `fin_assets_balance`,
 * `deficit`, `non_oil_deficit`, `financing` and `free_balances_used` — may be (BC2008 Art. 13, 17: net
 * lending = loans − repayments; deficit = revenues − costs − net lending − financial-asset balance).
 */
const FLOW_LINES: Readonly<Partial<Record<BudgetLineKey, string>>> = {
  revenue_total: "it is the sum of the year's receipts",
  tax_revenue: "it is a sum of receipts",
  non_tax_revenue: "it is a sum of receipts",
  capital_sales: "it is a sum of receipts",
  special_receipts: "it is a sum of receipts",
  transfers: "it is a sum of transfers received",
  expenditures: "what a budget pays out is 0 or more",
  budget_loans: "it is a sum of loans given",
  loan_repayments: "it is a sum of loans repaid to the budget",
  fin_assets_acquisition: "it is a sum of assets bought",
  fin_assets_sales: "it is a sum of assets sold",
  loans_received: "it is a sum of loans received",
  loans_repaid: "it is a sum of loans repaid",
};

const BALANCES = "net_lending, fin_assets_balance, deficit, non_oil_deficit, financing, free_balances_used";

/**
 * The problems of figures with a negative amount in a line that is one flow of the year (expenditures,
 * revenues and their parts, loans, assets), each at `[...path, line]`: only the balances may be negative.
 */
export function negativeFlows(figures: BudgetFigures, path: readonly PropertyKey[]): Issue[] {
  return Object.entries(FLOW_LINES).flatMap(([line, why]): Issue[] => {
    const amount: unknown = figures[line as BudgetLineKey];
    // an amount that could not be read is reported where it was read, not here
    if (!(amount instanceof Money) || !amount.isNegative()) return [];
    return [
      {
        path: [...path, line] as Issue["path"],
        code: "INVALID_AMOUNT",
        message: `${amount.toThousandKzt()} thousand KZT: ${line} must not be negative (${why}; only the balances may be: ${BALANCES})`,
      },
    ];
  });
}

/** `figures` refused when a flow line is negative (see {@link negativeFlows}). */
export const withFlowsNotNegative = <I>(figures: z.ZodType<BudgetFigures, I>) =>
  figures.superRefine((read, ctx) => {
    for (const issue of negativeFlows(read, [])) {
      ctx.addIssue({
        code: "custom",
        path: [...issue.path],
        message: issue.message,
        params: { code: issue.code },
      });
    }
  });

/**
 * Budget figures given to the library: a {@link Money} amount for some of the budget lines, each line at
 * most once; a key that is not a budget line is refused (a misspelt line would otherwise count as absent);
 * a negative flow (expenditures, revenues, loans, assets; see {@link negativeFlows}) is refused.
 */
export const budgetFiguresSchema: z.ZodType<BudgetFigures, BudgetFigures> = withFlowsNotNegative(
  z.partialRecord(budgetLineKeySchema, moneySchema, {
    error: (issue) =>
      `must be budget figures { tax_revenue: Money.thousandKzt("39585"), … }, not ${describeValue(issue.input)}`,
  }),
);

/** Lines that were in a published text but could not be read: a `Set` of budget lines. */
export const unreadLinesSchema: z.ZodType<ReadonlySet<BudgetLineKey>, ReadonlySet<BudgetLineKey>> = z.set(
  budgetLineKeySchema,
  { error: (issue) => `must be a Set of budget lines, not ${describeValue(issue.input)}` },
);
