import * as z from "zod";
import { receiptJsonSchema } from "../attribution/receipts-input.js";
import { BUDGET_LINE_KEYS } from "../budget/lines.js";
import { OWN_REVENUE_LINES } from "../budget/statement.js";
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

/** A rate as a decimal string: "0.05" is 5 %, "-0.1" is −10 %. */
const rate = z
  .string({ error: 'must be a rate as a decimal string such as "0.05" for 5 % (not a JSON number)' })
  .regex(/^-?\d+(\.\d+)?$/, 'must be a rate as a decimal string such as "0.05" for 5 %');
/** What is wrong with a rate schedule, and what would be valid. */
function rateError(input: unknown, mrp: string): string {
  const valid = `${mrp}a rate as a decimal string ("0.05" for 5 %) or rates by year ({ "2027": "0.05" })`;
  if (input === undefined) return `is required: ${valid}`;
  if (typeof input === "number") return `must be ${valid}, not a JSON number`;
  if (input !== null && typeof input === "object") {
    const bad = Object.entries(input).find(([k, v]) => !/^\d{4}$/.test(k) || typeof v !== "string");
    if (bad !== undefined)
      return `${JSON.stringify(bad[0])}: ${JSON.stringify(bad[1])} — rates by year have year keys ("2027") and decimal-string rates ("0.05")`;
  }
  return `must be ${valid}`;
}

const yearKey = z.string().regex(/^\d{4}$/, "must be a year such as 2027");
const rateSchedule = z
  .union([rate, z.record(yearKey, rate)], { error: (issue) => rateError(issue.input, "") })
  .describe('One rate for every year ("0.05"), or a rate per year ({ "2027": "0.05", "2028": "0.04" })');

/**
 * The own-revenue lines of a plan: {@link OWN_REVENUE_LINES}, as self-sufficiency counts them.
 *
 * @category Scenario
 */
export const PLAN_REVENUE_LINES = OWN_REVENUE_LINES;

const revenueGrowthSchema = z
  .partialRecord(
    z.enum(PLAN_REVENUE_LINES),
    z
      .union([z.literal("mrp"), rateSchedule], { error: (issue) => rateError(issue.input, '"mrp", ') })
      .describe('A rate schedule, or "mrp": grows with the MRP'),
  )
  .describe(
    'Growth of each own-revenue line of the base year: a rate, a rate per year, or "mrp" (the line moves with the MRP, as taxes set in MRP do)',
  );

const constraintsSchema = z
  .strictObject({
    floor: thousandKzt.optional().describe("The least every unit receives, thousand KZT"),
    floorByUnit: z
      .record(KATO, thousandKzt)
      .optional()
      .describe("Floors for named units (KATO → thousand KZT)"),
    cap: thousandKzt.optional().describe("The most any unit receives, thousand KZT"),
    capByUnit: z.record(KATO, thousandKzt).optional().describe("Caps for named units (KATO → thousand KZT)"),
    capPerCapita: z
      .strictObject({
        amountKzt: z
          .string()
          .regex(/^\d+(\.\d{1,2})?$/, 'must be KZT as a decimal string such as "15000"')
          .describe("KZT per unit of the indicator"),
        indicator: z.string().min(1).describe('The indicator to multiply by, e.g. "population"'),
      })
      .optional(),
    maxChange: z
      .union([
        z.strictObject({ percent: rate.describe('Percent of last year\'s subvention, e.g. "10"') }),
        z.strictObject({ amount: thousandKzt.describe("Thousand KZT") }),
      ])
      .optional()
      .describe("A corridor around last year's subvention"),
  })
  .describe("Floors and caps on each unit's subvention: configuration, none of it set by law");

const equalisationMethodSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("gap_filling"),
      pool: thousandKzt
        .optional()
        .describe("Total of subventions, thousand KZT; the total gap when left out"),
      surpluses: z
        .union([
          z.strictObject({ kind: z.literal("keep") }),
          z.strictObject({ kind: z.literal("withdraw"), cap: thousandKzt.optional() }),
        ])
        .describe(
          "What units whose own revenues exceed their costs do: keep the surplus or pay it as a budget withdrawal",
        ),
      constraints: constraintsSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal("weights"),
      pool: thousandKzt.describe("Total of subventions, thousand KZT"),
      indicator: z
        .string()
        .min(1)
        .describe(
          'The indicator to weigh by: "places" (bundled classifier), "population" or one of the unit\'s indicators',
        ),
      constraints: constraintsSchema.optional(),
    }),
  ])
  .describe("An equalisation method and its configuration (see equalise)");

const equalisationByYear = z
  .record(yearKey, equalisationMethodSchema)
  .describe("An equalisation method per planned year; years not named follow the law's formula");

/** A general transfer fixed for a year, in thousand KZT, or "none". */
const volumeSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    year: z.number().int().describe("A planned year"),
    kind: z.enum(["subvention", "budget_withdrawal"]),
    amount: thousandKzt
      .refine((amount) => Number(amount) > 0, {
        message: 'must be more than 0: a volume of 0 is no transfer, write { "year": …, "kind": "none" }',
      })
      .describe("Thousand KZT, more than 0, as the maslikhat decision fixed it"),
  }),
  z.strictObject({
    year: z.number().int().describe("A planned year"),
    kind: z.literal("none").describe("The maslikhat fixed no general transfer for the year"),
  }),
]);

const unitPlanSchema = z
  .strictObject({
    fixedVolumes: z
      .array(volumeSchema)
      .optional()
      .describe(
        'General transfers the district maslikhat fixed in absolute amounts (or "none"): they win over the formula',
      ),
    previousVolumes: z
      .array(volumeSchema)
      .optional()
      .describe(
        "With plan.madeIn: the volumes of the plan in force before (the year the plan is made and the years it keeps)",
      ),
    revenueGrowth: revenueGrowthSchema
      .optional()
      .describe("Replaces plan.revenueGrowth for this unit, line by line"),
    costGrowth: rateSchedule.optional().describe("Replaces plan.costGrowth for this unit"),
    population: z
      .strictObject({
        base: z.number().int().positive().describe("Residents in the base year"),
        byYear: z
          .record(yearKey, z.number().int().positive())
          .describe("Forecast residents in every planned year"),
      })
      .optional()
      .describe(
        "Forecast number of residents (consumers of public services): scales current costs (BC2025 Art. 80 p.4) and is the population indicator",
      ),
    indicators: z
      .record(z.string().min(1), z.string().regex(/^\d+(\.\d+)?$/, "must be a decimal string ≥ 0"))
      .optional()
      .describe('Further indicators for equalisation by weights, e.g. { "area_km2": "350.5" }'),
  })
  .describe("This unit's part of the plan");

const unitSchema = z
  .strictObject({
    kato: KATO.describe(
      "KATO code of the fourth-level unit (rural district, village, settlement or city of district significance)",
    ),
    source: z.string().optional().describe("Where the figures are published"),
    decision: z.string().optional().describe("The maslikhat decision, e.g. its date and number"),
    figures: figuresSchema.optional(),
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
    error: "give exactly one of figures or decisionFile",
  });

const districtSchema = z.strictObject({
  kato: KATO.describe("KATO code of the district or city of regional significance"),
  districtBudget: z
    .strictObject({ source: z.string().optional(), figures: figuresSchema })
    .optional()
    .describe("The district budget's own figures, for the full consolidation (BC2008 Art. 6 p.3)"),
  units: z.array(unitSchema).min(1, "must list at least one unit"),
  plan: z
    .strictObject({
      equalisation: equalisationByYear.optional(),
      alternative: z
        .strictObject({
          name: z.string().min(1).describe('What the alternative is, e.g. "pool split by number of places"'),
          equalisation: equalisationByYear,
        })
        .optional()
        .describe(
          "A second plan with other equalisation methods, compared unit by unit: who gains, who loses",
        ),
    })
    .optional()
    .describe("This district's part of the plan"),
});

const planSchema = z
  .strictObject({
    horizon: z.number().int().min(2019).max(2030).describe("The last planned year (at most 2030)"),
    madeIn: z
      .number()
      .int()
      .optional()
      .describe(
        "Apply the re-planning rules of the year the plan is made in (rolling for plans made to 2024, BC2008 Art. 45 p.4; three-year cycles for plans made from 2025, BC2025 Art. 79 p.2, the first 2026-2028) to a plan made in this year, the scenario's year; the units' previousVolumes give the plan in force",
      ),
    note: z.string().optional().describe("The assumptions behind the growth rates, in words"),
    mrpIndexation: z
      .strictObject({
        fromYear: z.number().int().describe("The first year without a known MRP"),
        rate: rateSchedule,
      })
      .optional()
      .describe("How the MRP moves after its last known value (the bundled values end in 2026)"),
    revenueGrowth: revenueGrowthSchema.describe("Growth of each own-revenue line, for every unit"),
    costGrowth: rateSchedule.describe("Growth of costs, for every unit"),
  })
  .describe(
    "A multi-year plan from the scenario's year (the base, as published) to the horizon: forecasts, general transfers (fixed volumes, equalisation or the law's formula), balances and self-sufficiency",
  );

/**
 * The scenario file (JSON): a year, one or more districts with their fourth-level units' published
 * figures, optional receipts for the tax lines, an optional multi-year plan. Print its JSON Schema with `fourth-level schema`.
 * @category Scenario
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
      })
      .optional(),
  })
  .describe("fourth-level-budget scenario");

/**
 * A scenario file as written (before its decision and receipt files are read).
 *
 * @category Scenario
 */
export type ScenarioFile = z.output<typeof scenarioSchema>;

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
