import * as z from "zod";
import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { formatCitation } from "../../../../citation/citation.js";
import { nonNegativeMoneySchema } from "../../../../input/money.js";
import { parseInput } from "../../../../input/parse.js";
import type { Money } from "../../../../money/money.js";
import { checkedLaw } from "../law-basics.js";
import { finishTax } from "../rounding.js";
import { abolishedTax, noEstablishedRate } from "../tax-errors.js";
import { taxYearSchema } from "../tax-input.js";
import type { TaxResult } from "../tax-result.js";
import { LAW_FOR_LAND_TAX, type LawForLandTax, lawForLandTaxSchema } from "./land-law.js";

/**
 * Input of {@link singleLandTax}.
 * @category Taxes
 */
export interface SingleLandTaxInput {
  /** The tax year: 2022–2025 only. */
  readonly year: number;
  /**
   * The object of taxation of the single land tax (2017 Code Art. 703), KZT, 0 or more. That article was
   * not read (it is probably the farm's income): the caller supplies the value.
   */
  readonly objectOfTaxation: Money;
}

const singleLandTaxInputSchema = z.strictObject(
  { year: taxYearSchema, objectOfTaxation: nonNegativeMoneySchema },
  { error: "must be an object { year, objectOfTaxation }" },
);

/**
 * Single land tax of a peasant or farm enterprise (2017 Code Art. 704: 0.5 % of the object of taxation),
 * tax years 2022–2025, as the law's `land.singleLandTax` says: 2018–2021 the rate in force is not
 * established; from 2026 the tax is abolished.
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `NO_ESTABLISHED_RATE` for 2018–2021; `ABOLISHED_TAX` from 2026;
 * `INVALID_INPUT` for an object that is not a Money of 0 or more; `NO_VALUE_ON_DATE` before 2018.
 * @category Taxes
 * @example
 * ```ts
 * import { Money, singleLandTax } from "fourth-level-budget";
 * singleLandTax({ year: 2023, objectOfTaxation: Money.kzt("10000000") }).amount.toKzt(); //=> "50000.00"
 * ```
 */
export function singleLandTax(input: SingleLandTaxInput, law: LawForLandTax = LAW_FOR_LAND_TAX): TaxResult {
  const lawInForce = checkedLaw<LawForLandTax>(lawForLandTaxSchema, law);
  const { year, objectOfTaxation: object } = parseInput(singleLandTaxInputSchema, input, "single land tax");
  const rule = valueOnFirstJanuary(lawInForce.land.singleLandTax, year);
  if (rule.value.status === "abolished") {
    throw abolishedTax(`single land tax ${year}: abolished (${formatCitation(rule.citation)})`, year);
  }
  if (rule.value.status === "not_established") {
    throw noEstablishedRate(
      `single land tax ${year}: the rate in force is not established (${formatCitation(rule.citation)})`,
      ["year"],
      { year, missing: "the single land tax rate of the year" },
    );
  }
  const computed = object.times(rule.value.rate, "halfExpand");
  const percent = Number(rule.value.rate) * 100;
  return finishTax(lawInForce.rounding, "single_land_tax", year, computed, [
    {
      step: "object",
      value: `${object.toKzt()} KZT, as supplied (the object of taxation, 2017 Code Art. 703, was not read)`,
    },
    {
      step: "rate",
      value: `${percent} % × ${object.toKzt()} = ${computed.toKzt()} KZT (to the tiyn, half away from zero)`,
      citation: rule.citation,
    },
  ]);
}
