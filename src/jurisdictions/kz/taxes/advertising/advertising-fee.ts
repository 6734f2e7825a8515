import { type DatedValue, valueOn } from "../../../../calendar/dated.js";
import { firstJanuary, isoDate } from "../../../../calendar/iso-date.js";
import { formatCitation } from "../../../../citation/citation.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { parseInput } from "../../../../input/parse.js";
import { Dec, divideRounded } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { checkedLaw } from "../law-basics.js";
import { finishTax, tiynModeBefore } from "../rounding.js";
import { noEstablishedRate } from "../tax-errors.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import {
  type AdvertisingFeeInput,
  advertisingFeeInputSchema,
  type CheckedAdvertisingFeeInput,
} from "./advertising-input.js";
import {
  LAW_FOR_ADVERTISING_FEE,
  type LawForAdvertisingFee,
  lawForAdvertisingFeeSchema,
} from "./advertising-law.js";
import { type AdvertisingRate, advertisingRate, fmt } from "./advertising-rate.js";

const WHAT = "advertising fee";

/** The maslikhat's adjustment as a factor, within the limits of the year. */
function adjustment(
  input: CheckedAdvertisingFeeInput,
  law: LawForAdvertisingFee,
  rate: AdvertisingRate,
): { readonly factor: Dec; readonly steps: TaxStep[] } {
  const percentText = input.maslikhatAdjustmentPercent;
  if (percentText === undefined || percentText === "0" || !rate.adjustable)
    return { factor: new Dec(1), steps: [] };
  const percent = new Dec(percentText);
  const limits = valueOn(law.advertising.adjustmentLimits, firstJanuary(input.year)).value;
  if (limits === undefined) {
    throw noEstablishedRate(
      `advertising fee ${input.year}: the limits of the maslikhat adjustment were not read for this year; put the adjusted rates into rateTable.columnC instead`,
      ["maslikhatAdjustmentPercent"],
      {
        year: input.year,
        missing: "maslikhat adjustment limits",
        maslikhatAdjustmentPercent: percent.toFixed(),
      },
    );
  }
  if (percent.lessThan(limits.minPercent) || percent.greaterThan(limits.maxPercent)) {
    const message = `${percent.toFixed()} % is outside ${limits.minPercent} … +${limits.maxPercent} % (${formatCitation(limits.citation)})`;
    throw new FourthLevelError("INVALID_INPUT", `${WHAT}: maslikhatAdjustmentPercent: ${message}`, {}, [
      { path: ["maslikhatAdjustmentPercent"], code: "INVALID_INPUT", message },
    ]);
  }
  const factor = percent.dividedBy(100).plus(1);
  const value = `maslikhat ${percent.isNegative() ? "" : "+"}${percent.toFixed()} % → × ${factor.toFixed()}`;
  return { factor, steps: [{ step: "adjustment", value, citation: limits.citation }] };
}

/** The multiplier when the placement was not notified: the caller's, else the law's of the year. */
function notification(
  input: CheckedAdvertisingFeeInput,
  law: LawForAdvertisingFee,
): { readonly factor: Dec; readonly steps: TaxStep[] } {
  if (input.notified) return { factor: new Dec(1), steps: [] };
  const built = valueOn(law.advertising.withoutNotification, firstJanuary(input.year));
  const supplied = input.rateTable?.withoutNotificationFactor;
  const factor = supplied ?? built.value?.factor;
  if (factor === undefined) {
    throw noEstablishedRate(
      `advertising fee ${input.year}: the fee without notification was not read for this year; supply rateTable.withoutNotificationFactor`,
      ["rateTable", "withoutNotificationFactor"],
      { year: input.year, missing: "rateTable.withoutNotificationFactor" },
    );
  }
  const citation =
    supplied !== undefined
      ? input.rateTable?.citation
      : built.value === undefined
        ? undefined
        : built.citation;
  const value = `not notified → × ${new Dec(factor).toFixed()}${supplied !== undefined ? " (caller-supplied)" : ""}`;
  return {
    factor: new Dec(factor),
    steps: [{ step: "surcharge", value, ...(citation === undefined ? {} : { citation }) }],
  };
}

/** The fee for one month (1–12) of `input.year`: exact in tiyn, then the year's rounding. */
function monthlyFee(input: CheckedAdvertisingFeeInput, law: LawForAdvertisingFee, month: number): TaxResult {
  const rate = advertisingRate(input, law);
  const adjusted = adjustment(input, law, rate);
  const notified = notification(input, law);
  const monthStart = isoDate(`${input.year}-${String(month).padStart(2, "0")}-01`, "month");
  const mrp: DatedValue<Money> = valueOn(law.mrp, monthStart);
  const numerator = rate.rateMrp
    .times(rate.areaNumerator)
    .times(adjusted.factor)
    .times(notified.factor)
    .times(input.sides)
    .times(mrp.value.tiyn.toString());
  const places = numerator.decimalPlaces();
  const scale = 10n ** BigInt(places);
  const n = BigInt(numerator.times(new Dec(10).pow(places)).toFixed(0));
  const d = rate.areaDenominator * scale;
  const mode = tiynModeBefore(law.rounding, input.year);
  const tiyn = divideRounded(n, d, mode);
  const steps: TaxStep[] = [
    ...rate.steps,
    ...adjusted.steps,
    ...notified.steps,
    {
      step: "months",
      value: `1 month (a part of a month counts as a whole month), MRP on the 1st: ${monthStart.slice(0, 7)} ${mrp.value.toKzt()} KZT`,
      citation: mrp.citation,
    },
    {
      step: "amount",
      value: `${rate.rateMrp.toFixed()} MRP${rate.areaDenominator === 1n ? "" : ` × ${rate.areaNumerator.toFixed()} ÷ 3`}${
        adjusted.factor.equals(1) ? "" : ` × ${adjusted.factor.toFixed()}`
      }${notified.factor.equals(1) ? "" : ` × ${notified.factor.toFixed()}`} × ${input.sides} side${input.sides === 1 ? "" : "s"} × ${mrp.value.toKzt()} KZT = ${fmt(
        numerator.dividedBy(rate.areaDenominator.toString()).dividedBy(100),
      )} KZT`,
    },
  ];
  if (tiyn * d !== n && mode === "halfExpand") {
    steps.push({
      step: "exact amount",
      value: `rounded to the tiyn, half away from zero (library choice): ${Money.fromTiyn(tiyn).toKzt()} KZT`,
    });
  }
  return finishTax(law.rounding, "advertising", input.year, Money.fromTiyn(tiyn), steps);
}

/**
 * The monthly fee for outdoor (visual) advertising in open space, for placements on fourth-level
 * territory (EBK 105430 to 2025; the 2026 code is open). Paid to the budget of the place of the advert.
 *
 * amount = rate (MRP per side per month, by object type and area band) [× area ÷ 3 m² for road sides
 * above 3 m²] × (1 + maslikhat adjustment) [× 2 when not notified] × sides × the MRP in force on the 1st
 * of the month (Art. 655 p.1), for each month given; each month is rounded on its own (the fee is paid
 * month by month, Art. 656; 2026: whole tenge, half away from zero) and the months are summed.
 *
 * Established: 2026 column C (Art. 655 p.3), republican roads (p.2), doubling (Art. 653 p.2), adjustment
 * limits −50 … +100 % (Art. 655), whole months (Art. 656) — read; road rates 8/7/3/2 MRP up to 3 m² for
 * 2018–2025 — published. Supplied by the caller (`rateTable`): the 2018–2025 column-C rates, the
 * 2018–2025 rule above 3 m² on roads, the 2018–2025 multiplier without notification.
 *
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path (bad months, sides,
 * area, location, an adjustment outside the limits, a caller table without a citation — issue code
 * `INVALID_RULE`); `NO_ESTABLISHED_RATE` naming the missing entry (e.g. `rateTable.columnC.non_video` and
 * the band) when no rate is established or supplied; `NO_VALUE_ON_DATE` for a month without MRP.
 * @category Taxes
 * @example
 * ```ts
 * import { advertisingFee } from "fourth-level-budget";
 * // 0.5 × 4 325 = 2 162.50 → 2 163
 * const fee = advertisingFee({
 *   year: 2026, months: [1], sides: 1, areaM2: "2", notified: true,
 *   location: { kind: "fourth_level_column_c", objectType: "non_video" },
 * });
 * fee.amount.toKzt(); //=> "2163.00"
 * ```
 */
export function advertisingFee(
  input: AdvertisingFeeInput,
  law: LawForAdvertisingFee = LAW_FOR_ADVERTISING_FEE,
): TaxResult {
  const lawInForce = checkedLaw<LawForAdvertisingFee>(lawForAdvertisingFeeSchema, law);
  const checked = parseInput(advertisingFeeInputSchema, input, WHAT);
  const sorted = [...checked.months].sort((a, b) => a - b);
  const monthly = sorted.map((month) => ({ month, fee: monthlyFee(checked, lawInForce, month) }));
  const only = monthly[0];
  if (monthly.length === 1 && only !== undefined) return only.fee;
  // The fee is paid month by month (Art. 656): each month is its own computed and rounded amount.
  const total = Money.sum(monthly.map((m) => m.fee.amount));
  return {
    tax: "advertising",
    year: checked.year,
    amount: total,
    breakdown: [
      ...monthly.flatMap((m) => [
        { step: `month ${m.month}`, value: `${m.fee.amount.toKzt()} KZT` },
        ...m.fee.breakdown.map((s) => ({ ...s, step: `month ${m.month}: ${s.step}` })),
      ]),
      {
        step: "total",
        value: `${monthly.map((m) => m.fee.amount.toKzt()).join(" + ")} = ${total.toKzt()} KZT (paid monthly, each month rounded)`,
      },
    ],
  };
}
