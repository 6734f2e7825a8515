import * as z from "zod";
import { nonNegativeMoneySchema } from "../../../../input/money.js";
import { parseInput } from "../../../../input/parse.js";
import type { Money } from "../../../../money/money.js";
import { checkedLaw } from "../law-basics.js";
import { finishTax } from "../rounding.js";
import { taxCodeOf } from "../tax-code.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import { annualLandTax } from "./annual-land-tax.js";
import { addLandProblems, type LandTaxInput, landTaxFields } from "./land-input.js";
import { LAW_FOR_LAND_TAX, type LawForLandTax, lawForLandTaxSchema } from "./land-law.js";
import { landProrate } from "./land-prorate.js";
import { LAND_USE_CONTRACT_CITATION, LAND_USE_FLOOR_CITATION } from "./rates.js";

/**
 * Input of {@link landUsePayment}: the plot as for `landTax`, and the lease contract's annual amount.
 * @category Taxes
 */
export interface LandUsePaymentInput extends LandTaxInput {
  /**
   * The annual payment in the calculation made by the land-relations authority for the lease contract
   * (2026 Art. 622 p.1), KZT, 0 or more.
   */
  readonly contractAnnualAmount: Money;
}

const WHAT = "land-use payment";

const landUsePaymentInputSchema = z
  .strictObject(
    { ...landTaxFields, contractAnnualAmount: nonNegativeMoneySchema },
    { error: "must be an object { year, payer, plot, contractAnnualAmount, … }" },
  )
  .superRefine(addLandProblems)
  .refine(
    (input) =>
      input.plot.kind === "agricultural"
        ? input.plot.unused !== true
        : input.plot.unusedConstructionPlot !== true,
    {
      path: ["plot"],
      message:
        "the unused-land multipliers of the land-use payment (2026 Art. 622 p.9–10) are not applied here: include them in the contract amount and leave the plot's unused flag out",
    },
  );

/**
 * Payment for the use of a land plot leased from the state (2017 Code Art. 561–563; 2026 Code Art. 617–624):
 * the contract's annual amount, but not lower than the land tax of the same plot (2017 Art. 563 p.2; 2026
 * Art. 621 p.2, 622 p.3); then ÷ 12 × months (2026 Art. 622 p.2: from the 1st of the month the right arises to
 * the 1st of the month it ends) and the year's rounding. The comparison is in the breakdown.
 * The unused-land multipliers of Art. 622 p.9–10 are not applied here (how they combine with the contract
 * amount is not settled): a plot marked unused is refused.
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} as `landTax`; `NO_RULE` for an individual's housing land from 2020
 * (its floor is the property tax, Art. 622 p.3); `INVALID_INPUT` for a contract amount that is not a
 * Money of 0 or more.
 * @category Taxes
 * @example
 * ```ts
 * import { landUsePayment, Money } from "fourth-level-budget";
 * // the contract's 300 is below the land tax of the plot, 1 000 × 0.48 = 480: the land tax applies
 * const payment = landUsePayment({
 *   year: 2025, payer: "legal_entity", contractAnnualAmount: Money.kzt("300"),
 *   plot: { kind: "settlement", areaM2: "1000", category: "village" },
 * });
 * payment.amount.toKzt(); //=> "480.00"
 * ```
 */
export function landUsePayment(input: LandUsePaymentInput, law: LawForLandTax = LAW_FOR_LAND_TAX): TaxResult {
  const lawInForce = checkedLaw<LawForLandTax>(lawForLandTaxSchema, law);
  const checked = parseInput(landUsePaymentInputSchema, input, WHAT);
  const edition = taxCodeOf(checked.year);
  const contract = checked.contractAnnualAmount;
  const { annual: floor, steps: taxSteps } = annualLandTax(checked, lawInForce, WHAT);
  const annual = contract.compare(floor) >= 0 ? contract : floor;
  const steps: TaxStep[] = [
    {
      step: "contract amount",
      value: `${contract.toKzt()} KZT a year (calculation of the land-relations authority)`,
      citation: LAND_USE_CONTRACT_CITATION[edition],
    },
    ...taxSteps.map((s) => ({ ...s, step: `land tax floor: ${s.step}` })),
    {
      step: "floor",
      value: `max(contract ${contract.toKzt()}, land tax of the plot ${floor.toKzt()}) = ${annual.toKzt()} KZT${
        annual === contract ? "" : " (the contract amount is below the land tax: the land tax applies)"
      }`,
      citation: LAND_USE_FLOOR_CITATION[edition],
    },
  ];
  const { due, step } = landProrate(
    lawInForce,
    annual,
    checked.months ?? 12,
    checked.year,
    "months as counted by the caller: the 2017 Code's month rule for the payment was not read",
    LAND_USE_CONTRACT_CITATION.tc2026,
  );
  return finishTax(
    lawInForce.rounding,
    "land_use_payment",
    checked.year,
    due,
    step === undefined ? steps : [...steps, step],
  );
}
