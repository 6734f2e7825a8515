import { type DatedValue, valueOn } from "../../../../calendar/dated.js";
import { firstJanuary, isoDate } from "../../../../calendar/iso-date.js";
import { assertCitation, type Citation, formatCitation } from "../../../../citation/citation.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { Dec, divideRounded, toDec } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { MRP_FOR_TAXES } from "../../parameters.js";
import { finishTax, tiynRoundingBefore } from "../rounding.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import {
  AD_OBJECT_TYPES,
  ADVERTISING_COLUMN_C,
  ADVERTISING_ROAD_RATES,
  type AdObjectType,
  type AdvertisingBand,
  type AdvertisingColumn,
  COLUMN_C_2026,
  COLUMN_C_ADJUSTMENT_LIMITS,
  ROAD_CATEGORIES,
  type RoadCategory,
  WITHOUT_NOTIFICATION_MULTIPLIER,
} from "./rates.js";

/** Where the advertising object stands. */
export type AdvertisingLocation =
  /** Art. 655 p.3 column C: city of district significance, village, settlement, district roads, outside settlements. */
  | { readonly kind: "fourth_level_column_c"; readonly objectType: AdObjectType }
  /** Art. 655 p.2: right-of-way of international and republican public roads. */
  | { readonly kind: "republican_road_right_of_way"; readonly roadCategory: RoadCategory };

/**
 * Rates and rules the caller supplies where the library has none (2018–2025), with their source. Entries
 * given here take precedence over the library's.
 */
export interface CallerAdvertisingRates {
  /** Column-C bands by object type (monthly MRP per side), e.g. from 2017 Code Art. 605 or decree No 1055. */
  readonly columnC?: AdvertisingColumn;
  /** The caller confirms that road right-of-way sides above 3 m² pay in proportion to area ÷ 3 m². */
  readonly roadAbove3M2?: "proportional";
  /** The multiplier when the placement was not notified, a decimal string (2026: `"2"`). */
  readonly withoutNotificationFactor?: string;
  /** Where these values come from. */
  readonly citation: Citation;
}

/** Input of {@link advertisingFee}. */
export interface AdvertisingFeeInput {
  /** The year of placement, 2018 or later. */
  readonly year: number;
  /**
   * The calendar months (1–12) of that year in which the object was placed, for any part of the month:
   * each counts as a whole month (Art. 656: a period under a month counts as a full month). For one monthly
   * payment pass one month.
   */
  readonly months: readonly number[];
  /** Number of sides (faces) of the object, a whole number ≥ 1. */
  readonly sides: number;
  readonly location: AdvertisingLocation;
  /**
   * Area of one side in m², a decimal string (`"2.01"`). Required for road right-of-way and for object
   * types with area bands; ignored for lightboxes, mobile advertising and running lines.
   */
  readonly areaM2?: string;
  /** Whether the placement was notified; without notification the fee is doubled (2026 Art. 653 p.2). */
  readonly notified: boolean;
  /**
   * The maslikhat's adjustment of the column-C base rates in percent, a decimal string (`"-30"`, `"50"`):
   * within −50 … +100 from 2026 (Art. 655). Refused for road right-of-way and for years whose limits are not
   * established (put adjusted rates into `rateTable` instead).
   */
  readonly maslikhatAdjustmentPercent?: string;
  /** Rates the caller supplies; required for column C in 2018–2025. */
  readonly rateTable?: CallerAdvertisingRates;
}

function invalid(path: string, message: string): never {
  throw new FourthLevelError("INVALID_INPUT", `advertising fee: ${path}: ${message}`, {
    issues: [{ path, message }],
  });
}

function fmt(d: Dec): string {
  const shown = d.toDecimalPlaces(6);
  return shown.equals(d) ? d.toFixed() : `${shown.toFixed()}…`;
}

/** The band of `bands` holding `area` (edges inclusive), or undefined. */
function bandFor(bands: readonly AdvertisingBand[], area: Dec | undefined): AdvertisingBand | undefined {
  if (area === undefined) return bands.length === 1 && bands[0]?.upToM2 === undefined ? bands[0] : undefined;
  return bands.find((b) => b.upToM2 === undefined || area.lessThanOrEqualTo(toDec(b.upToM2, "band edge")));
}

function bandLabel(bands: readonly AdvertisingBand[], band: AdvertisingBand): string {
  const i = bands.indexOf(band);
  const lower = bands[i - 1]?.upToM2;
  const range =
    band.upToM2 === undefined
      ? lower === undefined
        ? "any area"
        : `above ${lower} m²`
      : lower === undefined
        ? `up to ${band.upToM2} m² incl.`
        : `above ${lower} up to ${band.upToM2} m² incl.`;
  return band.row === undefined ? range : `row ${band.row}, ${range}`;
}

/**
 * The monthly fee for outdoor (visual) advertising in open space, for placements on fourth-level
 * territory (EBK 105430 to 2025; the 2026 code is open). Paid to the budget of the place of the advert.
 *
 * amount = rate (MRP per side per month, by object type and area band) [× area ÷ 3 m² for road sides
 * above 3 m²] × (1 + maslikhat adjustment) [× 2 when not notified] × sides × the MRP in force on the 1st
 * of the month (Art. 655 p.1), for each month given; each month is rounded with `roundTax` on its
 * own (the fee is paid month by month, Art. 656; 2026: whole tenge, half away from zero) and the months
 * are summed.
 *
 * Established: 2026 column C (Art. 655 p.3), republican roads (p.2), doubling (Art. 653 p.2), adjustment
 * limits −50 … +100 % (Art. 655), whole months (Art. 656) — read; road rates 8/7/3/2 MRP up to 3 m² for
 * 2018–2025 — published. Supplied by the caller (`rateTable`): the 2018–2025 column-C rates, the
 * 2018–2025 rule above 3 m² on roads, the 2018–2025 multiplier without notification.
 *
 * @example
 * ```ts
 * advertisingFee({
 *   year: 2026, months: [1], sides: 1, areaM2: "2", notified: true,
 *   location: { kind: "fourth_level_column_c", objectType: "non_video" },
 * }).amount.toKzt(); // "2163.00" (0.5 × 4 325 = 2 162.50 → 2 163)
 * ```
 * @throws {@link FourthLevelError} `NO_RULE` naming the missing entry (e.g. `rateTable.columnC.non_video`
 * and the band) when no rate is established or supplied; `INVALID_INPUT` for bad months, sides, area or an
 * adjustment outside the limits; `INVALID_RULE` for a caller table without citation; `NO_VALUE_ON_DATE`
 * for a month without MRP.
 */
export function advertisingFee(input: AdvertisingFeeInput): TaxResult {
  const { year, months } = input;
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) invalid("year", "a year such as 2026");
  if (!Array.isArray(months) || months.length === 0) invalid("months", "at least one month (1–12)");
  months.forEach((m, i) => {
    if (!Number.isSafeInteger(m) || m < 1 || m > 12)
      invalid(`months[${i}]`, `${String(m)} is not a month 1–12`);
    if (months.indexOf(m) !== i) invalid(`months[${i}]`, `month ${m} is given twice`);
  });
  const sorted = [...months].sort((a, b) => a - b);
  if (sorted.length === 1) return advertisingFeeOf(input, sorted[0] ?? 1);
  // The fee is paid month by month (Art. 656): each month is its own computed and rounded amount.
  const monthly = sorted.map((month) => ({ month, fee: advertisingFeeOf(input, month) }));
  const total = Money.sum(monthly.map((m) => m.fee.amount));
  return {
    tax: "advertising",
    year,
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

/** The fee for one month (1–12, checked by {@link advertisingFee}) of `input.year`. */
function advertisingFeeOf(input: AdvertisingFeeInput, month: number): TaxResult {
  const { year, location } = input;
  const yearStart = firstJanuary(year);
  const breakdown: TaxStep[] = [];
  const table = input.rateTable;
  if (table !== undefined) assertCitation(table.citation, `advertising rate table for ${year}`);

  // Sides.
  if (!Number.isSafeInteger(input.sides) || input.sides < 1) {
    invalid("sides", `${String(input.sides)} is not a whole number of sides ≥ 1`);
  }

  // Area.
  let area: Dec | undefined;
  if (input.areaM2 !== undefined) {
    area = toDec(input.areaM2, "area in m²");
    if (!area.greaterThan(0)) invalid("areaM2", `${input.areaM2} m² must be above zero`);
  }

  // Base rate in MRP per side per month, and the proportional area factor.
  let rateMrp: Dec;
  let areaNumerator = new Dec(1);
  let areaDenominator = 1n;
  let adjustable: boolean;
  if (location.kind === "fourth_level_column_c") {
    adjustable = true;
    const type = location.objectType;
    if (!AD_OBJECT_TYPES.includes(type)) {
      invalid("location.objectType", `${JSON.stringify(type)} is not one of ${AD_OBJECT_TYPES.join(", ")}`);
    }
    const builtIn = valueOn(ADVERTISING_COLUMN_C, yearStart);
    const callerBands = table?.columnC?.[type];
    const bands = callerBands ?? builtIn.value?.rates[type];
    const citation = callerBands !== undefined ? table?.citation : builtIn.value?.citation;
    const needsArea = bands !== undefined && (bands.length > 1 || bands[0]?.upToM2 !== undefined);
    if (needsArea && area === undefined) {
      invalid("areaM2", `object type ${type} has area bands: give the area of one side in m²`);
    }
    const band = bands === undefined ? undefined : bandFor(bands, area);
    if (bands === undefined || band === undefined || citation === undefined) {
      const hint2026 = bandFor(COLUMN_C_2026[type] ?? [], area);
      const where = area === undefined ? "" : ` with a side of ${area.toFixed()} m²`;
      const hint =
        hint2026 === undefined
          ? ""
          : ` (in the 2026 table: ${bandLabel(COLUMN_C_2026[type] ?? [], hint2026)})`;
      const missing = `rateTable.columnC.${type}${bands === undefined ? "" : ` band covering ${area?.toFixed()} m²`}`;
      throw new FourthLevelError(
        "NO_RULE",
        `advertising fee ${year}: no column-C rate for ${type}${where}${hint}` +
          (builtIn.value === undefined
            ? " — the column for cities of district significance, villages and settlements of this year (2017 Code Art. 605 / decree No 1055) was not read;"
            : ";") +
          ` supply ${missing}`,
        { year, objectType: type, areaM2: area?.toFixed() ?? null, missing },
      );
    }
    rateMrp = toDec(band.mrp, `rate of ${type}`);
    if (rateMrp.isNegative()) invalid(`rateTable.columnC.${type}`, `rate ${band.mrp} MRP is negative`);
    breakdown.push({
      step: "rate",
      value: `${type}${area === undefined ? "" : `, ${area.toFixed()} m²`}: ${bandLabel(bands, band)} → ${
        band.mrp
      } MRP per side per month${callerBands !== undefined ? " (caller-supplied table)" : ""}`,
      citation,
    });
  } else {
    adjustable = false;
    const category = location.roadCategory;
    if (!ROAD_CATEGORIES.includes(category)) {
      invalid(
        "location.roadCategory",
        `${JSON.stringify(category)} is not one of ${ROAD_CATEGORIES.join(", ")}`,
      );
    }
    if (area === undefined) invalid("areaM2", "road right-of-way rates depend on the area: give it in m²");
    const road = valueOn(ADVERTISING_ROAD_RATES, yearStart).value;
    rateMrp = toDec(road.mrpUpTo3M2[category], "road rate");
    breakdown.push({
      step: "rate",
      value: `republican road right-of-way, category ${category}: ${rateMrp.toFixed()} MRP per side per month up to 3 m²`,
      citation: road.citation,
    });
    if (area.greaterThan(3)) {
      const proportional =
        road.proportionalAbove3M2 ?? (table?.roadAbove3M2 === "proportional" ? true : undefined);
      if (proportional !== true) {
        throw new FourthLevelError(
          "NO_RULE",
          `advertising fee ${year}: the rule for road right-of-way sides above 3 m² (here ${area.toFixed()} m²) was not read for this year; supply rateTable.roadAbove3M2 = "proportional" if you rely on it`,
          { year, roadCategory: category, areaM2: area.toFixed(), missing: "rateTable.roadAbove3M2" },
        );
      }
      areaNumerator = area;
      areaDenominator = 3n;
      breakdown.push({
        step: "area",
        value: `${area.toFixed()} m² ÷ 3 m² → ${rateMrp.toFixed()} × ${area.toFixed()} ÷ 3 = ${fmt(
          rateMrp.times(area).dividedBy(3),
        )} MRP${road.proportionalAbove3M2 === true ? "" : " (caller-confirmed proportional rule)"}`,
        ...(road.proportionalAbove3M2 === true ? { citation: road.citation } : {}),
      });
    }
  }

  // Maslikhat adjustment.
  let adjustment = new Dec(1);
  if (input.maslikhatAdjustmentPercent !== undefined) {
    const percent = toDec(input.maslikhatAdjustmentPercent, "maslikhat adjustment");
    if (!percent.isZero()) {
      if (!adjustable) {
        invalid(
          "maslikhatAdjustmentPercent",
          "Art. 655 provides no maslikhat adjustment of the republican-road rates (p.2)",
        );
      }
      const limits = valueOn(COLUMN_C_ADJUSTMENT_LIMITS, yearStart).value;
      if (limits === undefined) {
        throw new FourthLevelError(
          "NO_RULE",
          `advertising fee ${year}: the limits of the maslikhat adjustment were not read for this year; put the adjusted rates into rateTable.columnC instead`,
          { year, missing: "maslikhat adjustment limits", maslikhatAdjustmentPercent: percent.toFixed() },
        );
      }
      if (percent.lessThan(limits.minPercent) || percent.greaterThan(limits.maxPercent)) {
        invalid(
          "maslikhatAdjustmentPercent",
          `${percent.toFixed()} % is outside ${limits.minPercent} … +${limits.maxPercent} % (${formatCitation(limits.citation)})`,
        );
      }
      adjustment = percent.dividedBy(100).plus(1);
      breakdown.push({
        step: "adjustment",
        value: `maslikhat ${percent.isNegative() ? "" : "+"}${percent.toFixed()} % → × ${adjustment.toFixed()}`,
        citation: limits.citation,
      });
    }
  }

  // No notification.
  let notification = new Dec(1);
  if (input.notified !== true) {
    if (input.notified !== false) invalid("notified", "true or false");
    const built = valueOn(WITHOUT_NOTIFICATION_MULTIPLIER, yearStart);
    const factor = table?.withoutNotificationFactor ?? built.value?.factor;
    if (factor === undefined) {
      throw new FourthLevelError(
        "NO_RULE",
        `advertising fee ${year}: the fee without notification was not read for this year; supply rateTable.withoutNotificationFactor`,
        { year, missing: "rateTable.withoutNotificationFactor" },
      );
    }
    notification = toDec(factor, "multiplier without notification");
    const fromCaller = table?.withoutNotificationFactor !== undefined;
    breakdown.push({
      step: "surcharge",
      value: `not notified → × ${notification.toFixed()}${fromCaller ? " (caller-supplied)" : ""}`,
      ...(fromCaller
        ? { citation: table.citation }
        : built.value === undefined
          ? {}
          : { citation: built.citation }),
    });
  }

  // MRP of the month (in force on its 1st day).
  const monthStart = isoDate(`${year}-${String(month).padStart(2, "0")}-01`, "month");
  const mrp: DatedValue<Money> = valueOn(MRP_FOR_TAXES, monthStart);
  breakdown.push({
    step: "months",
    value: `1 month (a part of a month counts as a whole month), MRP on the 1st: ${monthStart.slice(0, 7)} ${mrp.value.toKzt()} KZT`,
    citation: mrp.citation,
  });

  // Exact amount in tiyn = numerator ÷ denominator.
  const numerator = rateMrp
    .times(areaNumerator)
    .times(adjustment)
    .times(notification)
    .times(input.sides)
    .times(mrp.value.tiyn.toString());
  const places = numerator.decimalPlaces();
  const scale = 10n ** BigInt(places);
  const n = BigInt(numerator.times(new Dec(10).pow(places)).toFixed(0));
  const d = areaDenominator * scale;
  breakdown.push({
    step: "amount",
    value: `${rateMrp.toFixed()} MRP${areaDenominator === 1n ? "" : ` × ${area?.toFixed()} ÷ 3`}${
      adjustment.equals(1) ? "" : ` × ${adjustment.toFixed()}`
    }${notification.equals(1) ? "" : ` × ${notification.toFixed()}`} × ${input.sides} side${
      input.sides === 1 ? "" : "s"
    } × ${mrp.value.toKzt()} KZT = ${fmt(numerator.dividedBy(areaDenominator.toString()).dividedBy(100))} KZT`,
  });

  const mode = tiynRoundingBefore(year);
  const tiyn = divideRounded(n, d, mode);
  if (tiyn * d !== n && mode === "halfExpand") {
    breakdown.push({
      step: "exact amount",
      value: `rounded to the tiyn, half away from zero (library choice): ${Money.fromTiyn(tiyn).toKzt()} KZT`,
    });
  }
  return finishTax("advertising", year, Money.fromTiyn(tiyn), breakdown);
}
