import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { parseInput } from "../../../../input/parse.js";
import { Money } from "../../../../money/money.js";
import { checkedLaw } from "../law-basics.js";
import { finishTax } from "../rounding.js";
import { noEstablishedRate } from "../tax-errors.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import { bandedTax, percent, toTiynBeforeRounding } from "./iit-bands.js";
import {
  type CheckedSelfAssessedIitInput,
  type SelfAssessedIitInput,
  selfAssessedIitInputSchema,
} from "./iit-input.js";
import { LAW_FOR_IIT, type LawForIit, lawForIitSchema } from "./iit-law.js";
import { type IitSchedule, isIitSchedule } from "./rates.js";

/** The taxable income and the step that shows how it was reached. */
function taxableIncome(input: CheckedSelfAssessedIitInput): {
  readonly income: Money;
  readonly step: TaxStep;
} {
  const income = input.income;
  if (income.kind === "taxable") {
    return {
      income: income.amount,
      step: {
        step: "income",
        value: `taxable income ${income.amount.toKzt()} KZT (after the caller's deductions)`,
      },
    };
  }
  const deductions = income.deductions ?? [];
  const net = income.amount.minus(Money.sum(deductions.map((d) => d.amount)));
  const listed = deductions.map((d) => ` − ${d.amount.toKzt()} (${d.label})`).join("");
  const floor = net.isNegative()
    ? " → 0 (deductions exceed income; any carry-forward is not computed here)"
    : "";
  return {
    income: net.isNegative() ? Money.zero : net,
    step: { step: "income", value: `gross ${income.amount.toKzt()}${listed} = ${net.toKzt()} KZT${floor}` },
  };
}

function describe(schedule: IitSchedule): string {
  return schedule.bands
    .map((b, i) => {
      const previous = schedule.bands[i - 1]?.upToMrp;
      if (b.upToMrp !== undefined) return `${percent(b.rate)} up to ${b.upToMrp} MRP`;
      return previous === undefined ? `${percent(b.rate)} flat` : `${percent(b.rate)} above ${previous} MRP`;
    })
    .join(", ");
}

/** The caller's scale, else the law's for the payer kind and year. */
function scheduleOf(
  input: CheckedSelfAssessedIitInput,
  law: LawForIit,
): { readonly schedule: IitSchedule; readonly step: TaxStep } {
  if (input.schedule !== undefined) {
    const schedule = input.schedule;
    return {
      schedule,
      step: {
        step: "rate",
        value: `caller-supplied scale: ${describe(schedule)}`,
        citation: schedule.citation,
      },
    };
  }
  const own = valueOnFirstJanuary(law.iit.selfAssessed, input.year).value[input.payer];
  if (isIitSchedule(own))
    return { schedule: own, step: { step: "rate", value: describe(own), citation: own.citation } };
  throw noEstablishedRate(
    `IIT ${input.year} for ${input.payer}: not established — ${own.missing}${own.published === undefined ? "" : ` (published, not applied: ${own.published})`}`,
    ["schedule"],
    {
      year: input.year,
      payer: input.payer,
      missing: `schedule (IIT scale for ${input.payer}, ${input.year})`,
    },
  );
}

/**
 * Individual income tax on income the individual declares himself — the fourth-level line (EBK 101202:
 * IIT on income not taxed at source, of individuals registered in the territory; Budget Code Art. 52-1).
 * Withheld IIT (EBK 101201) stays with the district and is not computed here.
 *
 * The scale is marginal: each band's rate applies to the slice of income inside it; band edges are MRP
 * multiples at the MRP in force on 1 January of the tax year. The exact tax is rounded by the year's rule
 * last (2018–2025 kept to the tiyn; from 2026 whole tenge, half away from zero).
 *
 * Established (as published, not read in the Codes): 10 % flat 2018–2025; from 2026 for `individual`
 * 10 % up to 8,500 MRP and 15 % on the excess. The band edges are applied to the taxable income given
 * (after deductions) — the published wording ("доходы до 8 500 МРП в год") does not say whether the edge
 * is measured before or after deductions; measuring it on taxable income is the library's reading [I].
 * Not established, so supplied by the caller as `schedule`: individual entrepreneurs and private
 * practitioners from 2026. Residents only; special regimes (simplified declaration, farms) are not covered.
 *
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path (an amount that is
 * not a Money of 0 or more, an unknown payer kind, a malformed `schedule` — issue code `INVALID_RULE`);
 * `NO_ESTABLISHED_RATE` naming the missing scale when the law has none for the payer kind and year and no
 * `schedule` is given; `NO_VALUE_ON_DATE` for a year without rates or MRP.
 * @category Taxes
 * @example
 * ```ts
 * import { Money, selfAssessedIit } from "fourth-level-budget";
 * // 10 % × 36 762 500 + 15 % × 1 = 3 676 250.15 → 3 676 250
 * const income = { kind: "taxable", amount: Money.kzt("36762501") } as const;
 * selfAssessedIit({ year: 2026, payer: "individual", income }).amount.toKzt(); //=> "3676250.00"
 * ```
 */
export function selfAssessedIit(input: SelfAssessedIitInput, law: LawForIit = LAW_FOR_IIT): TaxResult {
  const lawInForce = checkedLaw<LawForIit>(lawForIitSchema, law);
  const checked = parseInput(selfAssessedIitInputSchema, input, "self-assessed IIT");
  const { year } = checked;
  const { income, step: incomeStep } = taxableIncome(checked);
  const { schedule, step: rateStep } = scheduleOf(checked, lawInForce);
  const steps: TaxStep[] = [incomeStep, rateStep];
  const mrp = schedule.bands.some((b) => b.upToMrp !== undefined)
    ? valueOnFirstJanuary(lawInForce.mrp, year)
    : undefined;
  if (mrp !== undefined) {
    steps.push({
      step: "MRP",
      value: `MRP on 1 January ${year}: ${mrp.value.toKzt()} KZT`,
      citation: mrp.citation,
    });
  }
  const already = checked.incomeAlreadyInBands ?? Money.zero;
  if (!already.isZero()) {
    steps.push({
      step: "bands",
      value: `${already.toKzt()} KZT of the year's income already counted against the band edges (caller's statement)`,
    });
  }
  const banded = bandedTax(schedule, mrp?.value, already, income);
  const before = toTiynBeforeRounding(lawInForce, banded.exactTiyn, year);
  return finishTax(lawInForce.rounding, "iit_self_assessed", year, before.amount, [
    ...steps,
    ...banded.steps,
    ...before.steps,
  ]);
}
