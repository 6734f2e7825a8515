import * as z from "zod";
import { decimalSchema, got, wholeNumberSchema } from "../../../../input/decimal.js";
import type { DecimalInput } from "../../../../money/decimal.js";
import { monthsOwnedSchema, payerSchema, taxYearSchema } from "../tax-input.js";
import { type RateBand, VEHICLE_SCALE_KEYS, type VehicleScaleKey } from "./rates.js";
import { rateBandSchema } from "./vehicle-law.js";

/**
 * A vehicle as the tax sees it: its category (2026: the driving-licence category B / C / D) and the base
 * its rate depends on.
 * - `passenger_car`: engine volume in cm³ (whole number); the year of manufacture (from the vehicle
 *   passport; needed from 2026 for the age coefficient); whether it was made in Kazakhstan or imported
 *   after 31.12.2013 (2018–2025 only: cars over 3,000 cc then pay the elevated scale).
 * - `truck` (and special vehicles): load capacity in tonnes, a decimal (`"1.5"`, never a float), at most
 *   5,000 t.
 * - `bus`: passenger seats.
 * - `tractor`: tractors, self-propelled agricultural, melioration and road-building machines, off-road vehicles.
 * - `motorcycle` (also scooters, snowmobiles, small vessels): engine power in kW, a decimal, at most 1,000.
 * - `boat` (motor boats, vessels, tugs, barges, yachts): engine power in hp, a decimal, at most 200,000.
 * @category Taxes
 */
export type Vehicle =
  | {
      readonly kind: "passenger_car";
      readonly engineCc: number;
      readonly manufacturedYear?: number | undefined;
      readonly madeOrImportedAfter2013?: boolean | undefined;
    }
  | { readonly kind: "truck"; readonly payloadTonnes: DecimalInput }
  | { readonly kind: "bus"; readonly seats: number }
  | { readonly kind: "tractor" }
  | { readonly kind: "motorcycle"; readonly powerKw: DecimalInput }
  | { readonly kind: "boat"; readonly powerHp: DecimalInput };

/**
 * An exemption from the vehicle tax:
 * - `veteran_or_award`, `disability`: personal exemptions, one vehicle per person (2017 Code Art. 490
 *   p.3; 2026 Code Art. 563 p.3 items 5–6);
 * - from 2026, peasant farms on the special regime (Art. 563 p.3 item 2): `peasant_farm_passenger_car`
 *   (one car of at most 2,500 cc per farm) and `peasant_farm_pickup` (one pickup per farm, a category-B
 *   vehicle); the caller vouches that it is the farm's one such vehicle;
 * - from 2026, `specialised_farm_machinery` (Art. 563 p.3 item 1): specialised agricultural machinery on
 *   the list of the authority for the agro-industrial complex, used in the owner's own farm production, of
 *   an agricultural legal entity (Art. 357 p.2(1)–(2); set `agriculturalProducer`) or of the head or a
 *   member of a peasant farm (an individual); the caller vouches that it is on the list. Such machinery
 *   pays nothing, so the 70 % reduction of Art. 566 p.2, which excludes it, never meets it.
 *
 * Items 1 and 2 do not apply to a vehicle transferred for use, trust management or lease
 * (`leasedOut`, Art. 563 p.3, last part).
 * @category Taxes
 */
export type VehicleExemption =
  | "veteran_or_award"
  | "disability"
  | "peasant_farm_passenger_car"
  | "peasant_farm_pickup"
  | "specialised_farm_machinery";

/**
 * Input of {@link vehicleTax}.
 * @category Taxes
 */
export interface VehicleTaxInput {
  /** The tax year (2018 →; the MRP in force on its 1 January is used). */
  readonly year: number;
  readonly payer: "individual" | "legal_entity";
  readonly vehicle: Vehicle;
  /** Months of ownership in the year, 1–12 (12 by default); see `ownershipMonths`. */
  readonly months?: number | undefined;
  /** An exemption; the tax is then zero (see {@link VehicleExemption}). */
  readonly exemption?: VehicleExemption | undefined;
  /**
   * 2026 only: for an exempt person's car over 4,000 cc, whether it changed owner after 31.12.2013 (then the
   * exemption does not apply, Art. 563 p.4). Required in that case.
   */
  readonly ownerChangedAfter2013?: boolean | undefined;
  /**
   * 2026 →: an agricultural legal entity or cooperative (Art. 357 p.2(1)–(2)): it cuts the tax by 70 %
   * (Art. 566 p.2), except on the listed specialised machinery of Art. 563 p.3(1), which is exempt
   * (`exemption: "specialised_farm_machinery"`).
   */
  readonly agriculturalProducer?: boolean | undefined;
  /**
   * 2026 →: the vehicle is transferred for use, trust management or lease: the farm exemptions
   * (`specialised_farm_machinery`, `peasant_farm_*`) then do not apply (Art. 563 p.3, last part).
   * Ignored for the other exemptions.
   */
  readonly leasedOut?: boolean | undefined;
  /**
   * 2026 →, open in the Code: whether an agricultural legal entity's listed machinery that is leased out
   * (so not exempt) takes the 70 % reduction. Art. 566 p.2 excludes "the vehicles specified in Art. 563
   * p.3(1)" from the reduction, which reads as no reduction (`false`); the Code does not settle it.
   * Required in that case only.
   */
  readonly reductionOnLeasedMachinery?: boolean | undefined;
  /**
   * 2026 →: whether the age coefficient scales the whole amount or only the MRP part (the 7-KZT surcharge
   * unscaled). The Code does not say; required when a coefficient below 1 meets a surcharge.
   */
  readonly ageCoefficientScope?: "whole_amount" | "mrp_part" | undefined;
  /**
   * MRP multiples the law does not establish for the year, supplied by the caller, by scale key and band:
   * e.g. `{ bus: [{ over: 25, mrp: "20" }] }` for 2018–2025 buses over 25 seats. Added after the
   * established bands; a band overlapping an established one is refused.
   */
  readonly rates?: Readonly<Partial<Record<VehicleScaleKey, readonly RateBand[]>>> | undefined;
}

/**
 * A truck's load capacity in t, above 0 and at most 5,000 t: the largest haul trucks carry about 450 t,
 * the largest mobile cranes lift about 1,200 t, so a larger load is a typing or unit error (kg for t).
 */
const payloadSchema = decimalSchema({
  above: 0,
  max: 5000,
  why: "no truck or special vehicle carries that much: the largest haul trucks carry about 450 t, the largest mobile cranes lift about 1,200 t; the load capacity is in t",
});

/** A motorcycle's (scooter's, snowmobile's, small vessel's) engine power in kW, at most 1,000 kW. */
const motorcyclePowerSchema = decimalSchema({
  above: 0,
  max: 1000,
  why: "nothing taxed as a motorcycle (scooters, snowmobiles, small vessels) is that powerful: production motorcycles have under 250 kW; the power is in kW",
});

/** A vessel's engine power in hp, at most 200,000 hp: the largest marine diesel engines give about 110,000 hp. */
const boatPowerSchema = decimalSchema({
  above: 0,
  max: 200_000,
  why: "no vessel's engine is that powerful: the largest marine diesel engines give about 110,000 hp; the power is in hp",
});

const object = <K extends string, T extends z.ZodRawShape>(kind: K, shape: T) =>
  z.strictObject({ kind: z.literal(kind), ...shape });

/** The schema of a {@link Vehicle} (shared by {@link vehicleTax} and the registry of vehicles). */
export const vehicleSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("passenger_car"),
      engineCc: wholeNumberSchema(
        1,
        100_000,
        (v) => `engine volume ${v} must be a whole number of cm³, 1 or more`,
      ),
      manufacturedYear: wholeNumberSchema(
        1900,
        2100,
        (v) => `year of manufacture ${v} must be a whole year`,
      ).optional(),
      madeOrImportedAfter2013: z.boolean().optional(),
    }),
    object("truck", { payloadTonnes: payloadSchema }),
    object("bus", {
      seats: wholeNumberSchema(1, 1000, (v) => `seats ${v} must be a whole number, 1 or more`),
    }),
    object("tractor", {}),
    object("motorcycle", { powerKw: motorcyclePowerSchema }),
    object("boat", { powerHp: boatPowerSchema }),
  ],
  {
    error: (issue) =>
      `must be a vehicle { kind, … } with kind passenger_car, truck, bus, tractor, motorcycle or boat (${got(issue.input)})`,
  },
);

/** The schema of a {@link VehicleExemption}. */
export const vehicleExemptionSchema = z.enum([
  "veteran_or_award",
  "disability",
  "peasant_farm_passenger_car",
  "peasant_farm_pickup",
  "specialised_farm_machinery",
]);

/** The 2026 choice the Code leaves open: what the age coefficient scales. */
export const ageCoefficientScopeSchema = z.enum(["whole_amount", "mrp_part"]);

type Parsed = {
  readonly year: number;
  readonly payer: "individual" | "legal_entity";
  readonly vehicle: z.output<typeof vehicleSchema>;
  readonly exemption?: VehicleExemption | undefined;
  readonly ownerChangedAfter2013?: boolean | undefined;
  readonly agriculturalProducer?: boolean | undefined;
};

/** The exemptions of peasant farms (Art. 563 p.3(2)). */
const PEASANT_FARM: readonly (VehicleExemption | undefined)[] = [
  "peasant_farm_passenger_car",
  "peasant_farm_pickup",
];

/** The problems of the exemption of listed specialised farm machinery (Art. 563 p.3(1)), each at its path. */
function machineryIssues(input: Parsed, add: (path: (string | number)[], message: string) => void): void {
  if (input.exemption !== "specialised_farm_machinery") return;
  if (input.year < 2026) {
    add(
      ["exemption"],
      "the exemption of listed specialised farm machinery is read in the 2026 Code (Art. 563 p.3(1)); for 2018–2025 it is not established",
    );
  }
  if (input.payer === "legal_entity" && input.agriculturalProducer !== true) {
    add(
      ["agriculturalProducer"],
      "Art. 563 p.3(1) exempts the listed machinery of agricultural producers (Art. 357 p.2(1)–(2)) and of peasant farms: for a legal entity set agriculturalProducer: true",
    );
  }
}

/** The rules between fields that hold whatever the law value: each problem at its path. */
function crossFieldIssues(input: Parsed, ctx: z.RefinementCtx): void {
  const add = (path: (string | number)[], message: string) =>
    ctx.issues.push({ code: "custom", path, message, input });
  const { vehicle: v, exemption, year } = input;
  if (v.kind === "passenger_car" && v.manufacturedYear !== undefined && v.manufacturedYear > year) {
    add(
      ["vehicle", "manufacturedYear"],
      `year of manufacture ${v.manufacturedYear} is after the tax year ${year}`,
    );
  }
  const farm = PEASANT_FARM.includes(exemption);
  const personal = exemption === "veteran_or_award" || exemption === "disability";
  machineryIssues(input, add);
  if (farm && (year < 2026 || v.kind !== "passenger_car")) {
    add(
      ["exemption"],
      "the peasant-farm exemptions exist from 2026 and are for category-B vehicles (passenger cars, pickups)",
    );
  }
  if (exemption === "peasant_farm_passenger_car" && v.kind === "passenger_car" && v.engineCc > 2500) {
    add(
      ["vehicle", "engineCc"],
      `a peasant farm's exempt passenger car is at most 2 500 cc, not ${v.engineCc} (Art. 563 p.3)`,
    );
  }
  if (personal && input.payer !== "individual") {
    add(
      ["exemption"],
      "the personal exemptions (veterans, persons with disabilities) are for individuals, not legal entities",
    );
  }
  const bigCar = v.kind === "passenger_car" && v.engineCc > 4000;
  if (personal && bigCar && year >= 2026 && input.ownerChangedAfter2013 === undefined) {
    add(
      ["ownerChangedAfter2013"],
      "vehicle tax 2026: for an exempt person's car over 4 000 cc, say whether it changed owner after 31.12.2013 (Art. 563 p.4)",
    );
  }
}

/** The schema of {@link VehicleTaxInput}: every field, and the rules between fields. */
export const vehicleTaxInputSchema = z
  .strictObject(
    {
      year: taxYearSchema,
      payer: payerSchema,
      vehicle: vehicleSchema,
      months: monthsOwnedSchema.optional(),
      exemption: vehicleExemptionSchema.optional(),
      ownerChangedAfter2013: z.boolean().optional(),
      agriculturalProducer: z.boolean().optional(),
      leasedOut: z.boolean().optional(),
      reductionOnLeasedMachinery: z.boolean().optional(),
      ageCoefficientScope: ageCoefficientScopeSchema.optional(),
      rates: z.partialRecord(z.enum(VEHICLE_SCALE_KEYS), z.array(rateBandSchema)).optional(),
    },
    { error: "must be an object { year, payer, vehicle, … }" },
  )
  .superRefine((input, ctx) => {
    crossFieldIssues(input, ctx);
    if (input.agriculturalProducer === true && input.payer !== "legal_entity") {
      ctx.issues.push({
        code: "custom",
        path: ["agriculturalProducer"],
        message: "the reduction for agricultural producers is for legal entities and cooperatives",
        input,
      });
    }
  });

/** A {@link VehicleTaxInput} as its schema outputs it (decimals in canonical form). */
export type CheckedVehicleTaxInput = z.output<typeof vehicleTaxInputSchema>;
