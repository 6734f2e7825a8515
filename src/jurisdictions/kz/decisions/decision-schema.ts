import * as z from "zod";
import { budgetFiguresSchema, budgetLineKeySchema } from "../../../budget/figures-schema.js";
import { describeValue } from "../../../errors/describe.js";
import { isoDateSchema } from "../../../input/codes.js";
import { moneySchema } from "../../../input/money.js";
import type { ParsedDecision } from "./types.js";

const text = z.string({ error: (issue) => `must be text, not ${describeValue(issue.input)}` });
const lineNumber = z.int({ error: "must be a line number" }).min(1, { error: "must be a line number" });

const lineSchema = z.strictObject({
  key: budgetLineKeySchema,
  amount: moneySchema,
  item: z.int().optional(),
  lineNumber,
  text,
  notes: z.array(text),
});

const problemSchema = z.strictObject({
  key: budgetLineKeySchema.optional(),
  lineNumber,
  text,
  reason: text,
});

const referenceSchema = z.strictObject({ date: isoDateSchema.optional(), number: text });

const blockSchema = z.strictObject({
  point: text.optional(),
  items: z.array(z.int()),
  lines: z.array(lineSchema),
  figures: budgetFiguresSchema,
  problems: z.array(problemSchema),
});

/**
 * A decision read by `parseDecisionText` (or amended by `applyAmendment`), given back to the library: every
 * field of a {@link ParsedDecision}, and no other.
 */
export const parsedDecisionSchema = z.strictObject(
  {
    file: text.optional(),
    language: z.enum(["ru", "kk"]),
    source: text.optional(),
    kind: z.enum(["decision", "amendment"]),
    reference: referenceSchema.optional(),
    amends: referenceSchema.optional(),
    unitName: text.optional(),
    budgetYear: z.int().optional(),
    planningPeriod: z.strictObject({ first: z.int(), last: z.int() }).optional(),
    figures: budgetFiguresSchema,
    lines: z.array(lineSchema),
    problems: z.array(problemSchema),
    blocks: z.array(blockSchema),
    truncated: z.boolean(),
    amendedBy: z
      .array(
        z.strictObject({
          file: text.optional(),
          reference: referenceSchema.optional(),
          changes: z.array(z.strictObject({ point: text.optional(), items: z.array(z.int()) })),
          notes: z.array(text),
        }),
      )
      .optional(),
  },
  {
    error: (issue) => `must be a decision as parseDecisionText reads it, not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<ParsedDecision, ParsedDecision>;
