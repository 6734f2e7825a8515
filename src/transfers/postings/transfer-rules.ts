import { fiscalYearOf, type IsoDate, isoDate } from "../../calendar/iso-date.js";
import type { Citation } from "../../citation/citation.js";

/**
 * The kinds of transfer and cash-gap financing between a district and its fourth-level units:
 * - `subvention` — general transfer (бюджетная субвенция) from the district to the unit;
 * - `budget_withdrawal` — general transfer (бюджетное изъятие) from the unit to the district;
 * - `targeted_current` — targeted current transfer compensating losses from new acts, either direction;
 * - `targeted_development` — targeted development transfer, district → unit;
 * - `targeted_general` — targeted general transfer (BC2025 only, from 2026), district → unit;
 * - `cash_gap_credit` — district budget credit for a cash gap (to 2025, up to three years), district → unit;
 * - `cash_gap_loan` — borrowing for a cash gap (from 2026, up to six months within the fiscal year),
 *   district → unit;
 * - `cash_gap_repayment` — repayment of a cash-gap credit or loan, unit → district;
 * - `targeted_return` — return of unused targeted transfers, unit → district.
 */
export type TransferKind =
  | "subvention"
  | "budget_withdrawal"
  | "targeted_current"
  | "targeted_development"
  | "targeted_general"
  | "cash_gap_credit"
  | "cash_gap_loan"
  | "cash_gap_repayment"
  | "targeted_return";

/** Every {@link TransferKind}, in the order above. */
export const TRANSFER_KINDS: readonly TransferKind[] = [
  "subvention",
  "budget_withdrawal",
  "targeted_current",
  "targeted_development",
  "targeted_general",
  "cash_gap_credit",
  "cash_gap_loan",
  "cash_gap_repayment",
  "targeted_return",
];

/** Which way money moves: `down` district → unit, `up` unit → district. */
export type TransferDirection = "down" | "up";

/** The Budget Code editions that govern transfers: BC2008 to 31 Dec 2025, BC2025 from 1 Jan 2026. */
export type TransferEdition = "bc2008" | "bc2025";

/** The first day governed by the Budget Code of 15 Mar 2025 No 171-VIII. */
export const BC2025_FROM: IsoDate = "2026-01-01";

/** The first fiscal year governed by the Budget Code of 15 Mar 2025 No 171-VIII: the year of {@link BC2025_FROM}. */
export const BC2025_FROM_YEAR: number = fiscalYearOf(BC2025_FROM);

const BC2008 = { act: "Budget Code of 4 Dec 2008 No 95-IV", versionDate: "2024-01-01" } as const;
const BC2025 = { act: "Budget Code of 15 Mar 2025 No 171-VIII", versionDate: "2026-01-16" } as const;

/**
 * A citation of the Budget Code of 4 Dec 2008 No 95-IV as read (ed. 2024-01-01): `article`, `paragraph`
 * when given, and any further fields (e.g. `url`). @internal
 */
export function c8(article: string, paragraph?: string, more: Partial<Citation> = {}): Citation {
  return { ...BC2008, article, ...(paragraph === undefined ? {} : { paragraph }), ...more };
}

/**
 * A citation of the Budget Code of 15 Mar 2025 No 171-VIII as read (ed. 2026-01-16): `article`,
 * `paragraph` when given, and any further fields (e.g. `url`). @internal
 */
export function c25(article: string, paragraph?: string, more: Partial<Citation> = {}): Citation {
  return { ...BC2025, article, ...(paragraph === undefined ? {} : { paragraph }), ...more };
}

/** The rule of one kind under one edition: the directions it allows and its citation per direction. */
export interface TransferRule {
  /** Stable id, e.g. `"transfer.subvention.bc2025"`. */
  readonly ruleId: string;
  /** The directions allowed, each with the paragraph that allows it. */
  readonly citations: Readonly<Partial<Record<TransferDirection, Citation>>>;
}

const rule = (kind: TransferKind, edition: TransferEdition, citations: TransferRule["citations"]) => ({
  ruleId: `transfer.${kind}.${edition}`,
  citations,
});

/**
 * The rules as read in the Budget Codes (BC2008 ed. 2024-01-01, BC2025 ed. 2026-01-16); a kind absent
 * from an edition does not exist under it.
 *
 * - BC2008 Art. 45 p.2 (subvention: higher → lower budget), p.3 (withdrawal: lower → higher);
 *   BC2025 Art. 79 p.1 (both).
 * - Targeted current: BC2008 Art. 46 p.2(1) down, p.2(2) up; BC2025 Art. 83 p.2(1) down, p.2(2) up.
 * - Targeted development: BC2008 Art. 46 p.3 (co-financing condition p.5-1); BC2025 Art. 83 p.3 (no
 *   co-financing condition).
 * - Targeted general transfers: BC2025 Art. 79 p.5 (Art. 77 p.2 lists them as general transfers).
 * - Cash gap: BC2008 Art. 20 p.4 (district reserve for crediting the budgets of towns, villages and rural
 *   districts; borrowing for up to three years); BC2025 Art. 20 p.9 (borrowing by the akim's office for
 *   up to six months within the fiscal year).
 * - Return of unused targeted transfers: BC2008 Art. 44 p.7–8 (by 1 March of the current year);
 *   BC2025 Art. 116 p.5(2) (returned from the balances at the start of the year; Art. 115 p.7 leaves the
 *   procedure to the central budget-execution authority — no 1 March date in the Code's text).
 */
export const TRANSFER_RULES: Readonly<
  Record<TransferEdition, Readonly<Partial<Record<TransferKind, TransferRule>>>>
> = {
  bc2008: {
    subvention: rule("subvention", "bc2008", { down: c8("45", "2") }),
    budget_withdrawal: rule("budget_withdrawal", "bc2008", { up: c8("45", "3") }),
    targeted_current: rule("targeted_current", "bc2008", { down: c8("46", "2(1)"), up: c8("46", "2(2)") }),
    targeted_development: rule("targeted_development", "bc2008", { down: c8("46", "3, 5-1") }),
    cash_gap_credit: rule("cash_gap_credit", "bc2008", { down: c8("20", "4") }),
    cash_gap_repayment: rule("cash_gap_repayment", "bc2008", { up: c8("20", "4") }),
    targeted_return: rule("targeted_return", "bc2008", { up: c8("44", "7-8") }),
  },
  bc2025: {
    subvention: rule("subvention", "bc2025", { down: c25("79", "1") }),
    budget_withdrawal: rule("budget_withdrawal", "bc2025", { up: c25("79", "1") }),
    targeted_current: rule("targeted_current", "bc2025", { down: c25("83", "2(1)"), up: c25("83", "2(2)") }),
    targeted_development: rule("targeted_development", "bc2025", { down: c25("83", "3") }),
    targeted_general: rule("targeted_general", "bc2025", { down: c25("79", "5") }),
    cash_gap_loan: rule("cash_gap_loan", "bc2025", { down: c25("20", "9") }),
    cash_gap_repayment: rule("cash_gap_repayment", "bc2025", { up: c25("20", "9") }),
    targeted_return: rule("targeted_return", "bc2025", { up: c25("116", "5(2)") }),
  },
};

/**
 * The edition in force on a date: BC2008 to 31 Dec 2025, BC2025 from 1 Jan 2026.
 *
 * @param date - A calendar date written `YYYY-MM-DD`.
 * @throws {@link FourthLevelError} `INVALID_DATE` when `date` is not a real calendar date written
 * `YYYY-MM-DD`.
 * @example
 * ```ts
 * transferEdition("2025-12-31"); // "bc2008"
 * transferEdition("2026-01-01"); // "bc2025"
 * ```
 */
export function transferEdition(date: IsoDate): TransferEdition {
  return isoDate(date, "transfer date") >= BC2025_FROM ? "bc2025" : "bc2008";
}
