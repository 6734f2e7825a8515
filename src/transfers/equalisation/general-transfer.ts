import * as z from "zod";
import type { Citation } from "../../citation/citation.js";
import { wholeNumberSchema } from "../../input/decimal.js";
import { nonNegativeMoneySchema } from "../../input/money.js";
import { parseInput } from "../../input/parse.js";
import type { FormulaTerms, Law } from "../../law/law.js";
import type { Money } from "../../money/money.js";
import {
  firstPlanningYear,
  groundsOf,
  type PlanningGrounds,
  planningGrounds,
} from "../forecast/planning-law-input.js";

/**
 * Which way a general transfer goes: `"subvention"` from the district to the unit, `"withdrawal"`
 * (budget withdrawal, изъятие) from the unit to the district, `"none"` when revenues equal costs.
 *
 * @category Transfers
 */
export type GeneralTransferKind = "withdrawal" | "subvention" | "none";

/**
 * A general transfer between a district and one of its fourth-level units, by the law's formula.
 *
 * @category Transfers
 */
export interface GeneralTransfer {
  /** Which way it goes. */
  readonly kind: GeneralTransferKind;
  /** The amount in KZT, never negative (zero for `"none"`). */
  readonly amount: Money;
  /** The ground of the formula under the planning law of the year the computation is made in. */
  readonly citation: Citation;
}

/** The year a computation is made in: a whole year in which the planning law has a formula. */
function madeInSchema(grounds: PlanningGrounds) {
  const message = (value: string) =>
    `year ${value} must be a whole year in which the planning law has a formula (plans made from ${firstPlanningYear(grounds)})`;
  return wholeNumberSchema(1, 9999, message).refine((year) => groundsOf(year, grounds) !== undefined, {
    error: (issue) => message(String(issue.input)),
  });
}

/** The input of {@link generalTransfer} under the planning law's grounds. */
const inputSchema = (grounds: PlanningGrounds) =>
  z.object({
    forecastOwnRevenues: nonNegativeMoneySchema,
    forecastCosts: nonNegativeMoneySchema,
    madeIn: madeInSchema(grounds),
  });

/** The input schema by grounds, built once per law (a plan computes a transfer for every unit and year). */
const INPUT_SCHEMAS = new WeakMap<PlanningGrounds, ReturnType<typeof inputSchema>>();

/** The citation of the formula in a year the schema has checked. */
const citationOf = (madeIn: number, grounds: PlanningGrounds): Citation =>
  (groundsOf(madeIn, grounds) as { generalTransfer: Citation }).generalTransfer;

/**
 * The citation of the general-transfer formula for a computation made in `madeIn`: the planning law of
 * that year (`planningLawOf(madeIn, law).value.generalTransfer`). Under Kazakhstan's law: BC2008 Art. 45
 * p.7–8 for computations made to 2024 (e.g. the plan made in 2024 for 2025–2027), BC2025 Art. 79 p.1 with
 * Art. 80 p.2–6 for those made from 2025.
 *
 * @param madeIn - The year the computation (the plan) is made in, a whole year the law covers.
 * @param law - The planning law, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year that is not whole or that the planning law
 * does not cover (path `["madeIn"]`), or a law without a planning part that cites the formula.
 * @category Transfers
 * @example
 * ```ts
 * generalTransferCitation(2024, kazakhstanLaw()).article; //=> "45"
 * generalTransferCitation(2025, kazakhstanLaw()).article; //=> "79"
 * ```
 */
export function generalTransferCitation(madeIn: number, law: Pick<Law, "planning">): Citation {
  const grounds = planningGrounds(law, "general transfer citation");
  const checked = parseInput(
    z.object({ madeIn: madeInSchema(grounds) }),
    { madeIn },
    "year the plan is made in",
  );
  return citationOf(checked.madeIn, grounds);
}

/**
 * The general transfer of a fourth-level unit by the law's formula: forecast own revenues (without
 * transfers) minus forecast costs. A positive difference is a budget withdrawal of that amount to the
 * district; a negative one a subvention of its absolute amount from the district (in Kazakhstan BC2008
 * Art. 45 p.7–8 for computations made to 2024; BC2025 Art. 79 p.1 with Art. 80 from 2025).
 *
 * Where the planning law of `madeIn` sets terms of the formula (`PlanningLaw.formulaTerms`, e.g. by a
 * reform), the costs subtracted are scaled first: × `costFactor`, then, where own revenues exceed them,
 * × `withdrawalCostFactor`, each rounded to the tiyn by the terms' rounding; the citation is then the terms'.
 *
 * Targeted transfers, budget credits and loans, debt service, PPP obligations and similar are outside the
 * calculation: leave them out of both forecasts. How the forecasts are made (tax potential, number of
 * consumers of public services, territorial cost factors) is the caller's business.
 *
 * @param forecastOwnRevenues - The unit's own revenues for the year, without any transfer, in KZT.
 * @param forecastCosts - The unit's costs for the year, without targeted transfers and debt service.
 * @param madeIn - The year the computation is made in; its planning law gives the citation (see
 * {@link generalTransferCitation}).
 * @param law - The planning law, e.g. `kazakhstanLaw()`.
 * @returns The kind, the amount (≥ 0) and the citation.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path: a year the law does
 * not cover or not whole (`["madeIn"]`), a negative forecast or one that is not a Money (code
 * `INVALID_AMOUNT`, at `["forecastOwnRevenues"]` or `["forecastCosts"]`).
 * @category Transfers
 * @example
 * ```ts
 * // Druzhba rural district, 2026 (published, planned in 2025): own revenues 930, costs 28 849 thousand KZT
 * const t = generalTransfer(Money.thousandKzt("930"), Money.thousandKzt("28849"), 2025, kazakhstanLaw());
 * t.kind; //=> "subvention"
 * t.amount.toThousandKzt(); //=> "27919"
 * ```
 */
export function generalTransfer(
  forecastOwnRevenues: Money,
  forecastCosts: Money,
  madeIn: number,
  law: Pick<Law, "planning">,
): GeneralTransfer {
  const grounds = planningGrounds(law, "generalTransfer");
  const schema = INPUT_SCHEMAS.get(grounds) ?? inputSchema(grounds);
  INPUT_SCHEMAS.set(grounds, schema);
  const checked = parseInput(schema, { forecastOwnRevenues, forecastCosts, madeIn }, "general transfer");
  const terms = groundsOf(checked.madeIn, grounds)?.formulaTerms;
  const own = checked.forecastOwnRevenues;
  const balance = own.minus(termedCosts(own, checked.forecastCosts, terms));
  const kind: GeneralTransferKind = balance.isZero()
    ? "none"
    : balance.isNegative()
      ? "subvention"
      : "withdrawal";
  return { kind, amount: balance.abs(), citation: terms?.citation ?? citationOf(checked.madeIn, grounds) };
}

/** The costs the formula subtracts under the planning law's terms (see `FormulaTerms`): the costs without any. */
function termedCosts(own: Money, costs: Money, terms: FormulaTerms | undefined): Money {
  if (terms === undefined) return costs;
  const scaled = terms.costFactor === undefined ? costs : costs.times(terms.costFactor, terms.rounding);
  const withdrawal = own.compare(scaled) > 0 && terms.withdrawalCostFactor !== undefined;
  return withdrawal ? scaled.times(terms.withdrawalCostFactor as string, terms.rounding) : scaled;
}
