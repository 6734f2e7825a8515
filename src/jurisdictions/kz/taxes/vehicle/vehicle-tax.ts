import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { formatCitation } from "../../../../citation/citation.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { type Issue, throwIssues } from "../../../../errors/issue.js";
import { parseInput } from "../../../../input/parse.js";
import { Money } from "../../../../money/money.js";
import { checkedLaw } from "../law-basics.js";
import { prorate } from "../months.js";
import { finishTax } from "../rounding.js";
import { taxCodeOf } from "../tax-code.js";
import { yearOutsideIssues } from "../tax-input.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import { EXEMPTION_CITATION, FARM_EXEMPTION_CITATION, MONTHS_CITATION, MRP_DATE_CITATION } from "./rates.js";
import { bandFor, baseOf, scaleKeyOf } from "./vehicle-band.js";
import { type CheckedVehicleTaxInput, type VehicleTaxInput, vehicleTaxInputSchema } from "./vehicle-input.js";
import { LAW_FOR_VEHICLE_TAX, type LawForVehicleTax, lawForVehicleTaxSchema } from "./vehicle-law.js";

const WHAT = "vehicle tax";

/** The problems of an input against the law of its year (whose MRP is known): each at its path. */
function lawIssues(input: CheckedVehicleTaxInput, law: LawForVehicleTax): Issue[] {
  const issues: Issue[] = [];
  const coefficients = valueOnFirstJanuary(law.vehicle.ageCoefficients, input.year).value;
  const v = input.vehicle;
  if (v.kind === "passenger_car" && coefficients.length > 0 && v.manufacturedYear === undefined) {
    issues.push({
      path: ["vehicle", "manufacturedYear"],
      code: "INVALID_INPUT",
      message: `vehicle tax ${input.year}: give the car's year of manufacture (vehicle passport) for the age coefficient (Art. 565 p.6, 8)`,
    });
  }
  const reduction = valueOnFirstJanuary(law.vehicle.agriculturalReduction, input.year).value;
  if (input.agriculturalProducer === true && reduction === undefined) {
    issues.push({
      path: ["agriculturalProducer"],
      code: "INVALID_INPUT",
      message: `no reduction for agricultural producers in ${input.year} (the 70 % reduction exists from 2026, for legal entities and cooperatives)`,
    });
  }
  return issues;
}

/** The farm exemptions of Art. 563 p.3(1)–(2), which a vehicle leased out loses. */
const FARM_EXEMPTIONS: readonly string[] = [
  "specialised_farm_machinery",
  "peasant_farm_passenger_car",
  "peasant_farm_pickup",
];

/** The exemption's steps, and whether it makes the vehicle tax-free. */
function exemption(input: CheckedVehicleTaxInput): { readonly exempt: boolean; readonly steps: TaxStep[] } {
  if (input.exemption === undefined) return { exempt: false, steps: [] };
  const citation =
    input.exemption === "specialised_farm_machinery"
      ? FARM_EXEMPTION_CITATION.machinery
      : EXEMPTION_CITATION[taxCodeOf(input.year)];
  if (input.leasedOut === true && FARM_EXEMPTIONS.includes(input.exemption)) {
    const value = `${input.exemption} not applied: the vehicle is transferred for use, trust management or lease`;
    return {
      exempt: false,
      steps: [{ step: "exemption", value, citation: FARM_EXEMPTION_CITATION.leasedOut }],
    };
  }
  const v = input.vehicle;
  const bigCar = v.kind === "passenger_car" && v.engineCc > 4000;
  const personal = !FARM_EXEMPTIONS.includes(input.exemption);
  if (personal && bigCar && input.ownerChangedAfter2013 === true && input.year >= 2026) {
    const value = "not applied: a car over 4 000 cc that changed owner after 31.12.2013";
    return { exempt: false, steps: [{ step: "exemption", value, citation }] };
  }
  const value = `${input.exemption}: not a taxpayer for this vehicle`;
  return { exempt: true, steps: [{ step: "exemption", value, citation }] };
}

/**
 * The 70 % reduction of agricultural legal entities (Art. 566 p.2), which excludes the listed machinery of
 * Art. 563 p.3(1): such machinery is exempt, and when it is leased out (so taxed) whether the reduction
 * applies is the caller's reading (`reductionOnLeasedMachinery`), which is then required.
 */
function agriculturalReduction(
  input: CheckedVehicleTaxInput,
  law: LawForVehicleTax,
  annual: Money,
): { readonly annual: Money; readonly steps: TaxStep[] } {
  const reduction = valueOnFirstJanuary(law.vehicle.agriculturalReduction, input.year);
  if (input.agriculturalProducer !== true || reduction.value === undefined) return { annual, steps: [] };
  // listed machinery reaches here only when leased out: otherwise it is exempt
  if (input.exemption === "specialised_farm_machinery") {
    if (input.reductionOnLeasedMachinery === undefined) {
      const message =
        "vehicle tax from 2026: listed machinery leased out is not exempt (Art. 563 p.3, last part), and the Code does not say whether the 70 % reduction, which excludes it (Art. 566 p.2), then applies; set reductionOnLeasedMachinery to true or false";
      throw new FourthLevelError("INVALID_INPUT", message, {}, [
        { path: ["reductionOnLeasedMachinery"], code: "INVALID_INPUT", message },
      ]);
    }
    if (!input.reductionOnLeasedMachinery) {
      const value = "not applied: Art. 566 p.2 excludes the machinery of Art. 563 p.3(1) (caller's reading)";
      return { annual, steps: [{ step: "reduction", value, citation: reduction.citation }] };
    }
  }
  const reduced = annual.minus(annual.times(reduction.value, "halfExpand"));
  const percent = Number(reduction.value) * 100;
  const reading =
    input.exemption === "specialised_farm_machinery"
      ? " (leased-out listed machinery: the caller's reading)"
      : "";
  const value = `agricultural producer −${percent} %${reading}: ${reduced.toKzt()} KZT`;
  return { annual: reduced, steps: [{ step: "reduction", value, citation: reduction.citation }] };
}

/** The band's MRP part, the surcharge and their sum: the annual amount before coefficients. */
function annualBeforeCoefficients(input: CheckedVehicleTaxInput, law: LawForVehicleTax, mrp: Money) {
  const scales = valueOnFirstJanuary(law.vehicle.scales, input.year).value;
  const v = input.vehicle;
  const key = scaleKeyOf(v, scales);
  const scale = scales[key];
  const base = baseOf(v);
  const { band, established } = bandFor(key, base, input.year, scale?.bands ?? [], input.rates?.[key] ?? []);
  const bandText = `${band.over} < ${base.value.toString()} ${base.unit}${band.upTo === undefined ? "" : ` ≤ ${band.upTo}`}`;
  const mrpPart = mrp.times(band.mrp, "halfExpand");
  const steps: TaxStep[] = [
    {
      step: "band",
      value: `${key}: ${bandText} → ${band.mrp} MRP × ${mrp.toKzt()} = ${mrpPart.toKzt()} KZT`,
      ...(established && scale !== undefined ? { citation: scale.citation } : {}),
    },
  ];
  if (!established) {
    steps.push({
      step: "rate source",
      value: `caller-supplied rates.${key} (not established in the law read for ${input.year})`,
    });
  }
  let surcharge = Money.zero;
  if (v.kind === "passenger_car" && v.engineCc > 1500) {
    const perCc = valueOnFirstJanuary(law.vehicle.surchargePerCc, input.year);
    const excess = v.engineCc - band.over;
    surcharge = perCc.value.times(excess, "halfExpand");
    steps.push({
      step: "surcharge",
      value: `${perCc.value.toKzt()} KZT × (${v.engineCc} − ${band.over}) cm³ = ${surcharge.toKzt()} KZT`,
      citation: perCc.citation,
    });
  }
  const annual = mrpPart.plus(surcharge);
  steps.push({ step: "annual amount", value: `${annual.toKzt()} KZT` });
  return { mrpPart, surcharge, annual, steps };
}

/** The age coefficient of the year (none below the first band of years), applied as the input says. */
function ageCoefficient(
  input: CheckedVehicleTaxInput,
  law: LawForVehicleTax,
  amounts: { readonly mrpPart: Money; readonly surcharge: Money; readonly annual: Money },
): { readonly annual: Money; readonly steps: TaxStep[] } {
  const v = input.vehicle;
  const coefficients = valueOnFirstJanuary(law.vehicle.ageCoefficients, input.year);
  if (v.kind !== "passenger_car" || coefficients.value.length === 0 || v.manufacturedYear === undefined) {
    return { annual: amounts.annual, steps: [] };
  }
  const age = input.year - v.manufacturedYear;
  const found = coefficients.value.find((c) => age > c.over && (c.upTo === undefined || age <= c.upTo));
  if (found === undefined) {
    const none = `${age} years of operation: none (${coefficients.value[0]?.over ?? 0} or fewer)`;
    return {
      annual: amounts.annual,
      steps: [{ step: "age coefficient", value: none, citation: coefficients.citation }],
    };
  }
  const scope = input.ageCoefficientScope;
  if (!amounts.surcharge.isZero() && scope === undefined) {
    const message =
      "vehicle tax from 2026: the Code does not say whether the age coefficient scales the 7-KZT surcharge; set ageCoefficientScope to whole_amount or mrp_part";
    throw new FourthLevelError("INVALID_INPUT", message, { coefficient: found.coefficient }, [
      { path: ["ageCoefficientScope"], code: "INVALID_INPUT", message },
    ]);
  }
  const scaled =
    scope === "mrp_part"
      ? amounts.mrpPart.times(found.coefficient, "halfExpand").plus(amounts.surcharge)
      : amounts.annual.times(found.coefficient, "halfExpand");
  const value = `${age} years of operation → ${found.coefficient} on the ${scope === "mrp_part" ? "MRP part" : "whole amount"}: ${scaled.toKzt()} KZT`;
  return { annual: scaled, steps: [{ step: "age coefficient", value, citation: coefficients.citation }] };
}

/**
 * The vehicle tax of an input already checked by its schema, under `law` (already checked): the core of
 * {@link vehicleTax}.
 * @throws {@link FourthLevelError} as {@link vehicleTax}, except for the shape of the input.
 */
function computeVehicleTax(input: CheckedVehicleTaxInput, law: LawForVehicleTax): TaxResult {
  throwIssues(
    WHAT,
    yearOutsideIssues(law.vehicle.scales, input.year, "the vehicle tax is computed from 2018 (2017 Code)"),
  );
  const mrp = valueOnFirstJanuary(law.mrp, input.year);
  throwIssues(WHAT, lawIssues(input, law));
  const edition = taxCodeOf(input.year);
  const mrpStep: TaxStep = {
    step: "MRP",
    value: `${mrp.value.toKzt()} KZT, in force on ${input.year}-01-01 (${formatCitation(mrp.citation)})`,
    citation: MRP_DATE_CITATION[edition],
  };
  const exempt = exemption(input);
  if (exempt.exempt) {
    return { tax: "vehicle", year: input.year, amount: Money.zero, breakdown: [mrpStep, ...exempt.steps] };
  }
  const before = annualBeforeCoefficients(input, law, mrp.value);
  const aged = ageCoefficient(input, law, before);
  const reduced = agriculturalReduction(input, law, aged.annual);
  const steps = [mrpStep, ...exempt.steps, ...before.steps, ...aged.steps, ...reduced.steps];
  const annual = reduced.annual;
  const { due, step } = prorate(
    law.rounding,
    annual,
    input.months ?? 12,
    input.year,
    MONTHS_CITATION[edition],
  );
  return finishTax(law.rounding, "vehicle", input.year, due, step === undefined ? steps : [...steps, step]);
}

/**
 * Vehicle tax for one vehicle and tax year (2017 Code Art. 490–494 for 2018–2025; 2026 Code Art. 563–566
 * from 2026), as the tax authority computes it:
 * 1. the band of the vehicle's base (engine cm³, load t, seats, kW, hp) gives an MRP multiple, times the
 *    MRP in force on 1 January of the tax year;
 * 2. passenger cars over 1,500 cc add 7 KZT per cm³ above the band's lower bound;
 * 3. from 2026, passenger cars over 10 / 20 years old (tax year − year of manufacture) take 0.7 / 0.5;
 * 4. from 2026, agricultural legal entities may cut 70 %, except on the listed specialised machinery of
 *    Art. 563 p.3(1), which is exempt (unless leased out: then `reductionOnLeasedMachinery` decides);
 * 5. part year: annual ÷ 12 × months, to the tiyn (truncated from 2026, where whole tenge follows; half
 *    away from zero to 2025);
 * 6. rounding of the year (kept to the tiyn to 2025, whole tenge from 2026; see `TAX_ROUNDING`).
 * Rates the law read does not establish for the year (e.g. 2018–2025 buses over 25 seats, motorcycles,
 * boats) come from `rates`; without them the call fails naming the missing entry.
 *
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @returns The amount in KZT and the breakdown, each step with its article.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the input with its path (bad
 * base, months, year, exemption; a missing year of manufacture in 2026; a missing `ageCoefficientScope`
 * or `reductionOnLeasedMachinery` where it matters) or of `law`; `NO_ESTABLISHED_RATE` naming the entry
 * of `rates` to supply; `NO_VALUE_ON_DATE` (no MRP for the year).
 * @category Taxes
 * @example
 * ```ts
 * import { vehicleTax } from "fourth-level-budget";
 * // 2 000 cc car, 2025: 3 MRP × 3 932 + 7 × (2 000 − 1 500) = 11 796 + 3 500 = 15 296 KZT
 * const car = vehicleTax({ year: 2025, payer: "individual", vehicle: { kind: "passenger_car", engineCc: 2000 } });
 * car.amount.toKzt(); //=> "15296.00"
 * ```
 */
export function vehicleTax(input: VehicleTaxInput, law: LawForVehicleTax = LAW_FOR_VEHICLE_TAX): TaxResult {
  const lawInForce = checkedLaw<LawForVehicleTax>(lawForVehicleTaxSchema, law);
  return computeVehicleTax(parseInput(vehicleTaxInputSchema, input, WHAT), lawInForce);
}
