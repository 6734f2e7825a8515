import * as z from "zod";
import { OWN_REVENUE_LINES } from "../budget/statement.js";
import { katoCodeSchema, yearKeySchema } from "../input/codes.js";
import { nonNegativeDecimalSchema } from "../input/decimal.js";
import { kztTextSchema, thousandKztTextSchema } from "../input/money.js";
import { rateTextScheduleSchema } from "../input/rate.js";
import { taggedUnion } from "../input/tagged.js";
import type { Money } from "../money/money.js";
import type {
  ChangeLimit,
  EqualisationConstraints,
  EqualisationMethod,
} from "../transfers/equalisation/equalise.js";

/** Thousand KZT as a decimal string, the unit of published decisions (`"54959"`, `"-1642.4"`), read as Money. */
export const thousandKzt = thousandKztTextSchema;

/** An amount of 0 or more, for what cannot be negative (a pool, a floor, a cap). */
const notNegative = <I>(amount: z.ZodType<Money, I>) =>
  amount.refine((m) => !m.isNegative(), {
    message: "must not be negative",
    params: { code: "INVALID_AMOUNT" },
  });

/** A decimal string of 0 or more (an indicator, a percent), read as its canonical string. */
const nonNegativeText = (example: string) =>
  z
    .string({ error: `must be a decimal string of 0 or more such as "${example}" (not a JSON number)` })
    .meta({ pattern: "^\\d+(\\.\\d+)?$" })
    .pipe(nonNegativeDecimalSchema as unknown as z.ZodType<string, string>);

/**
 * The own-revenue lines of a plan: {@link OWN_REVENUE_LINES}, as self-sufficiency counts them.
 *
 * @category Scenario
 */
export const PLAN_REVENUE_LINES = OWN_REVENUE_LINES;

/** One rate for every year, or rates by year, as the file writes them. */
export const rateScheduleText = rateTextScheduleSchema.describe(
  'One rate for every year ("0.05"), or a rate per year ({ "2027": "0.05", "2028": "0.04" })',
);

export const revenueGrowthSchema = z
  .partialRecord(
    z.enum(PLAN_REVENUE_LINES),
    z
      .union([z.literal("mrp"), rateScheduleText], {
        error: () =>
          'must be "mrp", a rate as a decimal string ("0.05" for 5 %) or rates by year ({ "2027": "0.05" })',
      })
      .describe('A rate schedule, or "mrp": grows with the MRP'),
  )
  .describe(
    'Growth of each own-revenue line of the base year: a rate, a rate per year, or "mrp" (the line moves with the MRP, as taxes set in MRP do)',
  );

const byUnit = (what: string) =>
  z.record(katoCodeSchema, notNegative(thousandKzt)).optional().describe(`${what} (KATO → thousand KZT)`);

const changeLimitSchema = z
  .union([
    z.strictObject({
      percent: nonNegativeText("10").describe('Percent of last year\'s subvention, e.g. "10"'),
    }),
    z.strictObject({ amount: notNegative(thousandKzt).describe("Thousand KZT") }),
  ])
  .transform(
    (limit): ChangeLimit =>
      "percent" in limit
        ? { kind: "percent", percent: limit.percent }
        : { kind: "amount", amount: limit.amount },
  );

const constraintsSchema = z
  .strictObject({
    floor: notNegative(thousandKzt).optional().describe("The least every unit receives, thousand KZT"),
    floorByUnit: byUnit("Floors for named units"),
    cap: notNegative(thousandKzt).optional().describe("The most any unit receives, thousand KZT"),
    capByUnit: byUnit("Caps for named units"),
    capPerCapita: z
      .strictObject({
        amountKzt: notNegative(kztTextSchema).describe("KZT per unit of the indicator"),
        indicator: z.string().min(1).describe('The indicator to multiply by, e.g. "population"'),
      })
      .optional(),
    maxChange: changeLimitSchema.optional().describe("A corridor around last year's subvention"),
  })
  .transform(
    // a field left out of the file is absent from the output too (never undefined)
    ({ capPerCapita, ...rest }) =>
      ({
        ...rest,
        ...(capPerCapita === undefined
          ? {}
          : { capPerCapita: { amount: capPerCapita.amountKzt, indicator: capPerCapita.indicator } }),
      }) as EqualisationConstraints,
  )
  .describe("Floors and caps on each unit's subvention: configuration, none of it set by law");

const surplusesSchema = taggedUnion(
  "kind",
  "the surpluses",
  '{ "kind": "keep" } or { "kind": "withdraw", "cap"? }',
  [
    z.strictObject({ kind: z.literal("keep") }),
    z.strictObject({ kind: z.literal("withdraw"), cap: notNegative(thousandKzt).optional() }),
  ],
).describe(
  "What units whose own revenues exceed their costs do: keep the surplus or pay it as a budget withdrawal",
);

const methodSchema = taggedUnion(
  "kind",
  "the equalisation method",
  '{ "kind": "gap_filling", "surpluses", "pool"?, "constraints"? } or { "kind": "weights", "pool", "indicator", "constraints"? }',
  [
    z.strictObject({
      kind: z.literal("gap_filling"),
      pool: notNegative(thousandKzt)
        .optional()
        .describe("Total of subventions, thousand KZT; the total gap when left out"),
      surpluses: surplusesSchema,
      constraints: constraintsSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal("weights"),
      pool: notNegative(thousandKzt).describe("Total of subventions, thousand KZT"),
      indicator: z
        .string()
        .min(1)
        .describe(
          'The indicator to weigh by: "places" (bundled classifier), "population" or one of the unit\'s indicators',
        ),
      constraints: constraintsSchema.optional(),
    }),
  ],
)
  .transform((method) => method as EqualisationMethod)
  .describe("An equalisation method and its configuration (see equalise)");

export const equalisationByYear = z
  .record(yearKeySchema, methodSchema)
  .describe("An equalisation method per planned year; years not named follow the law's formula");

const NO_ZERO_VOLUME =
  'must be more than 0: a volume of 0 is no transfer, write { "year": …, "kind": "none" }';

/** A general transfer fixed for a year, in thousand KZT, or "none". */
const volumeSchema = taggedUnion(
  "kind",
  "a volume",
  '{ "year", "kind": "subvention" | "budget_withdrawal", "amount" } or { "year", "kind": "none" }',
  [
    z.strictObject({
      year: z.number().int().describe("A planned year"),
      kind: z.enum(["subvention", "budget_withdrawal"]),
      amount: thousandKzt
        .refine((amount) => !amount.isNegative() && !amount.isZero(), { message: NO_ZERO_VOLUME })
        .describe("Thousand KZT, more than 0, as the maslikhat decision fixed it"),
    }),
    z.strictObject({
      year: z.number().int().describe("A planned year"),
      kind: z.literal("none").describe("The maslikhat fixed no general transfer for the year"),
    }),
  ],
);

export const unitPlanSchema = z
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
    costGrowth: rateScheduleText.optional().describe("Replaces plan.costGrowth for this unit"),
    population: z
      .strictObject({
        base: z.number().int().positive().describe("Residents in the base year"),
        byYear: z
          .record(yearKeySchema, z.number().int().positive())
          .describe("Forecast residents in every planned year"),
      })
      .optional()
      .describe(
        "Forecast number of residents (consumers of public services): scales current costs (BC2025 Art. 80 p.4) and is the population indicator",
      ),
    indicators: z
      .record(z.string().min(1), nonNegativeText("350.5"))
      .optional()
      .describe('Further indicators for equalisation by weights, e.g. { "area_km2": "350.5" }'),
    excludedCosts: z
      .record(z.string().min(1), notNegative(thousandKzt))
      .optional()
      .describe(
        'Parts of the published expenditures the forecast leaves out, thousand KZT by category (BC2025 Art. 80 p.4 part 2: targeted_transfers, debt_service, budget_loans, ppp_obligations, image_costs, grants, research, consulting, science_programmes), e.g. { "targeted_transfers": "1200" }: costs are forecast without them',
      ),
    overPlan: z
      .partialRecord(z.enum(PLAN_REVENUE_LINES), notNegative(thousandKzt))
      .optional()
      .describe(
        "With plan.madeIn: the parts of the year's revenue lines collected over their plan, thousand KZT: they stay with the unit, not withdrawn (BC2025 Art. 76 p.4), and the forecasts start without them",
      ),
    minimumFunding: z
      .array(
        z.strictObject({
          year: z.number().int().describe("An ended year, before the plan is made"),
          direction: z.string().min(1).describe('The spending direction, e.g. "culture"'),
          minimum: notNegative(thousandKzt).describe(
            "The minimum set, with the year's changes, thousand KZT",
          ),
          financed: notNegative(thousandKzt).describe(
            "The year's financing plan by payments at its end, thousand KZT",
          ),
        }),
      )
      .optional()
      .describe(
        "Minimum funding of spending directions in ended years: a shortfall (minimum − financed) reduces the net general transfer of the formula years of the period the plan sets (BC2025 Art. 79 p.3), spread evenly",
      ),
  })
  .describe("This unit's part of the plan");

export const districtPlanSchema = z
  .strictObject({
    equalisation: equalisationByYear.optional(),
    alternative: z
      .strictObject({
        name: z.string().min(1).describe('What the alternative is, e.g. "pool split by number of places"'),
        equalisation: equalisationByYear,
      })
      .optional()
      .describe("A second plan with other equalisation methods, compared unit by unit: who gains, who loses"),
  })
  .describe("This district's part of the plan");

export const planSchema = z
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
        rate: rateScheduleText,
      })
      .optional()
      .describe("How the MRP moves after its last known value (the bundled values end in 2026)"),
    revenueGrowth: revenueGrowthSchema.describe("Growth of each own-revenue line, for every unit"),
    costGrowth: rateScheduleText.describe("Growth of costs, for every unit"),
    acceptImplausibleRates: z
      .boolean()
      .optional()
      .describe(
        'Accept growth rates outside -50 % to +100 % a year (below "-0.5" or above "1"), which are refused otherwise: rates are fractions, "5" is 500 %',
      ),
  })
  .describe(
    "A multi-year plan from the scenario's year (the base, as published) to the horizon: forecasts, general transfers (fixed volumes, equalisation or the law's formula), balances and self-sufficiency",
  );
