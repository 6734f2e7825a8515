import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { formatCitation } from "../../../../citation/citation.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { Dec, type DecimalInput, toDec } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { MRP_FOR_TAXES } from "../../parameters.js";
import { checkMonths, prorate } from "../months.js";
import { finishTax } from "../rounding.js";
import { taxCodeOf } from "../tax-code.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import {
  AGE_COEFFICIENT_CITATION,
  AGE_COEFFICIENTS_2026,
  AGRICULTURAL_REDUCTION_2026,
  EXEMPTION_CITATION,
  MONTHS_CITATION,
  MRP_DATE_CITATION,
  type RateBand,
  type RateScale,
  SURCHARGE_CITATION,
  SURCHARGE_PER_CC_KZT,
  VEHICLE_SCALES,
} from "./rates.js";

/**
 * A vehicle as the tax sees it: its category (2026: the driving-licence category B / C / D) and the base
 * its rate depends on.
 * - `passenger_car`: engine volume in cm³ (whole number); the year of manufacture (from the vehicle
 *   passport; needed from 2026 for the age coefficient); whether it was made in Kazakhstan or imported
 *   after 31.12.2013 (2018–2025 only: cars over 3,000 cc then pay the elevated scale).
 * - `truck` (and special vehicles): load capacity in tonnes, decimal string.
 * - `bus`: passenger seats.
 * - `tractor`: tractors, self-propelled agricultural, melioration and road-building machines, off-road vehicles.
 * - `motorcycle` (also scooters, snowmobiles, small vessels): engine power in kW, decimal string.
 * - `boat` (motor boats, vessels, tugs, barges, yachts): engine power in hp, decimal string.
 */
export type Vehicle =
  | {
      readonly kind: "passenger_car";
      readonly engineCc: number;
      readonly manufacturedYear?: number;
      readonly madeOrImportedAfter2013?: boolean;
    }
  | { readonly kind: "truck"; readonly payloadTonnes: DecimalInput }
  | { readonly kind: "bus"; readonly seats: number }
  | { readonly kind: "tractor" }
  | { readonly kind: "motorcycle"; readonly powerKw: DecimalInput }
  | { readonly kind: "boat"; readonly powerHp: DecimalInput };

/** Input of {@link vehicleTax}. */
export interface VehicleTaxInput {
  /** The tax year (2018 →; the MRP in force on its 1 January is used). */
  readonly year: number;
  readonly payer: "individual" | "legal_entity";
  readonly vehicle: Vehicle;
  /** Months of ownership in the year, 1–12 (12 by default); see `ownershipMonths`. */
  readonly months?: number;
  /**
   * An exemption; the tax is then zero.
   * - `veteran_or_award`, `disability`: personal exemptions, one vehicle per person (2017 Code Art. 490
   *   p.3; 2026 Code Art. 563 p.3 items 5–6);
   * - from 2026, peasant farms on the special regime (Art. 563 p.3 item 2): `peasant_farm_passenger_car`
   *   (one car of at most 2,500 cc per farm) and `peasant_farm_pickup` (one pickup per farm, a category-B
   *   vehicle); the caller vouches that it is the farm's one such vehicle.
   */
  readonly exemption?:
    | "veteran_or_award"
    | "disability"
    | "peasant_farm_passenger_car"
    | "peasant_farm_pickup";
  /**
   * 2026 only: for an exempt person's car over 4,000 cc, whether it changed owner after 31.12.2013 (then the
   * exemption does not apply, Art. 563 p.4). Required in that case.
   */
  readonly ownerChangedAfter2013?: boolean;
  /** 2026 →: an agricultural legal entity or cooperative (Art. 357 p.2) cutting the tax by 70 % (Art. 566 p.2). */
  readonly agriculturalProducer?: boolean;
  /**
   * 2026 →: whether the age coefficient scales the whole amount or only the MRP part (the 7-KZT surcharge
   * unscaled). The Code does not say; required when a coefficient below 1 meets a surcharge.
   */
  readonly ageCoefficientScope?: "whole_amount" | "mrp_part";
  /**
   * MRP multiples the law does not establish for the year, supplied by the caller, by scale key and band:
   * e.g. `{ bus: [{ over: 25, mrp: "20" }] }` for 2018–2025 buses over 25 seats. Added after the
   * established bands; a band overlapping an established one is refused.
   */
  readonly rates?: Readonly<Record<string, readonly RateBand[]>>;
}

const invalid = (message: string, details: Record<string, unknown> = {}) =>
  new FourthLevelError("INVALID_INPUT", message, details);

function scaleKey(vehicle: Vehicle, year: number): string {
  if (
    vehicle.kind === "passenger_car" &&
    year < 2026 &&
    vehicle.madeOrImportedAfter2013 === true &&
    vehicle.engineCc > 3000
  ) {
    return "passenger_car_post_2013";
  }
  return vehicle.kind;
}

function baseOf(vehicle: Vehicle): { value: Dec; unit: string } {
  switch (vehicle.kind) {
    case "passenger_car":
      return { value: new Dec(vehicle.engineCc), unit: "cm³" };
    case "truck":
      return { value: toDec(vehicle.payloadTonnes, "load capacity"), unit: "t" };
    case "bus":
      return { value: new Dec(vehicle.seats), unit: "seats" };
    case "tractor":
      return { value: new Dec(1), unit: "vehicle" };
    case "motorcycle":
      return { value: toDec(vehicle.powerKw, "engine power"), unit: "kW" };
    case "boat":
      return { value: toDec(vehicle.powerHp, "engine power"), unit: "hp" };
  }
}

function checkInput(input: VehicleTaxInput): void {
  const problems: string[] = [];
  if (typeof input !== "object" || input === null)
    throw invalid("vehicle tax: give { year, payer, vehicle }");
  const kinds = ["passenger_car", "truck", "bus", "tractor", "motorcycle", "boat"];
  if (typeof input.vehicle !== "object" || input.vehicle === null || !kinds.includes(input.vehicle.kind)) {
    throw invalid(`vehicle tax: vehicle.kind must be one of ${kinds.join(", ")}`);
  }
  if (!Number.isInteger(input.year) || input.year < 2018) {
    problems.push(
      `year ${JSON.stringify(input.year)} must be a whole year, 2018 or later (a number, not a string)`,
    );
  }
  if (input.payer !== "individual" && input.payer !== "legal_entity") {
    problems.push(`payer ${JSON.stringify(input.payer)} must be individual or legal_entity`);
  }
  const monthsProblem = checkMonths(input.months);
  if (monthsProblem !== undefined) problems.push(monthsProblem);
  const v = input.vehicle;
  if (v.kind === "passenger_car") {
    if (!Number.isInteger(v.engineCc) || v.engineCc <= 0)
      problems.push(`engine volume ${v.engineCc} must be a positive whole number of cm³`);
    if (
      v.manufacturedYear !== undefined &&
      (!Number.isInteger(v.manufacturedYear) || v.manufacturedYear > input.year)
    ) {
      problems.push(
        `year of manufacture ${v.manufacturedYear} must be a whole year not after the tax year ${input.year}`,
      );
    }
  }
  if (v.kind === "bus" && (!Number.isInteger(v.seats) || v.seats <= 0))
    problems.push(`seats ${v.seats} must be a positive whole number`);
  const farm = input.exemption === "peasant_farm_passenger_car" || input.exemption === "peasant_farm_pickup";
  if (farm && (input.year < 2026 || input.vehicle.kind !== "passenger_car")) {
    problems.push(
      "the peasant-farm exemptions exist from 2026 and are for category-B vehicles (passenger cars, pickups)",
    );
  }
  if (
    input.exemption === "peasant_farm_passenger_car" &&
    input.vehicle.kind === "passenger_car" &&
    input.vehicle.engineCc > 2500
  ) {
    problems.push(
      `a peasant farm's exempt passenger car is at most 2 500 cc, not ${input.vehicle.engineCc} (Art. 563 p.3)`,
    );
  }
  if (input.exemption !== undefined && !farm && input.payer !== "individual") {
    problems.push(
      "the personal exemptions (veterans, persons with disabilities) are for individuals, not legal entities",
    );
  }
  if (input.agriculturalProducer === true && (input.year < 2026 || input.payer !== "legal_entity")) {
    problems.push(
      "the 70 % reduction for agricultural producers exists from 2026, for legal entities and cooperatives",
    );
  }
  if (problems.length > 0) throw invalid(`vehicle tax: ${problems.join("; ")}`, { problems });
}

/** The band containing `base` (over < base ≤ upTo), or the missing-rate error naming the scale and base. */
function bandFor(
  scale: RateScale | undefined,
  key: string,
  base: Dec,
  unit: string,
  year: number,
  extra: readonly RateBand[],
): RateBand {
  const bands = [...(scale?.bands ?? []), ...extra];
  const found = bands.filter(
    (b) => base.greaterThan(b.over) && (b.upTo === undefined || base.lessThanOrEqualTo(b.upTo)),
  );
  if (found.length === 1) return found[0] as RateBand;
  if (found.length > 1) {
    throw invalid(
      `vehicle tax ${year}: the supplied rates for ${key} overlap the established bands at ${base.toString()} ${unit}`,
      {
        key,
      },
    );
  }
  throw new FourthLevelError(
    "NO_RULE",
    `vehicle tax ${year}: no established rate for ${key} at ${base.toString()} ${unit} — the law read does not set it for this year; supply it as rates.${key} = [{ over, upTo?, mrp }]`,
    { key, base: base.toString(), unit, year },
  );
}

/**
 * Vehicle tax for one vehicle and tax year (2017 Code Art. 490–494 for 2018–2025; 2026 Code Art. 563–566
 * from 2026), as the tax authority computes it:
 * 1. the band of the vehicle's base (engine cm³, load t, seats, kW, hp) gives an MRP multiple, times the
 *    MRP in force on 1 January of the tax year;
 * 2. passenger cars over 1,500 cc add 7 KZT per cm³ above the band's lower bound;
 * 3. from 2026, passenger cars over 10 / 20 years old (tax year − year of manufacture) take 0.7 / 0.5;
 * 4. from 2026, agricultural legal entities may cut 70 %;
 * 5. part year: annual ÷ 12 × months, to the tiyn (`prorate`: truncated from 2026, where whole tenge
 *    follows; half away from zero to 2025);
 * 6. rounding of the year (kept to the tiyn to 2025, whole tenge from 2026; see `TAX_ROUNDING`).
 * Rates the law read does not establish for the year (e.g. 2018–2025 buses over 25 seats, motorcycles,
 * boats) come from `rates`; without them the call fails naming the missing entry.
 *
 * @returns The amount in KZT and the breakdown, each step with its article.
 * @throws {@link FourthLevelError} `INVALID_INPUT` (bad base, months, year, missing year of manufacture
 * in 2026, missing `ageCoefficientScope` where it matters), `NO_RULE` (rate not established),
 * `NO_VALUE_ON_DATE` (no MRP for the year).
 * @example
 * ```ts
 * // 2 000 cc car, 2025: 3 MRP × 3 932 + 7 × (2 000 − 1 500) = 11 796 + 3 500 = 15 296 KZT
 * vehicleTax({ year: 2025, payer: "individual", vehicle: { kind: "passenger_car", engineCc: 2000 } }).amount.toKzt(); // "15296.00"
 * ```
 */
export function vehicleTax(input: VehicleTaxInput): TaxResult {
  checkInput(input);
  const edition = taxCodeOf(input.year);
  const steps: TaxStep[] = [];
  const mrp = valueOnFirstJanuary(MRP_FOR_TAXES, input.year);
  steps.push({
    step: "MRP",
    value: `${mrp.value.toKzt()} KZT, in force on ${input.year}-01-01 (${formatCitation(mrp.citation)})`,
    citation: MRP_DATE_CITATION[edition],
  });
  const v = input.vehicle;
  if (input.exemption !== undefined) {
    const personal = input.exemption === "veteran_or_award" || input.exemption === "disability";
    const bigCar = personal && edition === "tc2026" && v.kind === "passenger_car" && v.engineCc > 4000;
    if (bigCar && input.ownerChangedAfter2013 === undefined) {
      throw invalid(
        "vehicle tax 2026: for an exempt person's car over 4 000 cc, say whether it changed owner after 31.12.2013 (Art. 563 p.4)",
      );
    }
    if (!(bigCar && input.ownerChangedAfter2013 === true)) {
      steps.push({
        step: "exemption",
        value: `${input.exemption}: not a taxpayer for this vehicle`,
        citation: EXEMPTION_CITATION[edition],
      });
      return { tax: "vehicle", year: input.year, amount: Money.zero, breakdown: steps };
    }
    steps.push({
      step: "exemption",
      value: "not applied: a car over 4 000 cc that changed owner after 31.12.2013",
      citation: EXEMPTION_CITATION[edition],
    });
  }
  const key = scaleKey(v, input.year);
  const scale = VEHICLE_SCALES[edition][key];
  const base = baseOf(v);
  const band = bandFor(scale, key, base.value, base.unit, input.year, input.rates?.[key] ?? []);
  const established = scale?.bands.includes(band) === true;
  const bandText = `${band.over} < ${base.value.toString()} ${base.unit}${band.upTo === undefined ? "" : ` ≤ ${band.upTo}`}`;
  const mrpPart = mrp.value.times(band.mrp, "halfExpand");
  steps.push({
    step: "band",
    value: `${key}: ${bandText} → ${band.mrp} MRP × ${mrp.value.toKzt()} = ${mrpPart.toKzt()} KZT`,
    ...(established ? { citation: scale.citation } : {}),
  });
  if (!established) {
    steps.push({
      step: "rate source",
      value: `caller-supplied rates.${key} (not established in the law read for ${input.year})`,
    });
  }
  let surcharge = Money.zero;
  if (v.kind === "passenger_car" && v.engineCc > 1500) {
    const excess = v.engineCc - band.over;
    surcharge = Money.kzt(SURCHARGE_PER_CC_KZT * excess);
    steps.push({
      step: "surcharge",
      value: `${SURCHARGE_PER_CC_KZT} KZT × (${v.engineCc} − ${band.over}) cm³ = ${surcharge.toKzt()} KZT`,
      citation: SURCHARGE_CITATION[edition],
    });
  }
  let annual = mrpPart.plus(surcharge);
  steps.push({ step: "annual amount", value: `${annual.toKzt()} KZT` });
  if (edition === "tc2026" && v.kind === "passenger_car") {
    if (v.manufacturedYear === undefined) {
      throw invalid(
        "vehicle tax from 2026: give the car's year of manufacture (vehicle passport) for the age coefficient (Art. 565 p.6, 8)",
      );
    }
    const age = input.year - v.manufacturedYear;
    const coefficient = AGE_COEFFICIENTS_2026.find(
      (c) => age > c.over && (c.upTo === undefined || age <= c.upTo),
    )?.coefficient;
    if (coefficient === undefined) {
      steps.push({
        step: "age coefficient",
        value: `${age} years of operation: none (10 or fewer)`,
        citation: AGE_COEFFICIENT_CITATION,
      });
    } else {
      if (!surcharge.isZero() && input.ageCoefficientScope === undefined) {
        throw invalid(
          "vehicle tax from 2026: the Code does not say whether the age coefficient scales the 7-KZT surcharge; set ageCoefficientScope to whole_amount or mrp_part",
          { coefficient },
        );
      }
      const scaled =
        input.ageCoefficientScope === "mrp_part"
          ? mrpPart.times(coefficient, "halfExpand").plus(surcharge)
          : annual.times(coefficient, "halfExpand");
      steps.push({
        step: "age coefficient",
        value: `${age} years of operation → ${coefficient} on the ${input.ageCoefficientScope === "mrp_part" ? "MRP part" : "whole amount"}: ${scaled.toKzt()} KZT`,
        citation: AGE_COEFFICIENT_CITATION,
      });
      annual = scaled;
    }
  }
  if (input.agriculturalProducer === true) {
    const reduced = annual.minus(annual.times(AGRICULTURAL_REDUCTION_2026.share, "halfExpand"));
    steps.push({
      step: "reduction",
      value: `agricultural producer −70 %: ${reduced.toKzt()} KZT`,
      citation: AGRICULTURAL_REDUCTION_2026.citation,
    });
    annual = reduced;
  }
  const { due, step } = prorate(annual, input.months ?? 12, input.year, MONTHS_CITATION[edition]);
  if (step !== undefined) steps.push(step);
  return finishTax("vehicle", input.year, due, steps);
}
