import { z } from "zod";
import { receiptJsonSchema } from "../attribution/receipts-input.js";
import { BUDGET_LINE_KEYS } from "../budget/decision/lines.js";
import { isIsoDate } from "../calendar/iso-date.js";

const KATO = z.string().regex(/^\d{9}$/, "must be a 9-digit KATO code");

/** Thousand KZT as a decimal string, the unit of published decisions: "54959", "-1642.4". */
const thousandKzt = z
  .string({
    error: 'must be a decimal string of thousand KZT such as "54959" or "-1642.4" (not a JSON number)',
  })
  .regex(/^-?\d+(\.\d{1,5})?$/, 'must be a decimal string of thousand KZT such as "54959" or "-1642.4"');

/** Published figures: line key → thousand KZT; only lines present in the decision. */
export const figuresSchema = z
  .partialRecord(z.enum(BUDGET_LINE_KEYS), thousandKzt)
  .describe(
    "Budget lines in thousand KZT as published (decimal strings); only the lines the decision states — an absent line is unknown, never 0",
  );

const unitSchema = z
  .strictObject({
    kato: KATO.describe(
      "KATO code of the fourth-level unit (rural district, village, settlement or city of district significance)",
    ),
    source: z.string().optional().describe("Where the figures are published"),
    decision: z.string().optional().describe("The maslikhat decision, e.g. its date and number"),
    figures: figuresSchema.optional(),
    decisionFile: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Path (relative to the scenario file) of the decision text (.txt, ru/kk) to read the figures from",
      ),
  })
  .refine((u) => (u.figures === undefined) !== (u.decisionFile === undefined), {
    error: "give exactly one of figures or decisionFile",
  });

const districtSchema = z.strictObject({
  kato: KATO.describe("KATO code of the district or city of regional significance"),
  districtBudget: z
    .strictObject({ source: z.string().optional(), figures: figuresSchema })
    .optional()
    .describe("The district budget's own figures, for the full consolidation (BC2008 Art. 6 p.3)"),
  units: z.array(unitSchema).min(1, "must list at least one unit"),
});

/**
 * The scenario file (JSON): a year, one or more districts with their fourth-level units' published
 * figures, optional receipts for the tax lines. Print its JSON Schema with `fourth-level schema`.
 */
export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1).describe("What the scenario is"),
    note: z.string().optional().describe("Anything a reader must know, e.g. which data are not published"),
    year: z.number().int().min(2018).max(2100).describe("The budget year"),
    ownBudgetSince: z
      .record(KATO, z.string().refine(isIsoDate, "must be a date YYYY-MM-DD"))
      .optional()
      .describe("Units that had their own budget before 2020 (population over 2,000): KATO → first day"),
    openCodes: z
      .record(z.string(), z.string().regex(/^\d{6}$/, "must be a 6-digit EBK code"))
      .optional()
      .describe("EBK codes for revenue lines whose code the law leaves open, by line slug"),
    districts: z.array(districtSchema).min(1, "must list at least one district"),
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
      })
      .optional(),
  })
  .describe("fourth-level-budget scenario");

/** A scenario file as written (before its decision and receipt files are read). */
export type ScenarioFile = z.output<typeof scenarioSchema>;

/**
 * The JSON Schema (draft 2020-12) of scenario files, for editors and other tools.
 * @example
 * ```ts
 * console.log(JSON.stringify(scenarioJsonSchema(), null, 2));
 * ```
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: "input" }) as Record<string, unknown>;
}
