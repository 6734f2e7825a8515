import * as z from "zod";
import { type DatedSeries, datedSeries } from "../../../../calendar/dated.js";
import { citationSchema } from "../../../../input/citation.js";
import { datedSeriesSchema } from "../../../../input/dated.js";
import { decimalSchema, nonNegativeDecimalSchema } from "../../../../input/decimal.js";
import { TAX_LAW_BASICS, type TaxLawBasics, taxLawBasicsShape } from "../law-basics.js";
import { TAX_CODE } from "../tax-code.js";
import {
  AGRICULTURAL_RATES,
  AGRICULTURAL_ZONES,
  type AgriculturalTable,
  INDUSTRIAL_CUT_CITATION,
  INDUSTRIAL_CUT_LIMIT_PERCENT,
  MASLIKHAT_ADJUSTMENT_CITATION,
  MASLIKHAT_ADJUSTMENT_LIMIT_PERCENT,
  SETTLEMENT_RATES_2020,
  SETTLEMENT_RATES_2026,
  type SettlementTable,
  SINGLE_LAND_TAX,
} from "./rates.js";

/**
 * Multipliers for land left unused: agricultural land, and construction plots where the law sets one.
 * @category Kazakhstan law
 */
export interface UnusedMultipliers {
  /** A decimal string, e.g. `"10"`. */
  readonly agricultural: string;
  readonly construction?: string;
}

/**
 * The single land tax of peasant and farm enterprises in a period: in force at a rate of the object of
 * taxation, not established (the rate in force was not read), or abolished.
 * @category Kazakhstan law
 */
export type SingleLandTaxRule =
  | { readonly status: "in_force"; readonly rate: string }
  | { readonly status: "not_established" }
  | { readonly status: "abolished" };

/**
 * What the land calculators read from the law, by date (the MRP and the rounding are the whole law's):
 * - `settlement`: the settlement-land table, or `undefined` where none was read (2018–2019);
 * - `agricultural`: the agricultural-land rows established;
 * - `maslikhatAdjustmentPercent`: the adjustment of base rates every maslikhat is taken to have set,
 *   percent (`"50"` raises them by half), applied where a computation gives none; `undefined` (the law
 *   as bundled) where each computation gives its maslikhat's own. A reform sets it (a `tax_rate` change
 *   at `land.maslikhatAdjustmentPercent`), within the limit below;
 * - `maslikhatAdjustmentLimitPercent`: the maslikhat's ±limit on base rates, percent;
 * - `industrialCutLimitPercent`: the most maslikhats may cut the rates of industrial land, percent;
 * - `unusedMultipliers`: multipliers for land left unused;
 * - `singleLandTax`: the single land tax rule.
 * The years `settlement` covers are the years the land tax and the land-use payment compute.
 * @category Kazakhstan law
 */
export interface LandTaxLaw {
  readonly settlement: DatedSeries<SettlementTable | undefined>;
  readonly agricultural: DatedSeries<AgriculturalTable>;
  readonly maslikhatAdjustmentPercent: DatedSeries<string | undefined>;
  readonly maslikhatAdjustmentLimitPercent: DatedSeries<string>;
  readonly industrialCutLimitPercent: DatedSeries<string>;
  readonly unusedMultipliers: DatedSeries<UnusedMultipliers>;
  readonly singleLandTax: DatedSeries<SingleLandTaxRule>;
}

const TO_2025 = { from: "2018-01-01", to: "2025-12-31" } as const;
const YEAR_2026 = { from: "2026-01-01", to: "2026-12-31" } as const;
const FROM_2026 = { from: "2026-01-01" } as const;
const ART_505 = SETTLEMENT_RATES_2020.citation;

/** The land law as read: the 2017 Code for 2018–2025, the 2026 Code (as of its 2026 edition) for 2026. */
export const LAND_TAX_LAW: LandTaxLaw = {
  settlement: datedSeries("land tax on settlement land", [
    {
      from: "2018-01-01",
      to: "2019-12-31",
      value: undefined,
      citation: { ...ART_505, evidence: "published", publishedIn: "rows in force in 2018–2019 not read" },
    },
    { from: "2020-01-01", to: "2025-12-31", value: SETTLEMENT_RATES_2020, citation: ART_505 },
    { ...YEAR_2026, value: SETTLEMENT_RATES_2026, citation: SETTLEMENT_RATES_2026.citation },
  ]),
  agricultural: datedSeries("land tax on agricultural land", [
    { ...TO_2025, value: AGRICULTURAL_RATES.tc2017, citation: { ...TAX_CODE.tc2017, article: "503" } },
    { ...YEAR_2026, value: AGRICULTURAL_RATES.tc2026, citation: { ...TAX_CODE.tc2026, article: "576" } },
  ]),
  maslikhatAdjustmentPercent: datedSeries(
    "maslikhat adjustment of land tax rates set for every maslikhat, percent",
    [
      { ...TO_2025, value: undefined, citation: MASLIKHAT_ADJUSTMENT_CITATION.tc2017 },
      { ...YEAR_2026, value: undefined, citation: MASLIKHAT_ADJUSTMENT_CITATION.tc2026 },
    ],
  ),
  maslikhatAdjustmentLimitPercent: datedSeries("maslikhat adjustment of land tax rates, ± percent", [
    {
      ...TO_2025,
      value: String(MASLIKHAT_ADJUSTMENT_LIMIT_PERCENT),
      citation: MASLIKHAT_ADJUSTMENT_CITATION.tc2017,
    },
    {
      ...YEAR_2026,
      value: String(MASLIKHAT_ADJUSTMENT_LIMIT_PERCENT),
      citation: MASLIKHAT_ADJUSTMENT_CITATION.tc2026,
    },
  ]),
  industrialCutLimitPercent: datedSeries("cut of land tax rates on industrial land, percent", [
    { ...TO_2025, value: String(INDUSTRIAL_CUT_LIMIT_PERCENT), citation: INDUSTRIAL_CUT_CITATION.tc2017 },
    { ...YEAR_2026, value: String(INDUSTRIAL_CUT_LIMIT_PERCENT), citation: INDUSTRIAL_CUT_CITATION.tc2026 },
  ]),
  // 2017 Code: agricultural land ×10 (Art. 509 p.5); the construction-plot multiplier was not read.
  unusedMultipliers: datedSeries("land tax multipliers for unused land", [
    {
      ...TO_2025,
      value: { agricultural: "10" },
      citation: { ...TAX_CODE.tc2017, article: "509", paragraph: "5" },
    },
    {
      ...YEAR_2026,
      value: { agricultural: "40", construction: "10" },
      citation: { ...TAX_CODE.tc2026, article: "581" },
    },
  ]),
  singleLandTax: datedSeries("single land tax", [
    {
      from: "2018-01-01",
      to: "2021-12-31",
      value: { status: "not_established" },
      citation: {
        ...SINGLE_LAND_TAX.citation,
        evidence: "published",
        publishedIn:
          "the 0.5 % is read in the wording from 2022; the rate in force for 2018–2021 was not read",
      },
    },
    {
      from: "2022-01-01",
      to: "2025-12-31",
      value: { status: "in_force", rate: SINGLE_LAND_TAX.rate },
      citation: SINGLE_LAND_TAX.citation,
    },
    {
      ...FROM_2026,
      value: { status: "abolished" },
      citation: {
        ...TAX_CODE.tc2026,
        article: "",
        evidence: "published",
        publishedIn:
          "the 2026 Code has no single land tax; peasant and farm enterprises on the special regime pay IIT",
      },
    },
  ]),
};

const decimal = nonNegativeDecimalSchema;
const rowValue = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("fixed"), perM2: decimal }),
  z.object({ kind: z.literal("share_of_centre"), share: decimal }),
]);

/** The schema of a settlement-land table ({@link SettlementTable}), or `undefined` where none was read. */
export const settlementTableSchema = z
  .object({
    columns: z.object({ other: z.string(), housing: z.string().optional() }),
    rows: z.record(
      z.string(),
      z.object({ row: z.number().optional(), other: rowValue, housing: decimal.optional() }),
    ),
    citation: citationSchema,
    gaps: z.string(),
  })
  .optional();

/** The schema of an agricultural-land table ({@link AgriculturalTable}). */
export const agriculturalTableSchema = z.object({
  rows: z.partialRecord(z.enum(AGRICULTURAL_ZONES), z.record(z.string(), decimal)),
  citation: z.partialRecord(z.enum(AGRICULTURAL_ZONES), citationSchema),
});

/** The schema of {@link LandTaxLaw}, for law values handed to the land calculators. */
export const landTaxLawSchema = z.object({
  settlement: datedSeriesSchema(settlementTableSchema),
  agricultural: datedSeriesSchema(agriculturalTableSchema),
  maslikhatAdjustmentPercent: datedSeriesSchema(decimalSchema().optional()),
  maslikhatAdjustmentLimitPercent: datedSeriesSchema(decimal),
  industrialCutLimitPercent: datedSeriesSchema(decimal),
  unusedMultipliers: datedSeriesSchema(z.object({ agricultural: decimal, construction: decimal.optional() })),
  singleLandTax: datedSeriesSchema(
    z.discriminatedUnion("status", [
      z.object({ status: z.literal("in_force"), rate: decimal }),
      z.object({ status: z.literal("not_established") }),
      z.object({ status: z.literal("abolished") }),
    ]),
  ),
});

/**
 * The part of the tax law the land calculators read: the MRP, the rounding and the `land` tables. `TaxLaw` (all of the
 * law, e.g. `KAZAKHSTAN_TAX_LAW`) is one.
 * @category Kazakhstan law
 */
export interface LawForLandTax extends TaxLawBasics {
  readonly land: LandTaxLaw;
}

/** The bundled law for the land calculators: the same tables as `KAZAKHSTAN_TAX_LAW`. */
export const LAW_FOR_LAND_TAX: LawForLandTax = { ...TAX_LAW_BASICS, land: LAND_TAX_LAW };

/** The schema of {@link LawForLandTax}. */
export const lawForLandTaxSchema = z.object(
  { ...taxLawBasicsShape, land: landTaxLawSchema },
  { error: "must be a tax law value such as KAZAKHSTAN_TAX_LAW" },
);
