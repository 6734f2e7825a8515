import * as z from "zod";
import { valueOn } from "../../calendar/dated.js";
import {
  addMonths,
  firstJanuary,
  fiscalYearOf,
  type IsoDate,
  lastDecember,
} from "../../calendar/iso-date.js";
import { type Citation, formatCitation } from "../../citation/citation.js";
import { describeValue } from "../../errors/describe.js";
import { FourthLevelError } from "../../errors/error.js";
import { isoDateSchema } from "../../input/codes.js";
import { fieldsSchema } from "../../input/fields.js";
import { positiveMoneySchema } from "../../input/money.js";
import { taggedUnion } from "../../input/tagged.js";
import { whenValidAt } from "../../input/when.js";
import {
  TRANSFER_KINDS,
  type TransferDirection,
  type TransferKind,
  type TransferLaw,
} from "../../law/transfer-law.js";
import { type Account, isAccount } from "../../ledger/ledger.js";
import { deadlineOf, firstTransferYear } from "./return-deadline.js";
import type { CheckedTransfersLaw } from "./transfers-law-input.js";

const DIRECTION_WORDS: Readonly<Record<TransferDirection, string>> = {
  down: "from the district (level 3) to the unit (level 4)",
  up: "from the unit (level 4) to the district (level 3)",
};
const SHARE = /^0\.\d*[1-9]\d*$/;

/** Which way a transfer between two accounts goes, if it is between a district and a unit. @internal */
export function directionOf(from: Account, to: Account): TransferDirection | undefined {
  const level = (a: Account) => (a.kind === "budget" ? a.level : undefined);
  if (level(from) === 3 && level(to) === 4) return "down";
  if (level(from) === 4 && level(to) === 3) return "up";
  return undefined;
}

/** The spans of the law's series in which `has` holds, e.g. `"2018-01-01 to 2025-12-31"` or `"from 2026-01-01"`. */
function spansWhere(law: CheckedTransfersLaw, has: (t: TransferLaw) => boolean): string {
  const spans = law.transfers.entries
    .filter((e) => has(e.value))
    .map((e) => (e.to === undefined ? `from ${e.from}` : `${e.from} to ${e.to}`));
  return spans.length === 0 ? "on no date" : spans.join(", ");
}

/** The transfer law in force on a date the input schema has checked. @internal */
export const inForceOn = (law: CheckedTransfersLaw, date: IsoDate): TransferLaw =>
  valueOn(law.transfers, date).value;

const accountSchema = z.custom<Account>(isAccount, {
  error: (issue) =>
    `${describeValue(issue.input)} is not an account: a transfer goes between { kind: "budget", level: 3, code, name } and { kind: "budget", level: 4, code, name }`,
});

/** A transfer date: a calendar date from the first day of fourth-level budgets that the transfer law covers. */
function transferDateSchema(law: CheckedTransfersLaw) {
  const firstDay = law.fourthLevelBudgets.firstDay;
  return isoDateSchema.superRefine((date, ctx) => {
    if (date < firstDay) {
      ctx.addIssue({
        code: "custom",
        message: `${date} is before ${firstDay}: fourth-level budgets did not exist`,
        params: { code: "INVALID_DATE" },
        continue: false, // the checks against the law in force need a date it covers
      });
      return;
    }
    try {
      inForceOn(law, date);
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      ctx.addIssue({ code: "custom", message: e.message, params: { code: "INVALID_DATE" }, continue: false });
    }
  });
}

/** A field that belongs to other kinds of transfer: refused with `message`. */
const notOfThisKind = (message: string) => z.never({ error: message }).optional();
const NO_SHARE = notOfThisKind("a co-financing share belongs only to a targeted_development transfer");
const NO_REPAYMENT = notOfThisKind("a repayment date belongs only to a cash_gap_loan");
const NO_TRANSFER_YEAR = notOfThisKind("a transfer year belongs only to a targeted_return");

/** The fields of every transfer, then those of each kind. */
function kindSchemas(law: CheckedTransfersLaw) {
  const fields = {
    from: accountSchema,
    to: accountSchema,
    date: transferDateSchema(law),
    amount: positiveMoneySchema,
    sourceId: z
      .string({ error: (issue) => `${describeValue(issue.input)} is not a source record id (a string)` })
      .refine((id) => id.trim() !== "", { message: "the source record id is empty" }),
  };
  const first = firstTransferYear(law);
  const needsYear =
    "a targeted_return needs transferYear, the whole year the returned targeted transfer was granted";
  type OtherKind = Exclude<TransferKind, "targeted_development" | "cash_gap_loan" | "targeted_return">;
  const others = TRANSFER_KINDS.filter(
    (k): k is OtherKind => k !== "targeted_development" && k !== "cash_gap_loan" && k !== "targeted_return",
  ) as [OtherKind, ...OtherKind[]];
  return [
    fieldsSchema(
      {
        kind: z.enum(others),
        ...fields,
        coFinancingShare: NO_SHARE,
        repayBy: NO_REPAYMENT,
        transferYear: NO_TRANSFER_YEAR,
      },
      "a transfer",
    ),
    fieldsSchema(
      {
        kind: z.literal("targeted_development"),
        ...fields,
        coFinancingShare: z
          .custom<string>((v) => typeof v === "string" && SHARE.test(v), {
            error: (issue) =>
              `${describeValue(issue.input)} is not a decimal share strictly between 0 and 1, e.g. "0.1"`,
          })
          .optional(),
        repayBy: NO_REPAYMENT,
        transferYear: NO_TRANSFER_YEAR,
      },
      "a targeted_development transfer",
    ),
    fieldsSchema(
      {
        kind: z.literal("cash_gap_loan"),
        ...fields,
        repayBy: isoDateSchema.optional(),
        coFinancingShare: NO_SHARE,
        transferYear: NO_TRANSFER_YEAR,
      },
      "a cash_gap_loan",
    ),
    fieldsSchema(
      {
        kind: z.literal("targeted_return"),
        ...fields,
        transferYear: z
          .number({ error: needsYear })
          .int({ error: needsYear })
          .min(first, {
            error: (issue) => `${issue.input} is before ${first}: fourth-level budgets did not exist`,
          })
          .max(9998, { error: needsYear }),
        coFinancingShare: NO_SHARE,
        repayBy: NO_REPAYMENT,
      },
      "a targeted_return",
    ),
  ] as const;
}

type Checked = z.output<z.ZodDiscriminatedUnion<ReturnType<typeof kindSchemas>>>;
type Ctx = z.RefinementCtx<Checked>;

/** Why a kind is refused on a date: the law in force then has no such kind; when it has one, and what it has. */
function kindRefusal(
  kind: TransferKind,
  date: IsoDate,
  inForce: TransferLaw,
  law: CheckedTransfersLaw,
): string {
  const kinds = Object.keys(inForce.kinds).join(", ");
  return `the transfer law in force on ${date} (${inForce.id}) has no ${kind}: it exists ${spansWhere(law, (t) => t.kinds[kind] !== undefined)}; the kinds in force on ${date} are ${kinds}`;
}

/** The kind exists on the date, and goes the way its rule allows. */
function kindAndDirection(input: Checked, ctx: Ctx, law: CheckedTransfersLaw): void {
  const inForce = inForceOn(law, input.date);
  const rule = inForce.kinds[input.kind];
  if (rule === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["kind"],
      message: kindRefusal(input.kind, input.date, inForce, law),
    });
    return;
  }
  const direction = directionOf(input.from, input.to);
  const allowed = Object.keys(rule.citations) as TransferDirection[];
  const ways = allowed.map((d) => DIRECTION_WORDS[d]).join(" or ");
  if (direction === undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["from"],
      message: `a ${input.kind} goes between a district budget (level 3) and a fourth-level budget (level 4): ${ways}`,
    });
  } else if (!allowed.includes(direction)) {
    const hint =
      input.kind === "subvention"
        ? " (money from a unit to the district is a budget_withdrawal)"
        : input.kind === "budget_withdrawal"
          ? " (money from the district to a unit is a subvention)"
          : "";
    ctx.addIssue({
      code: "custom",
      path: ["from"],
      message: `a ${input.kind} goes ${ways}, not ${DIRECTION_WORDS[direction]}${hint}`,
    });
  }
}

/** A co-financing share only where the law in force on the date sets the condition. */
function coFinancing(input: Checked, ctx: Ctx, law: CheckedTransfersLaw): void {
  if (input.kind !== "targeted_development" || input.coFinancingShare === undefined) return;
  const inForce = inForceOn(law, input.date);
  if (inForce.coFinancing !== undefined) return;
  ctx.addIssue({
    code: "custom",
    path: ["coFinancingShare"],
    message: `the transfer law in force on ${input.date} (${inForce.id}) sets no co-financing condition for targeted development transfers (it sets one ${spansWhere(law, (t) => t.coFinancing !== undefined)}), so leave it out`,
  });
}

/** A cash-gap loan: repaid after the loan, within the law's term (and its fiscal year when the law says so). */
function repayment(input: Checked, ctx: Ctx, law: CheckedTransfersLaw): void {
  if (input.kind !== "cash_gap_loan") return;
  const { repayBy, date } = input;
  const inForce = inForceOn(law, date);
  const term = inForce.cashGap;
  const issue = (message: string, code?: "INVALID_DATE") =>
    ctx.addIssue({
      code: "custom",
      path: ["repayBy"],
      message,
      ...(code === undefined ? {} : { params: { code } }),
    });
  if (term === undefined) {
    issue(`the transfer law in force on ${date} (${inForce.id}) sets no term for a cash_gap_loan`);
    return;
  }
  if (repayBy === undefined) {
    issue(`a ${input.kind} needs repayBy, a date YYYY-MM-DD after ${date}`, "INVALID_DATE");
    return;
  }
  const byTerm = addMonths(date, term.months);
  const yearEnd = lastDecember(fiscalYearOf(date));
  const latest = term.withinFiscalYear && yearEnd < byTerm ? yearEnd : byTerm;
  if (repayBy <= date || repayBy > latest) {
    const within = `within ${term.months} months${term.withinFiscalYear ? " and within the fiscal year" : ""}`;
    issue(
      `a ${input.kind} is repaid ${within} (${formatCitation(term.citation)}): after ${date} and by ${latest}, got ${repayBy}`,
      "INVALID_DATE",
    );
  }
}

/** A targeted return: dated in the year after the year granted, by the law's return day (if any). */
function returnWindow(input: Checked, ctx: Ctx, law: CheckedTransfersLaw): void {
  if (input.kind !== "targeted_return") return;
  const { date, transferYear: year } = input;
  const inForce = inForceOn(law, date);
  const deadline = deadlineOf(year, inForce);
  const last = deadline ?? lastDecember(year + 1);
  if (fiscalYearOf(date) === year + 1 && date <= last) return;
  const by =
    deadline === undefined
      ? `in ${year + 1} (the law in force on ${date}, ${inForce.id}, sets no day)`
      : `in ${year + 1} by ${deadline} (${formatCitation(inForce.returnDeadline?.citation as Citation)})`;
  ctx.addIssue({
    code: "custom",
    path: ["date"],
    message: `unused targeted transfers of ${year} are returned ${by}: the return date must be from ${firstJanuary(year + 1)} to ${last}, got ${date}`,
    params: { code: "INVALID_DATE" },
  });
}

/**
 * One transfer as the law in force on its date allows it, checked once: its kind and the fields of that
 * kind (accounts, a date from the first day of fourth-level budgets that the law covers, a positive Money
 * amount, a source id); then against the law, each check run when the fields it reads are well formed:
 * the kind exists on the date and goes the way its rule allows, a co-financing share only where the law
 * sets the condition, a cash-gap loan repaid within the law's term, a targeted return dated in the year
 * after the transfer (by the law's return day, if any).
 */
export function transferInputSchema(law: CheckedTransfersLaw) {
  const withLaw =
    (check: (input: Checked, ctx: Ctx, law: CheckedTransfersLaw) => void) => (input: Checked, ctx: Ctx) =>
      check(input, ctx, law);
  return taggedUnion("kind", "a transfer", `one of ${TRANSFER_KINDS.join(", ")}`, kindSchemas(law))
    .superRefine(withLaw(kindAndDirection), { when: whenValidAt(["kind"], ["date"], ["from"], ["to"]) })
    .superRefine(withLaw(coFinancing), { when: whenValidAt(["kind"], ["date"], ["coFinancingShare"]) })
    .superRefine(withLaw(repayment), { when: whenValidAt(["kind"], ["date"], ["repayBy"]) })
    .superRefine(withLaw(returnWindow), { when: whenValidAt(["kind"], ["date"], ["transferYear"]) });
}

/** A transfer as checked. */
export type CheckedTransfer = Checked;
