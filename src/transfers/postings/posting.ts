import * as z from "zod";
import { formatCitation } from "../../citation/citation.js";
import { describeValue } from "../../errors/describe.js";
import { parseInput } from "../../input/parse.js";
import { ANY_KEY, whenValidAt } from "../../input/when.js";
import type { TransferLaw } from "../../law/transfer-law.js";
import { accountId, type Posting } from "../../ledger/ledger.js";
import { type CheckedTransfer, directionOf, inForceOn, transferInputSchema } from "./transfer-checks.js";
import type { CheckedTransfersLaw } from "./transfers-law-input.js";

/** The note a posting of this kind carries, if any. */
function noteOf(input: CheckedTransfer, inForce: TransferLaw): string | undefined {
  switch (input.kind) {
    case "cash_gap_loan":
      return `loan for a cash gap, repay by ${input.repayBy}: budget lending, not a revenue of the unit`;
    case "cash_gap_repayment":
      return "repayment of a cash-gap loan: budget lending, not a transfer revenue";
    case "targeted_development":
      return input.coFinancingShare === undefined || inForce.coFinancing === undefined
        ? undefined
        : `the unit co-finances a share ${input.coFinancingShare} of the investment from its own budget (${formatCitation(inForce.coFinancing)})`;
    case "targeted_return":
      return inForce.returnDeadline === undefined
        ? `return of unused targeted transfers of ${input.transferYear}: the law in force (${inForce.id}) sets no day for it, only the year after the transfer`
        : undefined;
    default:
      return undefined;
  }
}

/** The id of the posting of a transfer: `transfer:<kind>:<from account id>><to account id>:<date>:<sourceId>`. */
const postingId = (t: CheckedTransfer): string =>
  `transfer:${t.kind}:${accountId(t.from)}>${accountId(t.to)}:${t.date}:${t.sourceId}`;

/** Each posting id once: two transfers of one kind, accounts, date and source id would be one posting twice. */
function uniqueIds(
  transfers: readonly CheckedTransfer[],
  ctx: z.RefinementCtx<readonly CheckedTransfer[]>,
): void {
  const first = new Map<string, number>();
  transfers.forEach((t, i) => {
    const id = postingId(t);
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else {
      ctx.addIssue({
        code: "custom",
        path: [i],
        message: `posting id ${id} repeats that of [${earlier}]: give each transfer its own sourceId`,
      });
    }
  });
}

/**
 * Transfers checked once, against the law in force on each date (see `transferInputSchema`), each posting
 * id once.
 *
 * @param what - What is read, for the message.
 */
export function checkTransfers(inputs: unknown, law: CheckedTransfersLaw, what: string): CheckedTransfer[] {
  const schema = SCHEMAS.get(law) ?? transfersSchema(law);
  SCHEMAS.set(law, schema);
  return parseInput(schema, inputs, what);
}

/** The schema of a list of transfers under a checked law, built once per law (a plan checks one per unit). */
const SCHEMAS = new WeakMap<CheckedTransfersLaw, ReturnType<typeof transfersSchema>>();

/** The schema of a list of transfers under `law`. */
function transfersSchema(law: CheckedTransfersLaw) {
  return z
    .array(transferInputSchema(law), {
      error: (issue) => `${describeValue(issue.input)} is not a list of transfers`,
    })
    .superRefine(uniqueIds, {
      when: whenValidAt(
        [ANY_KEY, "kind"],
        [ANY_KEY, "from"],
        [ANY_KEY, "to"],
        [ANY_KEY, "date"],
        [ANY_KEY, "sourceId"],
      ),
    });
}

/** The ledger posting of a checked transfer, under the transfer law in force on its date. */
export function postingOf(input: CheckedTransfer, law: CheckedTransfersLaw): Posting {
  const inForce = inForceOn(law, input.date);
  const rule = inForce.kinds[input.kind];
  const direction = directionOf(input.from, input.to);
  // the input schema made sure the kind exists on the date and goes the way its rule allows
  const citation = direction === undefined ? undefined : rule?.citations[direction];
  const note = noteOf(input, inForce);
  const lending = input.kind === "cash_gap_loan" || input.kind === "cash_gap_repayment";
  return {
    id: postingId(input),
    date: input.date,
    from: input.from,
    to: input.to,
    amount: input.amount,
    ...(lending ? {} : { category: "transfers" as const }),
    ruleId: rule?.ruleId ?? "",
    ...(citation === undefined ? {} : { citation }),
    sourceId: input.sourceId,
    ...(note === undefined ? {} : { note }),
  };
}
