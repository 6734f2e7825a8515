import * as z from "zod";
import type { Citation } from "../../../../citation/citation.js";
import { describeValue } from "../../../../errors/describe.js";
import { citationSchema } from "../../../../input/citation.js";
import { decimalSchema, positiveDecimalSchema, wholeNumberSchema } from "../../../../input/decimal.js";
import type { DecimalInput } from "../../../../money/decimal.js";
import { taxYearSchema } from "../tax-input.js";
import { advertisingColumnSchema } from "./advertising-law.js";
import {
  AD_OBJECT_TYPES,
  type AdObjectType,
  type AdvertisingColumn,
  ROAD_CATEGORIES,
  type RoadCategory,
} from "./rates.js";

/**
 * Where the advertising object stands.
 * @category Taxes
 */
export type AdvertisingLocation =
  /** Art. 655 p.3 column C: city of district significance, village, settlement, district roads, outside settlements. */
  | { readonly kind: "fourth_level_column_c"; readonly objectType: AdObjectType }
  /** Art. 655 p.2: right-of-way of international and republican public roads. */
  | { readonly kind: "republican_road_right_of_way"; readonly roadCategory: RoadCategory };

/**
 * Rates and rules the caller supplies where the law read has none (2018–2025), with their source. Entries
 * given here take precedence over the law's.
 * @category Taxes
 */
export interface CallerAdvertisingRates {
  /** Column-C bands by object type (monthly MRP per side), e.g. from 2017 Code Art. 605 or decree No 1055. */
  readonly columnC?: AdvertisingColumn | undefined;
  /** The caller confirms that road right-of-way sides above 3 m² pay in proportion to area ÷ 3 m². */
  readonly roadAbove3M2?: "proportional" | undefined;
  /** The multiplier when the placement was not notified, a decimal (2026: `"2"`). */
  readonly withoutNotificationFactor?: DecimalInput | undefined;
  /** Where these values come from. */
  readonly citation: Citation;
}

/**
 * Input of {@link advertisingFee}.
 * @category Taxes
 */
export interface AdvertisingFeeInput {
  /** The year of placement, 2018 or later. */
  readonly year: number;
  /**
   * The calendar months (1–12) of that year in which the object was placed, for any part of the month,
   * each once: each counts as a whole month (Art. 656: a period under a month counts as a full month).
   * For one monthly payment pass one month.
   */
  readonly months: readonly number[];
  /** Number of sides (faces) of the object, a whole number ≥ 1. */
  readonly sides: number;
  readonly location: AdvertisingLocation;
  /**
   * Area of one side in m², a decimal (`"2.01"`), at most 100,000 (10 ha). Required for road right-of-way
   * and for object types with area bands; ignored for lightboxes, mobile advertising and running lines.
   */
  readonly areaM2?: DecimalInput | undefined;
  /** Whether the placement was notified; without notification the fee is doubled (2026 Art. 653 p.2). */
  readonly notified: boolean;
  /**
   * The maslikhat's adjustment of the column-C base rates in percent (`"-30"`, `"50"`), within the law's
   * limits (−50 … +100 from 2026, Art. 655). Refused for road right-of-way and for years whose limits are
   * not established (put adjusted rates into `rateTable` instead).
   */
  readonly maslikhatAdjustmentPercent?: DecimalInput | undefined;
  /** Rates the caller supplies; required for column C in 2018–2025. */
  readonly rateTable?: CallerAdvertisingRates | undefined;
}

/** The object type of column C. */
export const adObjectTypeSchema = z.enum(AD_OBJECT_TYPES, {
  error: (issue) => `${describeValue(issue.input)} is not one of ${AD_OBJECT_TYPES.join(", ")}`,
});

/** Months of placement: each a month 1–12, each once, at least one. */
export const adMonthsSchema = z
  .array(
    wholeNumberSchema(1, 12, (v) => `${v} is not a month 1–12`),
    { error: "must be a list of months 1–12" },
  )
  .min(1, { error: "give at least one month (1–12)" })
  .superRefine((months, ctx) => {
    months.forEach((m, i) => {
      if (months.indexOf(m) !== i) {
        ctx.issues.push({ code: "custom", path: [i], input: m, message: `month ${m} is given twice` });
      }
    });
  });

/** Sides of an advertising object: a whole number from 1 to 100. */
export const adSidesSchema = wholeNumberSchema(
  1,
  100,
  (v) => `${v} is not a whole number of sides from 1 to 100`,
);

const locationSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("fourth_level_column_c"), objectType: adObjectTypeSchema }),
    z.strictObject({
      kind: z.literal("republican_road_right_of_way"),
      roadCategory: z.enum(ROAD_CATEGORIES, {
        error: (issue) => `${describeValue(issue.input)} is not one of ${ROAD_CATEGORIES.join(", ")}`,
      }),
    }),
  ],
  {
    error:
      'must be { kind: "fourth_level_column_c", objectType } or { kind: "republican_road_right_of_way", roadCategory }',
  },
);

const rateTableSchema = z.strictObject({
  columnC: advertisingColumnSchema.optional(),
  roadAbove3M2: z.literal("proportional").optional(),
  withoutNotificationFactor: positiveDecimalSchema.optional(),
  citation: citationSchema,
});

/**
 * The area of one side in m², above 0 and at most 100,000 m² (10 ha): far above the face of any billboard
 * or building, so a larger area is a typing or unit error.
 */
const sideAreaSchema = decimalSchema({
  above: 0,
  max: 100_000,
  why: "no advertising surface is that large: 100,000 m² is 10 hectares, far above the face of any billboard or building; the area is in m²",
});

/** The schema of {@link AdvertisingFeeInput}: every field, and the rules between fields. */
export const advertisingFeeInputSchema = z
  .strictObject(
    {
      year: taxYearSchema,
      months: adMonthsSchema,
      sides: adSidesSchema,
      location: locationSchema,
      areaM2: sideAreaSchema.optional(),
      notified: z.boolean({ error: "must be true or false" }),
      maslikhatAdjustmentPercent: decimalSchema().optional(),
      rateTable: rateTableSchema.optional(),
    },
    { error: "must be an object { year, months, sides, location, notified, … }" },
  )
  .superRefine((input, ctx) => {
    const road = input.location.kind === "republican_road_right_of_way";
    if (road && input.areaM2 === undefined) {
      ctx.issues.push({
        code: "custom",
        path: ["areaM2"],
        input,
        message: "road right-of-way rates depend on the area: give it in m²",
      });
    }
    if (road && input.maslikhatAdjustmentPercent !== undefined && input.maslikhatAdjustmentPercent !== "0") {
      ctx.issues.push({
        code: "custom",
        path: ["maslikhatAdjustmentPercent"],
        input,
        message: "Art. 655 provides no maslikhat adjustment of the republican-road rates (p.2)",
      });
    }
  });

/** An {@link AdvertisingFeeInput} as its schema outputs it. */
export type CheckedAdvertisingFeeInput = z.output<typeof advertisingFeeInputSchema>;
