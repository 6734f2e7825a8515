import * as z from "zod";
import {
  ADVERTISING_FEE_LAW,
  type AdvertisingFeeLaw,
  advertisingFeeLawSchema,
} from "../advertising/advertising-law.js";
import { IIT_LAW, type IitLaw, iitLawSchema } from "../iit/iit-law.js";
import { LAND_TAX_LAW, type LandTaxLaw, landTaxLawSchema } from "../land/land-law.js";
import { checkedLaw, TAX_LAW_BASICS, type TaxLawBasics, taxLawBasicsShape } from "../law-basics.js";
import { PROPERTY_TAX_LAW, type PropertyTaxLaw, propertyTaxLawSchema } from "../property/property-law.js";
import { VEHICLE_TAX_LAW, type VehicleTaxLaw, vehicleTaxLawSchema } from "../vehicle/vehicle-law.js";

/**
 * Everything the local-tax calculators read from the law, as one value: dated series of rate tables and
 * parameters, each entry with its citation. Every calculator takes it as its last argument (the bundled
 * {@link KAZAKHSTAN_TAX_LAW} by default; a calculator reads only its part, e.g. `LawForVehicleTax`), so a reform — a table scaled or replaced, a maslikhat
 * coefficient changed, from a date — is a changed copy of this value, never a change to the code.
 * - `mrp`: the MRP for taxes and fines, KZT (vehicle and property tax read it on 1 January of the tax
 *   year; the advertising fee on the 1st of each month);
 * - `rounding`: how computed taxes are rounded in each tax year;
 * - `vehicle`, `property`, `land`, `advertising`, `iit`: each tax's tables (see their types).
 * @category Kazakhstan law
 */
export interface TaxLaw extends TaxLawBasics {
  readonly vehicle: VehicleTaxLaw;
  readonly property: PropertyTaxLaw;
  readonly land: LandTaxLaw;
  readonly advertising: AdvertisingFeeLaw;
  readonly iit: IitLaw;
}

/**
 * The tax law bundled with the library: the 2017 Tax Code for 2018–2025 and the 2026 Code from 2026, as
 * read or as published (each entry's citation says which), with the MRP of `MRP_FOR_TAXES`.
 * @category Kazakhstan law
 * @example
 * ```ts
 * import { KAZAKHSTAN_TAX_LAW, valueOnFirstJanuary } from "fourth-level-budget";
 * valueOnFirstJanuary(KAZAKHSTAN_TAX_LAW.mrp, 2026).value.toKzt(); //=> "4325.00"
 * ```
 */
export const KAZAKHSTAN_TAX_LAW: TaxLaw = {
  ...TAX_LAW_BASICS,
  vehicle: VEHICLE_TAX_LAW,
  property: PROPERTY_TAX_LAW,
  land: LAND_TAX_LAW,
  advertising: ADVERTISING_FEE_LAW,
  iit: IIT_LAW,
};

/**
 * The schema of a {@link TaxLaw}: every series well formed (dates, citations, no overlap or gap) and
 * every table of the shape the calculators read.
 * @category Kazakhstan law
 */
export const taxLawSchema = z.object(
  {
    ...taxLawBasicsShape,
    vehicle: vehicleTaxLawSchema,
    property: propertyTaxLawSchema,
    land: landTaxLawSchema,
    advertising: advertisingFeeLawSchema,
    iit: iitLawSchema,
  },
  { error: "must be a tax law value such as KAZAKHSTAN_TAX_LAW" },
);

/**
 * `law` checked against {@link taxLawSchema} (once per value).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the law value with its path.
 */
export function checkedTaxLaw(law: unknown): TaxLaw {
  return checkedLaw<TaxLaw>(taxLawSchema, law);
}
