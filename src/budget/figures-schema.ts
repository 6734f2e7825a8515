import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { moneySchema } from "../input/money.js";
import { BUDGET_LINE_KEYS, type BudgetFigures, type BudgetLineKey } from "./lines.js";

const LINES = BUDGET_LINE_KEYS.join(", ");

/** One of the {@link BUDGET_LINE_KEYS}, e.g. `"tax_revenue"`. */
export const budgetLineKeySchema = z.enum(BUDGET_LINE_KEYS, {
  error: (issue) => `${describeValue(issue.input)} is not a budget line: the lines are ${LINES}`,
});

/**
 * Budget figures given to the library: a {@link Money} amount for some of the budget lines, each line at
 * most once; a key that is not a budget line is refused (a misspelt line would otherwise count as absent).
 */
export const budgetFiguresSchema: z.ZodType<BudgetFigures, BudgetFigures> = z.partialRecord(
  budgetLineKeySchema,
  moneySchema,
  {
    error: (issue) =>
      `must be budget figures { tax_revenue: Money.thousandKzt("39585"), … }, not ${describeValue(issue.input)}`,
  },
);

/** Lines that were in a published text but could not be read: a `Set` of budget lines. */
export const unreadLinesSchema: z.ZodType<ReadonlySet<BudgetLineKey>, ReadonlySet<BudgetLineKey>> = z.set(
  budgetLineKeySchema,
  { error: (issue) => `must be a Set of budget lines, not ${describeValue(issue.input)}` },
);
