import * as z from "zod";
import { type DatedSeries, datedSeries } from "../../../../calendar/dated.js";
import type { Citation } from "../../../../citation/citation.js";
import { citationSchema } from "../../../../input/citation.js";
import { datedSeriesSchema } from "../../../../input/dated.js";
import { nonNegativeDecimalSchema } from "../../../../input/decimal.js";
import { moneySchema } from "../../../../input/money.js";
import type { Money } from "../../../../money/money.js";
import { TAX_LAW_BASICS, type TaxLawBasics, taxLawBasicsShape } from "../law-basics.js";
import { TAX_CODE } from "../tax-code.js";
import {
  ADJACENT_PLOT_RATES_2026,
  type AdjacentPlotSettlement,
  HOUSEHOLD_PLOT_RATES_2026,
  HOUSING_LAND_CATEGORIES,
  HOUSING_LAND_RATES_2026,
  type HousingLandCategory,
} from "./land.js";
import {
  AGGREGATE_FIXED_2026,
  AGGREGATE_RATE_PERCENT_2026,
  AGGREGATE_THRESHOLD_2026,
  PROPERTY_TAX_SCALE_2017,
  PROPERTY_TAX_SCALE_2026,
  type PropertyTaxScale,
} from "./scale.js";

/**
 * The benefits the 2017 Code names (Art. 526 p.2), by the MRP of value they exempt.
 * @category Taxes
 */
export type NamedPropertyTaxBenefit = "within_1000_mrp" | "within_1500_mrp";

/**
 * A named benefit: how many MRP of value it exempts, and whom it is for (for the breakdown).
 * @category Kazakhstan law
 */
export interface NamedBenefit {
  /** MRP of value exempt, a decimal string (`"1000"`). */
  readonly mrp: string;
  readonly label: string;
}

/**
 * The 2026 rule on an owner's total value above a threshold (Art. 600 p.12): the tax is `fixed +
 * ratePercent % × (total − threshold)`, spread over the objects pro rata to value.
 * @category Kazakhstan law
 */
export interface AggregateRule {
  readonly threshold: Money;
  readonly fixed: Money;
  /** Percent, a decimal string (`"2"`). */
  readonly ratePercent: string;
}

/**
 * An inclusive range of a coefficient the maslikhat may set, decimal strings.
 * @category Kazakhstan law
 */
export interface CoefficientRange {
  readonly min: string;
  readonly max: string;
}

/**
 * The 2026 rates of individuals' land plots inside the property tax (Art. 602 p.2–4, 6).
 * @category Kazakhstan law
 */
export interface PropertyLandRates {
  /** Land occupied by housing, KZT per m², by settlement category (p.2). */
  readonly housing: Readonly<Record<HousingLandCategory, string>>;
  /** Adjacent plots: KZT per m² up to the threshold and above it (p.3). */
  readonly adjacent: Readonly<
    Record<
      AdjacentPlotSettlement,
      { readonly thresholdM2: string; readonly base: string; readonly above: string }
    >
  >;
  /** Household plots: KZT per 0.01 ha up to the threshold and above it (p.4). */
  readonly household: {
    readonly thresholdHa: string;
    readonly basePerHundredthHa: string;
    readonly abovePerHundredthHa: string;
  };
  /** The maslikhat's zoning factor on the housing-land rate (p.6: ±50 %). */
  readonly zoningFactor: CoefficientRange;
}

/**
 * What the property tax of individuals reads from the law, by date (the MRP and the rounding are the
 * whole law's): the scale; the aggregate rule (from 2026); the named benefits; the range of the luxury
 * coefficient (from 2026; none before, where only 1 is accepted); the land-plot rates (from 2026).
 * @category Kazakhstan law
 */
export interface PropertyTaxLaw {
  readonly scales: DatedSeries<PropertyTaxScale>;
  readonly aggregate: DatedSeries<AggregateRule | undefined>;
  readonly benefits: DatedSeries<Readonly<Partial<Record<NamedPropertyTaxBenefit, NamedBenefit>>>>;
  readonly luxuryCoefficient: DatedSeries<CoefficientRange | undefined>;
  readonly land: DatedSeries<PropertyLandRates | undefined>;
}

/**
 * The first tax year the calculator covers (the 2017 Code's first year).
 * @category Kazakhstan law
 */
export const FIRST_PROPERTY_TAX_YEAR = 2018;

/**
 * The last tax year whose rates the library has read (2026 Code). A later year needs its values first.
 * @category Kazakhstan law
 */
export const LAST_PROPERTY_TAX_YEAR = 2026;

const TO_2025 = { from: `${FIRST_PROPERTY_TAX_YEAR}-01-01`, to: "2025-12-31" } as const;
const YEAR_2026 = { from: "2026-01-01", to: `${LAST_PROPERTY_TAX_YEAR}-12-31` } as const;

const notRead = (what: string): Citation => ({
  act: `${TAX_CODE.tc2026.act} (${what}: not read)`,
  article: "",
  evidence: "published",
  publishedIn: "none: not established",
  versionDate: "2026-11-01",
});

const LUXURY_RANGE_CITATION: Citation = {
  ...TAX_CODE.tc2026,
  article: "600",
  evidence: "published",
  publishedIn:
    "lada.kz 08.09.2025 (DGD Mangystau: coefficient 1, maslikhat may raise it up to 1.5); alau.kz 07.08.2025",
  versionDate: "2025-09-08",
};

const BENEFIT_CITATION_2017: Citation = {
  ...TAX_CODE.tc2017,
  article: "526",
  paragraph: "2",
  url: "https://fayllar.org/on-taxes-and-other-obligatory-payments-to-the-budget-tax-code.html?page=335",
};

const ART_531 = PROPERTY_TAX_SCALE_2017.citation;

/** The property-tax law as read: the 2017 Code for 2018–2025, the 2026 Code for 2026. */
export const PROPERTY_TAX_LAW: PropertyTaxLaw = {
  scales: datedSeries("property tax scale", [
    { ...TO_2025, value: PROPERTY_TAX_SCALE_2017, citation: PROPERTY_TAX_SCALE_2017.citation },
    { ...YEAR_2026, value: PROPERTY_TAX_SCALE_2026, citation: PROPERTY_TAX_SCALE_2026.citation },
  ]),
  aggregate: datedSeries("property tax rule on the owner's total value", [
    { ...TO_2025, value: undefined, citation: ART_531 },
    {
      ...YEAR_2026,
      value: {
        threshold: AGGREGATE_THRESHOLD_2026,
        fixed: AGGREGATE_FIXED_2026,
        ratePercent: AGGREGATE_RATE_PERCENT_2026,
      },
      citation: { ...TAX_CODE.tc2026, article: "600", paragraph: "12" },
    },
  ]),
  benefits: datedSeries("property tax benefits", [
    {
      ...TO_2025,
      value: {
        within_1000_mrp: { mrp: "1000", label: "Heroes and holders of the named orders" },
        within_1500_mrp: { mrp: "1500", label: "veterans and persons with disabilities" },
      },
      citation: BENEFIT_CITATION_2017,
    },
    { ...YEAR_2026, value: {}, citation: notRead("benefits of the property tax") },
  ]),
  luxuryCoefficient: datedSeries("property tax luxury coefficient", [
    { ...TO_2025, value: undefined, citation: { ...TAX_CODE.tc2017, article: "529" } },
    { ...YEAR_2026, value: { min: "1", max: "1.5" }, citation: LUXURY_RANGE_CITATION },
  ]),
  land: datedSeries("land plots inside the property tax", [
    {
      ...TO_2025,
      value: undefined,
      citation: { ...ART_531, paragraph: "2–4", evidence: "published", publishedIn: "rates not read" },
    },
    {
      ...YEAR_2026,
      value: {
        housing: HOUSING_LAND_RATES_2026,
        adjacent: ADJACENT_PLOT_RATES_2026,
        household: HOUSEHOLD_PLOT_RATES_2026,
        zoningFactor: { min: "0.5", max: "1.5" },
      },
      citation: { ...TAX_CODE.tc2026, article: "602", paragraph: "2–4, 6" },
    },
  ]),
};

const decimal = nonNegativeDecimalSchema;
const rangeSchema = z.object({ min: decimal, max: decimal });

const scaleSchema = z.object({
  rows: z
    .array(
      z.object({ over: moneySchema, upTo: moneySchema.optional(), fixed: moneySchema, ratePercent: decimal }),
    )
    .min(1),
  citation: citationSchema,
  note: z.string().optional(),
});

/** The schema of {@link PropertyTaxLaw}, for law values handed to `propertyTax`. */
export const propertyTaxLawSchema = z.object({
  scales: datedSeriesSchema(scaleSchema),
  aggregate: datedSeriesSchema(
    z.object({ threshold: moneySchema, fixed: moneySchema, ratePercent: decimal }).optional(),
  ),
  benefits: datedSeriesSchema(
    z.partialRecord(
      z.enum(["within_1000_mrp", "within_1500_mrp"]),
      z.object({ mrp: decimal, label: z.string() }),
    ),
  ),
  luxuryCoefficient: datedSeriesSchema(rangeSchema.optional()),
  land: datedSeriesSchema(
    z
      .object({
        housing: z.record(z.enum(HOUSING_LAND_CATEGORIES), decimal),
        adjacent: z.record(
          z.enum(["city", "other"]),
          z.object({ thresholdM2: decimal, base: decimal, above: decimal }),
        ),
        household: z.object({
          thresholdHa: decimal,
          basePerHundredthHa: decimal,
          abovePerHundredthHa: decimal,
        }),
        zoningFactor: rangeSchema,
      })
      .optional(),
  ),
});

/**
 * The part of the tax law propertyTax reads: the MRP, the rounding and the `property` tables. `TaxLaw` (all of the
 * law, e.g. `KAZAKHSTAN_TAX_LAW`) is one.
 * @category Kazakhstan law
 */
export interface LawForPropertyTax extends TaxLawBasics {
  readonly property: PropertyTaxLaw;
}

/** The bundled law for propertyTax: the same tables as `KAZAKHSTAN_TAX_LAW`. */
export const LAW_FOR_PROPERTY_TAX: LawForPropertyTax = { ...TAX_LAW_BASICS, property: PROPERTY_TAX_LAW };

/** The schema of {@link LawForPropertyTax}. */
export const lawForPropertyTaxSchema = z.object(
  { ...taxLawBasicsShape, property: propertyTaxLawSchema },
  { error: "must be a tax law value such as KAZAKHSTAN_TAX_LAW" },
);
