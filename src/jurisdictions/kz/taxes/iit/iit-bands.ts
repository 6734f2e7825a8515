import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { formatCitation } from "../../../../citation/citation.js";
import { Dec, roundToBigint } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { tiynModeBefore } from "../rounding.js";
import type { TaxStep } from "../tax-result.js";
import type { LawForIit } from "./iit-law.js";
import type { IitSchedule } from "./rates.js";

/** A rate as a percentage for the breakdown (`"0.1"` → `"10 %"`). */
export function percent(rate: string): string {
  return `${new Dec(rate).times(100).toFixed()} %`;
}

/** An exact amount in tiyn (a decimal) written as KZT. */
function formatTiyn(tiyn: Dec): string {
  const kzt = tiyn.dividedBy(100);
  return kzt.decimalPlaces() <= 2 ? kzt.toFixed(2) : kzt.toFixed();
}

/**
 * The marginal tax on `income` above `already` (both in tiyn) at `schedule`, each band's rate on the slice
 * of income inside it, band edges at `mrp` × the band's MRP multiple; exact (in tiyn, possibly
 * fractional), with one step per band used.
 */
export function bandedTax(
  schedule: IitSchedule,
  mrp: Money | undefined,
  already: Money,
  income: Money,
): { readonly exactTiyn: Dec; readonly steps: TaxStep[] } {
  const start = already.tiyn;
  const end = already.tiyn + income.tiyn;
  const steps: TaxStep[] = [];
  let exact = new Dec(0);
  let lower = 0n;
  for (const band of schedule.bands) {
    const upper =
      band.upToMrp === undefined || mrp === undefined ? undefined : mrp.tiyn * BigInt(band.upToMrp);
    const from = start > lower ? start : lower;
    const to = upper === undefined || end < upper ? end : upper;
    if (to > from) {
      const tax = new Dec((to - from).toString()).times(band.rate);
      exact = exact.plus(tax);
      const edge =
        upper === undefined
          ? lower === 0n
            ? "all income"
            : `above ${Money.fromTiyn(lower).toKzt()} KZT`
          : `up to ${band.upToMrp} MRP × ${mrp?.toKzt()} = ${Money.fromTiyn(upper).toKzt()} KZT`;
      steps.push({
        step: "band",
        value: `${percent(band.rate)} × ${Money.fromTiyn(to - from).toKzt()} KZT (${edge}) = ${formatTiyn(tax)} KZT`,
        citation: schedule.citation,
      });
    }
    if (upper === undefined) break;
    lower = upper;
  }
  return { exactTiyn: exact, steps };
}

/**
 * The exact tax (in tiyn, possibly fractional) as a Money for the year's rounding. When the year rounds to
 * a whole-tenge step (half away from zero), the tiyn fraction is dropped first: for a non-negative amount
 * this never changes the whole-tenge result, since the half-tenge point is a whole number of tiyn. When
 * the year keeps the tiyn, the fraction is rounded half away from zero (library choice: no norm).
 */
export function toTiynBeforeRounding(
  law: LawForIit,
  exactTiyn: Dec,
  year: number,
): { readonly amount: Money; readonly steps: TaxStep[] } {
  const rule = valueOnFirstJanuary(law.rounding, year);
  const amount = Money.fromTiyn(roundToBigint(exactTiyn, tiynModeBefore(law.rounding, year)));
  if (exactTiyn.isInteger()) return { amount, steps: [] };
  const how =
    rule.value.step !== undefined
      ? "fraction of a tiyn dropped before rounding to whole tenge; it cannot change that result"
      : "rounded to the tiyn, half away from zero (library choice)";
  return {
    amount,
    steps: [
      {
        step: "exact amount",
        value: `${formatTiyn(exactTiyn)} KZT → ${amount.toKzt()} KZT (${how}; ${formatCitation(rule.citation)})`,
      },
    ],
  };
}
