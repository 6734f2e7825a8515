import * as z from "zod";
import type { AttributionResult } from "../attribution/attribute.js";
import { budgetStatementSchema, districtConsolidationSchema } from "../budget/statement-schema.js";
import { describeValue } from "../errors/describe.js";
import { moneySchema } from "../input/money.js";
import { postingsSchema } from "../ledger/posting-schema.js";
import type { ScenarioResult } from "../scenario/run.js";

const text = z.string({ error: (issue) => `must be text, not ${describeValue(issue.input)}` });
const whole = z.int({ error: (issue) => `must be a whole number, not ${describeValue(issue.input)}` });

const attributionShape = {
  postings: postingsSchema,
  unattributed: z.array(z.strictObject({ receiptId: text, amount: moneySchema, code: text, reason: text })),
  receiptsTotal: moneySchema,
  postedTotal: moneySchema,
};

/** An attribution given back to the reports, as `attribute` returns it. */
export const attributionResultSchema = z.strictObject(attributionShape, {
  error: (issue) => `must be an attribution as attribute returns it, not ${describeValue(issue.input)}`,
}) as unknown as z.ZodType<AttributionResult, AttributionResult>;

/** A place's name and code, as the reports print them (a budget or a unit of the territory). */
const named = z.looseObject({ code: text, nameRu: text });

const unitResultSchema = z.looseObject({
  unit: named.extend({ type: text, ownBudgetSince: text, ownBudgetSinceSource: text }),
  source: text.optional(),
  figuresFrom: text,
  decision: text.optional(),
  readingNotes: z.array(text),
  statement: budgetStatementSchema,
});

/** What the reports read of a district's plan: its years, MRP path, lines left out, re-plan and notes. */
const districtPlanSchema = z.looseObject({
  district: named,
  plan: z.looseObject({
    years: z.array(whole),
    mrp: z.array(z.looseObject({ year: whole, mrp: moneySchema, source: text })).optional(),
    units: z.array(
      z.looseObject({
        code: text,
        years: z.array(
          z.looseObject({
            year: whole,
            excludedLines: z.array(z.looseObject({ line: text, forecast: moneySchema, reason: text })),
          }),
        ),
      }),
    ),
  }),
  alternative: z.looseObject({ name: text }).optional(),
  replan: z
    .looseObject({
      madeIn: whole,
      regime: text,
      citation: z.looseObject({}),
      units: z.array(
        z.looseObject({
          code: text,
          years: z.array(
            z.looseObject({
              year: whole,
              status: text,
              transfer: z.looseObject({ kind: text, amount: moneySchema }),
            }),
          ),
        }),
      ),
      notes: z.array(text),
    })
    .optional(),
  notes: z.array(text),
});

/**
 * A scenario result given back to the reports, as `runScenario` returns it: the fields the reports read,
 * each checked (a result is the library's own output; other fields are left as they are).
 */
export const scenarioResultSchema = z.looseObject(
  {
    name: text,
    note: text.optional(),
    year: whole,
    ownBudgetSinceNote: text,
    notes: z.array(text),
    attribution: z.strictObject({ ...attributionShape, note: text.optional() }).optional(),
    ledger: postingsSchema,
    districts: z.array(
      z.looseObject({
        district: named.extend({ region: z.looseObject({ nameRu: text }) }),
        units: z.array(unitResultSchema),
        consolidation: districtConsolidationSchema,
      }),
    ),
    assumptions: z.looseObject({
      sources: z.array(z.looseObject({ code: text, name: text, source: text, from: text })),
      rates: z.array(
        z.looseObject({
          code: text,
          name: text,
          year: whole,
          costGrowth: text,
          revenueGrowth: z.record(text, text),
        }),
      ),
      mrp: z.array(z.looseObject({ year: whole, kzt: text, source: text })),
      equalisation: z.array(text),
      planningLaw: z.looseObject({ madeIn: whole, id: text, regime: text, period: whole }).nullable(),
      planningTerms: z.array(z.looseObject({ code: text, name: text })),
    }),
    plan: z
      .looseObject({ horizon: whole, note: text.optional(), districts: z.array(districtPlanSchema) })
      .optional(),
  },
  {
    error: (issue) =>
      `must be a scenario result as runScenario returns it, not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<ScenarioResult, ScenarioResult>;
