import type { IsoDate } from "../calendar/iso-date.js";
import type { Money } from "../money/money.js";
import type { AttributionKey, PayerKind } from "../rules/rule.js";

/**
 * One payment into the budget system, as the tax office records it.
 *
 * @category Attribution
 * @example
 * ```ts
 * const r: Receipt = {
 *   id: "r-1",
 *   ebk: "104402",                       // vehicle tax, individuals
 *   amount: Money.kzt("21625"),
 *   paymentDate: "2026-03-10",
 *   payerKind: "individual",
 *   places: { residence: "104035100" },  // с.Бель-Агач
 * };
 * ```
 */
export interface Receipt {
  /** Unique within one batch (a row number, a payment order number). */
  readonly id: string;
  /** The 6-digit EBK revenue code of the payment. */
  readonly ebk: string;
  /** The amount paid, positive, in KZT (whole tiyn). */
  readonly amount: Money;
  /** The payment date, `YYYY-MM-DD`: the rules in force on this day apply. */
  readonly paymentDate: IsoDate;
  readonly payerKind: PayerKind;
  /** KATO codes (9 digits) of the places the law may key on; only the one the rule needs is required. */
  readonly places: Readonly<Partial<Record<AttributionKey, string>>>;
}
