import { OWN_REVENUE_LINES, type SelfSufficiency, selfSufficiency } from "../budget/statement.js";
import type { UnitResult } from "../scenario/run.js";

/**
 * A unit's self-sufficiency on each basis it has: from the figures as published, and, where receipts
 * replaced an own-revenue line of its statement, computed from the receipts. Percent with one decimal.
 *
 * @category Reports
 */
export interface UnitSelfSufficiency {
  /** Own revenues ÷ costs of the published figures. */
  readonly published: SelfSufficiency;
  /** The same of the statement, when the ledger (receipts) replaced an own-revenue line; else absent. */
  readonly fromReceipts?: SelfSufficiency;
}

/**
 * Self-sufficiency published and computed from receipts: what the screen and every export show, each
 * labelled with its basis, so that the two can never be mistaken for one another.
 * @internal
 */
export function unitSelfSufficiency(u: UnitResult): UnitSelfSufficiency {
  const published = selfSufficiency(u.published);
  const receipts = OWN_REVENUE_LINES.some((l) => u.statement.lines[l]?.source === "ledger");
  return receipts ? { published, fromReceipts: u.statement.selfSufficiency } : { published };
}

/** `"75.7 %"`, or why it is not known. @internal */
export const percentText = (s: SelfSufficiency): string =>
  s.percent === undefined ? `not computed (${s.reason ?? "unknown"})` : `${s.percent} %`;

/**
 * The self-sufficiency line of a statement: published, and computed from receipts when receipts replaced
 * an own-revenue line, e.g. `computed from receipts 3.7 %; published 75.7 %`. @internal
 */
export function selfSufficiencyText(s: UnitSelfSufficiency): string {
  const published = `published ${percentText(s.published)}`;
  return s.fromReceipts === undefined
    ? published
    : `computed from receipts ${percentText(s.fromReceipts)}; ${published}`;
}
