import type { IsoDate } from "../calendar/iso-date.js";
import type { Citation } from "../citation/citation.js";
import type { RevenueCategory } from "../classification/category.js";
import type { RoundingMode } from "../money/decimal.js";

/**
 * Who paid: an individual; an individual entrepreneur or private practitioner (private notary, private
 * bailiff, lawyer, professional mediator — taxed at their registered location); a legal entity.
 * @category Rules
 */
export type PayerKind = "individual" | "individual_entrepreneur" | "legal_entity";

/**
 * Every payer kind.
 *
 * @category Rules
 */
export const PAYER_KINDS: readonly PayerKind[] = ["individual", "individual_entrepreneur", "legal_entity"];

/**
 * The place (a KATO code on the receipt) that decides which budget receives a payment:
 * - `residence` — the individual's place of residence declared at tax registration;
 * - `registered_location` — the location an individual entrepreneur or private practitioner declared;
 * - `legal_seat` — the seat stated in a legal entity's founding documents;
 * - `object_location` — where the taxed object lies (dwelling, land plot, deposit);
 * - `advertisement_location` — where an outdoor advertisement stands;
 * - `workplace` — where the work is done. No revenue of the law in force is keyed on it: IIT withheld at
 *   source is paid where the tax agent is registered, or its branch for the branch's employees (Tax Code
 *   of 18 Jul 2025 Art. 440 p.4–5), and goes to the district (BC2025 Art. 26 p.1(2)); no rule of
 *   `kazakhstanLaw()` uses this key. It is there for reforms that key revenue on the workplace;
 * - `receiving_unit` — the budget named on the payment itself (fines imposed by the unit's akim, rent of
 *   its property, voluntary contributions).
 * @category Rules
 */
export type AttributionKey =
  | "residence"
  | "registered_location"
  | "legal_seat"
  | "object_location"
  | "advertisement_location"
  | "workplace"
  | "receiving_unit";

/**
 * Every attribution key.
 *
 * @category Rules
 */
export const ATTRIBUTION_KEYS: readonly AttributionKey[] = [
  "residence",
  "registered_location",
  "legal_seat",
  "object_location",
  "advertisement_location",
  "workplace",
  "receiving_unit",
];

/**
 * Where a rule sends a payment, given the place of its key:
 * - `fourth_level` — 100 % to the fourth-level unit owning the place (if it had its own budget on the
 *   payment date), otherwise to the district budget owning the place;
 * - `district_or_higher` — the revenue is not a fourth-level revenue: it goes to the district budget
 *   owning the place or is shared with higher budgets by norms this rule does not model.
 * @category Rules
 */
export type Recipient = "fourth_level" | "district_or_higher";

/**
 * A share of each receipt that a rule sends elsewhere than its own key and recipient: `share` of the
 * amount (a decimal fraction, `"0.5"` = 50 %) goes to the budget of the place under `key`, as `recipient`
 * says. The parts are whole tiyn rounded by `rounding` on the running total of the shares (the part of
 * share i is round(amount × (s₁ + … + sᵢ)) − round(amount × (s₁ + … + sᵢ₋₁))), so no part is negative;
 * the remainder stays with the rule's own key and recipient, and the postings sum to the receipt exactly.
 * The law in force has no shares (each line goes 100 % to one budget); reforms add them.
 *
 * @category Rules
 * @example
 * ```ts
 * const half: RuleShare = { share: "0.5", key: "workplace", recipient: "fourth_level", rounding: "halfEven" };
 * ```
 */
export interface RuleShare {
  /** The fraction of each receipt, a decimal string above 0 and at most 1; a rule's shares sum to at most 1. */
  readonly share: string;
  /** The place on the receipt that decides the budget of this share. */
  readonly key: AttributionKey;
  readonly recipient: Recipient;
  /** How the share's part is rounded to whole tiyn (on the running total of the shares). */
  readonly rounding: RoundingMode;
}

/**
 * One dated rule of a rulebook: which budget receives payments of one EBK revenue code by some payer
 * kinds, between two dates, and on which legal ground.
 * @category Rules
 */
export interface RevenueRule {
  /** Stable identifier, e.g. `"kz.bc2025.vehicle-tax-individuals"` (`kz.<edition>.<line slug>`). */
  readonly id: string;
  /** The 6-digit EBK revenue code. */
  readonly ebk: string;
  /** What the revenue is, in English. */
  readonly revenue: string;
  readonly category: RevenueCategory;
  /** The payer kinds the rule covers. */
  readonly payerKinds: readonly PayerKind[];
  /** The place on the receipt that decides the budget. */
  readonly key: AttributionKey;
  readonly recipient: Recipient;
  /** First day the rule applies (payment date), `YYYY-MM-DD`. */
  readonly from: IsoDate;
  /** Last day the rule applies; absent while in force. */
  readonly to?: IsoDate;
  /** The legal ground. A rule without one does not load. */
  readonly citation: Citation;
  /** Anything a reader of the result must know (e.g. what the law leaves open). */
  readonly note?: string;
  /**
   * Shares of each receipt sent elsewhere (see {@link RuleShare}); absent or empty: the whole receipt goes
   * by `key` and `recipient`.
   */
  readonly shares?: readonly RuleShare[];
}
