import type { Citation } from "../../citation/citation.js";
import type { Posting } from "../../ledger/ledger.js";
import type { Money } from "../../money/money.js";
import type { GeneralTransferKind } from "../equalisation/general-transfer.js";
import type { DirectionCost } from "../forecast/cost-types.js";
import type { MrpYear } from "../forecast/mrp-path.js";
import type { DistrictAccount, UnitAccount } from "../postings/transfer-input.js";
import type { ExcludedRevenueLine } from "./revenue-list.js";

/**
 * Where a planned general transfer comes from: `"fixed"` (the maslikhat's decision, which wins over the
 * formula), `"formula"` (own revenues − costs, `generalTransfer`) or `"equalisation"` (`equalise`).
 * @category Planning
 */
export type PlannedTransferSource = "fixed" | "formula" | "equalisation";

/**
 * A unit's general transfer in one planned year.
 *
 * @category Planning
 */
export interface PlannedTransfer {
  /** `"subvention"` (district → unit), `"withdrawal"` (unit → district) or `"none"`. */
  readonly kind: GeneralTransferKind;
  /** KZT, ≥ 0 (zero for `"none"`). */
  readonly amount: Money;
  readonly source: PlannedTransferSource;
  /**
   * The legal ground: for `"fixed"` the rule under which the maslikhat fixes volumes
   * (the `fixedVolumes` rule of the planning law of the year the plan is made in, see {@link planMadeIn};
   * in Kazakhstan BC2008 Art. 45 p.4 for plans made to 2024, BC2025 Art. 79 p.2 from 2025; the posting
   * carries the transfer rule of its kind); otherwise the general-transfer formula of that year
   * (`generalTransferCitation`).
   */
  readonly citation: Citation;
  /**
   * The minimum-funding shortfalls of ended years counted in this year's volume (a formula year of the
   * period the plan sets; `PlanningLaw.minimumFunding`, in Kazakhstan BC2025 Art. 79 p.3 part 4): the
   * amount is the formula's net transfer less it, so the balance is −`shortfall.amount`. Absent otherwise.
   */
  readonly shortfall?: { readonly amount: Money; readonly citation: Citation };
}

/**
 * One unit in one planned year.
 *
 * @category Planning
 */
export interface UnitYearPlan {
  readonly year: number;
  /**
   * Forecast own revenues by line and their total, KZT: every line of the base year except the excluded
   * ones (`total` = Σ `lines`).
   */
  readonly ownRevenues: { readonly lines: Readonly<Record<string, Money>>; readonly total: Money };
  /**
   * Lines of the base year that are not fourth-level revenues this year (a slug the list in force on
   * 1 January does not carry), with their forecast, the reason and the list's citation; not counted in
   * `ownRevenues`. Empty when none.
   */
  readonly excludedLines: readonly ExcludedRevenueLine[];
  /** Forecast costs, KZT. */
  readonly costs: Money;
  /**
   * The costs by direction: the unit's `costDirections`, or with `costGrowth` and a population the one
   * current direction `"current costs"` (showing indexation × consumers); empty for `costGrowth` alone.
   */
  readonly costDirections: readonly DirectionCost[];
  /** The forecast population of the year (`population.base` in the unit's base year); none without one. */
  readonly population: number | undefined;
  readonly transfer: PlannedTransfer;
  /**
   * Own revenues + subvention − withdrawal − costs, KZT: zero under the formula; otherwise a surplus
   * (positive) or the financing need (negative).
   */
  readonly balance: Money;
  /** Own revenues ÷ costs in percent, one decimal (`percentOf`); `undefined` when costs are zero. */
  readonly selfSufficiency: string | undefined;
}

/**
 * One unit over the plan.
 *
 * @category Planning
 */
export interface UnitPlan {
  readonly code: string;
  readonly name: string;
  /** The unit's ledger account (level 4). */
  readonly account: UnitAccount;
  /** One entry per planned year, in order. */
  readonly years: readonly UnitYearPlan[];
  /** The postings of its general transfers (none for a `"none"` year), dated 1 January. */
  readonly postings: readonly Posting[];
  /**
   * The base-year costs left out of the forecast by category (`base.excludedCosts`), their total and the
   * ground (`PlanningLaw.costExclusions`, in Kazakhstan BC2025 Art. 80 p.4 part 2); absent without them.
   */
  readonly excludedCosts?: BaseAmounts;
  /**
   * The base-year revenue collected over the plan by line (`base.overPlan`): it stays with the unit, not
   * withdrawn (`PlanningLaw.overPlanRevenue`, in Kazakhstan BC2025 Art. 76 p.4); `inForecastBase` tells
   * whether the forecasts start from it. Absent without it.
   */
  readonly overPlan?: BaseAmounts & { readonly inForecastBase: boolean };
}

/**
 * Base-year amounts by category or line, their total (KZT) and the ground of the law that names them.
 *
 * @category Planning
 */
export interface BaseAmounts {
  readonly amounts: Readonly<Record<string, Money>>;
  readonly total: Money;
  readonly citation: Citation;
}

/**
 * The district in one planned year.
 *
 * @category Planning
 */
export interface DistrictYearPlan {
  readonly year: number;
  /** Σ subventions of the units, KZT. */
  readonly subventions: Money;
  /** Σ budget withdrawals of the units, KZT. */
  readonly withdrawals: Money;
  /** The district's transfer outlay: subventions − withdrawals, KZT. */
  readonly outlay: Money;
  /** The change of the district account's balance by the year's postings (credits − debits), KZT. */
  readonly districtBalanceChange: Money;
  /** Whether `districtBalanceChange` is −`outlay` and the year's ledger balances sum to zero. */
  readonly balanced: boolean;
  /**
   * The list of fourth-level revenues in force on 1 January of the year (`revenueListInForce`; in
   * Kazakhstan BC2008 Art. 52-1 to 2024, BC2025 Art. 168 p.7 in 2025, BC2025 Art. 27 from 2026). The
   * general transfer's own citation is on each unit's `transfer` (`generalTransferCitation`).
   */
  readonly edition: Citation;
}

/**
 * The result of {@link planDistrict}.
 *
 * @category Planning
 */
export interface DistrictPlan {
  /** The district's ledger account (level 3). */
  readonly district: DistrictAccount;
  /** The planned years, in order. */
  readonly years: readonly number[];
  /** One entry per unit, in the order given. */
  readonly units: readonly UnitPlan[];
  /** One entry per planned year. */
  readonly byYear: readonly DistrictYearPlan[];
  /** All postings: unit by unit, year by year. */
  readonly postings: readonly Posting[];
  /**
   * The MRP path used, KZT per year (known with its citation, or indexed with its factor), from the
   * earliest base year to the horizon; `undefined` when neither `input.mrp` nor an `"mrp"` line asks for it.
   */
  readonly mrp: readonly MrpYear[] | undefined;
}
