import * as z from "zod";
import { receiptJsonSchema } from "../attribution/receipts-input.js";
import { withFlowsNotNegative } from "../budget/figures-schema.js";
import { BUDGET_LINE_KEYS } from "../budget/lines.js";
import { describeValue } from "../errors/describe.js";
import { ebkCodeSchema, isoDateSchema, katoCodeSchema } from "../input/codes.js";
import { reformsSchema } from "../reform/reform-schema.js";
import { scenarioFileIssues } from "./file-checks.js";
import { districtPlanSchema, planSchema, thousandKzt, unitPlanSchema } from "./schema-plan.js";

export { PLAN_REVENUE_LINES } from "./schema-plan.js";

/** Published figures: line key → thousand KZT (read as Money); only lines present in the decision. @internal */
export const scenarioFiguresSchema = withFlowsNotNegative(
  z.partialRecord(z.enum(BUDGET_LINE_KEYS), thousandKzt),
).describe(
  "Budget lines in thousand KZT as published (decimal strings); only the lines the decision states — an absent line is unknown, never 0",
);

const unitSchema = z
  .strictObject({
    kato: katoCodeSchema.describe(
      "KATO code of the fourth-level unit (rural district, village, settlement or city of district significance)",
    ),
    source: z.string().optional().describe("Where the figures are published"),
    decision: z.string().optional().describe("The maslikhat decision, e.g. its date and number"),
    figures: scenarioFiguresSchema.optional(),
    plan: unitPlanSchema.optional(),
    decisionFile: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Path (relative to the scenario file) of the decision text (.txt, ru/kk) to read the figures from",
      ),
  })
  .refine((u) => (u.figures === undefined) !== (u.decisionFile === undefined), {
    message: "give exactly one of figures or decisionFile",
  });

const districtSchema = z.strictObject({
  kato: katoCodeSchema.describe("KATO code of the district or city of regional significance"),
  districtBudget: z
    .strictObject({ source: z.string().optional(), figures: scenarioFiguresSchema })
    .optional()
    .describe("The district budget's own figures, for the full consolidation (BC2008 Art. 6 p.3)"),
  units: z.array(unitSchema).min(1, "must list at least one unit"),
  plan: districtPlanSchema.optional(),
});

/** The shape of a scenario file, each field checked; {@link scenarioSchema} adds the checks across fields. @internal */
export const scenarioShape = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).describe("What the scenario is"),
    note: z.string().optional().describe("Anything a reader must know, e.g. which data are not published"),
    year: z
      .number({
        error: (issue) =>
          issue.input === undefined
            ? "missing: give the budget year, a whole number such as 2026"
            : `give the budget year as a whole number such as 2026, not ${describeValue(issue.input)}`,
      })
      .int()
      .min(2018)
      .max(2100)
      .describe("The budget year"),
    ownBudgetSince: z
      .record(katoCodeSchema, isoDateSchema)
      .optional()
      .describe("Units that had their own budget before 2020 (population over 2,000): KATO → first day"),
    openCodes: z
      .record(z.string(), ebkCodeSchema)
      .optional()
      .describe("EBK codes for revenue lines whose code the law leaves open, by line slug"),
    districts: z.array(districtSchema).min(1, "must list at least one district"),
    unitBudgets: z
      .strictObject({
        file: z
          .string()
          .min(1)
          .describe(
            "Path (relative to the scenario file) of a CSV of unit budgets: columns kato, source (optional) and budget lines in thousand KZT (an empty cell is a line not stated); each unit joins its district",
          ),
        note: z
          .string()
          .optional()
          .describe("Where the figures come from; say so plainly if they are generated, not published"),
      })
      .optional()
      .describe("Budgets of many units in one CSV file, besides (never repeating) the units of districts"),
    plan: planSchema.optional(),
    receipts: z
      .strictObject({
        note: z
          .string()
          .optional()
          .describe("Where the receipts come from; say so plainly if they are not published data"),
        unattributed: z
          .boolean()
          .optional()
          .describe("Keep unattributable receipts aside instead of failing"),
        items: z.array(receiptJsonSchema).optional(),
        file: z
          .string()
          .min(1)
          .optional()
          .describe("Path (relative to the scenario file) of a receipts .csv or .json"),
        workers: z
          .string()
          .min(1)
          .optional()
          .describe(
            "Path (relative to the scenario file) of employer-employee records (.csv or .json, docs/workers.md): their withheld IIT (EBK 101201) as receipts, 12 a year with the employer's seat, the workplace and the residence; generated records are labelled GENERATED in the receipts' note",
          ),
      })
      .optional(),
    reforms: reformsSchema
      .optional()
      .describe(
        "Reforms, dated overlays on the law applied in order, compared with the law as it is by `fourth-level compare`; empty or absent: the law as it is",
      ),
  })
  .describe("fourth-level-budget scenario");

/**
 * A scenario file as read: amounts as `Money`, rates as canonical decimal strings, years of keyed
 * schedules as numbers (before its decision and receipt files are read).
 *
 * @category Scenario
 */
export type ScenarioFile = z.output<typeof scenarioSchema>;

/**
 * The scenario file (JSON): a year, one or more districts with their fourth-level units' published
 * figures, optional receipts for the tax lines, an optional multi-year plan. Print its JSON Schema with
 * `fourth-level schema`. Besides each field, it checks the file across its fields (each problem at its
 * path in the file): every unit listed once, the horizon after the scenario's year, `plan.madeIn` the
 * scenario's year, the years of schedules and volumes within the plan, the equalisation indicators
 * given for every unit, and no plan part without a scenario `plan`.
 * @category Scenario
 */
export const scenarioSchema = scenarioShape.superRefine((file, ctx) => {
  for (const issue of scenarioFileIssues(file)) {
    ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
  }
});

/**
 * The JSON Schema (draft 2020-12) of scenario files, for editors and other tools.
 * @category Scenario
 * @example
 * ```ts
 * console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
 * ```
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: "input" }) as Record<string, unknown>;
}
