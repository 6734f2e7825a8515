import type { DatedValue } from "../../../../calendar/dated.js";
import { Dec } from "../../../../money/decimal.js";
import type { CheckedLandTaxInput } from "./land-input.js";
import { type FoundRate, refuseSupplied, suppliedRate } from "./land-rate.js";
import type { AgriculturalTable } from "./rates.js";

type CheckedAgriculturalPlot = Extract<CheckedLandTaxInput["plot"], { readonly kind: "agricultural" }>;

/**
 * The rate per ha of an agricultural plot by zone and bonitet score (scores above 100 share `over_100`) in
 * the law's table of the year, or the caller's for a row the law does not ship.
 * @throws {@link FourthLevelError} `NO_ESTABLISHED_RATE` naming the entry (`rates["steppe:25"]`);
 * `INVALID_INPUT` for a supplied rate the table establishes.
 */
export function agriculturalRate(
  input: CheckedLandTaxInput,
  plot: CheckedAgriculturalPlot,
  table: DatedValue<AgriculturalTable>,
): FoundRate {
  const score = plot.bonitet > 100 ? "over_100" : String(plot.bonitet);
  const key = `${plot.zone}:${score}`;
  const value = table.value.rows[plot.zone]?.[score];
  const citation = table.value.citation[plot.zone];
  if (value === undefined || citation === undefined) {
    const source = `${table.citation.act}, Art. ${table.citation.article}`;
    return suppliedRate(
      input,
      key,
      `only some rows of the ${plot.zone} table of ${source} are shipped`,
      "ha",
    );
  }
  refuseSupplied(input, key, value);
  return {
    perUnit: new Dec(value),
    steps: [
      {
        step: "rate",
        value: `agricultural land, ${plot.zone} zone, bonitet ${plot.bonitet}: ${value} KZT/ha`,
        citation,
      },
    ],
  };
}
