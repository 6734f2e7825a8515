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
 * The problem of figures whose expenditures are negative, at `[...path, "expenditures"]`: what a budget
 * pays out is 0 or more.
 */
export function negativeExpenditures(figures: BudgetFigures, path: readonly PropertyKey[]): Issue[] {
  const amount: unknown = figures.expenditures;
  // an amount that could not be read is reported where it was read, not here
  if (!(amount instanceof Money) || !amount.isNegative()) return [];
  return [
    {
      path: [...path, "expenditures"] as Issue["path"],
      code: "INVALID_AMOUNT",
      message: `${amount.toThousandKzt()} thousand KZT: expenditures must not be negative (what a budget pays out is 0 or more; a deficit is written in the deficit line)`,
    },
  ];
}

/** `figures` refused when their expenditures are negative (see {@link negativeExpenditures}). */
export const withExpendituresNotNegative = <I>(figures: z.ZodType<BudgetFigures, I>) =>
  figures.superRefine((read, ctx) => {
    for (const issue of negativeExpenditures(read, [])) {
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
 * negative expenditures are refused.
 */
export const budgetFiguresSchema: z.ZodType<BudgetFigures, BudgetFigures> = withExpendituresNotNegative(
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
