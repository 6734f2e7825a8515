import * as z from "zod";
import { moneySchema } from "../../../input/money.js";
import { parseInput } from "../../../input/parse.js";
import type { RoundingMode } from "../../../money/decimal.js";
import type { Money } from "../../../money/money.js";
import { checkedLaw, roundingSchema, TAX_LAW_BASICS, type TaxLawBasics } from "./law-basics.js";
import { roundTaxBy, tiynModeBefore } from "./rounding.js";
import { taxYearSchema } from "./tax-input.js";
import type { TaxStep } from "./tax-result.js";

const lawRoundingSchema = z.object(
  { rounding: roundingSchema },
  { error: "must be a tax law value such as KAZAKHSTAN_TAX_LAW" },
);

const roundSchema = z.strictObject({ amount: moneySchema, year: taxYearSchema });

/**
 * Rounds a computed tax as the law of its tax year says (`law.rounding`: kept to the tiyn to 2025, whole
 * tenge half away from zero from 2026), returning the amount and the breakdown step that says what was
 * done.
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for an amount that is not a Money or a year that is not
 * a whole year; `NO_VALUE_ON_DATE` for a year the law does not cover (before 2018).
 * @category Taxes
 * @example
 * ```ts
 * import { Money, roundTax } from "fourth-level-budget";
 * roundTax(Money.kzt("4641.50"), 2020).amount.toKzt(); //=> "4641.50"
 * roundTax(Money.kzt("2162.50"), 2026).amount.toKzt(); //=> "2163.00"
 * ```
 */
export function roundTax(
  amount: Money,
  year: number,
  law: Pick<TaxLawBasics, "rounding"> = TAX_LAW_BASICS,
): { readonly amount: Money; readonly step: TaxStep } {
  const rounding = checkedLaw<Pick<TaxLawBasics, "rounding">>(lawRoundingSchema, law).rounding;
  const checked = parseInput(roundSchema, { amount, year }, "tax to round");
  return roundTaxBy(rounding, checked.amount, checked.year);
}

/**
 * The mode of the last step to the tiyn before {@link roundTax} (e.g. annual ÷ 12 × months): `trunc` in
 * years rounded to whole tenge (dropping a fraction of a tiyn cannot change the whole-tenge result of a
 * non-negative amount, and the amount is not rounded twice), `halfExpand` in years kept to the tiyn (the
 * library's choice: the law read has no norm).
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year that is not a whole year; `NO_VALUE_ON_DATE`
 * for a year the law does not cover.
 * @category Taxes
 * @example
 * ```ts
 * import { tiynRoundingBefore } from "fourth-level-budget";
 * tiynRoundingBefore(2026); //=> "trunc"
 * ```
 */
export function tiynRoundingBefore(
  year: number,
  law: Pick<TaxLawBasics, "rounding"> = TAX_LAW_BASICS,
): RoundingMode {
  const rounding = checkedLaw<Pick<TaxLawBasics, "rounding">>(lawRoundingSchema, law).rounding;
  return tiynModeBefore(rounding, parseInput(taxYearSchema, year, "tax year"));
}
