import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { nonNegativeMoneySchema } from "../../input/money.js";
import { parseInput } from "../../input/parse.js";
import { Money } from "../../money/money.js";
import type { PlannedGeneralTransfer } from "../postings/transfer-postings.js";
import type { PlannedTransfer } from "./result-types.js";

/** The kinds of a planned general transfer. */
const KINDS = ["subvention", "withdrawal", "none"] as const;

/**
 * A planned general transfer as read: its kind and amount (KZT, ≥ 0; zero for `"none"`). The other fields
 * of a {@link PlannedTransfer} (source, citation) are not read.
 */
export const transferSchema = z
  .looseObject(
    {
      kind: z.enum(KINDS, {
        error: (issue) => `${describeValue(issue.input)} is not "subvention", "withdrawal" or "none"`,
      }),
      amount: nonNegativeMoneySchema,
    },
    { error: (issue) => `${describeValue(issue.input)} is not a transfer { kind, amount }` },
  )
  .superRefine((t, ctx) => {
    if (t.kind === "none" && !t.amount.isZero()) {
      ctx.addIssue({
        code: "custom",
        path: ["amount"],
        message: `a "none" entry (no transfer) has the amount zero, got ${t.amount.toKzt()} KZT`,
        params: { code: "INVALID_AMOUNT" },
      });
    }
  });

/** {@link netTransfer} of a transfer already read. @internal */
export function signedAmount(transfer: Pick<PlannedTransfer, "kind" | "amount">): Money {
  if (transfer.kind === "subvention") return transfer.amount;
  if (transfer.kind === "withdrawal") return transfer.amount.negate();
  return Money.zero;
}

/**
 * A planned general transfer signed from the unit's side, KZT: a subvention positive, a budget withdrawal
 * negative, none zero.
 *
 * @param transfer - Its kind (`"subvention"`, `"withdrawal"` or `"none"`) and amount (KZT, ≥ 0, zero for
 * `"none"`); other fields are not read.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for another kind or an amount that is not a Money ≥ 0.
 * @category Planning
 * @example
 * ```ts
 * netTransfer({ kind: "withdrawal", amount: Money.kzt("500") }).toKzt(); //=> "-500.00"
 * ```
 */
export function netTransfer(transfer: Pick<PlannedTransfer, "kind" | "amount">): Money {
  return signedAmount(parseInput(transferSchema, transfer, "transfer"));
}

/**
 * The kind of a general transfer in a fixed volume or a posting (`"budget_withdrawal"`) from its kind in a
 * plan (`"withdrawal"`), and back: the one place the two spellings meet. @internal
 */
export function volumeKindOf(kind: "subvention" | "withdrawal"): PlannedGeneralTransfer["kind"] {
  return kind === "subvention" ? "subvention" : "budget_withdrawal";
}

/** The plan's kind (`"withdrawal"`) of a fixed volume's or posting's kind (`"budget_withdrawal"`); see {@link volumeKindOf}. */
export function transferKindOf(kind: PlannedGeneralTransfer["kind"]): "subvention" | "withdrawal" {
  return kind === "subvention" ? "subvention" : "withdrawal";
}
