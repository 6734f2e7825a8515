import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { katoCodeSchema } from "../../input/codes.js";
import { nonNegativeDecimalSchema } from "../../input/decimal.js";
import { fieldsSchema } from "../../input/fields.js";
import { nonNegativeMoneySchema, positiveMoneySchema } from "../../input/money.js";
import { rateScheduleSchema } from "../../input/rate.js";
import { taggedUnion } from "../../input/tagged.js";
import { methodSchema } from "../equalisation/equalise-input.js";
import { consumersSchema, directionSchema } from "../forecast/costs-input.js";
import { byYearSchema, forecastYearSchema } from "../forecast/forecast-years.js";
import type { MrpIndexation } from "../forecast/mrp-path.js";
import { planBaseYearSchema } from "./made-in.js";
import { MRP_GROWTH } from "./types.js";

const named = (what: string) =>
  z
    .string({ error: (issue) => `${describeValue(issue.input)} is not a name: ${what} needs a name` })
    .refine((name) => name.trim() !== "", { message: `${what} needs a name` });

const mapOf = (what: string) => (issue: { readonly code?: string; readonly input?: unknown }) =>
  issue.code === "invalid_type" ? `${describeValue(issue.input)} is not ${what}` : undefined;

/** `"mrp"` in a schedule by year: the MRP drives a whole line, never single years. */
const wholeLineMrp = z.unknown().superRefine((value, ctx) => {
  if (typeof value !== "object" || value === null) return;
  for (const [year, rate] of Object.entries(value)) {
    if (rate !== MRP_GROWTH) continue;
    // pushed, not added: the issue stops this line's parsing only, not the checks across the plan's fields
    ctx.issues.push({
      code: "custom",
      path: [year],
      input: rate,
      message: `"mrp" applies to a whole line: give "mrp" for the line, or a rate for ${year}`,
    });
  }
});

/** The growth of one revenue line: a rate schedule or `"mrp"`. */
const lineGrowthSchema = wholeLineMrp.pipe(z.union([z.literal(MRP_GROWTH), rateScheduleSchema]));

const plannedYear = forecastYearSchema;

const fixedAmount = (kind: "subvention" | "budget_withdrawal") =>
  fieldsSchema(
    { year: plannedYear, kind: z.literal(kind), amount: positiveMoneySchema },
    `a fixed ${kind} { year, kind, amount }`,
  );

const fixedNone = fieldsSchema(
  { year: plannedYear, kind: z.literal("none"), amount: z.unknown().optional() },
  'a fixed "none" { year, kind: "none" }',
).superRefine((v, ctx) => {
  if (v.amount === undefined) return;
  ctx.addIssue({
    code: "custom",
    path: ["amount"],
    message: `a fixed "none" (no general transfer in ${v.year}) has no amount: leave amount out, or give a subvention or budget_withdrawal with a positive amount`,
    params: { code: "INVALID_AMOUNT" },
  });
});

/** A fixed volume: a subvention or budget withdrawal (> 0), or `"none"` (no amount). */
const fixedVolumeSchema = taggedUnion(
  "kind",
  "a fixed volume",
  '{ year, kind: "subvention" | "budget_withdrawal", amount } or { year, kind: "none" }',
  [fixedAmount("subvention"), fixedAmount("budget_withdrawal"), fixedNone],
);

const unitBaseSchema = fieldsSchema(
  {
    year: forecastYearSchema,
    ownRevenues: z.record(z.string(), nonNegativeMoneySchema, {
      error: mapOf('a map of amounts by revenue line, such as { tax: Money.thousandKzt("912") }'),
    }),
    costs: nonNegativeMoneySchema,
    subvention: nonNegativeMoneySchema.optional(),
    excludedCosts: z
      .record(z.string(), nonNegativeMoneySchema, {
        error: mapOf('a map of amounts by category, such as { grants: Money.thousandKzt("120") }'),
      })
      .optional(),
    overPlan: z
      .record(z.string(), nonNegativeMoneySchema, {
        error: mapOf('a map of amounts by revenue line, such as { tax: Money.thousandKzt("200") }'),
      })
      .optional(),
  },
  "a unit's base year",
);

/** One direction's minimum funding in an ended year and what was financed for it. */
const minimumFundingSchema = fieldsSchema(
  {
    year: forecastYearSchema,
    direction: named("the spending direction"),
    minimum: nonNegativeMoneySchema,
    financed: nonNegativeMoneySchema,
  },
  "a minimum funding { year, direction, minimum, financed }",
);

/** One unit of a plan, by its shape (the checks across fields are in `plan-checks.ts`). */
export const planUnitSchema = fieldsSchema(
  {
    code: katoCodeSchema,
    name: named("the unit"),
    base: unitBaseSchema,
    fixedVolumes: z
      .array(fixedVolumeSchema, {
        error: (issue) => `${describeValue(issue.input)} is not a list of fixed volumes`,
      })
      .optional(),
    revenueGrowth: z.record(z.string(), lineGrowthSchema, {
      error: mapOf('a map of growth by revenue line, such as { tax: "0.05", land_tax: "mrp" }'),
    }),
    costGrowth: rateScheduleSchema.optional(),
    costDirections: z
      .array(directionSchema, {
        error: (issue) => `${describeValue(issue.input)} is not a list of directions`,
      })
      .min(1, { message: "no direction given: give at least one, or costGrowth instead" })
      .optional(),
    population: consumersSchema.optional(),
    minimumFunding: z
      .array(minimumFundingSchema, {
        error: (issue) => `${describeValue(issue.input)} is not a list of minimum fundings`,
      })
      .optional(),
    indicators: z
      .record(z.string(), nonNegativeDecimalSchema, {
        error: mapOf('a map of indicators such as { population: "1200" }'),
      })
      .optional(),
  },
  "a unit",
);

/** The MRP driver: the indexation is read by `mrpPath` (at `["mrp", "indexation", …]`). */
const mrpSchema = fieldsSchema(
  { indexation: z.custom<MrpIndexation>(() => true).optional() },
  "the MRP driver { indexation? }",
);

/** A {@link DistrictPlanInput} by its shape. */
export const planShapeSchema = fieldsSchema(
  {
    district: fieldsSchema(
      { code: katoCodeSchema, name: named("the district") },
      "a district { code, name }",
    ),
    baseYear: planBaseYearSchema,
    horizon: forecastYearSchema,
    includeBaseYear: z.boolean({ error: "must be true or false" }).optional(),
    units: z
      .array(planUnitSchema, { error: (issue) => `${describeValue(issue.input)} is not a list of units` })
      .min(1, { message: "the district needs at least one unit" }),
    equalisation: fieldsSchema(
      { byYear: byYearSchema(methodSchema, "equalisation methods") },
      "the equalisation { byYear }",
    ).optional(),
    mrp: mrpSchema.optional(),
  },
  "a district plan input",
);

/** A plan's input as read: rates and indicators as canonical decimal strings, year keys as numbers. */
export type CheckedPlan = z.output<typeof planShapeSchema>;

/** One unit as read. */
export type CheckedUnit = CheckedPlan["units"][number];

/** A fixed volume as read. */
export type CheckedFixedVolume = NonNullable<CheckedUnit["fixedVolumes"]>[number];
