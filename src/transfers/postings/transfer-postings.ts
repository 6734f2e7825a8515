import {
  addMonths,
  addYears,
  firstJanuary,
  fiscalYearOf,
  type IsoDate,
  isIsoDate,
} from "../../calendar/iso-date.js";
import { FourthLevelError, type InputIssue, joinPath, throwIfIssues } from "../../errors/error.js";
import { type Account, accountId, type Posting } from "../../ledger/ledger.js";
import type { Money } from "../../money/money.js";
import { describe, readPositiveAmount } from "../forecast/rates.js";
import {
  BC2025_FROM,
  TRANSFER_KINDS,
  TRANSFER_RULES,
  type TransferDirection,
  type TransferKind,
  transferEdition,
} from "./transfer-rules.js";

/** A district budget account: `{ kind: "budget", level: 3, code, name }`. */
export type DistrictAccount = Extract<Account, { kind: "budget" }> & { readonly level: 3 };
/** A fourth-level unit's budget account: `{ kind: "budget", level: 4, code, name }`. */
export type UnitAccount = Extract<Account, { kind: "budget" }> & { readonly level: 4 };

/**
 * One transfer to post. `from` and `to` are the district's level-3 account and the unit's level-4
 * account, in the direction the money moves.
 */
export interface TransferInput {
  readonly kind: TransferKind;
  readonly from: Account;
  readonly to: Account;
  /** The transfer date, `YYYY-MM-DD`; it decides the Budget Code edition applied. */
  readonly date: IsoDate;
  /** Positive amount in KZT. */
  readonly amount: Money;
  /** The id of the record (decision line, payment) the transfer comes from. */
  readonly sourceId: string;
  /**
   * `targeted_development` to 2025 only: the share of the investment the unit co-finances from its own
   * budget, a decimal string strictly between 0 and 1 (e.g. `"0.1"`).
   */
  readonly coFinancingShare?: string;
  /** `cash_gap_credit` / `cash_gap_loan` only (required): the date the credit or loan must be repaid by. */
  readonly repayBy?: IsoDate;
  /** `targeted_return` only (required): the year the returned targeted transfer was granted. */
  readonly transferYear?: number;
}

/** The first year a targeted transfer to a fourth-level budget can be granted: such budgets exist from 2018. */
const FIRST_TRANSFER_YEAR = 2018;

/**
 * The last day a `targeted_return` of a transfer granted in `transferYear` may be dated: 1 March of the
 * next year. The date is that of BC2008 Art. 44 p.7–8 (unused targeted transfers are returned by 1 March
 * of the current year); BC2025 sets no date (Art. 115 p.7 leaves the procedure to the central
 * budget-execution authority), and the library keeps the BC2008 date from 2026 too.
 *
 * @param transferYear - The year the transfer was granted, a whole year from 2018.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `transferYear` is not a whole year from 2018.
 * @example
 * ```ts
 * returnDeadline(2025); // "2026-03-01"
 * ```
 */
export function returnDeadline(transferYear: number): IsoDate {
  if (!Number.isSafeInteger(transferYear) || transferYear < FIRST_TRANSFER_YEAR || transferYear > 9998) {
    throwIfIssues("return deadline", [
      {
        path: "transferYear",
        message: `${describe(transferYear)} is not a whole year from ${FIRST_TRANSFER_YEAR} (fourth-level budgets exist from 2018)`,
      },
    ]);
  }
  return `${transferYear + 1}-03-01`;
}

const DIRECTION_WORDS: Readonly<Record<TransferDirection, string>> = {
  down: "from the district (level 3) to the unit (level 4)",
  up: "from the unit (level 4) to the district (level 3)",
};
const CASH_GAP_KINDS: ReadonlySet<TransferKind> = new Set(["cash_gap_credit", "cash_gap_loan"]);
const SHARE = /^0\.\d*[1-9]\d*$/;

function directionOf(from: Account, to: Account): TransferDirection | undefined {
  const level = (a: Account) => (a.kind === "budget" ? a.level : undefined);
  if (level(from) === 3 && level(to) === 4) return "down";
  if (level(from) === 4 && level(to) === 3) return "up";
  return undefined;
}

/** The problems of one input, each with its path under `at`. */
function issuesOf(input: TransferInput, at: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const issue = (field: string, message: string, code?: InputIssue["code"]) =>
    issues.push({ path: joinPath(at, field), message, ...(code ? { code } : {}) });
  if (!TRANSFER_KINDS.includes(input.kind)) {
    issue("kind", `unknown transfer kind ${describe(input.kind)}; valid: ${TRANSFER_KINDS.join(", ")}`);
    return issues;
  }
  if (!isIsoDate(input.date)) {
    issue("date", `${describe(input.date)} is not a calendar date written YYYY-MM-DD`, "INVALID_DATE");
    return issues;
  }
  if (input.date < "2018-01-01") {
    issue("date", `${input.date} is before 2018-01-01: fourth-level budgets did not exist`, "INVALID_DATE");
    return issues;
  }
  readPositiveAmount(input.amount, joinPath(at, "amount"), issues, "INVALID_AMOUNT");
  if (typeof input.sourceId !== "string" || input.sourceId.trim() === "")
    issue("sourceId", "the source record id is empty");
  const edition = transferEdition(input.date);
  const rule = TRANSFER_RULES[edition][input.kind];
  if (rule === undefined) {
    issue("kind", kindRefusal(input.kind, input.date));
  } else {
    const direction = directionOf(input.from, input.to);
    const allowed = Object.keys(rule.citations) as TransferDirection[];
    if (direction === undefined) {
      issue(
        "from",
        `a ${input.kind} goes between a district budget (level 3) and a fourth-level budget (level 4): ${allowed.map((d) => DIRECTION_WORDS[d]).join(" or ")}`,
      );
    } else if (!allowed.includes(direction)) {
      issue(
        "from",
        `a ${input.kind} goes ${allowed.map((d) => DIRECTION_WORDS[d]).join(" or ")}, not ${DIRECTION_WORDS[direction]}${input.kind === "subvention" ? " (money from a unit to the district is a budget_withdrawal)" : input.kind === "budget_withdrawal" ? " (money from the district to a unit is a subvention)" : ""}`,
      );
    }
  }
  issues.push(...extraIssues(input, at, edition));
  return issues;
}

function kindRefusal(kind: TransferKind, date: IsoDate): string {
  switch (kind) {
    case "targeted_general":
      return `targeted general transfers exist only under the Budget Code of 2025, from ${BC2025_FROM}; on ${date} use targeted_current or targeted_development`;
    case "cash_gap_credit":
      return `from 2026 a cash gap is covered by a cash_gap_loan of up to six months within the fiscal year (BC2025 Art. 20 p.9), not a credit of up to three years; ${date} is in ${fiscalYearOf(date)}`;
    case "cash_gap_loan":
      return `to 2025 a cash gap is covered by a cash_gap_credit of up to three years (BC2008 Art. 20 p.4); the six-month cash_gap_loan exists from 2026, ${date} is in ${fiscalYearOf(date)}`;
    default:
      return `no rule for ${kind} on ${date}`;
  }
}

/** Checks of the kind-specific fields: co-financing, repayment date, transfer year. */
function extraIssues(input: TransferInput, at: string, edition: "bc2008" | "bc2025"): InputIssue[] {
  const issues: InputIssue[] = [];
  const path = (field: string) => joinPath(at, field);
  const { kind, date } = input;
  if (input.coFinancingShare !== undefined) {
    if (kind !== "targeted_development") {
      issues.push({
        path: path("coFinancingShare"),
        message: "a co-financing share belongs only to a targeted_development transfer",
      });
    } else if (edition === "bc2025") {
      issues.push({
        path: path("coFinancingShare"),
        message: `co-financing of targeted development transfers is required only until 31 Dec 2025 (BC2008 Art. 46 p.5-1); BC2025 Art. 83 p.3 sets no co-financing, so leave it out on ${date}`,
      });
    } else if (!SHARE.test(input.coFinancingShare)) {
      issues.push({
        path: path("coFinancingShare"),
        message: `${describe(input.coFinancingShare)} is not a decimal share strictly between 0 and 1, e.g. "0.1"`,
      });
    }
  }
  if (CASH_GAP_KINDS.has(kind)) {
    issues.push(...repayIssues(input, path("repayBy"), kind === "cash_gap_credit"));
  } else if (input.repayBy !== undefined) {
    issues.push({
      path: path("repayBy"),
      message: "a repayment date belongs only to a cash_gap_credit or cash_gap_loan",
    });
  }
  if (kind === "targeted_return") {
    const year = input.transferYear;
    if (year === undefined || !Number.isSafeInteger(year)) {
      issues.push({
        path: path("transferYear"),
        message:
          "a targeted_return needs transferYear, the whole year the returned targeted transfer was granted",
      });
    } else if (year < FIRST_TRANSFER_YEAR) {
      issues.push({
        path: path("transferYear"),
        message: `${year} is before ${FIRST_TRANSFER_YEAR}: fourth-level budgets did not exist`,
      });
    } else if (fiscalYearOf(date) <= year || date > returnDeadline(year)) {
      issues.push({
        path: path("date"),
        message: `unused targeted transfers of ${year} are returned in ${year + 1} by 1 March: the return date must be from ${firstJanuary(year + 1)} to ${returnDeadline(year)}, got ${date}`,
        code: "INVALID_DATE",
      });
    }
  } else if (input.transferYear !== undefined) {
    issues.push({ path: path("transferYear"), message: "a transfer year belongs only to a targeted_return" });
  }
  return issues;
}

function repayIssues(input: TransferInput, path: string, credit: boolean): InputIssue[] {
  const { repayBy, date } = input;
  if (repayBy === undefined || !isIsoDate(repayBy)) {
    return [
      {
        path,
        message: `a ${input.kind} needs repayBy, a date YYYY-MM-DD after ${date}`,
        code: "INVALID_DATE",
      },
    ];
  }
  const latest = credit ? addYears(date, 3) : addMonths(date, 6);
  const sameYear = credit || fiscalYearOf(repayBy) === fiscalYearOf(date);
  if (repayBy <= date || repayBy > latest || !sameYear) {
    const limit = credit
      ? `within three years (BC2008 Art. 20 p.4): after ${date} and by ${latest}`
      : `within six months and within the fiscal year (BC2025 Art. 20 p.9): after ${date} and by ${latest < `${fiscalYearOf(date)}-12-31` ? latest : `${fiscalYearOf(date)}-12-31`}`;
    return [{ path, message: `a ${input.kind} is repaid ${limit}, got ${repayBy}`, code: "INVALID_DATE" }];
  }
  return [];
}

function postingOf(input: TransferInput): Posting {
  const edition = transferEdition(input.date);
  const rule = TRANSFER_RULES[edition][input.kind];
  const direction = directionOf(input.from, input.to);
  const citation = direction === undefined ? undefined : rule?.citations[direction];
  if (rule === undefined || citation === undefined) {
    throw new FourthLevelError("INVALID_INPUT", `transfer ${input.sourceId} was not validated`, {});
  }
  const credit = CASH_GAP_KINDS.has(input.kind);
  const note = credit
    ? `${input.kind === "cash_gap_credit" ? "district budget credit" : "loan"} for a cash gap, repay by ${input.repayBy ?? "?"}: budget lending, not a revenue of the unit`
    : input.kind === "cash_gap_repayment"
      ? "repayment of a cash-gap credit or loan: budget lending, not a transfer revenue"
      : input.kind === "targeted_development" && input.coFinancingShare !== undefined
        ? `the unit co-finances a share ${input.coFinancingShare} of the investment from its own budget`
        : input.kind === "targeted_return" && edition === "bc2025"
          ? `return of unused targeted transfers of ${input.transferYear ?? "?"}; the 1 March deadline is that of BC2008 Art. 44 p.7-8 — BC2025 Art. 115 p.7 leaves the procedure to the central budget-execution authority`
          : undefined;
  const lending = credit || input.kind === "cash_gap_repayment";
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
 * The ledger postings of several transfers between a district and its fourth-level units, each under
 * the Budget Code edition in force on its date (BC2008 to 31 Dec 2025, BC2025 from 1 Jan 2026).
 *
 * Transfers (subvention, budget withdrawal, targeted transfers, their return) carry
 * `category: "transfers"`; a cash-gap credit or loan and its repayment are budget lending, not revenue:
 * no category, and a `note`. Posting ids are
 * `transfer:<kind>:<from account id>><to account id>:<date>:<sourceId>`.
 *
 * @param inputs - The transfers; see {@link TransferInput}.
 * @returns One posting per input, in order.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path (`[2].repayBy`):
 * wrong direction, a kind not in force on the date, a non-positive amount, a repayment date beyond three
 * years (credit to 2025) or six months / the fiscal year (loan from 2026), a targeted return after 1 March
 * of the year after the transfer, a co-financing share from 2026, duplicate posting ids.
 * @example
 * ```ts
 * const district = { kind: "budget", level: 3, code: "394800000", name: "Камыстинский район" } as const;
 * const unit = { kind: "budget", level: 4, code: "394845000", name: "с. Дружба" } as const;
 * const [p] = transferPostings([
 *   { kind: "subvention", from: district, to: unit, date: "2026-01-01", amount: Money.thousandKzt("27919"), sourceId: "decision-2026" },
 * ]);
 * p?.citation?.article; // "79"
 * ```
 */
export function transferPostings(inputs: readonly TransferInput[]): Posting[] {
  const issues = inputs.flatMap((input, i) => issuesOf(input, `[${i}]`));
  throwIfIssues("transfers", issues);
  const postings = inputs.map(postingOf);
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
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the input (paths such as `repayBy`).
 * @example
 * ```ts
 * const p = transferPosting({ kind: "budget_withdrawal", from: unit, to: district, date: "2025-03-10", amount: Money.kzt("500000"), sourceId: "w-1" });
 * p.citation?.article; // "45" (BC2008 Art. 45 p.3)
 * ```
 */
export function transferPosting(input: TransferInput): Posting {
  throwIfIssues("transfer", issuesOf(input, ""));
  return postingOf(input);
}

/** One year of a three-year plan of general transfers: the kind and the fixed absolute volume, in KZT. */
export interface PlannedGeneralTransfer {
  readonly year: number;
  readonly kind: "subvention" | "budget_withdrawal";
  readonly amount: Money;
}

/**
 * The postings of general transfers fixed in absolute amounts by year (the three-year plan of the
 * district maslikhat's budget decision: BC2008 Art. 45 p.4; BC2025 Art. 79 p.2), each dated 1 January of
 * its year. A subvention goes district → unit, a budget withdrawal unit → district. The source id is
 * `plan:<unit code>:<year>`.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a non-positive amount, a year that is not whole,
 * or two volumes for one year.
 * @example
 * ```ts
 * // Druzhba village, Kamysty district: subvention 27,919 / 28,000 / 24,563 thousand KZT for 2026-2028
 * const postings = plannedGeneralTransfers(district, unit, [
 *   { year: 2026, kind: "subvention", amount: Money.thousandKzt("27919") },
 *   { year: 2027, kind: "subvention", amount: Money.thousandKzt("28000") },
 *   { year: 2028, kind: "subvention", amount: Money.thousandKzt("24563") },
 * ]);
 * postings.map((p) => p.date); // ["2026-01-01", "2027-01-01", "2028-01-01"]
 * ```
 */
export function plannedGeneralTransfers(
  district: DistrictAccount,
  unit: UnitAccount,
  volumes: readonly PlannedGeneralTransfer[],
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
  );
}
