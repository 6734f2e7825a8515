import type { IsoDate } from "../../calendar/iso-date.js";
import type { Law } from "../../law/law.js";
import type { TransferKind } from "../../law/transfer-law.js";
import type { Account } from "../../ledger/ledger.js";
import type { Money } from "../../money/money.js";

/**
 * The parts of a {@link Law} the transfer postings read: the transfer law by date and the first day of
 * fourth-level budgets.
 *
 * @category Transfers
 */
export type TransfersLaw = Pick<Law, "transfers" | "fourthLevelBudgets">;

/**
 * A district budget account: `{ kind: "budget", level: 3, code, name }`.
 *
 * @category Transfers
 */
export type DistrictAccount = Extract<Account, { kind: "budget" }> & { readonly level: 3 };
/**
 * A fourth-level unit's budget account: `{ kind: "budget", level: 4, code, name }`.
 *
 * @category Transfers
 */
export type UnitAccount = Extract<Account, { kind: "budget" }> & { readonly level: 4 };

/**
 * One transfer to post. `from` and `to` are the district's level-3 account and the unit's level-4
 * account, in the direction the money moves.
 *
 * @category Transfers
 */
export interface TransferInput {
  readonly kind: TransferKind;
  readonly from: Account;
  readonly to: Account;
  /** The transfer date, `YYYY-MM-DD`; it decides the transfer law applied (`valueOn(law.transfers, date)`). */
  readonly date: IsoDate;
  /** Positive amount in KZT. */
  readonly amount: Money;
  /** The id of the record (decision line, payment) the transfer comes from. */
  readonly sourceId: string;
  /**
   * `targeted_development` only, and only where the law in force sets a co-financing condition (in
   * Kazakhstan to 31 Dec 2025): the share of the investment the unit co-finances from its own budget, a
   * decimal string strictly between 0 and 1 (e.g. `"0.1"`).
   */
  readonly coFinancingShare?: string;
  /** `cash_gap_loan` only (required): the date the loan must be repaid by, within the law's term. */
  readonly repayBy?: IsoDate;
  /** `targeted_return` only (required): the year the returned targeted transfer was granted. */
  readonly transferYear?: number;
}
