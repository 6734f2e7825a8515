import { type DatedSeries, datedSeries, valueOnFirstJanuary } from "../../../calendar/dated.js";
import type { RoundingMode } from "../../../money/decimal.js";
import { Money } from "../../../money/money.js";
import { TAX_CODE } from "./tax-code.js";
import type { TaxResult, TaxStep } from "./tax-result.js";

/**
 * How a computed tax is rounded in a tax year: to a step (whole tenge) with a mode, or kept to the tiyn.
 * @category Kazakhstan law
 */
export interface TaxRoundingRule {
  /** Round to this step (1 KZT), or `undefined` to keep the amount to the tiyn. */
  readonly step: Money | undefined;
  readonly mode: RoundingMode;
  /** Why, in words. */
  readonly explanation: string;
}

/**
 * Rounding of computed taxes by tax year (the bundled `KAZAKHSTAN_TAX_LAW.rounding`).
 * - 2018–2025 (Tax Code 2017): no norm on whole tenge (the State Revenue Committee's chairman, answer of
 *   12.07.2021); the library keeps the amount to the tiyn, so the published part-year vehicle-tax example
 *   (1,690 cc car bought 28.07.2020: 9,283 ÷ 12 × 6) is **4,641.50 KZT** — not 4,641 (1C, monthly amount
 *   rounded first) nor 4,642.
 * - From 2026 (Tax Code 2026 Art. 204): amounts computed in tiyn are rounded to 1 tenge. The direction is
 *   not stated in what was read; the library rounds half away from zero (`halfExpand`), after every other
 *   step (rate × base, coefficients, reductions, months).
 * @category Kazakhstan law
 */
export const TAX_ROUNDING: DatedSeries<TaxRoundingRule> = datedSeries("rounding of computed taxes", [
  {
    from: "2018-01-01",
    to: "2025-12-31",
    value: {
      step: undefined,
      mode: "halfExpand",
      explanation: "no norm on rounding to whole tenge in the Tax Code 2017: kept to the tiyn",
    },
    citation: {
      act: `${TAX_CODE.tc2017.act} (no rounding norm)`,
      article: "",
      evidence: "published",
      publishedIn: "State Revenue Committee chairman's answer of 12.07.2021, via biznescentr.kz 10.03.2025",
      versionDate: "2025-03-10",
    },
  },
  {
    from: "2026-01-01",
    value: {
      step: Money.kzt(1),
      mode: "halfExpand",
      explanation:
        "rounded to whole tenge, half away from zero (direction chosen by the library: not stated)",
    },
    citation: {
      act: TAX_CODE.tc2026.act,
      article: "204",
      evidence: "published",
      publishedIn:
        "State Revenue Committee via zakon.kz 10.02.2026 («суммы, исчисленные в тиынах, округляются до 1 тенге»)",
      versionDate: "2026-02-10",
    },
  },
]);

/** The rule of `year` from a rounding series. */
function ruleOf(rounding: DatedSeries<TaxRoundingRule>, year: number) {
  return valueOnFirstJanuary(rounding, year);
}

/**
 * Rounds a computed tax as the rounding series says for its tax year, returning the amount and the
 * breakdown step that says what was done. Inputs are trusted (see `roundTax` for the checked entry).
 * @throws {@link FourthLevelError} `NO_VALUE_ON_DATE` for a year the series does not cover.
 */
export function roundTaxBy(
  rounding: DatedSeries<TaxRoundingRule>,
  amount: Money,
  year: number,
): { readonly amount: Money; readonly step: TaxStep } {
  const rule = ruleOf(rounding, year);
  const rounded = rule.value.step === undefined ? amount : amount.roundTo(rule.value.step, rule.value.mode);
  return {
    amount: rounded,
    step: {
      step: "rounding",
      value: `${amount.toKzt()} → ${rounded.toKzt()} KZT (${rule.value.explanation})`,
      citation: rule.citation,
    },
  };
}

/**
 * The mode for the last step to the tiyn before the year's rounding (e.g. annual ÷ 12 × months): in
 * years that round to a step (whole tenge), `trunc` — dropping a fraction of a tiyn cannot change the
 * whole-tenge result of a non-negative amount, and it keeps the amount from being rounded twice; in years
 * kept to the tiyn, `halfExpand` (the library's choice: the law read has no norm).
 * @throws {@link FourthLevelError} `NO_VALUE_ON_DATE` for a year the series does not cover.
 */
export function tiynModeBefore(rounding: DatedSeries<TaxRoundingRule>, year: number): RoundingMode {
  return ruleOf(rounding, year).value.step === undefined ? "halfExpand" : "trunc";
}

/**
 * The last step of every calculator: rounds `amount` by {@link roundTaxBy}, adds the `rounding` step
 * after `steps` and returns the {@link TaxResult}.
 * @throws {@link FourthLevelError} `NO_VALUE_ON_DATE` for a year the series does not cover.
 */
export function finishTax<T extends string>(
  rounding: DatedSeries<TaxRoundingRule>,
  tax: T,
  year: number,
  amount: Money,
  steps: readonly TaxStep[],
): TaxResult & { readonly tax: T } {
  const rounded = roundTaxBy(rounding, amount, year);
  return { tax, year, amount: rounded.amount, breakdown: [...steps, rounded.step] };
}
