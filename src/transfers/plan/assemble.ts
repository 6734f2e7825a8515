import { fiscalYearOf } from "../../calendar/iso-date.js";
import { accountId, balances } from "../../ledger/ledger.js";
import { Money, percentOf } from "../../money/money.js";
import type { GeneralTransferKind } from "../equalisation/general-transfer.js";
import type { CostYear } from "../forecast/cost-types.js";
import type { DistrictAccount, UnitAccount } from "../postings/transfer-input.js";
import { type PlannedGeneralTransfer, plannedGeneralTransfers } from "../postings/transfer-postings.js";
import type { CheckedUnit } from "./input.js";
import { signedAmount, volumeKindOf } from "./net-transfer.js";
import type { DistrictYearPlan, PlannedTransfer, UnitPlan, UnitYearPlan } from "./result-types.js";
import { type applyRevenueList, revenueListInForce } from "./revenue-list.js";
import type { PlanLaw } from "./types.js";

/** A year's own revenues under the list of revenues in force. */
export type RevenuesInForce = ReturnType<typeof applyRevenueList>;

/** One unit's figures by year: own revenues under the list in force, costs, population, transfer. */
export interface UnitYears {
  readonly revenues: ReadonlyMap<number, RevenuesInForce>;
  readonly costs: ReadonlyMap<number, CostYear>;
  readonly population: ReadonlyMap<number, number> | undefined;
  readonly transfers: ReadonlyMap<number, PlannedTransfer>;
}

/** One unit's plan: its years (balance, self-sufficiency) and the postings of its general transfers. */
export function unitPlan(
  unit: CheckedUnit,
  figures: UnitYears,
  years: readonly number[],
  district: DistrictAccount,
  law: PlanLaw,
): UnitPlan {
  const account: UnitAccount = { kind: "budget", level: 4, code: unit.code, name: unit.name };
  const planned = years.map((year): UnitYearPlan => {
    const revenues = figures.revenues.get(year) ?? { lines: {}, total: Money.zero, excluded: [] };
    const own = { lines: revenues.lines, total: revenues.total };
    const costYear = figures.costs.get(year);
    const costs = costYear?.total ?? Money.zero;
    const transfer = figures.transfers.get(year) as PlannedTransfer;
    return {
      year,
      ownRevenues: own,
      excludedLines: revenues.excluded,
      costs,
      costDirections: costYear?.directions ?? [],
      population: figures.population?.get(year),
      transfer,
      balance: own.total.plus(signedAmount(transfer)).minus(costs),
      selfSufficiency: percentOf(own.total, costs),
    };
  });
  const volumes: PlannedGeneralTransfer[] = planned
    .filter((p) => p.transfer.kind !== "none")
    .map((p) => ({
      year: p.year,
      kind: volumeKindOf(p.transfer.kind as "subvention" | "withdrawal"),
      amount: p.transfer.amount,
    }));
  const postings = plannedGeneralTransfers(district, account, volumes, law);
  return { code: unit.code, name: unit.name, account, years: planned, postings };
}

/** The district in one planned year: Σ subventions, Σ withdrawals, the outlay, and its postings balanced. */
export function districtYear(
  year: number,
  units: readonly UnitPlan[],
  district: DistrictAccount,
  law: PlanLaw,
): DistrictYearPlan {
  const of = (kind: GeneralTransferKind) =>
    Money.sum(
      units.flatMap((u) =>
        u.years.filter((y) => y.year === year && y.transfer.kind === kind).map((y) => y.transfer.amount),
      ),
    );
  const subventions = of("subvention");
  const withdrawals = of("withdrawal");
  const outlay = subventions.minus(withdrawals);
  const dated = units.flatMap((u) => u.postings).filter((p) => fiscalYearOf(p.date) === year);
  const all = balances(dated);
  const districtBalanceChange = all.get(accountId(district))?.balance ?? Money.zero;
  const total = Money.sum([...all.values()].map((b) => b.balance));
  return {
    year,
    subventions,
    withdrawals,
    outlay,
    districtBalanceChange,
    balanced: districtBalanceChange.equals(outlay.negate()) && total.isZero(),
    edition: revenueListInForce(year, law).citation,
  };
}
