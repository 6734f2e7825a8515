import * as z from "zod";
import type { DatedSeries } from "../../calendar/dated.js";
import type { IsoDate } from "../../calendar/iso-date.js";
import { describeValue } from "../../errors/describe.js";
import { citationSchema } from "../../input/citation.js";
import { isoDateSchema } from "../../input/codes.js";
import { datedSeriesSchema } from "../../input/dated.js";
import { wholeNumberSchema } from "../../input/decimal.js";
import { parseInput } from "../../input/parse.js";
import { assertLaw } from "../../law/law.js";
import { TRANSFER_KINDS, type TransferKind, type TransferLaw } from "../../law/transfer-law.js";

/** A message naming the value given and what the law's part should be. */
const shouldBe = (what: string) => (issue: { readonly input?: unknown }) =>
  `${describeValue(issue.input)} is not ${what}`;

const transferRuleSchema = z.object(
  {
    ruleId: z.string({ error: shouldBe('a rule id such as "transfer.subvention.bc2025"') }),
    citations: z.object(
      { down: citationSchema.optional(), up: citationSchema.optional() },
      { error: shouldBe("the citations of the directions allowed { down?, up? }") },
    ),
  },
  { error: shouldBe("a transfer rule { ruleId, citations }") },
);

const transferLawSchema = z.object({
  id: z.string({ error: shouldBe('the id of the transfer law\'s edition, such as "bc2025"') }),
  kinds: z.partialRecord(
    z.enum(TRANSFER_KINDS as unknown as [TransferKind, ...TransferKind[]]),
    transferRuleSchema,
    {
      error: (issue) =>
        issue.code === "invalid_key"
          ? `${describeValue(issue.input)} is not a transfer kind: the kinds are ${TRANSFER_KINDS.join(", ")}`
          : shouldBe("the kinds of transfer in force, each with its rule")(issue),
    },
  ),
  cashGap: z
    .object({ months: wholeNumberSchema(1, 1200), withinFiscalYear: z.boolean(), citation: citationSchema })
    .optional(),
  returnDeadline: z
    .object({ month: wholeNumberSchema(1, 12), day: wholeNumberSchema(1, 31), citation: citationSchema })
    .optional(),
  coFinancing: citationSchema.optional(),
});

const transfersPartSchema = z.object({
  transfers: datedSeriesSchema(transferLawSchema as z.ZodType<TransferLaw, unknown>),
  fourthLevelBudgets: z.object({ firstDay: isoDateSchema }),
});

/** The parts of the law the transfer postings read, as checked. */
export interface CheckedTransfersLaw {
  readonly transfers: DatedSeries<TransferLaw>;
  readonly fourthLevelBudgets: { readonly firstDay: IsoDate };
}

/**
 * The transfer law by date and the first day of fourth-level budgets, checked: every entry of the
 * series with its kinds, directions and citations, and the terms the postings read.
 *
 * @param what - The function, for the message, e.g. `"transferPostings"`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when the law is missing or a part is malformed, each
 * problem with its path (e.g. `["transfers", "entries", 0, "value", "kinds", "subvention", "ruleId"]`).
 */
export function transfersLawOf(law: unknown, what: string): CheckedTransfersLaw {
  assertLaw(law, ["transfers", "fourthLevelBudgets"], what);
  const { transfers, fourthLevelBudgets } = law;
  const known = typeof transfers === "object" && transfers !== null ? CHECKED.get(transfers) : undefined;
  if (known !== undefined && known.fourthLevelBudgets === fourthLevelBudgets) return known.checked;
  const checked = parseInput(transfersPartSchema, { transfers, fourthLevelBudgets }, `${what}: the law`);
  if (typeof transfers === "object" && transfers !== null) {
    CHECKED.set(transfers, { fourthLevelBudgets, checked });
  }
  return checked;
}

/**
 * The parts already checked, by the law's transfer series (law values are immutable data: checking one
 * once is enough; a plan checks it for every unit otherwise), with the `fourthLevelBudgets` part they
 * were checked with.
 */
const CHECKED = new WeakMap<
  object,
  { readonly fourthLevelBudgets: unknown; readonly checked: CheckedTransfersLaw }
>();
