import type { Citation } from "../../citation/citation.js";
import { FourthLevelError } from "../../errors/error.js";
import { assertMoney, type Money } from "../../money/money.js";
import { BC2025_FROM_YEAR, c8, c25 } from "../postings/transfer-rules.js";

/** Fourth-level budgets exist from 1 Jan 2018 (Law 11.07.2017 No 90-VI). */
const FIRST_FOURTH_LEVEL_YEAR = 2018;

const BC2008_GENERAL_TRANSFER: Citation = c8("45", "7-8");
const BC2025_GENERAL_TRANSFER: Citation = c25("80");

/**
 * Which way a general transfer goes: `"subvention"` from the district to the unit, `"withdrawal"`
 * (budget withdrawal, изъятие) from the unit to the district, `"none"` when revenues equal costs.
 */
export type GeneralTransferKind = "withdrawal" | "subvention" | "none";

/** A general transfer between a district and one of its fourth-level units, by the law's formula. */
export interface GeneralTransfer {
  /** Which way it goes. */
  readonly kind: GeneralTransferKind;
  /** The amount in KZT, never negative (zero for `"none"`). */
  readonly amount: Money;
  /** The article of the Budget Code that sets the formula in the year asked. */
  readonly citation: Citation;
}

/**
 * The citation of the general-transfer formula for a year: BC2008 Art. 45 p.7–8 to 2025, BC2025 Art. 80
 * from 2026.
 *
 * @param year - The year whose Budget Code edition applies (2018 or later). The caller decides whether
 * that is the year the plan is made or the budget year (`replanDistrict` uses the first planned year).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year that is not a whole number from 2018.
 * @example
 * ```ts
 * generalTransferCitation(2026).article; // "80"
 * ```
 */
export function generalTransferCitation(year: number): Citation {
  if (!Number.isSafeInteger(year) || year < FIRST_FOURTH_LEVEL_YEAR) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `year ${String(year)} must be a whole number from ${FIRST_FOURTH_LEVEL_YEAR} (fourth-level budgets exist from 2018)`,
      { year: String(year) },
    );
  }
  return year < BC2025_FROM_YEAR ? BC2008_GENERAL_TRANSFER : BC2025_GENERAL_TRANSFER;
}

/**
 * The general transfer of a fourth-level unit by the law's formula: forecast own revenues (without
 * transfers) minus forecast costs. A positive difference is a budget withdrawal of that amount to the
 * district; a negative one a subvention of its absolute amount from the district (BC2008 Art. 45 p.7–8
 * to 2025; BC2025 Art. 80 from 2026).
 *
 * Targeted transfers, budget credits and loans, debt service, PPP obligations and similar are outside the
 * calculation: leave them out of both forecasts. How the forecasts are made (tax potential, number of
 * consumers of public services, territorial cost factors) is the caller's business.
 *
 * @param forecastOwnRevenues - The unit's own revenues for the year, without any transfer, in KZT.
 * @param forecastCosts - The unit's costs for the year, without targeted transfers and debt service.
 * @param year - The year whose Budget Code edition applies; see {@link generalTransferCitation}.
 * @returns The kind, the amount (≥ 0) and the citation.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year before 2018 or not whole, or a negative
 * forecast; `INVALID_AMOUNT` for a forecast that is not a Money.
 * @example
 * ```ts
 * // Druzhba rural district, 2026 (published): own revenues 930, costs 28 849 thousand KZT
 * const t = generalTransfer(Money.thousandKzt("930"), Money.thousandKzt("28849"), 2026);
 * t.kind;                    // "subvention"
 * t.amount.toThousandKzt();  // "27919"
 * ```
 */
export function generalTransfer(
  forecastOwnRevenues: Money,
  forecastCosts: Money,
  year: number,
): GeneralTransfer {
  const citation = generalTransferCitation(year);
  const revenues = assertMoney(forecastOwnRevenues, "forecast own revenues");
  const costs = assertMoney(forecastCosts, "forecast costs");
  if (revenues.isNegative() || costs.isNegative()) {
    throw new FourthLevelError("INVALID_INPUT", "forecast own revenues and costs must not be negative", {
      revenues: revenues.toKzt(),
      costs: costs.toKzt(),
    });
  }
  const balance = revenues.minus(costs);
  const kind: GeneralTransferKind = balance.isZero()
    ? "none"
    : balance.isNegative()
      ? "subvention"
      : "withdrawal";
  return { kind, amount: balance.abs(), citation };
}
