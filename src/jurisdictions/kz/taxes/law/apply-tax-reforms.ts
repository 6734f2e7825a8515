import { applyRateReforms } from "../../../../reform/apply-rates.js";
import type { Reform } from "../../../../reform/reform-schema.js";
import { KAZAKHSTAN_RATE_TABLES } from "./rate-tables.js";
import { checkedTaxLaw, type TaxLaw } from "./tax-law.js";

/**
 * The tax law under a list of reforms: their `tax_rate` changes applied in order, each a dated overlay on
 * one rate table or coefficient of `taxLaw` (a path of {@link KAZAKHSTAN_RATE_TABLES}): over the change's
 * days, the table's rates scaled by `scale` (each rounded by `rounding` to the table's precision) or the
 * table replaced by `value`, citing the reform; the other days and tables as they are. The other changes
 * of the reforms are the law's (`applyReforms`). Hand the result to the calculators (`landTax(input,
 * law)`…). An empty list, a factor of 1 and reforms without `tax_rate` changes return `taxLaw` itself.
 *
 * @param taxLaw - The tax law, e.g. {@link KAZAKHSTAN_TAX_LAW}.
 * @param reforms - See {@link reformSchema}; validated once, every problem reported with its path.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing the problems of the reforms (paths `["reforms",
 *   i, "changes", j, …]`): a path that is no rate table (the message lists the valid ones), a replacement
 *   of the wrong shape, a scaled table the law would refuse (an IIT rate above 100 %), a maslikhat
 *   coefficient outside the range the Tax Code allows (citing the article); or a malformed tax law.
 * @category Reforms
 * @example
 * ```ts
 * const akkayyn: Reform = {
 *   id: "land-plus-50", title: "Land-tax base rates raised by 50 %", effectiveFrom: "2026-01-01",
 *   label: { kind: "proposal", author: "analyst", text: "every maslikhat raises the base rates by half" },
 *   changes: [{ kind: "tax_rate", path: "land.maslikhatAdjustmentPercent", value: "50" }],
 * };
 * const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [akkayyn]);
 * const plot = { kind: "settlement", areaM2: "1000", category: "village" } as const;
 * // 1 000 m² × 0.48 KZT/m² × 1.5 = 720 KZT
 * landTax({ year: 2026, payer: "legal_entity", plot }, law).amount.toKzt(); //=> "720.00"
 * landTax({ year: 2025, payer: "legal_entity", plot }, law).amount.toKzt(); //=> "480.00"
 * ```
 */
export function applyTaxReforms(taxLaw: TaxLaw, reforms: readonly Reform[]): TaxLaw {
  return applyRateReforms(checkedTaxLaw(taxLaw), reforms, KAZAKHSTAN_RATE_TABLES);
}
