import type { Citation } from "../../../../citation/citation.js";
import { type DecimalInput, toDec } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { TAX_CODE } from "../tax-code.js";

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

/** 2026 Code Art. 602 p.2: base rates for land occupied by housing, KZT per m². */
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
 */
export type AdjacentPlotSettlement = "city" | "other";

/** 2026 Code Art. 602 p.3: adjacent-plot rates and thresholds. */
export const ADJACENT_PLOT_RATES_2026: Readonly<
  Record<
    AdjacentPlotSettlement,
    { readonly thresholdM2: string; readonly base: string; readonly above: string }
  >
> = {
  city: { thresholdM2: "1000", base: "0.20", above: "6.00" },
  other: { thresholdM2: "5000", base: "0.20", above: "1.00" },
};

/** 2026 Code Art. 602 p.4: household plots, KZT per 0.01 ha up to 0.50 ha incl., and above. */
export const HOUSEHOLD_PLOT_RATES_2026: {
  readonly thresholdHa: string;
  readonly basePerHundredthHa: string;
  readonly abovePerHundredthHa: string;
} = {
  thresholdHa: "0.5",
  basePerHundredthHa: "20",
  abovePerHundredthHa: "100",
};

/** Land occupied by housing (excluding the adjacent plot), 2026 Code Art. 602 p.2. */
export interface HousingLand {
  readonly kind: "housing";
  /** Area, m², a decimal string (base of the tax: Art. 600 p.13). */
  readonly areaM2: DecimalInput;
  /** Settlement category of the plot's location. */
  readonly category: HousingLandCategory;
  /**
   * The maslikhat's zoning factor on the base rate, 0.5 to 1.5 (Art. 602 p.6: ±50 %); 1 when absent.
   */
  readonly zoningFactor?: DecimalInput;
  /** Months owned in the tax year, 1–12 (Art. 603); 12 when absent. */
  readonly months?: number;
}

/** An adjacent plot (придомовый участок), 2026 Code Art. 602 p.3. */
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
  readonly rateAboveThreshold?: DecimalInput;
  /** Months owned, 1–12; 12 when absent. */
  readonly months?: number;
}

/** A household plot (personal subsidiary farming, gardening, dacha building), 2026 Code Art. 602 p.4. */
export interface HouseholdPlot {
  readonly kind: "household";
  /** Area in hectares (0.01 ha = one "sotka"), a decimal string. */
  readonly areaHa: DecimalInput;
  /** Months owned, 1–12; 12 when absent. */
  readonly months?: number;
}

/**
 * A land plot of an individual taxed inside the property tax (2026 Code Art. 599 p.1(2)). How one cadastral
 * plot is split between housing land, adjacent plot and household plot depends on its designated use, which
 * the library does not know: the caller gives each part as its own entry.
 */
export type LandPlot = HousingLand | AdjacentPlot | HouseholdPlot;

/** The computed annual land tax of one plot, with its computation in words and its article. */
interface LandPlotTax {
  readonly annual: Money;
  readonly text: string;
  readonly citation: Citation;
}

const kzt = (value: string): Money => Money.kzt(value);

/**
 * The annual tax of one plot (before months), rounded to the tiyn half away from zero. Inputs must be
 * validated first (see `propertyTax`).
 */
export function landPlotTax(plot: LandPlot): LandPlotTax {
  switch (plot.kind) {
    case "housing": {
      const rate = HOUSING_LAND_RATES_2026[plot.category];
      const factor = toDec(plot.zoningFactor ?? "1", "zoning factor");
      const area = toDec(plot.areaM2, "area");
      const annual = kzt(rate).times(area.times(factor).toFixed(), "halfExpand");
      const zoning = factor.equals(1) ? "" : ` × zoning factor ${factor.toFixed()}`;
      return {
        annual,
        text: `housing land (${plot.category}): ${area.toFixed()} m² × ${rate} KZT/m²${zoning} = ${annual.toKzt()} KZT`,
        citation: { ...TAX_CODE.tc2026, article: "602", paragraph: factor.equals(1) ? "2" : "2, 6" },
      };
    }
    case "adjacent": {
      const r = ADJACENT_PLOT_RATES_2026[plot.settlement];
      const area = toDec(plot.areaM2, "area");
      const threshold = toDec(r.thresholdM2);
      const within = area.lessThan(threshold) ? area : threshold;
      const above = area.minus(within);
      const aboveRate =
        plot.rateAboveThreshold === undefined ? r.above : toDec(plot.rateAboveThreshold).toFixed();
      const exact = within.times(r.base).plus(above.times(aboveRate));
      const annual = Money.kzt(exact.toFixed(), "halfExpand");
      return {
        annual,
        text: `adjacent plot (${plot.settlement}): ${within.toFixed()} m² × ${r.base} + ${above.toFixed()} m² × ${aboveRate} KZT/m² = ${annual.toKzt()} KZT`,
        citation: { ...TAX_CODE.tc2026, article: "602", paragraph: "3" },
      };
    }
    case "household": {
      const r = HOUSEHOLD_PLOT_RATES_2026;
      const hundredths = toDec(plot.areaHa, "area").times(100);
      const thresholdHundredths = toDec(r.thresholdHa).times(100);
      const within = hundredths.lessThan(thresholdHundredths) ? hundredths : thresholdHundredths;
      const above = hundredths.minus(within);
      const exact = within.times(r.basePerHundredthHa).plus(above.times(r.abovePerHundredthHa));
      const annual = Money.kzt(exact.toFixed(), "halfExpand");
      return {
        annual,
        text: `household plot: ${within.toFixed()} × 0.01 ha × ${r.basePerHundredthHa} + ${above.toFixed()} × 0.01 ha × ${r.abovePerHundredthHa} KZT = ${annual.toKzt()} KZT (a part of 0.01 ha pays its proportional part: an inference, the text read does not say)`,
        citation: { ...TAX_CODE.tc2026, article: "602", paragraph: "4" },
      };
    }
  }
}
