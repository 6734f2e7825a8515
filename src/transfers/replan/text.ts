import { formatCitation } from "../../citation/citation.js";
import type { PlannedTransfer } from "../plan/district-plan.js";
import type { ReplanWindow } from "./types.js";

/** Years for a message: `none`, `2027` or `2027–2028` (first–last). */
export const yearsText = (ys: readonly number[]): string =>
  ys.length === 0 ? "none" : ys.length === 1 ? String(ys[0]) : `${ys[0]}–${ys[ys.length - 1]}`;

/** A transfer for a message: `subvention 24563 thousand KZT`, or `none (no transfer)`. */
export const amountText = (t: Pick<PlannedTransfer, "kind" | "amount">): string =>
  t.kind === "none" || t.amount.isZero()
    ? `${t.kind} (no transfer)`
    : `${t.kind} ${t.amount.toThousandKzt()} thousand KZT`;

/** The rule of the window's regime, as cited. */
export const ruleText = (w: ReplanWindow): string => formatCitation(w.citation);
