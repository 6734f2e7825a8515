import * as z from "zod";
import { REVENUE_CATEGORIES, type RevenueCategory } from "../classification/category.js";
import { describeValue } from "../errors/describe.js";
import { katoCodeSchema, yearSchema } from "../input/codes.js";
import { moneySchema } from "../input/money.js";
import { accountSchema, postingsSchema } from "../ledger/posting-schema.js";
import type { DistrictConsolidation } from "./consolidation.js";
import { budgetFiguresSchema, budgetLineKeySchema, unreadLinesSchema } from "./figures-schema.js";
import { identityNameSchema } from "./identities.js";
import type { BudgetStatement } from "./statement.js";

const text = z.string({ error: (issue) => `must be text, not ${describeValue(issue.input)}` });
const count = z.int({ error: "must be a whole number" }).min(0, { error: "must not be negative" });

/** A budget year. */
export const budgetYearSchema = yearSchema(1900, 2100, "a budget year");

/** A budget named by the KATO code of its territory, e.g. `{ code: "104035000", name: "Бель-Агачский с.о." }`. */
export const namedBudgetSchema = z.strictObject(
  { code: katoCodeSchema, name: text.min(1, { error: "must not be empty" }) },
  { error: (issue) => `must be { code: KATO code, name }, not ${describeValue(issue.input)}` },
);

const categorySchema = z.enum(REVENUE_CATEGORIES as [RevenueCategory, ...RevenueCategory[]]);

/** The input of `buildStatement`. */
export const statementInputSchema = z.strictObject(
  {
    unit: namedBudgetSchema,
    year: budgetYearSchema,
    published: budgetFiguresSchema.optional(),
    postings: postingsSchema.optional(),
    unreadLines: unreadLinesSchema.optional(),
  },
  {
    error: (issue) =>
      `must be { unit: { code, name }, year, published?, postings?, unreadLines? }, not ${describeValue(issue.input)}`,
  },
);

const statementLineSchema = z.strictObject({
  amount: moneySchema,
  source: z.enum(["published", "ledger", "computed"]),
});

const identityCheckSchema = z.strictObject({
  identity: identityNameSchema,
  status: z.enum(["ok", "mismatch", "not_checkable"]),
  rule: text,
  difference: moneySchema.optional(),
  reason: text.optional(),
  absentTakenAsZero: z.array(budgetLineKeySchema).optional(),
});

/** A budget statement given back to the library, as `buildStatement` builds it. */
export const budgetStatementSchema = z.strictObject(
  {
    unit: namedBudgetSchema,
    year: budgetYearSchema,
    lines: z.partialRecord(budgetLineKeySchema, statementLineSchema),
    revenueByEbk: z.array(
      z.strictObject({
        account: accountSchema,
        ebk: text.optional(),
        category: categorySchema.optional(),
        amount: moneySchema,
        postings: count,
      }),
    ),
    checks: z.array(identityCheckSchema),
    selfSufficiency: z.strictObject({
      percent: text.optional(),
      ownRevenues: moneySchema.optional(),
      costs: moneySchema.optional(),
      reason: text.optional(),
    }),
    notes: z.array(text),
  },
  { error: (issue) => `must be a budget statement (see buildStatement), not ${describeValue(issue.input)}` },
) as unknown as z.ZodType<BudgetStatement, BudgetStatement>;

/** The input of `consolidateDistrict`. */
export const consolidationInputSchema = z.strictObject(
  {
    district: namedBudgetSchema,
    year: budgetYearSchema,
    units: z.array(budgetStatementSchema),
    districtFigures: budgetFiguresSchema.optional(),
    postings: postingsSchema,
  },
  {
    error: (issue) =>
      `must be { district: { code, name }, year, units, districtFigures?, postings }, not ${describeValue(issue.input)}`,
  },
);

const lineSumSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("sum"), amount: moneySchema }),
  z.strictObject({ kind: z.literal("incomplete"), missing: z.array(text) }),
]);

/** A district's consolidation given back to the library, as `consolidateDistrict` builds it. */
export const districtConsolidationSchema = z.strictObject(
  {
    district: namedBudgetSchema,
    year: budgetYearSchema,
    unitCount: count,
    mutualTransfers: z.strictObject({ toUnits: moneySchema, toDistrict: moneySchema, postings: count }),
    totals: z.strictObject({
      revenue_total: lineSumSchema,
      expenditures: lineSumSchema,
      deficit: lineSumSchema,
    }),
    unitsOwnRevenue: lineSumSchema,
    consolidated: z
      .strictObject({ revenue: moneySchema, expenditures: moneySchema, deficit: moneySchema.optional() })
      .optional(),
    netting: z.strictObject({
      status: z.enum(["ok", "mismatch", "not_checkable"]),
      difference: moneySchema.optional(),
      reason: text.optional(),
    }),
    notes: z.array(text),
  },
  {
    error: (issue) =>
      `must be a district's consolidation (see consolidateDistrict), not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<DistrictConsolidation, DistrictConsolidation>;
