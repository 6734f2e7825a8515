import * as z from "zod";
import { type DatedSeries, datedSeries } from "../../../../calendar/dated.js";
import { citationSchema } from "../../../../input/citation.js";
import { datedSeriesSchema } from "../../../../input/dated.js";
import { nonNegativeDecimalSchema } from "../../../../input/decimal.js";
import { moneySchema } from "../../../../input/money.js";
import { Money } from "../../../../money/money.js";
import { TAX_LAW_BASICS, type TaxLawBasics, taxLawBasicsShape } from "../law-basics.js";
import { TAX_CODE } from "../tax-code.js";
import {
  AGE_COEFFICIENT_CITATION,
  AGE_COEFFICIENTS_2026,
  AGRICULTURAL_REDUCTION_2026,
  type AgeCoefficient,
  type RateBand,
  type RateScale,
  SURCHARGE_CITATION,
  SURCHARGE_PER_CC_KZT,
  VEHICLE_SCALE_KEYS,
  VEHICLE_SCALES,
  type VehicleScales,
} from "./rates.js";

/**
 * What the vehicle tax reads from the law, by date (the MRP and the rounding are the whole law's):
 * - `scales`: the rate scales in force (MRP multiples by band of the base);
 * - `surchargePerCc`: the surcharge per cm³ above the band's lower edge for cars over 1,500 cc, KZT;
 * - `ageCoefficients`: the passenger-car coefficients by years of operation (none before 2026);
 * - `agriculturalReduction`: the share agricultural legal entities may cut (`"0.7"`), or `undefined`
 *   where there is none (before 2026).
 * @category Kazakhstan law
 */
export interface VehicleTaxLaw {
  readonly scales: DatedSeries<VehicleScales>;
  readonly surchargePerCc: DatedSeries<Money>;
  readonly ageCoefficients: DatedSeries<readonly AgeCoefficient[]>;
  readonly agriculturalReduction: DatedSeries<string | undefined>;
}

const ART_492 = { ...TAX_CODE.tc2017, article: "492" };
const TO_2025 = { from: "2018-01-01", to: "2025-12-31" } as const;
const FROM_2026 = { from: "2026-01-01" } as const;

/** The vehicle-tax law as read: the 2017 Code for 2018–2025, the 2026 Code from 2026. */
export const VEHICLE_TAX_LAW: VehicleTaxLaw = {
  scales: datedSeries("vehicle tax scales", [
    { ...TO_2025, value: VEHICLE_SCALES.tc2017, citation: { ...ART_492, paragraph: "1, 2" } },
    { ...FROM_2026, value: VEHICLE_SCALES.tc2026, citation: { ...TAX_CODE.tc2026, article: "565" } },
  ]),
  surchargePerCc: datedSeries("vehicle tax surcharge per cm³, KZT", [
    { ...TO_2025, value: Money.kzt(SURCHARGE_PER_CC_KZT), citation: SURCHARGE_CITATION.tc2017 },
    { ...FROM_2026, value: Money.kzt(SURCHARGE_PER_CC_KZT), citation: SURCHARGE_CITATION.tc2026 },
  ]),
  ageCoefficients: datedSeries("vehicle tax age coefficients", [
    { ...TO_2025, value: [], citation: { ...ART_492, paragraph: "1" } },
    { ...FROM_2026, value: AGE_COEFFICIENTS_2026, citation: AGE_COEFFICIENT_CITATION },
  ]),
  agriculturalReduction: datedSeries("vehicle tax reduction for agricultural producers", [
    { ...TO_2025, value: undefined, citation: { ...ART_492, paragraph: "1" } },
    {
      ...FROM_2026,
      value: AGRICULTURAL_REDUCTION_2026.share,
      citation: AGRICULTURAL_REDUCTION_2026.citation,
    },
  ]),
};

const edge = z.number({ error: "must be a band edge: a number of 0 or more" }).nonnegative().finite();

/** One band of a vehicle-tax scale: bases above `over` up to `upTo` (inclusive) pay `mrp` MRP. */
export const rateBandSchema: z.ZodType<RateBand, unknown> = z
  .strictObject(
    { over: edge, upTo: edge.optional(), mrp: nonNegativeDecimalSchema },
    { error: 'must be a band { over, upTo?, mrp } such as { over: 25, mrp: "20" }' },
  )
  .refine((b) => b.upTo === undefined || b.upTo > b.over, {
    path: ["upTo"],
    message: "the upper edge must be above the lower edge (over)",
  }) as z.ZodType<RateBand, unknown>;

const rateScaleSchema: z.ZodType<RateScale, unknown> = z.object({
  bands: z.array(rateBandSchema),
  citation: citationSchema,
});

/** The schema of the vehicle-tax scales of a period ({@link VehicleScales}). */
export const vehicleScalesSchema = z.partialRecord(z.enum(VEHICLE_SCALE_KEYS), rateScaleSchema);

/** The schema of {@link VehicleTaxLaw}, for law values handed to {@link vehicleTax}. */
export const vehicleTaxLawSchema = z.object({
  scales: datedSeriesSchema(vehicleScalesSchema),
  surchargePerCc: datedSeriesSchema(moneySchema),
  ageCoefficients: datedSeriesSchema(
    z.array(
      z.object({ over: edge, upTo: edge.optional(), coefficient: nonNegativeDecimalSchema }),
    ) as z.ZodType<readonly AgeCoefficient[], unknown>,
  ),
  agriculturalReduction: datedSeriesSchema(nonNegativeDecimalSchema.optional()),
});

/**
 * The part of the tax law vehicleTax reads: the MRP, the rounding and the `vehicle` tables. `TaxLaw` (all of the
 * law, e.g. `KAZAKHSTAN_TAX_LAW`) is one.
 * @category Kazakhstan law
 */
export interface LawForVehicleTax extends TaxLawBasics {
  readonly vehicle: VehicleTaxLaw;
}

/** The bundled law for vehicleTax: the same tables as `KAZAKHSTAN_TAX_LAW`. */
export const LAW_FOR_VEHICLE_TAX: LawForVehicleTax = { ...TAX_LAW_BASICS, vehicle: VEHICLE_TAX_LAW };

/** The schema of {@link LawForVehicleTax}. */
export const lawForVehicleTaxSchema = z.object(
  { ...taxLawBasicsShape, vehicle: vehicleTaxLawSchema },
  { error: "must be a tax law value such as KAZAKHSTAN_TAX_LAW" },
);
