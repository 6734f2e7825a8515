import * as z from "zod";
import type { Citation } from "../../../../citation/citation.js";
import { got, nonNegativeDecimalSchema, positiveDecimalSchema } from "../../../../input/decimal.js";
import { Dec, type DecimalInput } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { TAX_CODE } from "../tax-code.js";
import { monthsOwnedSchema } from "../tax-input.js";
import type { PropertyLandRates } from "./property-law.js";

/**
 * Settlement categories of 2026 Code Art. 602 p.2 (land occupied by housing):
 * - `almaty`, `astana` — 0.96 KZT/m²; `shymkent` — 0.58;
 * - `major_city` — Aktau, Aktobe, Atyrau, Zhezkazgan, Kokshetau, Karaganda, Konaev, Kostanay, Kyzylorda,
 *   Uralsk, Ust-Kamenogorsk, Pavlodar, Petropavlovsk, Semey, Taldykorgan, Taraz — 0.58;
 * - `turkestan` — 0.39;
 * - `oblast_city` — other cities of oblast significance (incl. those of Almaty and Akmola regions) — 0.39;
 * - `district_city_almaty_akmola_region` — cities of district significance of Almaty and Akmola regions — 0.39;
 * - `district_city` — other cities of district significance — 0.19;
 * - `settlement` — 0.13; `village` — 0.09.
 * @category Taxes
 */
export type HousingLandCategory =
  | "almaty"
  | "astana"
  | "shymkent"
  | "major_city"
  | "turkestan"
  | "oblast_city"
  | "district_city_almaty_akmola_region"
  | "district_city"
  | "settlement"
  | "village";

/**
 * Every {@link HousingLandCategory}.
 * @category Kazakhstan law
 */
export const HOUSING_LAND_CATEGORIES: readonly HousingLandCategory[] = [
  "almaty",
  "astana",
  "shymkent",
  "major_city",
  "turkestan",
  "oblast_city",
  "district_city_almaty_akmola_region",
  "district_city",
  "settlement",
  "village",
];

/**
 * 2026 Code Art. 602 p.2: base rates for land occupied by housing, KZT per m².
 * @category Kazakhstan law
 */
export const HOUSING_LAND_RATES_2026: Readonly<Record<HousingLandCategory, string>> = {
  almaty: "0.96",
  astana: "0.96",
  shymkent: "0.58",
  major_city: "0.58",
  turkestan: "0.39",
  oblast_city: "0.39",
  district_city_almaty_akmola_region: "0.39",
  district_city: "0.19",
  settlement: "0.13",
  village: "0.09",
};

/**
 * Where an adjacent plot lies, for 2026 Code Art. 602 p.3: `"city"` — cities of republican significance,
 * the capital, cities of oblast significance (0.20 KZT/m² up to 1 000 m², 6.00 above); `"other"` — all
 * other settlements (0.20 up to 5 000 m², 1.00 above).
 * @category Taxes
 */
export type AdjacentPlotSettlement = "city" | "other";

/**
 * 2026 Code Art. 602 p.3: adjacent-plot rates and thresholds.
 * @category Kazakhstan law
 */
export const ADJACENT_PLOT_RATES_2026: Readonly<
  Record<
    AdjacentPlotSettlement,
    { readonly thresholdM2: string; readonly base: string; readonly above: string }
  >
> = {
  city: { thresholdM2: "1000", base: "0.20", above: "6.00" },
  other: { thresholdM2: "5000", base: "0.20", above: "1.00" },
};

/**
 * 2026 Code Art. 602 p.4: household plots, KZT per 0.01 ha up to 0.50 ha incl., and above.
 * @category Kazakhstan law
 */
export const HOUSEHOLD_PLOT_RATES_2026: {
  readonly thresholdHa: string;
  readonly basePerHundredthHa: string;
  readonly abovePerHundredthHa: string;
} = {
  thresholdHa: "0.5",
  basePerHundredthHa: "20",
  abovePerHundredthHa: "100",
};

/**
 * Land occupied by housing (excluding the adjacent plot), 2026 Code Art. 602 p.2.
 * @category Taxes
 */
export interface HousingLand {
  readonly kind: "housing";
  /** Area, m², a decimal string (base of the tax: Art. 600 p.13). */
  readonly areaM2: DecimalInput;
  /** Settlement category of the plot's location. */
  readonly category: HousingLandCategory;
  /**
   * The maslikhat's zoning factor on the base rate, 0.5 to 1.5 (Art. 602 p.6: ±50 %); 1 when absent.
   */
  readonly zoningFactor?: DecimalInput | undefined;
  /** Months owned in the tax year, 1–12 (Art. 603); 12 when absent. */
  readonly months?: number | undefined;
}

/**
 * An adjacent plot (придомовый участок), 2026 Code Art. 602 p.3.
 * @category Taxes
 */
export interface AdjacentPlot {
  readonly kind: "adjacent";
  /** Area, m². */
  readonly areaM2: DecimalInput;
  /** `"city"` or `"other"`: see {@link AdjacentPlotSettlement}. */
  readonly settlement: AdjacentPlotSettlement;
  /**
   * The rate on the area above the threshold when the maslikhat cut it (Art. 602 p.3): from 0.20 up to
   * 6.00 (`city`) or 1.00 (`other`) KZT/m². The law's 6.00 / 1.00 when absent.
   */
  readonly rateAboveThreshold?: DecimalInput | undefined;
  /** Months owned, 1–12; 12 when absent. */
  readonly months?: number | undefined;
}

/**
 * A household plot (personal subsidiary farming, gardening, dacha building), 2026 Code Art. 602 p.4.
 * @category Taxes
 */
export interface HouseholdPlot {
  readonly kind: "household";
  /** Area in hectares (0.01 ha = one "sotka"), a decimal string. */
  readonly areaHa: DecimalInput;
  /** Months owned, 1–12; 12 when absent. */
  readonly months?: number | undefined;
}

/**
 * A land plot of an individual taxed inside the property tax (2026 Code Art. 599 p.1(2)). How one cadastral
 * plot is split between housing land, adjacent plot and household plot depends on its designated use, which
 * the library does not know: the caller gives each part as its own entry.
 * @category Taxes
 */
export type LandPlot = HousingLand | AdjacentPlot | HouseholdPlot;

/** The schema of a {@link LandPlot} (2026 ranges of the zoning factor and the cut rate are the law's). */
export const landPlotSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("housing"),
      areaM2: nonNegativeDecimalSchema,
      category: z.enum(HOUSING_LAND_CATEGORIES),
      zoningFactor: positiveDecimalSchema.optional(),
      months: monthsOwnedSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal("adjacent"),
      areaM2: nonNegativeDecimalSchema,
      settlement: z.enum(["city", "other"]),
      rateAboveThreshold: nonNegativeDecimalSchema.optional(),
      months: monthsOwnedSchema.optional(),
    }),
    z.strictObject({
      kind: z.literal("household"),
      areaHa: nonNegativeDecimalSchema,
      months: monthsOwnedSchema.optional(),
    }),
  ],
  {
    error: (issue) =>
      `must be a land plot { kind: "housing" | "adjacent" | "household", … } (${got(issue.input)})`,
  },
);

/** A {@link LandPlot} as its schema outputs it (decimals as canonical strings). */
export type CheckedLandPlot = z.output<typeof landPlotSchema>;

/** The computed annual land tax of one plot, with its computation in words and its article. */
interface LandPlotTax {
  readonly annual: Money;
  readonly text: string;
  readonly citation: Citation;
}

const ART_602 = { ...TAX_CODE.tc2026, article: "602" };

/** `within` and `above` a threshold of an amount, both as decimals. */
function split(amount: Dec, threshold: Dec): { readonly within: Dec; readonly above: Dec } {
  const within = amount.lessThan(threshold) ? amount : threshold;
  return { within, above: amount.minus(within) };
}

/**
 * The annual tax of one plot (before months) at the year's `rates`, rounded to the tiyn half away from
 * zero. The plot is checked first (its schema, and the ranges of the law; see `propertyTax`).
 */
export function landPlotTax(plot: CheckedLandPlot, rates: PropertyLandRates): LandPlotTax {
  switch (plot.kind) {
    case "housing": {
      const rate = rates.housing[plot.category];
      const factor = new Dec(plot.zoningFactor ?? "1");
      const area = new Dec(plot.areaM2);
      const annual = Money.kzt(rate).times(area.times(factor).toFixed(), "halfExpand");
      const zoning = factor.equals(1) ? "" : ` × zoning factor ${factor.toFixed()}`;
      return {
        annual,
        text: `housing land (${plot.category}): ${area.toFixed()} m² × ${rate} KZT/m²${zoning} = ${annual.toKzt()} KZT`,
        citation: { ...ART_602, paragraph: factor.equals(1) ? "2" : "2, 6" },
      };
    }
    case "adjacent": {
      const r = rates.adjacent[plot.settlement];
      const { within, above } = split(new Dec(plot.areaM2), new Dec(r.thresholdM2));
      const aboveRate = plot.rateAboveThreshold ?? r.above;
      const annual = Money.kzt(within.times(r.base).plus(above.times(aboveRate)).toFixed(), "halfExpand");
      return {
        annual,
        text: `adjacent plot (${plot.settlement}): ${within.toFixed()} m² × ${r.base} + ${above.toFixed()} m² × ${aboveRate} KZT/m² = ${annual.toKzt()} KZT`,
        citation: { ...ART_602, paragraph: "3" },
      };
    }
    case "household": {
      const r = rates.household;
      const hundredths = new Dec(plot.areaHa).times(100);
      const { within, above } = split(hundredths, new Dec(r.thresholdHa).times(100));
      const exact = within.times(r.basePerHundredthHa).plus(above.times(r.abovePerHundredthHa));
      const annual = Money.kzt(exact.toFixed(), "halfExpand");
      return {
        annual,
        text: `household plot: ${within.toFixed()} × 0.01 ha × ${r.basePerHundredthHa} + ${above.toFixed()} × 0.01 ha × ${r.abovePerHundredthHa} KZT = ${annual.toKzt()} KZT (a part of 0.01 ha pays its proportional part: an inference, the text read does not say)`,
        citation: { ...ART_602, paragraph: "4" },
      };
    }
  }
}
