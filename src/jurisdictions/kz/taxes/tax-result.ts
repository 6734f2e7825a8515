import type { Citation } from "../../../citation/citation.js";
import type { Money } from "../../../money/money.js";

/**
 * One step of a tax computation: what was done, with which value, on which legal ground. Values are
 * strings as they would be written by hand (`"3 MRP × 4325.00 KZT = 12975.00 KZT"`).
 * @category Taxes
 */
export interface TaxStep {
  /** What the step is, e.g. `"band"`, `"rate"`, `"MRP"`, `"surcharge"`, `"months"`, `"rounding"`. */
  readonly step: string;
  /** The value or computation of the step. */
  readonly value: string;
  /** The article the step applies. */
  readonly citation?: Citation;
}

/**
 * A computed tax: the amount in KZT and the breakdown that produced it, each step with its article.
 * @category Taxes
 */
export interface TaxResult {
  /** Which tax, e.g. `"vehicle"`. */
  readonly tax: string;
  /** The tax year. */
  readonly year: number;
  /** The amount due, KZT (rounded as the law of the year says; see the `rounding` step). */
  readonly amount: Money;
  readonly breakdown: readonly TaxStep[];
}
