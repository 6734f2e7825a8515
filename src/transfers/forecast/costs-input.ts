import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { wholeNumberSchema } from "../../input/decimal.js";
import { fieldsSchema } from "../../input/fields.js";
import { nonNegativeMoneySchema } from "../../input/money.js";
import { rateScheduleSchema, rateYearIssues } from "../../input/rate.js";
import { taggedUnion } from "../../input/tagged.js";
import { ANY_KEY, whenValidAt } from "../../input/when.js";
import { byYearSchema, forecastYearSchema, horizonIssues, yearsFrom } from "./forecast-years.js";

export const consumersSchema = fieldsSchema(
  {
    base: wholeNumberSchema(1, Number.MAX_SAFE_INTEGER, (v) => `${v} is not a whole number above zero`),
    byYear: byYearSchema(
      wholeNumberSchema(0, Number.MAX_SAFE_INTEGER, (v) => `${v} is not a whole number ≥ 0`),
      "consumer numbers",
    ),
  },
  "the consumers { base, byYear }",
);

const directionName = z
  .string({
    error: (issue) => `${describeValue(issue.input)} is not a direction name: a direction needs a name`,
  })
  .refine((name) => name.trim() !== "", { message: "a direction needs a name" });

export const directionSchema = taggedUnion(
  "kind",
  "a direction",
  '{ kind: "current", direction, base, consumers?, indexation? } or { kind: "capital", direction, base, capitalByYear }',
  [
    fieldsSchema(
      {
        direction: directionName,
        kind: z.literal("current"),
        base: nonNegativeMoneySchema,
        consumers: consumersSchema.optional(),
        indexation: rateScheduleSchema.optional(),
      },
      "a current direction (capital amounts go in a separate direction of kind capital)",
    ),
    fieldsSchema(
      {
        direction: directionName,
        kind: z.literal("capital"),
        base: nonNegativeMoneySchema,
        capitalByYear: byYearSchema(nonNegativeMoneySchema, "capital amounts").optional(),
      },
      "a capital direction (absolute amounts by year: indexation and consumers apply to current costs only)",
    ),
  ],
);

type Direction = z.output<typeof directionSchema>;

/** What a direction lacks for each forecast year: a rate of its indexation, a consumer number, a capital amount. */
function directionYearIssues(
  d: Direction,
  years: readonly number[],
  at: readonly PropertyKey[],
): z.core.$ZodRawIssue[] {
  const missing = (field: string, year: number, message: string): z.core.$ZodRawIssue => ({
    code: "custom",
    path: [...at, field, ...(field === "consumers" ? ["byYear"] : []), String(year)],
    input: undefined,
    message,
  });
  if (d.kind === "capital") {
    return years
      .filter((year) => d.capitalByYear?.[year] === undefined)
      .map((year) =>
        missing("capitalByYear", year, `no capital amount for ${year}: give one (Money.zero for none)`),
      );
  }
  const consumers = d.consumers;
  return [
    ...(d.indexation === undefined ? [] : rateYearIssues(d.indexation, years, [...at, "indexation"])),
    ...(consumers === undefined
      ? []
      : years
          .filter((year) => consumers.byYear[year] === undefined)
          .map((year) => missing("consumers", year, `no forecast number of consumers for ${year}`))),
  ];
}

const horizonAfterBase = (baseYear: readonly string[]) =>
  ({ when: whenValidAt(baseYear, ["horizon"]) }) as const;

const growthSchema = fieldsSchema(
  {
    method: z.literal("growth"),
    base: fieldsSchema(
      { year: forecastYearSchema, costs: nonNegativeMoneySchema },
      "a cost base { year, costs }",
    ),
    growth: rateScheduleSchema,
    horizon: forecastYearSchema,
  },
  "a growth forecast",
)
  .superRefine(
    ({ base, horizon }, ctx) => {
      ctx.issues.push(...horizonIssues(base.year, horizon));
    },
    horizonAfterBase(["base", "year"]),
  )
  .superRefine(
    ({ base, growth, horizon }, ctx) => {
      ctx.issues.push(...rateYearIssues(growth, yearsFrom(base.year + 1, horizon), ["growth"]));
    },
    { when: whenValidAt(["base", "year"], ["growth"], ["horizon"]) },
  );

/** Each direction named once. */
function uniqueNames(directions: readonly Direction[], ctx: z.RefinementCtx<unknown>): void {
  const seen = new Set<string>();
  directions.forEach((d, i) => {
    if (seen.has(d.direction)) {
      ctx.addIssue({
        code: "custom",
        path: ["directions", i, "direction"],
        message: `"${d.direction}" is given twice`,
      });
    }
    seen.add(d.direction);
  });
}

const byDirectionSchema = fieldsSchema(
  {
    method: z.literal("by_direction"),
    baseYear: forecastYearSchema,
    madeIn: wholeNumberSchema(1, 9999, (v) => `${v} is not a whole year`).optional(),
    directions: z
      .array(directionSchema, {
        error: (issue) => `${describeValue(issue.input)} is not a list of directions`,
      })
      .min(1, { message: "no direction given" }),
    horizon: forecastYearSchema,
  },
  "a by-direction forecast",
)
  .superRefine(
    ({ baseYear, horizon }, ctx) => {
      ctx.issues.push(...horizonIssues(baseYear, horizon));
    },
    horizonAfterBase(["baseYear"]),
  )
  .superRefine(({ directions }, ctx) => uniqueNames(directions, ctx), {
    when: whenValidAt(["directions", ANY_KEY, "direction"]),
  })
  .superRefine(
    ({ baseYear, directions, horizon }, ctx) => {
      const years = yearsFrom(baseYear + 1, horizon);
      directions.forEach((d, i) => {
        ctx.issues.push(...directionYearIssues(d, years, ["directions", i]));
      });
    },
    { when: whenValidAt(["baseYear"], ["directions"], ["horizon"]) },
  );

/**
 * What `forecastCosts` checks once: the method's fields and nothing else; years from 2018 to 2030 with
 * the horizon not before the base year; amounts Money ≥ 0; rates (see `rateScheduleSchema`); each
 * direction named once, of its kind's fields only; and for every forecast year a rate of each schedule,
 * a consumer number and a capital amount where they are needed.
 */
export const costForecastInputSchema = taggedUnion(
  "method",
  "a cost forecast",
  '{ method: "growth", base, growth, horizon } or { method: "by_direction", baseYear, directions, horizon, madeIn? }',
  [growthSchema, byDirectionSchema],
);

/** The input of a cost forecast as checked: rates as canonical decimal strings, years as numbers. */
export type CheckedCostForecast = z.output<typeof costForecastInputSchema>;

/** A by-direction forecast as checked. */
export type CheckedByDirection = Extract<CheckedCostForecast, { method: "by_direction" }>;

/** A growth forecast as checked. */
export type CheckedGrowth = Extract<CheckedCostForecast, { method: "growth" }>;
