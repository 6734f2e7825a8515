import { valueOn } from "../../calendar/dated.js";
import {
  addMonths,
  firstJanuary,
  fiscalYearOf,
  type IsoDate,
  isIsoDate,
  isoDate,
  lastDecember,
} from "../../calendar/iso-date.js";
import { type Citation, formatCitation } from "../../citation/citation.js";
import { FourthLevelError, type InputIssue, joinPath, throwIfIssues } from "../../errors/error.js";
import { assertLaw, type Law } from "../../law/law.js";
import {
  TRANSFER_KINDS,
  type TransferDirection,
  type TransferKind,
  type TransferLaw,
} from "../../law/transfer-law.js";
import type { Account } from "../../ledger/ledger.js";
import { describe, readPositiveAmount } from "../forecast/rates.js";
import type { TransferInput, TransfersLaw } from "./transfer-input.js";

/** The fiscal year of the law's first day of fourth-level budgets: the first year a transfer can be granted. */
const firstTransferYear = (law: Pick<Law, "fourthLevelBudgets">): number =>
  fiscalYearOf(law.fourthLevelBudgets.firstDay);

/**
 * The last day a `targeted_return` of a transfer granted in `transferYear` may be dated: the day the law in
 * force on 1 January of the next year sets (e.g. in Kazakhstan 1 March to 2024, BC2008 Art. 44 p.8), or
 * `undefined` when that law sets none (in Kazakhstan from 2025: BC2025 Art. 116 p.5(2) returns them in
 * the next year with no day) — then the return may be dated any day of the next year.
 *
 * @param transferYear - The year the transfer was granted, a whole year from the first year of
 * fourth-level budgets.
 * @param law - The transfer law, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `transferYear` is not a whole year from the law's
 * first year of fourth-level budgets; `NO_VALUE_ON_DATE` for a year the law does not cover.
 * @category Transfers
 * @example
 * ```ts
 * returnDeadline(2023, kazakhstanLaw()); //=> "2024-03-01"
 * returnDeadline(2024, kazakhstanLaw()); //=> undefined
 * ```
 */
export function returnDeadline(
  transferYear: number,
  law: Pick<Law, "transfers" | "fourthLevelBudgets">,
): IsoDate | undefined {
  assertLaw(law, ["transfers", "fourthLevelBudgets"], "returnDeadline");
  const first = firstTransferYear(law);
  if (!Number.isSafeInteger(transferYear) || transferYear < first || transferYear > 9998) {
    throwIfIssues("return deadline", [
      {
        path: "transferYear",
        message: `${describe(transferYear)} is not a whole year from ${first} (fourth-level budgets exist from ${law.fourthLevelBudgets.firstDay})`,
      },
    ]);
  }
  return deadlineOf(transferYear, valueOn(law.transfers, firstJanuary(transferYear + 1)).value);
}

/** The return deadline of the transfers of `transferYear` under one transfer law, if it sets one. @internal */
export function deadlineOf(transferYear: number, law: TransferLaw): IsoDate | undefined {
  const d = law.returnDeadline;
  if (d === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return isoDate(`${transferYear + 1}-${two(d.month)}-${two(d.day)}`, "return deadline");
}

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
function spansWhere(law: Pick<Law, "transfers">, has: (t: TransferLaw) => boolean): string {
  const spans = law.transfers.entries
    .filter((e) => has(e.value))
    .map((e) => (e.to === undefined ? `from ${e.from}` : `${e.from} to ${e.to}`));
  return spans.length === 0 ? "on no date" : spans.join(", ");
}

/** The transfer law in force on a checked date, or an issue when the law does not cover it. */
function transferLawOn(
  law: Pick<Law, "transfers">,
  date: IsoDate,
  path: string,
  issues: InputIssue[],
): TransferLaw | undefined {
  try {
    return valueOn(law.transfers, date).value;
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    issues.push({ path, message: e.message, code: "INVALID_DATE" });
    return undefined;
  }
}

/** The problems of one transfer input, each with its path under `at`. @internal */
export function transferIssues(input: TransferInput, at: string, law: TransfersLaw): InputIssue[] {
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
  const firstDay = law.fourthLevelBudgets.firstDay;
  if (input.date < firstDay) {
    issue("date", `${input.date} is before ${firstDay}: fourth-level budgets did not exist`, "INVALID_DATE");
    return issues;
  }
  const inForce = transferLawOn(law, input.date, joinPath(at, "date"), issues);
  if (inForce === undefined) return issues;
  readPositiveAmount(input.amount, joinPath(at, "amount"), issues, "INVALID_AMOUNT");
  if (typeof input.sourceId !== "string" || input.sourceId.trim() === "")
    issue("sourceId", "the source record id is empty");
  const rule = inForce.kinds[input.kind];
  if (rule === undefined) {
    issue("kind", kindRefusal(input.kind, input.date, inForce, law));
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
  issues.push(...extraIssues(input, at, inForce, law));
  return issues;
}

/** Why a kind is refused on a date: the law in force then has no such kind; when it has one, and what it has. */
function kindRefusal(kind: TransferKind, date: IsoDate, inForce: TransferLaw, law: TransfersLaw): string {
  const kinds = Object.keys(inForce.kinds).join(", ");
  return `the transfer law in force on ${date} (${inForce.id}) has no ${kind}: it exists ${spansWhere(law, (t) => t.kinds[kind] !== undefined)}; the kinds in force on ${date} are ${kinds}`;
}

/** Checks of the kind-specific fields: co-financing, repayment date, transfer year. */
function extraIssues(
  input: TransferInput,
  at: string,
  inForce: TransferLaw,
  law: TransfersLaw,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const path = (field: string) => joinPath(at, field);
  const { kind, date } = input;
  if (input.coFinancingShare !== undefined) {
    if (kind !== "targeted_development") {
      issues.push({
        path: path("coFinancingShare"),
        message: "a co-financing share belongs only to a targeted_development transfer",
      });
    } else if (inForce.coFinancing === undefined) {
      issues.push({
        path: path("coFinancingShare"),
        message: `the transfer law in force on ${date} (${inForce.id}) sets no co-financing condition for targeted development transfers (it sets one ${spansWhere(law, (t) => t.coFinancing !== undefined)}), so leave it out`,
      });
    } else if (!SHARE.test(input.coFinancingShare)) {
      issues.push({
        path: path("coFinancingShare"),
        message: `${describe(input.coFinancingShare)} is not a decimal share strictly between 0 and 1, e.g. "0.1"`,
      });
    }
  }
  if (kind === "cash_gap_loan") {
    issues.push(...repayIssues(input, path("repayBy"), inForce));
  } else if (input.repayBy !== undefined) {
    issues.push({ path: path("repayBy"), message: "a repayment date belongs only to a cash_gap_loan" });
  }
  if (kind === "targeted_return") issues.push(...returnIssues(input, path, inForce, law));
  else if (input.transferYear !== undefined) {
    issues.push({ path: path("transferYear"), message: "a transfer year belongs only to a targeted_return" });
  }
  return issues;
}

/** A targeted return: the year granted, and a date in the next year by the law's return day (if any). */
function returnIssues(
  input: TransferInput,
  path: (field: string) => string,
  inForce: TransferLaw,
  law: TransfersLaw,
): InputIssue[] {
  const { date } = input;
  const year = input.transferYear;
  const first = firstTransferYear(law);
  if (year === undefined || !Number.isSafeInteger(year)) {
    return [
      {
        path: path("transferYear"),
        message:
          "a targeted_return needs transferYear, the whole year the returned targeted transfer was granted",
      },
    ];
  }
  if (year < first) {
    return [
      {
        path: path("transferYear"),
        message: `${year} is before ${first}: fourth-level budgets did not exist`,
      },
    ];
  }
  const deadline = deadlineOf(year, inForce);
  const last = deadline ?? lastDecember(year + 1);
  if (fiscalYearOf(date) !== year + 1 || date > last) {
    const by =
      deadline === undefined
        ? `in ${year + 1} (the law in force on ${date}, ${inForce.id}, sets no day)`
        : `in ${year + 1} by ${deadline} (${formatCitation(inForce.returnDeadline?.citation as Citation)})`;
    return [
      {
        path: path("date"),
        message: `unused targeted transfers of ${year} are returned ${by}: the return date must be from ${firstJanuary(year + 1)} to ${last}, got ${date}`,
        code: "INVALID_DATE",
      },
    ];
  }
  return [];
}

/** A cash-gap loan: repaid after the loan, within the law's term (and its fiscal year when the law says so). */
function repayIssues(input: TransferInput, path: string, inForce: TransferLaw): InputIssue[] {
  const { repayBy, date } = input;
  const term = inForce.cashGap;
  if (term === undefined) {
    return [
      {
        path,
        message: `the transfer law in force on ${date} (${inForce.id}) sets no term for a cash_gap_loan`,
      },
    ];
  }
  if (repayBy === undefined || !isIsoDate(repayBy)) {
    return [
      {
        path,
        message: `a ${input.kind} needs repayBy, a date YYYY-MM-DD after ${date}`,
        code: "INVALID_DATE",
      },
    ];
  }
  const byTerm = addMonths(date, term.months);
  const yearEnd = lastDecember(fiscalYearOf(date));
  const latest = term.withinFiscalYear && yearEnd < byTerm ? yearEnd : byTerm;
  if (repayBy <= date || repayBy > latest) {
    const within = `within ${term.months} months${term.withinFiscalYear ? " and within the fiscal year" : ""}`;
    return [
      {
        path,
        message: `a ${input.kind} is repaid ${within} (${formatCitation(term.citation)}): after ${date} and by ${latest}, got ${repayBy}`,
        code: "INVALID_DATE",
      },
    ];
  }
  return [];
}
