import { valueOn } from "../../../../calendar/dated.js";
import { firstJanuary } from "../../../../calendar/iso-date.js";
import { assertCitation, formatCitation } from "../../../../citation/citation.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { Dec, roundToBigint, toDec } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { MRP_FOR_TAXES } from "../../parameters.js";
import { finishTax, TAX_ROUNDING, tiynRoundingBefore } from "../rounding.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import {
  IIT_PAYER_KINDS,
  IIT_SELF_ASSESSED_RATES,
  type IitPayerKind,
  type IitSchedule,
  isIitSchedule,
} from "./rates.js";

/** An amount in KZT: a Money or a decimal string such as `"1250000.50"` (never a float). */
export type KztInput = Money | string;

/** A deduction the caller applies to gross income, with a label for the breakdown. */
export interface IitDeduction {
  /** What it is, e.g. `"documented business expenses"`. */
  readonly label: string;
  readonly amount: KztInput;
}

/** Input of {@link selfAssessedIit}. Give either `taxableIncome` or `grossIncome` (with `deductions`). */
export interface SelfAssessedIitInput {
  /** The tax year, 2018 or later. */
  readonly year: number;
  readonly payer: IitPayerKind;
  /**
   * Annual taxable income in KZT **after** every deduction and adjustment the caller has applied (the
   * library does not know which deductions a payer is entitled to). Not negative.
   */
  readonly taxableIncome?: KztInput;
  /** Annual gross income in KZT, instead of `taxableIncome`; `deductions` are subtracted from it. */
  readonly grossIncome?: KztInput;
  /** Deductions subtracted from `grossIncome` (only with it). The result is floored at zero. */
  readonly deductions?: readonly IitDeduction[];
  /**
   * Income of the same year already counted against the band edges (e.g. salary taxed at source), when the
   * caller holds that it shares the 8,500 MRP threshold; default none. How declared and withheld income
   * combine for the threshold is not established: the library does not assume it.
   */
  readonly incomeAlreadyInBands?: KztInput;
  /**
   * The scale to apply instead of the library's, with its citation. Required where the library's scale is
   * not established (individual entrepreneurs and private practitioners from 2026).
   */
  readonly schedule?: IitSchedule;
}

function kzt(value: KztInput, what: string): Money {
  if (value instanceof Money) return value;
  if (typeof value !== "string") {
    throw new FourthLevelError(
      "INVALID_AMOUNT",
      `${what} ${JSON.stringify(value)} must be a Money or a decimal string`,
      {
        what,
        value: String(value),
      },
    );
  }
  return Money.kzt(value);
}

function nonNegative(amount: Money, what: string): Money {
  if (amount.isNegative()) {
    throw new FourthLevelError("INVALID_AMOUNT", `${what} ${amount.toKzt()} KZT must not be negative`, {
      what,
      value: amount.toKzt(),
    });
  }
  return amount;
}

function percent(rate: string): string {
  return `${new Dec(rate).times(100).toFixed()} %`;
}

function checkSchedule(schedule: IitSchedule, owner: string): void {
  assertCitation(schedule.citation, owner);
  const problems: string[] = [];
  if (schedule.bands.length === 0) problems.push("no bands");
  let previous = 0;
  schedule.bands.forEach((band, i) => {
    const last = i === schedule.bands.length - 1;
    const rate = toDec(band.rate, `${owner} band ${i + 1} rate`);
    if (rate.isNegative() || rate.greaterThan(1))
      problems.push(`band ${i + 1}: rate ${band.rate} not in 0–1`);
    if (band.upToMrp === undefined) {
      if (!last) problems.push(`band ${i + 1}: only the last band may be open`);
    } else if (!Number.isSafeInteger(band.upToMrp) || band.upToMrp <= previous) {
      problems.push(`band ${i + 1}: upToMrp ${band.upToMrp} must be a whole number above ${previous}`);
    } else {
      previous = band.upToMrp;
    }
    if (last && band.upToMrp !== undefined) problems.push("the last band must be open (no upToMrp)");
  });
  if (problems.length > 0) {
    throw new FourthLevelError("INVALID_RULE", `${owner}: ${problems.join("; ")}`, { owner, problems });
  }
}

/**
 * Individual income tax on income the individual declares himself — the fourth-level line (EBK 101202:
 * IIT on income not taxed at source, of individuals registered in the territory; Budget Code Art. 52-1).
 * Withheld IIT (EBK 101201) stays with the district and is not computed here.
 *
 * The scale is marginal: each band's rate applies to the slice of income inside it; band edges are MRP
 * multiples at the MRP in force on 1 January of the tax year. The exact tax is rounded with
 * `roundTax` last (2018–2025 kept to the tiyn; from 2026 whole tenge, half away from zero).
 *
 * Established (as published, not read in the Codes): 10 % flat 2018–2025; from 2026 for `individual`
 * 10 % up to 8,500 MRP and 15 % on the excess. The band edges are applied to the taxable income given
 * (after deductions) — the published wording ("доходы до 8 500 МРП в год") does not say whether the edge
 * is measured before or after deductions; measuring it on taxable income is the library's reading [I].
 * Not established, so supplied by the caller as `schedule`: individual entrepreneurs and private
 * practitioners from 2026. Residents only; special regimes (simplified declaration, farms) are not covered.
 *
 * @example
 * ```ts
 * selfAssessedIit({ year: 2026, payer: "individual", taxableIncome: "36762501" }).amount.toKzt();
 * // "3676250.00": 10 % × 36 762 500 + 15 % × 1 = 3 676 250.15 → 3 676 250
 * ```
 * @throws {@link FourthLevelError} `NO_RULE` naming the missing scale when the library has none for the
 * payer kind and year and no `schedule` is given; `INVALID_INPUT` for a missing or doubled income;
 * `INVALID_AMOUNT` for a negative or malformed amount; `INVALID_RULE` for a malformed `schedule`;
 * `NO_VALUE_ON_DATE` for a year without rates or MRP.
 */
export function selfAssessedIit(input: SelfAssessedIitInput): TaxResult {
  const { year, payer } = input;
  if (!Number.isSafeInteger(year)) {
    throw new FourthLevelError("INVALID_INPUT", `tax year ${String(year)} is not a whole number`, {
      issues: [{ path: "year", message: "a whole year such as 2026" }],
    });
  }
  if (!IIT_PAYER_KINDS.includes(payer)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `payer kind ${JSON.stringify(payer)} is not one of ${IIT_PAYER_KINDS.join(", ")}`,
      { issues: [{ path: "payer", message: `one of ${IIT_PAYER_KINDS.join(", ")}` }] },
    );
  }
  const yearStart = firstJanuary(year);
  const breakdown: TaxStep[] = [];

  // 1. The taxable income.
  let income: Money;
  if (input.taxableIncome !== undefined) {
    if (input.grossIncome !== undefined || input.deductions !== undefined) {
      throw new FourthLevelError(
        "INVALID_INPUT",
        "give either taxableIncome or grossIncome with deductions, not both",
        { issues: [{ path: "taxableIncome", message: "given together with grossIncome/deductions" }] },
      );
    }
    income = nonNegative(kzt(input.taxableIncome, "taxable income"), "taxable income");
    breakdown.push({
      step: "income",
      value: `taxable income ${income.toKzt()} KZT (after the caller's deductions)`,
    });
  } else if (input.grossIncome !== undefined) {
    const gross = nonNegative(kzt(input.grossIncome, "gross income"), "gross income");
    const deductions = (input.deductions ?? []).map((d, i) => ({
      label: d.label,
      amount: nonNegative(kzt(d.amount, `deduction ${i + 1}`), `deduction ${i + 1} (${d.label})`),
    }));
    const net = gross.minus(Money.sum(deductions.map((d) => d.amount)));
    income = net.isNegative() ? Money.zero : net;
    const listed = deductions.map((d) => ` − ${d.amount.toKzt()} (${d.label})`).join("");
    breakdown.push({
      step: "income",
      value: `gross ${gross.toKzt()}${listed} = ${net.toKzt()} KZT${
        net.isNegative() ? " → 0 (deductions exceed income; any carry-forward is not computed here)" : ""
      }`,
    });
  } else {
    throw new FourthLevelError("INVALID_INPUT", "selfAssessedIit needs taxableIncome or grossIncome", {
      issues: [{ path: "taxableIncome", message: "missing (or give grossIncome with deductions)" }],
    });
  }

  // 2. The scale.
  const rates = valueOn(IIT_SELF_ASSESSED_RATES, yearStart);
  const own = rates.value[payer];
  let schedule: IitSchedule;
  if (input.schedule !== undefined) {
    checkSchedule(input.schedule, `IIT schedule supplied for ${year} ${payer}`);
    schedule = input.schedule;
    breakdown.push({
      step: "rate",
      value: `caller-supplied scale: ${describe(schedule)}`,
      citation: schedule.citation,
    });
  } else if (isIitSchedule(own)) {
    schedule = own;
    breakdown.push({ step: "rate", value: describe(schedule), citation: schedule.citation });
  } else {
    throw new FourthLevelError(
      "NO_RULE",
      `IIT ${year} for ${payer}: not established — ${own.missing}${
        own.published === undefined ? "" : ` (published, not applied: ${own.published})`
      }`,
      { year, payer, missing: `schedule (IIT scale for ${payer}, ${year})` },
    );
  }

  // 3. The bands.
  const banded = schedule.bands.some((b) => b.upToMrp !== undefined);
  const mrp = banded ? valueOn(MRP_FOR_TAXES, yearStart) : undefined;
  if (mrp !== undefined) {
    breakdown.push({
      step: "MRP",
      value: `MRP on 1 January ${year}: ${mrp.value.toKzt()} KZT`,
      citation: mrp.citation,
    });
  }
  const already =
    input.incomeAlreadyInBands === undefined
      ? Money.zero
      : nonNegative(kzt(input.incomeAlreadyInBands, "income already in bands"), "income already in bands");
  if (!already.isZero()) {
    breakdown.push({
      step: "bands",
      value: `${already.toKzt()} KZT of the year's income already counted against the band edges (caller's statement)`,
    });
  }
  const start = already.tiyn;
  const end = already.tiyn + income.tiyn;
  let exact = new Dec(0);
  let lower = 0n;
  for (const band of schedule.bands) {
    const upper =
      band.upToMrp === undefined || mrp === undefined ? undefined : mrp.value.tiyn * BigInt(band.upToMrp);
    const from = start > lower ? start : lower;
    const to = upper === undefined || end < upper ? end : upper;
    if (to > from) {
      const slice = Money.fromTiyn(to - from);
      const tax = new Dec((to - from).toString()).times(band.rate);
      exact = exact.plus(tax);
      const edge =
        upper === undefined
          ? lower === 0n
            ? "all income"
            : `above ${Money.fromTiyn(lower).toKzt()} KZT`
          : `up to ${band.upToMrp} MRP × ${mrp?.value.toKzt()} = ${Money.fromTiyn(upper).toKzt()} KZT`;
      breakdown.push({
        step: "band",
        value: `${percent(band.rate)} × ${slice.toKzt()} KZT (${edge}) = ${formatTiyn(tax)} KZT`,
        citation: schedule.citation,
      });
    }
    if (upper === undefined) break;
    lower = upper;
  }

  const beforeRounding = toTiynBeforeRounding(exact, year, breakdown);
  return finishTax("iit_self_assessed", year, beforeRounding, breakdown);
}

function describe(schedule: IitSchedule): string {
  return schedule.bands
    .map((b, i) => {
      const previous = schedule.bands[i - 1]?.upToMrp;
      if (b.upToMrp === undefined) {
        return previous === undefined
          ? `${percent(b.rate)} flat`
          : `${percent(b.rate)} above ${previous} MRP`;
      }
      return `${percent(b.rate)} up to ${b.upToMrp} MRP`;
    })
    .join(", ");
}

/** An exact amount in tiyn (a decimal) written as KZT. */
function formatTiyn(tiyn: Dec): string {
  const kztValue = tiyn.dividedBy(100);
  return kztValue.decimalPlaces() <= 2 ? kztValue.toFixed(2) : kztValue.toFixed();
}

/**
 * The exact tax (in tiyn, possibly fractional) as a Money for `roundTax`. When the year rounds to a
 * whole-tenge step (half away from zero), the tiyn fraction is dropped first: for a non-negative amount
 * this never changes the whole-tenge result, since the half-tenge point is a whole number of tiyn. When
 * the year keeps the tiyn, the fraction is rounded half away from zero (library choice: no norm).
 */
function toTiynBeforeRounding(exactTiyn: Dec, year: number, breakdown: TaxStep[]): Money {
  const rule = valueOn(TAX_ROUNDING, firstJanuary(year));
  const wholeStep = rule.value.step !== undefined;
  const money = Money.fromTiyn(roundToBigint(exactTiyn, tiynRoundingBefore(year)));
  if (!exactTiyn.isInteger()) {
    breakdown.push({
      step: "exact amount",
      value: `${formatTiyn(exactTiyn)} KZT → ${money.toKzt()} KZT (${
        wholeStep
          ? "fraction of a tiyn dropped before rounding to whole tenge; it cannot change that result"
          : "rounded to the tiyn, half away from zero (library choice)"
      }; ${formatCitation(rule.citation)})`,
    });
  }
  return money;
}
