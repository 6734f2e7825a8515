import { type DatedSeries, datedSeries } from "../../calendar/dated.js";
import type { Citation } from "../../citation/citation.js";
import type { TransferKind, TransferLaw, TransferRule } from "../../law/transfer-law.js";
import { bc2008, bc2025, cite, READINGS } from "./acts.js";
import { BC2008_TO, BC2025_FROM } from "./editions.js";
import { KZ_FOURTH_LEVEL_BUDGETS } from "./fourth-level-budgets.js";

const rule = (kind: TransferKind, edition: string, citations: TransferRule["citations"]): TransferRule => ({
  ruleId: `transfer.${kind}.${edition}`,
  citations,
});

/** Builds the kinds of one edition from their citations, with the rule ids of that edition. */
function kinds(
  edition: string,
  citations: Readonly<Partial<Record<TransferKind, TransferRule["citations"]>>>,
): TransferLaw["kinds"] {
  return Object.fromEntries(
    Object.entries(citations).map(([kind, c]) => [kind, rule(kind as TransferKind, edition, c)]),
  );
}

/**
 * BC2008 (ed. 2024-01-01), 2018–2024: subvention Art. 45 p.2, withdrawal p.3; targeted current
 * Art. 46 p.2(1)–(2); targeted development Art. 46 p.3 on condition of co-financing (p.5-1); a cash gap
 * covered from the district's reserve for crediting fourth-level budgets, borrowing «на срок до шести
 * месяцев в пределах финансового года» (Art. 20 p.4); unused targeted transfers returned «до 1 марта
 * текущего финансового года» (Art. 44 p.8).
 */
const BC2008_LAW: TransferLaw = {
  id: "bc2008",
  kinds: kinds("bc2008", {
    subvention: { down: bc2008("45", "2") },
    budget_withdrawal: { up: bc2008("45", "3") },
    targeted_current: { down: bc2008("46", "2(1)"), up: bc2008("46", "2(2)") },
    targeted_development: { down: bc2008("46", "3") },
    cash_gap_loan: { down: bc2008("20", "4") },
    cash_gap_repayment: { up: bc2008("20", "4") },
    targeted_return: { up: bc2008("44", "7-8") },
  }),
  cashGap: { months: 6, withinFiscalYear: true, citation: bc2008("20", "4") },
  returnDeadline: { month: 3, day: 1, citation: bc2008("44", "8") },
  coFinancing: bc2008("46", "5-1"),
};

/** What BC2025 has in 2025 and later alike (ed. 2026-01-16). */
const BC2025_COMMON = {
  subvention: { down: bc2025("79", "1") },
  budget_withdrawal: { up: bc2025("79", "1") },
  targeted_current: { down: bc2025("83", "2(1)"), up: bc2025("83", "2(2)") },
  cash_gap_loan: { down: bc2025("20", "9") },
  cash_gap_repayment: { up: bc2025("20", "9") },
  targeted_return: { up: bc2025("116", "5(2)") },
} as const satisfies Readonly<Partial<Record<TransferKind, TransferRule["citations"]>>>;

/** The term of a cash-gap loan under BC2025 Art. 20 p.9: «на срок до шести месяцев в пределах финансового года». */
const BC2025_CASH_GAP = { months: 6, withinFiscalYear: true, citation: bc2025("20", "9") } as const;

/**
 * BC2025 in 2025: the Code governs 2025 budgets (Art. 168 p.14) but not yet its targeted general transfers
 * (Art. 168 p.16 switches off Art. 79 p.4–6 in 2025); targeted development transfers are those of Art. 83
 * p.3 part 1, granted on condition of co-financing (part 2), both in force to 31.12.2025 (Art. 172 p.3);
 * no return day in the Code (Art. 116 p.5(2); Art. 115 p.7 leaves the procedure to the central
 * budget-execution authority).
 */
const BC2025_IN_2025: TransferLaw = {
  id: "bc2025-transitional",
  kinds: kinds("bc2025-transitional", {
    ...BC2025_COMMON,
    targeted_development: { down: bc2025("83", "3 part 1, with Art. 172 p.3") },
  }),
  cashGap: BC2025_CASH_GAP,
  coFinancing: bc2025("83", "3 part 2, with Art. 172 p.3"),
};

/**
 * BC2025 from 2026: targeted general transfers (Art. 79 p.5; Art. 77 p.2 lists them among the general
 * transfers); targeted development transfers for critically important objects (Art. 83 p.3 part 3), with
 * no co-financing condition.
 */
const BC2025_FROM_2026: TransferLaw = {
  id: "bc2025",
  kinds: kinds("bc2025", {
    ...BC2025_COMMON,
    targeted_development: { down: bc2025("83", "3 part 3") },
    targeted_general: { down: bc2025("79", "5") },
  }),
  cashGap: BC2025_CASH_GAP,
};

const transitional = (article: string, paragraph: string): Citation =>
  cite(READINGS.bc2025Transitional, article, paragraph);

/**
 * Kazakhstan's transfer law between a district and its fourth-level units, by transfer date: BC2008 from
 * 1 Jan 2018 (the first fourth-level budgets) to 31 Dec 2024; BC2025 from 1 Jan 2025 — in 2025 with the
 * transitional rules of Art. 168 p.16 and Art. 172 p.3, in full from 1 Jan 2026. Each entry cites why it
 * governs its dates: BC2008 lost force when BC2025 came into force (BC2025 Art. 172 p.6); 2025 budgets are
 * executed under BC2025 (Art. 168 p.14); the 2025-only parts of Art. 83 p.3 end on 31.12.2025 (Art. 172
 * p.3).
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * valueOn(KZ_TRANSFER_LAW, "2024-12-31").value.kinds.subvention?.citations.down?.article; //=> "45"
 * valueOn(KZ_TRANSFER_LAW, "2025-01-01").value.kinds.subvention?.citations.down?.article; //=> "79"
 * valueOn(KZ_TRANSFER_LAW, "2025-06-01").value.kinds.targeted_general; //=> undefined
 * ```
 */
export const KZ_TRANSFER_LAW: DatedSeries<TransferLaw> = datedSeries("transfer law", [
  {
    from: KZ_FOURTH_LEVEL_BUDGETS.firstDay,
    to: BC2008_TO,
    value: BC2008_LAW,
    citation: transitional("172", "6"),
  },
  { from: BC2025_FROM, to: "2025-12-31", value: BC2025_IN_2025, citation: transitional("168", "14, 16") },
  { from: "2026-01-01", value: BC2025_FROM_2026, citation: transitional("172", "3") },
]);
