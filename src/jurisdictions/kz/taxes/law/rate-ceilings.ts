import { Dec } from "../../../../money/decimal.js";
import type { Money } from "../../../../money/money.js";
import type { RateCeiling } from "../../../../reform/rate-tables.js";
import type { AdvertisingColumnRates, RoadRates } from "../advertising/rates.js";
import { MAX_IIT_RATE } from "../iit/iit-law.js";
import type { IitRatesOfYear } from "../iit/rates.js";
import type { AgriculturalTable, SettlementTable } from "../land/rates.js";
import type { PropertyTaxScale } from "../property/scale.js";
import type { VehicleScales } from "../vehicle/rates.js";

/**
 * The bounds of the rate tables a `tax_rate` change may scale or replace (see `KAZAKHSTAN_RATE_TABLES`).
 * Shares and percents are bounded by what they are (a share of a base: at most 100 %); amounts in KZT
 * and multiples of the MRP have no bound in the law, so they get one of this library against typos,
 * far above any rate of the law, which keeps the taxes computed from them within the 18 digits of tenge
 * the library reads.
 */

/** The most a KZT rate or amount of a table may be: 1 000 000 000 KZT (the 2026 MRP is 4 325 KZT). */
const MAX_KZT = "1000000000";
/** The most an MRP multiple of a table may be: 1 000 000 MRP (4 325 000 000 KZT at the 2026 MRP). */
const MAX_MRP = "1000000";

const KZT_WHAT = `a bound of this library against typos, not of the law: ${MAX_KZT} KZT, far above any rate or amount of the tax law`;
const MRP_WHAT = `a bound of this library against typos, not of the law: ${MAX_MRP} MRP, i.e. 4325000000 KZT at the 2026 MRP, far above any rate of the tax law`;

const kzt = (rates: (value: never) => readonly string[]): RateCeiling => ({
  max: MAX_KZT,
  what: KZT_WHAT,
  rates: (value) => (value === undefined ? [] : rates(value as never)),
});
const mrp = (rates: (value: never) => readonly string[]): RateCeiling => ({
  max: MAX_MRP,
  what: MRP_WHAT,
  rates: (value) => (value === undefined ? [] : rates(value as never)),
});
const percent = (what: string): RateCeiling => ({
  max: "100",
  what,
  rates: (value) => (value === undefined ? [] : [new Dec(value as string).abs().toFixed()]),
});

/** The ceiling of each table, by its path in the tax law. */
export const RATE_CEILINGS: Readonly<Record<string, RateCeiling>> = {
  mrp: kzt((m: Money) => [m.toKzt()]),
  "land.settlement": kzt((t: SettlementTable) =>
    Object.values(t.rows).flatMap((row) => [
      ...(row?.other.kind === "fixed" ? [row.other.perM2] : []),
      ...(row?.housing === undefined ? [] : [row.housing]),
    ]),
  ),
  "land.agricultural": kzt((t: AgriculturalTable) =>
    Object.values(t.rows).flatMap((zone) => (zone === undefined ? [] : Object.values(zone))),
  ),
  "land.maslikhatAdjustmentPercent": percent(
    "an adjustment of the base rates in percent: at most 100 % either way, since a cut of more makes a rate negative",
  ),
  "land.maslikhatAdjustmentLimitPercent": percent(
    "a limit of the adjustment of the base rates in percent: at most 100 %, since a cut of more makes a rate negative",
  ),
  "land.industrialCutLimitPercent": percent(
    "a cut of the rates in percent: at most 100 %, since a cut of more makes a rate negative",
  ),
  "vehicle.scales": mrp((s: VehicleScales) =>
    Object.values(s).flatMap((scale) => scale.bands.map((b) => b.mrp)),
  ),
  "vehicle.surchargePerCc": kzt((m: Money) => [m.toKzt()]),
  "property.scales": {
    max: "100",
    what: "a rate in percent of the property's value: at most 100 %",
    rates: (value) => (value as PropertyTaxScale).rows.map((r) => r.ratePercent),
  },
  "iit.selfAssessed": {
    max: String(MAX_IIT_RATE),
    what: "an IIT rate is a share of the income: at most 1, i.e. 100 %",
    rates: (value) =>
      Object.values(value as IitRatesOfYear).flatMap((s) => ("bands" in s ? s.bands.map((b) => b.rate) : [])),
  },
  "advertising.columnC": mrp((c: AdvertisingColumnRates) =>
    Object.values(c.rates).flatMap((bands) => (bands ?? []).map((b) => b.mrp)),
  ),
  "advertising.roads": mrp((r: RoadRates) => Object.values(r.mrpUpTo3M2)),
};
