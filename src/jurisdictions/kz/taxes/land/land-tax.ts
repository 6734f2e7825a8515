import { parseInput } from "../../../../input/parse.js";
import { checkedLaw } from "../law-basics.js";
import { finishTax } from "../rounding.js";
import type { TaxResult } from "../tax-result.js";
import { annualLandTax } from "./annual-land-tax.js";
import { type LandTaxInput, landTaxInputSchema } from "./land-input.js";
import { LAW_FOR_LAND_TAX, type LawForLandTax, lawForLandTaxSchema } from "./land-law.js";
import { landProrate } from "./land-prorate.js";

const WHAT = "land tax";

/**
 * Land tax of one plot for a tax year (EBK 104302 for settlement land), as the payer or the tax authority
 * computes it:
 * 1. the base rate: settlement land per m² by category (2020–2025: 2017 Code Art. 505 as restated by Law
 *    382-VI; 2026: Art. 577 column 3 / column 4), towns of district (oblast) significance at 75 % (85 %) of
 *    the oblast-centre rate (the centre given as input), kept exact (4.7025 KZT/m²); agricultural land per
 *    ha by bonitet;
 * 2. × area;
 * 3. the maslikhat's adjustment (±50 %) or the industrial-land cut (≤ 30 %);
 * 4. unused land: construction plots ×10 (2026, not rows 27–30), agricultural land ×10 (2017) / ×40 (2026);
 * 5. the annual amount to the tiyn (half away from zero), then annual ÷ 12 × months to the tiyn
 *    (truncated from 2026, where whole tenge follows; half away from zero to 2025);
 * 6. the rounding of the year (tiyn kept to 2025, whole tenge from 2026).
 * Rates not established for the year (2018–2019 settlement land, 2020–2025 housing land and the Zhezkazgan,
 * Konaev, Semey rows, agricultural rows not shipped) come from `rates`; without them the call fails with
 * `NO_ESTABLISHED_RATE` naming the key.
 *
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path (bad area, months,
 * year, category, town rate, out-of-range adjustment…); `NO_ESTABLISHED_RATE` (rate not established, the
 * 2017 construction multiplier); `NO_RULE` (an individual's housing land from 2020, taxed in the property
 * tax).
 * @category Taxes
 * @example
 * ```ts
 * import { landTax } from "fourth-level-budget";
 * // village, 1 000 m², 2025: 1 000 × 0.48 = 480 KZT
 * const plot = { kind: "settlement", areaM2: "1000", category: "village" } as const;
 * landTax({ year: 2025, payer: "legal_entity", plot }).amount.toKzt(); //=> "480.00"
 * ```
 */
export function landTax(input: LandTaxInput, law: LawForLandTax = LAW_FOR_LAND_TAX): TaxResult {
  const lawInForce = checkedLaw<LawForLandTax>(lawForLandTaxSchema, law);
  const checked = parseInput(landTaxInputSchema, input, WHAT);
  const { annual, steps } = annualLandTax(checked, lawInForce, WHAT);
  const { due, step } = landProrate(
    lawInForce,
    annual,
    checked.months ?? 12,
    checked.year,
    "months as counted by the caller: the 2017 Code's month rule was not read (the 2026 rule is Art. 583)",
  );
  return finishTax(
    lawInForce.rounding,
    "land",
    checked.year,
    due,
    step === undefined ? steps : [...steps, step],
  );
}
