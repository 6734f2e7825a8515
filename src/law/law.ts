import * as z from "zod";
import { type DatedSeries, type DatedValue, valueOn } from "../calendar/dated.js";
import { firstJanuary } from "../calendar/iso-date.js";
import type { Citation } from "../citation/citation.js";
import type { EbkCategoryNumbering } from "../classification/category.js";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { yearSchema } from "../input/codes.js";
import { parseInput } from "../input/parse.js";
import type { RoundingMode } from "../money/decimal.js";
import type { Money } from "../money/money.js";
import type { RevenueRule } from "../rules/rule.js";
import { type Rulebook, rulebookFrom } from "../rules/rulebook.js";
import { rulesSchema } from "../rules/rulebook-schema.js";
import type { FourthLevelBudgetDates } from "../territory/budgets.js";
import type { TransferLaw } from "./transfer-law.js";

/**
 * How general transfers are re-planned: `"rolling"` (every year the volumes of the planning period ahead
 * are set anew) or `"three_year"` (volumes fixed for a three-year cycle, changed only when a new cycle
 * starts).
 *
 * @category Planning
 */
export type ReplanRegime = "rolling" | "three_year";

/**
 * The planning law of the plans made in one year (one entry of {@link Law.planning}, keyed by the year
 * the plan is made in): how general transfers are fixed and re-planned, and the grounds a plan cites.
 *
 * @category Planning
 */
export interface PlanningLaw {
  /** The edition, e.g. `"bc2025"`. */
  readonly id: string;
  /** How volumes are re-planned. */
  readonly regime: ReplanRegime;
  /** The planning period, and the length of a cycle under `"three_year"`, in years (e.g. 3). */
  readonly period: number;
  /**
   * `"three_year"` only: the first year of the first cycle the library reads (the anchor of the cycles);
   * the caller may move it.
   */
  readonly cycleStart?: number;
  /** The rule under which the maslikhat fixes general transfers in absolute amounts and re-plans them. */
  readonly fixedVolumes: Citation;
  /** The general-transfer formula: forecast own revenues − forecast costs. */
  readonly generalTransfer: Citation;
  /** The method of the cost forecast by spending direction, when the law sets one. */
  readonly costForecast?: Citation;
  /** The costs the forecast leaves out, when the law lists them (see {@link CostExclusions}). */
  readonly costExclusions?: CostExclusions;
  /** Minimum funding of spending directions and its shortfalls, when the law has them (see {@link MinimumFundingRule}). */
  readonly minimumFunding?: MinimumFundingRule;
  /** Revenue collected over the plan, when the law keeps it with the budget (see {@link OverPlanRevenueRule}). */
  readonly overPlanRevenue?: OverPlanRevenueRule;
  /**
   * Terms of the general-transfer formula beyond own revenues − costs, when the law sets any (the law in
   * force sets none in Kazakhstan; a reform may add them): see {@link FormulaTerms}.
   */
  readonly formulaTerms?: FormulaTerms;
}

/**
 * The costs a general-transfer forecast leaves out (in Kazakhstan BC2025 Art. 80 p.4 part 2): their
 * categories by id, each with what it is, and the paragraph that lists them. A plan subtracts the parts
 * of a unit's base-year costs in these categories before it forecasts the costs.
 *
 * @category Planning
 * @example
 * ```ts
 * valueOn(kazakhstanLaw().planning, "2025-01-01").value.costExclusions?.categories.grants; //=> "grants"
 * ```
 */
export interface CostExclusions {
  /** Category id → what it is, e.g. `{ targeted_transfers: "targeted transfers" }`. */
  readonly categories: Readonly<Record<string, string>>;
  readonly citation: Citation;
}

/**
 * Minimum funding of spending directions set with the general-transfer volumes, and how a shortfall
 * counts in the volumes of the next period (in Kazakhstan BC2025 Art. 79 p.3 part 4). The shortfall of a
 * direction in a year is its minimum (with the changes made in the year) − what was financed for it,
 * when positive; the shortfalls reduce the unit's net general transfer (a smaller subvention or a larger
 * withdrawal) in the volumes the next plan sets:
 * - `"evenly"`: their sum in equal parts over the years of the period the plan sets by the formula or
 *   equalisation (to the tiyn, the remainder to the earliest years);
 * - `"first_year"`: their sum in the first such year.
 *
 * @category Planning
 * @example
 * ```ts
 * valueOn(kazakhstanLaw().planning, "2025-01-01").value.minimumFunding?.spread; //=> "evenly"
 * ```
 */
export interface MinimumFundingRule {
  readonly citation: Citation;
  /** How the shortfalls count in the next period's volumes (the reading, where the law does not say). */
  readonly spread: "evenly" | "first_year";
}

/**
 * Revenue a budget collects over its plan during execution stays with it: it is not withdrawn to the
 * higher budget (in Kazakhstan BC2025 Art. 76 p.4 part 2). A plan made in a year in execution never
 * changes that year's volume for it; `inForecastBase` says whether the over-plan part of the base year
 * counts in the base the later years are forecast from (`false`: the forecasts start from the planned
 * revenue, so the over-plan collection raises no later withdrawal either).
 *
 * @category Planning
 * @example
 * ```ts
 * valueOn(kazakhstanLaw().planning, "2025-01-01").value.overPlanRevenue?.inForecastBase; //=> false
 * ```
 */
export interface OverPlanRevenueRule {
  readonly citation: Citation;
  /** Whether the over-plan part of the base year's revenue is in the base of the forecasts. */
  readonly inForecastBase: boolean;
}

/**
 * Terms of the general-transfer formula (see {@link PlanningLaw.formulaTerms}): the forecast costs the
 * formula subtracts are scaled, each factor rounded to the tiyn by `rounding`. The formula becomes own
 * revenues − costs × `costFactor`, and where that is positive (a budget withdrawal is forecast) own
 * revenues − costs × `costFactor` × `withdrawalCostFactor` (in Kazakhstan the additional indicator BC2025
 * Art. 80 p.4 part 3 allows for budgets with forecast withdrawals).
 *
 * @category Planning
 */
export interface FormulaTerms {
  /** Every unit's forecast costs × this factor, a decimal string above 0 (e.g. `"1.05"`). */
  readonly costFactor?: string;
  /** The costs of a unit with a forecast withdrawal × this factor, a decimal string above 0 (e.g. `"1.1"`). */
  readonly withdrawalCostFactor?: string;
  /** How a scaled amount is rounded to whole tiyn. */
  readonly rounding: RoundingMode;
  readonly citation: Citation;
}

/**
 * One line of a list of fourth-level revenues: its slug, its name and the paragraph that lists it.
 *
 * @category Planning
 */
export interface RevenueListLine {
  /** Stable name, e.g. `"vehicle-tax-individuals"`. */
  readonly slug: string;
  /** What the revenue is, in English. */
  readonly revenue: string;
  /** The paragraph of the listing article, e.g. `"1(4)"`. */
  readonly paragraph: string;
}

/**
 * The list of fourth-level revenues of one edition (one entry of {@link Law.revenueLists}; the entry's
 * citation is the listing article). The list is exhaustive: a line it does not carry is not a revenue of a
 * fourth-level budget.
 *
 * @category Planning
 */
export interface RevenueList {
  /** The edition, e.g. `"bc2025"`. */
  readonly id: string;
  readonly lines: readonly RevenueListLine[];
}

/**
 * The parameters of a law that the engine reads, each a dated series in KZT.
 *
 * @category Kazakhstan law
 */
export interface LawParameters {
  /** The monthly calculation index used for taxes and fines, KZT. */
  readonly mrp: DatedSeries<Money>;
  /** The monthly minimum wage, KZT. */
  readonly minimumWage: DatedSeries<Money>;
}

/**
 * Everything the engine needs to know about a country's law, as one dated value: every part is data, and
 * every entry carries its citation, so a reform can change a rule, a parameter or a transfer term from a
 * date without copying the rest. Build Kazakhstan's with `kazakhstanLaw()`. "Which edition is in force" is
 * one lookup: `valueOn(law.transfers, date)`, `valueOn(law.planning, firstJanuary(madeIn))`,
 * `valueOn(law.revenueLists, firstJanuary(year))`.
 *
 * The engine functions take the law as their last required argument (options follow it), e.g.
 * `planDistrict(input, law)`, `transferPostings(inputs, law)`, `createTerritory(places, law)`.
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * const law = kazakhstanLaw();
 * law.name; //=> "Kazakhstan"
 * valueOn(law.transfers, "2025-06-01").value.id; //=> "bc2025-transitional"
 * valueOn(law.planning, "2024-01-01").value.regime; //=> "rolling"
 * valueOn(law.parameters.mrp, "2026-01-01").value.toKzt(); //=> "4325.00"
 * ```
 */
export interface Law {
  /** The jurisdiction, e.g. `"Kazakhstan"`. */
  readonly name: string;
  /** When fourth-level units got budgets of their own. */
  readonly fourthLevelBudgets: FourthLevelBudgetDates;
  /** The dated revenue rules the rulebook is built from (see {@link rulebookOf}). */
  readonly revenueRules: readonly RevenueRule[];
  /** The list of fourth-level revenues in force, by date (a plan year reads it on 1 January). */
  readonly revenueLists: DatedSeries<RevenueList>;
  /** The transfer law, by transfer date. */
  readonly transfers: DatedSeries<TransferLaw>;
  /** The planning law, keyed by 1 January of the year a plan is made in. */
  readonly planning: DatedSeries<PlanningLaw>;
  readonly parameters: LawParameters;
  /** The numbering of the EBK revenue categories, by date. */
  readonly ebkCategories: DatedSeries<EbkCategoryNumbering>;
  /**
   * What the rulebook tells a caller whose EBK code no rule knows (e.g. which lines' codes the law leaves
   * open and how to supply one); see {@link Rulebook.unknownCodeNote}.
   */
  readonly unknownCodeNote?: string;
}

/** A law given to an engine function, naming the part it reads when that part is missing. */
const lawWith = <K extends string, T extends z.ZodType>(part: K, schema: T) =>
  z.looseObject({ [part]: schema } as Record<K, T>, {
    error: (issue) =>
      `must be the law (e.g. kazakhstanLaw()) with its ${part}, not ${describeValue(issue.input)}`,
  });

/** A dated series as the law holds it; `valueOn` reads it. */
const seriesSchema = z.custom<DatedSeries<unknown>>(
  (s) => typeof s === "object" && s !== null && Array.isArray((s as DatedSeries<unknown>).entries),
  { error: "must be a dated series { name, entries } (see datedSeries)" },
);

/**
 * The rulebook of a law's revenue rules.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` as `createRulebook` for rules that are malformed,
 * uncited or overlap (paths `["revenueRules", i, …]`), or for a law without revenue rules.
 * @category Rules
 * @example
 * ```ts
 * ruleFor(rulebookOf(kazakhstanLaw()), "104402", "2026-03-10", "individual").key; //=> "residence"
 * ```
 */
export function rulebookOf(law: Pick<Law, "revenueRules" | "unknownCodeNote">): Rulebook {
  const checked = parseInput(
    lawWith("revenueRules", rulesSchema).extend({ unknownCodeNote: z.string().optional() }),
    law,
    "law",
  );
  return rulebookFrom(checked.revenueRules, checked.unknownCodeNote);
}

const planningLawInput = z.strictObject({
  madeIn: yearSchema(1, 9999, "the year the plan is made in"),
  law: lawWith("planning", seriesSchema),
});

/**
 * The planning law of the plans made in `madeIn`: the entry of {@link Law.planning} in force on 1 January
 * of that year.
 *
 * @param madeIn - The year the plan (or the computation) is made in, a whole year.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year that is not whole or a law without its
 * planning law; `NO_VALUE_ON_DATE` for a year the law does not cover.
 * @category Planning
 * @example
 * ```ts
 * const law = kazakhstanLaw();
 * planningLawOf(2024, law).value.regime; //=> "rolling"
 * planningLawOf(2025, law).value.regime; //=> "three_year"
 * ```
 */
export function planningLawOf(madeIn: number, law: Pick<Law, "planning">): DatedValue<PlanningLaw> {
  const checked = parseInput(planningLawInput, { madeIn, law }, "planning law", { opaque: ["law"] });
  return valueOn(checked.law.planning as DatedSeries<PlanningLaw>, firstJanuary(checked.madeIn));
}

/**
 * Checks that `law` is an object with the parts an engine function reads, so that a missing or wrong law
 * gives the library's error, never a `TypeError`. @internal
 *
 * @param what - The function, for the message, e.g. `"transferPostings"`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` naming the missing parts.
 */
export function assertLaw<K extends keyof Law>(
  law: unknown,
  parts: readonly K[],
  what: string,
): asserts law is Pick<Law, K> {
  const missing =
    typeof law !== "object" || law === null
      ? parts
      : parts.filter((part) => {
          const value: unknown = (law as Record<string, unknown>)[part];
          return typeof value !== "object" || value === null;
        });
  if (missing.length > 0) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `${what} needs the law as its last argument (e.g. kazakhstanLaw()): ${missing.join(", ")} missing`,
      { missing },
    );
  }
}
