import type { Citation } from "../citation/citation.js";
import type { RoundingMode } from "../money/decimal.js";
import type { AttributionKey } from "../rules/rule.js";

/**
 * The kinds of transfer and cash-gap financing between a district and its fourth-level units:
 * - `subvention` — general transfer from the district to the unit;
 * - `budget_withdrawal` — general transfer from the unit to the district;
 * - `targeted_current` — targeted current transfer compensating losses from new acts, either direction;
 * - `targeted_development` — targeted development transfer, district → unit;
 * - `targeted_general` — targeted general transfer, district → unit;
 * - `cash_gap_loan` — borrowing from the district to cover a cash gap, district → unit (budget lending, not
 *   a revenue; its term is the law's {@link TransferLaw.cashGap});
 * - `cash_gap_repayment` — repayment of a cash-gap loan, unit → district;
 * - `targeted_return` — return of unused targeted transfers, unit → district.
 *
 * Which kinds exist on a date, in which direction and on which ground is the law's
 * ({@link TransferLaw.kinds}): e.g. in Kazakhstan targeted general transfers exist from 2026 only.
 *
 * @category Transfers
 */
export type TransferKind =
  | "subvention"
  | "budget_withdrawal"
  | "targeted_current"
  | "targeted_development"
  | "targeted_general"
  | "cash_gap_loan"
  | "cash_gap_repayment"
  | "targeted_return";

/**
 * Every {@link TransferKind}, in the order above.
 *
 * @category Transfers
 */
export const TRANSFER_KINDS: readonly TransferKind[] = [
  "subvention",
  "budget_withdrawal",
  "targeted_current",
  "targeted_development",
  "targeted_general",
  "cash_gap_loan",
  "cash_gap_repayment",
  "targeted_return",
];

/**
 * Which way money moves: `down` district → unit, `up` unit → district.
 *
 * @category Transfers
 */
export type TransferDirection = "down" | "up";

/**
 * The rule of one transfer kind under one edition of the law: the directions it allows, each with the
 * paragraph that allows it.
 *
 * @category Transfers
 */
export interface TransferRule {
  /** Stable id, e.g. `"transfer.subvention.bc2025"` (`transfer.<kind>.<edition id>`). */
  readonly ruleId: string;
  /** The directions allowed, each with its citation; a direction not named is not allowed. */
  readonly citations: Readonly<Partial<Record<TransferDirection, Citation>>>;
}

/**
 * The term of a cash-gap loan: repaid within `months` of the loan, and within the fiscal year of the loan
 * when `withinFiscalYear`.
 *
 * @category Transfers
 */
export interface CashGapTerm {
  /** The longest term, in whole months (e.g. 6). */
  readonly months: number;
  /** Whether the loan must also be repaid within its fiscal year. */
  readonly withinFiscalYear: boolean;
  readonly citation: Citation;
}

/**
 * The day by which unused targeted transfers of a year are returned: `day` of `month` of the next year
 * (e.g. 1 March).
 *
 * @category Transfers
 */
export interface ReturnDeadline {
  /** The month, 1–12. */
  readonly month: number;
  /** The day of the month, 1–31. */
  readonly day: number;
  readonly citation: Citation;
}

/**
 * The transfer law in force on a transfer date (one entry of {@link Law.transfers}): the kinds that exist
 * with their directions and citations, and the terms the postings check.
 *
 * @category Transfers
 */
export interface TransferLaw {
  /** The edition, e.g. `"bc2025"`; rule ids end with it. */
  readonly id: string;
  /** The kinds in force; a kind not named does not exist under this edition. */
  readonly kinds: Readonly<Partial<Record<TransferKind, TransferRule>>>;
  /** The term of a `cash_gap_loan`; required when the kind exists. */
  readonly cashGap?: CashGapTerm;
  /**
   * The day by which unused targeted transfers are returned in the year after the transfer year; absent
   * when the law sets no day (then the return may be dated any day of that year).
   */
  readonly returnDeadline?: ReturnDeadline;
  /**
   * The ground on which a targeted development transfer is granted on condition that the unit co-finances
   * a share of the investment; absent when the law sets no such condition (a co-financing share is then
   * refused).
   */
  readonly coFinancing?: Citation;
  /**
   * A cap on a unit's budget withdrawal: at most `share` of the unit's own revenues of the year (a decimal
   * fraction, `"0.3"` = 30 %); absent when the law sets none (the law in force sets none in Kazakhstan; a
   * reform may add one).
   */
  readonly withdrawalCap?: WithdrawalCap;
  /**
   * Targeted transfers a district pays its units out of a revenue it keeps, one term per EBK code (see
   * {@link RevenueShareTransfer}); absent when the law sets none (the law in force sets none in
   * Kazakhstan; a reform may add one).
   */
  readonly revenueShareTransfers?: readonly RevenueShareTransfer[];
}

/**
 * A term of the transfer law: the receipts of `ebk` stay where the revenue rules send them, and the
 * district pays each of its fourth-level units a targeted current transfer of `share` × the receipts
 * whose `key` place lies in the unit (e.g. the IIT withheld for the employees working there). The
 * district's total of a year is rounded once by `rounding` and split among its units by the largest
 * remainder, so the parts sum to it exactly.
 *
 * @category Transfers
 */
export interface RevenueShareTransfer {
  /** The EBK code of the revenue the transfer is computed from, e.g. `"101201"`. */
  readonly ebk: string;
  /** The share, a decimal string above 0 and at most 1, e.g. `"0.5"`. */
  readonly share: string;
  /** The place of a receipt that names the receiving unit, e.g. `"workplace"`. */
  readonly key: AttributionKey;
  /** How the district's total of a year is rounded to the tiyn. */
  readonly rounding: RoundingMode;
  readonly citation: Citation;
}

/**
 * A cap on budget withdrawals (see {@link TransferLaw.withdrawalCap}).
 *
 * @category Transfers
 */
export interface WithdrawalCap {
  /** The largest withdrawal as a share of the unit's own revenues of the year, a decimal string 0–1. */
  readonly share: string;
  readonly citation: Citation;
}
