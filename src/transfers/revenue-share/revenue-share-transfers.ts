import type { Receipt } from "../../attribution/receipt.js";
import { valueOn } from "../../calendar/dated.js";
import { fiscalYearOf, type IsoDate } from "../../calendar/iso-date.js";
import { FourthLevelError } from "../../errors/error.js";
import type { RevenueShareTransfer } from "../../law/transfer-law.js";
import type { Posting } from "../../ledger/ledger.js";
import { Money } from "../../money/money.js";
import type { FourthLevelUnit, Territory } from "../../territory/territory.js";
import type { DistrictAccount, TransfersLaw, UnitAccount } from "../postings/transfer-input.js";
import { transferPostings } from "../postings/transfer-postings.js";

/** The prefix of the source id of every posting {@link revenueShareTransfers} makes. */
const SOURCE = "revenue-share";

/** The receipts of one district, year and term, summed by receiving unit (exact, whole tiyn). */
interface Group {
  readonly district: DistrictAccount;
  readonly year: number;
  readonly term: RevenueShareTransfer;
  /** The last payment date of the group's receipts: the transfer's date. */
  date: IsoDate;
  readonly units: Map<string, { readonly unit: UnitAccount; amount: Money }>;
}

/** The terms in force on a receipt's payment date that name its EBK code (none outside the law's dates). */
function termsOf(receipt: Receipt, law: TransfersLaw): RevenueShareTransfer[] {
  try {
    const terms = valueOn(law.transfers, receipt.paymentDate).value.revenueShareTransfers ?? [];
    return terms.filter((t) => t.ebk === receipt.ebk);
  } catch (e) {
    if (e instanceof FourthLevelError) return [];
    throw e;
  }
}

/** The unit with its own budget on the payment date that owns the receipt's `key` place, if any. */
function unitOf(
  receipt: Receipt,
  term: RevenueShareTransfer,
  territory: Territory,
): FourthLevelUnit | undefined {
  const place = receipt.places[term.key];
  if (place === undefined) return undefined;
  try {
    const owner = territory.budgetOwnerOn(place, receipt.paymentDate);
    return owner.kind === "fourth_level" ? owner.unit : undefined;
  } catch (e) {
    if (e instanceof FourthLevelError) return undefined;
    throw e;
  }
}

/** The receipts grouped by the unit's district, year and term, each unit's receipts summed. */
function groupsOf(receipts: readonly Receipt[], law: TransfersLaw, territory: Territory): Group[] {
  const groups = new Map<string, Group>();
  for (const receipt of receipts) {
    for (const term of termsOf(receipt, law)) {
      const unit = unitOf(receipt, term, territory);
      if (unit === undefined) continue;
      const year = fiscalYearOf(receipt.paymentDate);
      const { district } = unit;
      const key = JSON.stringify([district.code, year, term.ebk, term.share, term.key, term.rounding]);
      const group = groups.get(key) ?? {
        district: { kind: "budget", level: 3, code: district.code, name: district.nameRu },
        year,
        term,
        date: receipt.paymentDate,
        units: new Map(),
      };
      groups.set(key, group);
      if (receipt.paymentDate > group.date) group.date = receipt.paymentDate;
      const before = group.units.get(unit.code);
      group.units.set(unit.code, {
        unit: { kind: "budget", level: 4, code: unit.code, name: unit.nameRu },
        amount: (before?.amount ?? Money.zero).plus(receipt.amount),
      });
    }
  }
  return [...groups.values()];
}

/**
 * The targeted transfers a district pays its fourth-level units under the transfer law's
 * {@link RevenueShareTransfer} terms, from the receipts: for each term in force on a receipt's payment
 * date that names its EBK code, the receipt counts for the unit that owns its `key` place on that day (a
 * place no unit with its own budget owns counts for none). Per district (the unit's, the only budget that
 * may transfer to it), year and term, the total share × Σ receipts is rounded once by the term's rounding
 * and split among the units in proportion to their receipts by the largest remainder (units in code
 * order), so the parts sum to the total exactly and each lies within a tiyn of its exact share. Each part
 * is a `targeted_current` transfer district → unit, dated the group's last payment date, posted under the
 * transfer law in force on that day. The receipts' own postings are not touched: the revenue stays where
 * the revenue rules send it. Receipts are those of a resolved scenario (already checked). @internal
 */
export function revenueShareTransfers(
  receipts: readonly Receipt[],
  law: TransfersLaw,
  territory: Territory,
): Posting[] {
  const inputs = groupsOf(receipts, law, territory).flatMap((g) => {
    const units = [...g.units.values()].sort((a, b) => (a.unit.code < b.unit.code ? -1 : 1));
    const total = Money.sum(units.map((u) => u.amount)).times(g.term.share, g.term.rounding);
    if (total.isZero()) return [];
    const parts = total.allocate(units.map((u) => u.amount.tiyn));
    return units.flatMap((u, i) => {
      const amount = parts[i] as Money;
      return amount.isZero()
        ? []
        : [
            {
              kind: "targeted_current" as const,
              from: g.district,
              to: u.unit,
              date: g.date,
              amount,
              sourceId: `${SOURCE}:${g.term.ebk}:${g.term.key}:${g.term.share}:${g.year}`,
            },
          ];
    });
  });
  return inputs.length === 0 ? [] : transferPostings(inputs, law);
}

/** Whether a posting is one {@link revenueShareTransfers} made. @internal */
export const isRevenueShareTransfer = (posting: Posting): boolean =>
  posting.sourceId.startsWith(`${SOURCE}:`);
