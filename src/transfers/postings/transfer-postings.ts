import { valueOn } from "../../calendar/dated.js";
import { firstJanuary } from "../../calendar/iso-date.js";
import { formatCitation } from "../../citation/citation.js";
import { FourthLevelError, type InputIssue, throwIfIssues } from "../../errors/error.js";
import { assertLaw } from "../../law/law.js";
import type { TransferLaw } from "../../law/transfer-law.js";
import { accountId, type Posting } from "../../ledger/ledger.js";
import type { Money } from "../../money/money.js";
import { directionOf, transferIssues } from "./transfer-checks.js";
import type { DistrictAccount, TransferInput, TransfersLaw, UnitAccount } from "./transfer-input.js";

/** The note a posting of this kind carries, if any. */
function noteOf(input: TransferInput, inForce: TransferLaw): string | undefined {
  switch (input.kind) {
    case "cash_gap_loan":
      return `loan for a cash gap, repay by ${input.repayBy ?? "?"}: budget lending, not a revenue of the unit`;
    case "cash_gap_repayment":
      return "repayment of a cash-gap loan: budget lending, not a transfer revenue";
    case "targeted_development":
      return input.coFinancingShare === undefined || inForce.coFinancing === undefined
        ? undefined
        : `the unit co-finances a share ${input.coFinancingShare} of the investment from its own budget (${formatCitation(inForce.coFinancing)})`;
    case "targeted_return":
      return inForce.returnDeadline === undefined
        ? `return of unused targeted transfers of ${input.transferYear ?? "?"}: the law in force (${inForce.id}) sets no day for it, only the year after the transfer`
        : undefined;
    default:
      return undefined;
  }
}

function postingOf(input: TransferInput, law: TransfersLaw): Posting {
  const inForce = valueOn(law.transfers, input.date).value;
  const rule = inForce.kinds[input.kind];
  const direction = directionOf(input.from, input.to);
  const citation = direction === undefined ? undefined : rule?.citations[direction];
  if (rule === undefined || citation === undefined) {
    throw new FourthLevelError("INVALID_INPUT", `transfer ${input.sourceId} was not validated`, {});
  }
  const note = noteOf(input, inForce);
  const lending = input.kind === "cash_gap_loan" || input.kind === "cash_gap_repayment";
  return {
    id: `transfer:${input.kind}:${accountId(input.from)}>${accountId(input.to)}:${input.date}:${input.sourceId}`,
    date: input.date,
    from: input.from,
    to: input.to,
    amount: input.amount,
    ...(lending ? {} : { category: "transfers" as const }),
    ruleId: rule.ruleId,
    citation,
    sourceId: input.sourceId,
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The ledger postings of several transfers between a district and its fourth-level units, each under the
 * transfer law in force on its date (`valueOn(law.transfers, date)`; in Kazakhstan BC2008 to 31 Dec 2024,
 * BC2025 from 1 Jan 2025): the kinds that exist then, their directions and citations, the term of a
 * cash-gap loan, the day by which unused targeted transfers are returned (if the law sets one), whether a
 * targeted development transfer may be co-financed.
 *
 * Transfers (subvention, budget withdrawal, targeted transfers, their return) carry
 * `category: "transfers"`; a cash-gap loan and its repayment are budget lending, not revenue: no
 * category, and a `note`. Posting ids are
 * `transfer:<kind>:<from account id>><to account id>:<date>:<sourceId>`.
 *
 * @param inputs - The transfers; see {@link TransferInput}.
 * @param law - The transfer law, e.g. `kazakhstanLaw()`.
 * @returns One posting per input, in order.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path (`[2].repayBy`):
 * wrong direction, a kind not in force on the date, a non-positive amount, a date before the first
 * fourth-level budgets or not covered by the law, a repayment date beyond the law's term for a cash-gap
 * loan, a targeted return outside the year after the transfer (or after the law's return day), a
 * co-financing share the law in force does not provide for, duplicate posting ids; `INVALID_INPUT` for a
 * missing law.
 * @category Transfers
 * @example
 * ```ts
 * const district = { kind: "budget", level: 3, code: "394800000", name: "Камыстинский район" } as const;
 * const unit = { kind: "budget", level: 4, code: "394845000", name: "с. Дружба" } as const;
 * const [p] = transferPostings([
 *   { kind: "subvention", from: district, to: unit, date: "2026-01-01", amount: Money.thousandKzt("27919"), sourceId: "decision-2026" },
 * ], kazakhstanLaw());
 * p?.citation?.article; //=> "79"
 * ```
 */
export function transferPostings(inputs: readonly TransferInput[], law: TransfersLaw): Posting[] {
  assertLaw(law, ["transfers", "fourthLevelBudgets"], "transferPostings");
  const issues = inputs.flatMap((input, i) => transferIssues(input, `[${i}]`, law));
  throwIfIssues("transfers", issues);
  const postings = inputs.map((input) => postingOf(input, law));
  const seen = new Map<string, number>();
  postings.forEach((p, i) => {
    const first = seen.get(p.id);
    if (first === undefined) seen.set(p.id, i);
    else
      issues.push({
        path: `[${i}]`,
        message: `posting id ${p.id} repeats that of [${first}]: give each transfer its own sourceId`,
      });
  });
  throwIfIssues("transfers", issues);
  return postings;
}

/**
 * The ledger posting of one transfer between a district and one of its fourth-level units; see
 * {@link transferPostings} for the rules, ids and categories.
 *
 * @param law - The transfer law, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the input (paths such as `repayBy`).
 * @category Transfers
 * @example
 * ```ts
 * const district = { kind: "budget", level: 3, code: "394800000", name: "Камыстинский район" } as const;
 * const unit = { kind: "budget", level: 4, code: "394845000", name: "с. Дружба" } as const;
 * const input = {
 *   kind: "budget_withdrawal", from: unit, to: district, amount: Money.kzt("500000"), sourceId: "w-1",
 * } as const;
 * transferPosting({ ...input, date: "2024-03-10" }, kazakhstanLaw()).citation?.article; //=> "45"
 * transferPosting({ ...input, date: "2025-03-10" }, kazakhstanLaw()).citation?.article; //=> "79"
 * ```
 */
export function transferPosting(input: TransferInput, law: TransfersLaw): Posting {
  assertLaw(law, ["transfers", "fourthLevelBudgets"], "transferPosting");
  throwIfIssues("transfer", transferIssues(input, "", law));
  return postingOf(input, law);
}

/**
 * One year of a three-year plan of general transfers: the kind and the fixed absolute volume, in KZT.
 *
 * @category Transfers
 */
export interface PlannedGeneralTransfer {
  readonly year: number;
  readonly kind: "subvention" | "budget_withdrawal";
  readonly amount: Money;
}

/**
 * The postings of general transfers fixed in absolute amounts by year (the plan of the district
 * maslikhat's budget decision, e.g. in Kazakhstan BC2025 Art. 79 p.2), each dated 1 January of its year,
 * under the transfer law in force that day. A subvention goes district → unit, a budget withdrawal unit →
 * district. The source id is `plan:<unit code>:<year>`.
 *
 * @param law - The transfer law, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a non-positive amount, a year that is not whole,
 * or two volumes for one year.
 * @category Transfers
 * @example
 * ```ts
 * const district = { kind: "budget", level: 3, code: "394800000", name: "Камыстинский район" } as const;
 * const unit = { kind: "budget", level: 4, code: "394845000", name: "с. Дружба" } as const;
 * // Druzhba village, Kamysty district: subvention 27,919 / 28,000 / 24,563 thousand KZT for 2026-2028
 * const postings = plannedGeneralTransfers(district, unit, [
 *   { year: 2026, kind: "subvention", amount: Money.thousandKzt("27919") },
 *   { year: 2027, kind: "subvention", amount: Money.thousandKzt("28000") },
 *   { year: 2028, kind: "subvention", amount: Money.thousandKzt("24563") },
 * ], kazakhstanLaw());
 * postings.map((p) => p.date); //=> ["2026-01-01", "2027-01-01", "2028-01-01"]
 * ```
 */
export function plannedGeneralTransfers(
  district: DistrictAccount,
  unit: UnitAccount,
  volumes: readonly PlannedGeneralTransfer[],
  law: TransfersLaw,
): Posting[] {
  const issues: InputIssue[] = [];
  const years = new Map<number, number>();
  volumes.forEach((v, i) => {
    if (!Number.isSafeInteger(v.year) || v.year < 1) {
      issues.push({ path: `[${i}].year`, message: `${String(v.year)} is not a whole year` });
    } else if (years.has(v.year)) {
      issues.push({
        path: `[${i}].year`,
        message: `${v.year} already has a volume at [${years.get(v.year)}]`,
      });
    } else years.set(v.year, i);
  });
  throwIfIssues("planned general transfers", issues);
  return transferPostings(
    volumes.map((v) => ({
      kind: v.kind,
      from: v.kind === "subvention" ? district : unit,
      to: v.kind === "subvention" ? unit : district,
      date: firstJanuary(v.year),
      amount: v.amount,
      sourceId: `plan:${unit.code}:${v.year}`,
    })),
    law,
  );
}
