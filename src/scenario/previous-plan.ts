import { type Law, planningLawOf } from "../law/law.js";
import { Money } from "../money/money.js";
import type { TransferSchedule } from "../transfers/replan/replan.js";
import type { PlanBaseUnit } from "./plan-types.js";

type Volume = NonNullable<NonNullable<PlanBaseUnit["plan"]>["previousVolumes"]>[number];

/** A volume as a net transfer to the unit: a subvention, minus a budget withdrawal, zero for none. */
const netOf = (v: Volume): Money =>
  v.kind === "none" ? Money.zero : v.kind === "subvention" ? v.amount : v.amount.negate();

/**
 * Notes where the previous plan's volume of the base year differs from the published transfers.
 * @internal
 */
export function baseYearMismatches(units: readonly PlanBaseUnit[], year: number): string[] {
  return units.flatMap((u) => {
    const v = u.plan?.previousVolumes?.find((x) => x.year === year);
    const published = u.figures.transfers;
    if (v === undefined || published === undefined || netOf(v).equals(published)) return [];
    const volume = v.kind === "none" ? v.kind : `${v.kind} ${v.amount.toThousandKzt()}`;
    return [
      `${u.unit.nameRu}: the previous plan's ${year} volume (${volume}) differs from the published ${year} transfers (${published.toThousandKzt()} thousand KZT, subvention and targeted transfers together); the table shows the published figure`,
    ];
  });
}

/**
 * The plan in force before a re-plan, from the units' `previousVolumes`: each volume was fixed at the
 * latest in the year before its own, so it cites the rule of fixed volumes of that year's planning law.
 * The file's checks keep the years within the scenario's year to the horizon.
 * @internal
 */
export function previousSchedule(units: readonly PlanBaseUnit[], law: Law): TransferSchedule {
  const fixedRule = (year: number) => planningLawOf(year - 1, law).value.fixedVolumes;
  return {
    units: units.map((u) => ({
      code: u.unit.code,
      years: (u.plan?.previousVolumes ?? []).map((v) => ({
        year: v.year,
        transfer: {
          kind: v.kind === "budget_withdrawal" ? ("withdrawal" as const) : v.kind,
          amount: v.kind === "none" ? Money.zero : v.amount,
          source: "fixed" as const,
          citation: fixedRule(v.year),
        },
      })),
    })),
  };
}
