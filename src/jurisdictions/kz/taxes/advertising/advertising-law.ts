import * as z from "zod";
import type { DatedSeries } from "../../../../calendar/dated.js";
import { citationSchema } from "../../../../input/citation.js";
import { datedSeriesSchema } from "../../../../input/dated.js";
import { nonNegativeDecimalSchema, positiveDecimalSchema } from "../../../../input/decimal.js";
import { TAX_LAW_BASICS, type TaxLawBasics, taxLawBasicsShape } from "../law-basics.js";
import {
  AD_OBJECT_TYPES,
  ADVERTISING_COLUMN_C,
  ADVERTISING_ROAD_RATES,
  type AdjustmentLimits,
  type AdvertisingBand,
  type AdvertisingColumnRates,
  COLUMN_C_ADJUSTMENT_LIMITS,
  ROAD_CATEGORIES,
  type RoadRates,
  WITHOUT_NOTIFICATION_MULTIPLIER,
} from "./rates.js";

/**
 * What the outdoor-advertising fee reads from the law, by date (the MRP and the rounding are the whole
 * law's): the column-C rates for fourth-level places (`undefined` where not read), the republican-road
 * rates, the limits of the maslikhat's adjustment and the multiplier without notification (each
 * `undefined` where not read).
 * @category Kazakhstan law
 */
export interface AdvertisingFeeLaw {
  readonly columnC: DatedSeries<AdvertisingColumnRates | undefined>;
  readonly roads: DatedSeries<RoadRates>;
  readonly adjustmentLimits: DatedSeries<AdjustmentLimits | undefined>;
  readonly withoutNotification: DatedSeries<{ readonly factor: string } | undefined>;
}

/** The advertising-fee law as read (see the series for what each period rests on). */
export const ADVERTISING_FEE_LAW: AdvertisingFeeLaw = {
  columnC: ADVERTISING_COLUMN_C,
  roads: ADVERTISING_ROAD_RATES,
  adjustmentLimits: COLUMN_C_ADJUSTMENT_LIMITS,
  withoutNotification: WITHOUT_NOTIFICATION_MULTIPLIER,
};

/** One area band of an advertising rate table: `{ upToM2?, mrp, row? }`. */
export const advertisingBandSchema = z.strictObject(
  { upToM2: positiveDecimalSchema.optional(), mrp: nonNegativeDecimalSchema, row: z.string().optional() },
  { error: 'must be a band { upToM2?, mrp } such as { upToM2: "2", mrp: "0.5" }' },
) as unknown as z.ZodType<AdvertisingBand, unknown>;

/** The bands of one object type, lowest first: edges rising, only the last open. */
export const advertisingBandsSchema = z
  .array(advertisingBandSchema)
  .min(1, { error: "give at least one band" })
  .superRefine((bands, ctx) => {
    bands.forEach((band, i) => {
      const previous = bands[i - 1]?.upToM2;
      if (i < bands.length - 1 && band.upToM2 === undefined) {
        ctx.issues.push({
          code: "custom",
          path: [i, "upToM2"],
          input: band,
          message: "only the last band may be open",
        });
      } else if (
        previous !== undefined &&
        band.upToM2 !== undefined &&
        Number(band.upToM2) <= Number(previous)
      ) {
        ctx.issues.push({
          code: "custom",
          path: [i, "upToM2"],
          input: band,
          message: `the band edges must rise: ${band.upToM2} m² is not above ${previous} m²`,
        });
      }
    });
  });

/** A column of bands by object type. */
export const advertisingColumnSchema = z.partialRecord(z.enum(AD_OBJECT_TYPES), advertisingBandsSchema);

/** The schema of the column-C rates of a period, or `undefined` where not read. */
export const columnCSchema = z
  .object({ rates: advertisingColumnSchema, citation: citationSchema })
  .optional();

/** The schema of the road right-of-way rates of a period ({@link RoadRates}). */
export const roadRatesSchema = z.object({
  mrpUpTo3M2: z.record(z.enum(ROAD_CATEGORIES), nonNegativeDecimalSchema),
  proportionalAbove3M2: z.boolean().optional(),
  citation: citationSchema,
});

/** The schema of {@link AdvertisingFeeLaw}, for law values handed to `advertisingFee`. */
export const advertisingFeeLawSchema = z.object({
  columnC: datedSeriesSchema(columnCSchema),
  roads: datedSeriesSchema(roadRatesSchema),
  adjustmentLimits: datedSeriesSchema(
    z
      .object({ minPercent: z.number().finite(), maxPercent: z.number().finite(), citation: citationSchema })
      .optional(),
  ),
  withoutNotification: datedSeriesSchema(z.object({ factor: positiveDecimalSchema }).optional()),
});

/**
 * The part of the tax law advertisingFee reads: the MRP, the rounding and the `advertising` tables. `TaxLaw` (all of the
 * law, e.g. `KAZAKHSTAN_TAX_LAW`) is one.
 * @category Kazakhstan law
 */
export interface LawForAdvertisingFee extends TaxLawBasics {
  readonly advertising: AdvertisingFeeLaw;
}

/** The bundled law for advertisingFee: the same tables as `KAZAKHSTAN_TAX_LAW`. */
export const LAW_FOR_ADVERTISING_FEE: LawForAdvertisingFee = {
  ...TAX_LAW_BASICS,
  advertising: ADVERTISING_FEE_LAW,
};

/** The schema of {@link LawForAdvertisingFee}. */
export const lawForAdvertisingFeeSchema = z.object(
  { ...taxLawBasicsShape, advertising: advertisingFeeLawSchema },
  { error: "must be a tax law value such as KAZAKHSTAN_TAX_LAW" },
);
