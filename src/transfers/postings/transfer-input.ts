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
 * What every {@link TransferInput} has, whatever its kind.
 *
 * @category Transfers
 */
export interface TransferFields {
  readonly from: Account;
  readonly to: Account;
  /** The transfer date, `YYYY-MM-DD`; it decides the transfer law applied (`valueOn(law.transfers, date)`). */
  readonly date: IsoDate;
  /** Positive amount in KZT. */
  readonly amount: Money;
  /** The id of the record (decision line, payment) the transfer comes from. */
  readonly sourceId: string;
}

/**
 * One transfer to post. `from` and `to` are the district's level-3 account and the unit's level-4
 * account, in the direction the money moves. The fields of a kind go with it: a co-financing share with a
 * `targeted_development` transfer, the repayment date with a `cash_gap_loan`, the year granted with a
 * `targeted_return`.
 *
 * @category Transfers
 */
export type TransferInput =
  | (TransferFields & {
      readonly kind: Exclude<TransferKind, "targeted_development" | "cash_gap_loan" | "targeted_return">;
    })
  | (TransferFields & {
      readonly kind: "targeted_development";
      /**
       * Only where the law in force sets a co-financing condition (in Kazakhstan to 31 Dec 2025): the share
       * of the investment the unit co-finances from its own budget, a decimal string strictly between 0 and
       * 1 (e.g. `"0.1"`).
       */
      readonly coFinancingShare?: string;
    })
  | (TransferFields & {
      readonly kind: "cash_gap_loan";
      /** The date the loan must be repaid by, within the law's term. */
      readonly repayBy: IsoDate;
    })
  | (TransferFields & {
      readonly kind: "targeted_return";
      /** The year the returned targeted transfer was granted. */
      readonly transferYear: number;
    });
