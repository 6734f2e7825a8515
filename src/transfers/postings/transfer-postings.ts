import * as z from "zod";
import { firstJanuary } from "../../calendar/iso-date.js";
import { describeValue } from "../../errors/describe.js";
import { FourthLevelError } from "../../errors/error.js";
import { type Issue, throwIssues } from "../../errors/issue.js";
import { wholeNumberSchema } from "../../input/decimal.js";
import { fieldsSchema } from "../../input/fields.js";
import { positiveMoneySchema } from "../../input/money.js";
import { parseInput } from "../../input/parse.js";
import { ANY_KEY, whenValidAt } from "../../input/when.js";
import { isAccount, type Posting } from "../../ledger/ledger.js";
import type { Money } from "../../money/money.js";
import { checkTransfers, postingOf } from "./posting.js";
import type { DistrictAccount, TransferInput, TransfersLaw, UnitAccount } from "./transfer-input.js";
import { transfersLawOf } from "./transfers-law-input.js";

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
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once with its path
 * (`[2, "repayBy"]`): wrong direction, a kind not in force on the date, a non-positive amount, a date before
 * the first fourth-level budgets or not covered by the law, a repayment date beyond the law's term for a
 * cash-gap loan, a targeted return outside the year after the transfer (or after the law's return day), a
 * co-financing share the law in force does not provide for, a field of another kind, duplicate posting
 * ids; `INVALID_INPUT` for a missing or malformed law.
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
  const checkedLaw = transfersLawOf(law, "transferPostings");
  return checkTransfers(inputs, checkedLaw, "transfers").map((input) => postingOf(input, checkedLaw));
}

/**
 * The ledger posting of one transfer between a district and one of its fourth-level units; see
 * {@link transferPostings} for the rules, ids and categories.
 *
 * @param law - The transfer law, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the input (paths such as `["repayBy"]`).
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
  const checkedLaw = transfersLawOf(law, "transferPosting");
  try {
    const [checked] = checkTransfers([input], checkedLaw, "transfer");
    return postingOf(checked as NonNullable<typeof checked>, checkedLaw);
  } catch (e) {
    // one transfer: its problems at its own paths (`["repayBy"]`), not under `[0]`
    if (!(e instanceof FourthLevelError) || e.issues.length === 0) throw e;
    throwIssues(
      "transfer",
      e.issues.map((i) => ({ ...i, path: i.path.slice(1) })),
    );
    throw e;
  }
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

const budgetAccount = (level: 3 | 4, what: string) =>
  z.custom<DistrictAccount | UnitAccount>((a) => isAccount(a) && a.kind === "budget" && a.level === level, {
    error: (issue) =>
      `${describeValue(issue.input)} is not ${what} budget account { kind: "budget", level: ${level}, code, name }`,
  });

const volumeSchema = fieldsSchema(
  {
    year: wholeNumberSchema(1, 9998, (v) => `${v} is not a whole year`),
    kind: z.enum(["subvention", "budget_withdrawal"], {
      error: (issue) => `${describeValue(issue.input)} is not "subvention" or "budget_withdrawal"`,
    }),
    amount: positiveMoneySchema,
  },
  "a planned volume",
);

/** One volume per year. */
function oneVolumePerYear(volumes: readonly { year: number }[], ctx: z.RefinementCtx<unknown>): void {
  const first = new Map<number, number>();
  volumes.forEach((v, i) => {
    const earlier = first.get(v.year);
    if (earlier === undefined) first.set(v.year, i);
    else
      ctx.addIssue({
        code: "custom",
        path: ["volumes", i, "year"],
        message: `${v.year} already has a volume at [${earlier}]`,
      });
  });
}

const plannedSchema = z
  .object({
    district: budgetAccount(3, "a district's (level 3)"),
    unit: budgetAccount(4, "a fourth-level unit's (level 4)"),
    volumes: z.array(volumeSchema, {
      error: (issue) => `${describeValue(issue.input)} is not a list of volumes`,
    }),
  })
  .superRefine(({ volumes }, ctx) => oneVolumePerYear(volumes, ctx), {
    when: whenValidAt(["volumes", ANY_KEY, "year"]),
  });

/** Where a problem of the transfer built from a volume lies in the volume: its year, its kind or its amount. */
function volumeIssue(issue: Issue): Issue {
  const [index, field] = issue.path;
  const at = field === "date" ? "year" : field === "amount" ? "amount" : field === undefined ? [] : "kind";
  return { ...issue, path: ["volumes", index ?? 0, ...(Array.isArray(at) ? at : [at])] };
}

/**
 * The postings of general transfers fixed in absolute amounts by year (the plan of the district
 * maslikhat's budget decision, e.g. in Kazakhstan BC2025 Art. 79 p.2), each dated 1 January of its year,
 * under the transfer law in force that day. A subvention goes district → unit, a budget withdrawal unit →
 * district. The source id is `plan:<unit code>:<year>`.
 *
 * @param law - The transfer law, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path: accounts that are
 * not a district's (level 3) and a unit's (level 4), a non-positive amount, a year that is not whole, two
 * volumes for one year (`["volumes", 1, "year"]`), and a volume the transfer law refuses (as
 * {@link transferPostings} does, at the volume's `year`, `kind` or `amount`).
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
  const checkedLaw = transfersLawOf(law, "plannedGeneralTransfers");
  const checked = parseInput(plannedSchema, { district, unit, volumes }, "planned general transfers");
  const inputs = checked.volumes.map((v) => ({
    kind: v.kind,
    from: v.kind === "subvention" ? checked.district : checked.unit,
    to: v.kind === "subvention" ? checked.unit : checked.district,
    date: firstJanuary(v.year),
    amount: v.amount,
    sourceId: `plan:${checked.unit.code}:${v.year}`,
  }));
  try {
    return checkTransfers(inputs, checkedLaw, "planned general transfers").map((t) =>
      postingOf(t, checkedLaw),
    );
  } catch (e) {
    if (!(e instanceof FourthLevelError) || e.issues.length === 0) throw e;
    throwIssues("planned general transfers", e.issues.map(volumeIssue));
    throw e;
  }
}
