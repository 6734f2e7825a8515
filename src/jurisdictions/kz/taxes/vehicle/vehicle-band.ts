import { FourthLevelError } from "../../../../errors/error.js";
import { Dec } from "../../../../money/decimal.js";
import { noEstablishedRate } from "../tax-errors.js";
import type { RateBand, VehicleScaleKey, VehicleScales } from "./rates.js";
import type { CheckedVehicleTaxInput } from "./vehicle-input.js";

type CheckedVehicle = CheckedVehicleTaxInput["vehicle"];

/** The base the rate depends on: engine cm³, load t, seats, kW, hp; a tractor is one vehicle. */
export function baseOf(vehicle: CheckedVehicle): { readonly value: Dec; readonly unit: string } {
  switch (vehicle.kind) {
    case "passenger_car":
      return { value: new Dec(vehicle.engineCc), unit: "cm³" };
    case "truck":
      return { value: new Dec(vehicle.payloadTonnes), unit: "t" };
    case "bus":
      return { value: new Dec(vehicle.seats), unit: "seats" };
    case "tractor":
      return { value: new Dec(1), unit: "vehicle" };
    case "motorcycle":
      return { value: new Dec(vehicle.powerKw), unit: "kW" };
    case "boat":
      return { value: new Dec(vehicle.powerHp), unit: "hp" };
  }
}

const inBand = (base: Dec) => (b: RateBand) =>
  base.greaterThan(b.over) && (b.upTo === undefined || base.lessThanOrEqualTo(b.upTo));

/**
 * The scale a vehicle is taxed on: its kind's, except a car made in Kazakhstan or imported after
 * 31.12.2013 whose engine falls in a band of the period's elevated scale (`passenger_car_post_2013`,
 * 2017 Code Art. 492 p.2: over 3,000 cc).
 */
export function scaleKeyOf(vehicle: CheckedVehicle, scales: VehicleScales): VehicleScaleKey {
  const elevated = scales.passenger_car_post_2013;
  if (
    vehicle.kind === "passenger_car" &&
    vehicle.madeOrImportedAfter2013 === true &&
    elevated?.bands.some(inBand(new Dec(vehicle.engineCc))) === true
  ) {
    return "passenger_car_post_2013";
  }
  return vehicle.kind;
}

/**
 * The band containing `base` (over < base ≤ upTo) among the established `bands` and the caller's
 * `supplied` ones.
 * @throws {@link FourthLevelError} `NO_ESTABLISHED_RATE` naming the entry to supply (`rates.<key>`);
 * `INVALID_INPUT` when a supplied band overlaps an established one at `base`.
 */
export function bandFor(
  key: VehicleScaleKey,
  base: { readonly value: Dec; readonly unit: string },
  year: number,
  bands: readonly RateBand[],
  supplied: readonly RateBand[],
): { readonly band: RateBand; readonly established: boolean } {
  const found = [...bands, ...supplied].filter(inBand(base.value));
  const at = `${base.value.toString()} ${base.unit}`;
  const band = found[0];
  if (found.length > 1) {
    const message = `vehicle tax ${year}: the supplied rates for ${key} overlap the established bands at ${at}`;
    throw new FourthLevelError("INVALID_INPUT", message, { key }, [
      { path: ["rates", key], code: "INVALID_INPUT", message },
    ]);
  }
  if (band === undefined) {
    throw noEstablishedRate(
      `vehicle tax ${year}: no established rate for ${key} at ${at} — the law read does not set it for this year; supply it as rates.${key} = [{ over, upTo?, mrp }]`,
      ["rates", key],
      { key, base: base.value.toString(), unit: base.unit, year, missing: `rates.${key}` },
    );
  }
  return { band, established: bands.includes(band) };
}
