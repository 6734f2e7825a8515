import * as z from "zod";
import type { DatedSeries } from "../../../../calendar/dated.js";
import { type Citation, formatCitation } from "../../../../citation/citation.js";
import { decimalSchema, nonNegativeDecimalSchema } from "../../../../input/decimal.js";
import { kztTextSchema, moneySchema } from "../../../../input/money.js";
import { Dec, type RoundingMode } from "../../../../money/decimal.js";
import type { Money } from "../../../../money/money.js";
import {
  asWritten,
  mapKept,
  mapListKept,
  type RateTable,
  type RateTables,
  scaleDecimal,
} from "../../../../reform/rate-tables.js";
import { columnCSchema, roadRatesSchema } from "../advertising/advertising-law.js";
import type { AdvertisingBand, AdvertisingColumnRates, RoadRates } from "../advertising/rates.js";
import { iitRatesOfYearSchema } from "../iit/iit-law.js";
import type { IitRatesOfYear } from "../iit/rates.js";
import { agriculturalTableSchema, settlementTableSchema } from "../land/land-law.js";
import type { AgriculturalTable, SettlementRow, SettlementTable } from "../land/rates.js";
import type { PropertyTaxScale } from "../property/scale.js";
import type { RateScale, VehicleScales } from "../vehicle/rates.js";
import { vehicleScalesSchema } from "../vehicle/vehicle-law.js";
import { RATE_CEILINGS } from "./rate-ceilings.js";
import type { TaxLaw } from "./tax-law.js";

/** How many decimals a scaled number keeps: KZT to the tiyn, MRP multiples to 0.01 MRP, shares to 0.01 %. */
const KZT = 2;
const MRP = 2;
const PERCENT = 2;
const SHARE = 4;

type Scale<T> = (value: T, factor: string, rounding: RoundingMode, citation: Citation) => T;

/** A table whose values may be `undefined` (no table read for the period): `undefined` stays. */
const orNone =
  <T>(scale: Scale<T>): Scale<T | undefined> =>
  (value, factor, rounding, citation) =>
    value === undefined ? undefined : scale(value, factor, rounding, citation);

const money = (m: Money, factor: string, rounding: RoundingMode): Money => {
  const scaled = m.times(factor, rounding);
  return scaled.equals(m) ? m : scaled;
};
const decimalAt =
  (places: number): Scale<string> =>
  (text, factor, rounding) =>
    scaleDecimal(text, factor, rounding, places);

/** A KZT amount as the law holds it (`Money`) or as a file gives it (a KZT decimal string). */
const amountSchema = z.union([moneySchema, kztTextSchema]);

const settlement: Scale<SettlementTable> = (table, factor, rounding, citation) => {
  const rows = mapKept(table.rows as Record<string, SettlementRow>, (row): SettlementRow => {
    const other =
      row.other.kind === "fixed"
        ? { kind: "fixed" as const, perM2: scaleDecimal(row.other.perM2, factor, rounding, KZT) }
        : row.other; // a share of the oblast centre's rate follows the centre's
    const housing = row.housing === undefined ? undefined : scaleDecimal(row.housing, factor, rounding, KZT);
    const same =
      (other.kind !== "fixed" || other.perM2 === (row.other as typeof other).perM2) &&
      housing === row.housing;
    return same ? row : { ...row, other, ...(housing === undefined ? {} : { housing }) };
  });
  return rows === table.rows ? table : { ...table, rows, citation };
};

const agricultural: Scale<AgriculturalTable> = (table, factor, rounding, citation) => {
  const rows = mapKept(table.rows as Record<string, Readonly<Record<string, string>>>, (zone) =>
    mapKept(zone, (rate) => scaleDecimal(rate, factor, rounding, KZT)),
  );
  if (rows === table.rows) return table;
  const cited = Object.fromEntries(Object.keys(rows).map((zone) => [zone, citation]));
  return { rows, citation: { ...table.citation, ...cited } };
};

/** Bands with one decimal field scaled; the list itself where none changes. */
function scaledBands<B extends object>(bands: readonly B[], key: keyof B, scale: (text: string) => string) {
  return mapListKept(bands, (band) => {
    const value = scale(band[key] as string);
    return value === band[key] ? band : { ...band, [key]: value };
  });
}

const vehicleScales: Scale<VehicleScales> = (scales, factor, rounding, citation) =>
  mapKept(scales as Record<string, RateScale>, (scale) => {
    const bands = scaledBands(scale.bands, "mrp", (t) => scaleDecimal(t, factor, rounding, MRP));
    return bands === scale.bands ? scale : { ...scale, bands, citation };
  }) as VehicleScales;

const propertyScale: Scale<PropertyTaxScale> = (scale, factor, rounding, citation) => {
  const rows = mapListKept(scale.rows, (row) => {
    const fixed = money(row.fixed, factor, rounding);
    const ratePercent = scaleDecimal(row.ratePercent, factor, rounding, SHARE);
    return fixed === row.fixed && ratePercent === row.ratePercent ? row : { ...row, fixed, ratePercent };
  });
  return rows === scale.rows ? scale : { ...scale, rows, citation };
};

const iitRates: Scale<IitRatesOfYear> = (rates, factor, rounding, citation) =>
  mapKept(rates, (schedule) => {
    if (!("bands" in schedule)) return schedule;
    const bands = scaledBands(schedule.bands, "rate", (t) => scaleDecimal(t, factor, rounding, SHARE));
    return bands === schedule.bands ? schedule : { ...schedule, bands, citation };
  }) as IitRatesOfYear;

const columnC: Scale<AdvertisingColumnRates> = (column, factor, rounding, citation) => {
  const rates = mapKept(column.rates as Record<string, readonly AdvertisingBand[]>, (bands) =>
    scaledBands(bands, "mrp", (t) => scaleDecimal(t, factor, rounding, MRP)),
  );
  return rates === column.rates ? column : { ...column, rates, citation };
};

const roads: Scale<RoadRates> = (table, factor, rounding, citation) => {
  const mrpUpTo3M2 = mapKept(table.mrpUpTo3M2, (rate) =>
    scaleDecimal(rate, factor, rounding, MRP),
  ) as RoadRates["mrpUpTo3M2"];
  return mrpUpTo3M2 === table.mrpUpTo3M2 ? table : { ...table, mrpUpTo3M2, citation };
};

const propertyScaleSchema = z.object({
  rows: z
    .array(
      z.object({
        over: amountSchema,
        upTo: amountSchema.optional(),
        fixed: amountSchema,
        ratePercent: asWritten(nonNegativeDecimalSchema),
      }),
    )
    .min(1),
  citation: z.looseObject({ act: z.string(), article: z.string(), versionDate: z.string() }),
  note: z.string().optional(),
});

/** A table of the catalogue: what it is, how a replacement is read and how it is scaled. */
function table<T>(
  title: string,
  schema: z.ZodType<unknown, unknown>,
  scale: Scale<T>,
  ebk?: string[],
): Omit<RateTable, "ceiling"> {
  return { title, schema, scale: scale as RateTable["scale"], ...(ebk === undefined ? {} : { ebk }) };
}

/** The tables with their ceilings (see {@link RATE_CEILINGS}), by path. */
const withCeilings = (tables: Record<string, Omit<RateTable, "ceiling">>): Record<string, RateTable> =>
  Object.fromEntries(
    Object.entries(tables).map(([path, t]) => {
      const ceiling = Object.hasOwn(RATE_CEILINGS, path) ? RATE_CEILINGS[path] : undefined;
      return [path, ceiling === undefined ? t : { ...t, ceiling }];
    }),
  );

/** The ± limit the law sets on a maslikhat's adjustment: each coefficient set against each limit in force on its days. */
function maslikhatLimitProblems(taxLaw: unknown): string[] {
  const land = (taxLaw as TaxLaw).land;
  const limits: DatedSeries<string> = land.maslikhatAdjustmentLimitPercent;
  return land.maslikhatAdjustmentPercent.entries.flatMap((entry) =>
    entry.value === undefined
      ? []
      : limits.entries
          .filter(
            (l) =>
              (l.to === undefined || entry.from <= l.to) && (entry.to === undefined || l.from <= entry.to),
          )
          .filter((l) => new Dec(entry.value as string).abs().greaterThan(l.value))
          .map(
            (l) =>
              `a maslikhat adjustment of ${entry.value} % of the land-tax base rates (from ${entry.from}) is outside the ±${l.value} % the law allows from ${l.from}: ${formatCitation(l.citation)}`,
          ),
  );
}

/**
 * The rate tables and coefficients of the Kazakh tax law ({@link TaxLaw}) that a `tax_rate` change may
 * scale or replace, by path, and the limits the Tax Code sets on them. Scaled numbers keep their
 * precision: KZT rates and amounts to the tiyn, MRP multiples to 0.01 MRP, percents to 0.01 %, IIT rates
 * (shares) and property-tax percents to 4 decimals; a share of the oblast-centre rate follows the
 * centre's. The limits: a maslikhat's adjustment of land-tax base rates within the ± limit in force
 * (2026 Code Art. 582 p.1: ±50 %). Every table has a ceiling: IIT rates at most 1, percents at most
 * 100 %, KZT rates and amounts at most 1 000 000 000 KZT, MRP multiples at most 1 000 000 MRP (the last
 * two bounds of this library against typos, not of the law). A table's `ebk` names the lines whose
 * receipts `compare` may scale.
 * @category Reforms
 * @example
 * ```ts
 * Object.keys(KAZAKHSTAN_RATE_TABLES.tables).includes("land.maslikhatAdjustmentPercent"); //=> true
 * KAZAKHSTAN_RATE_TABLES.tables["land.settlement"]?.ebk; //=> ["104302"]
 * ```
 */
export const KAZAKHSTAN_RATE_TABLES: RateTables = {
  tables: withCeilings({
    mrp: table("the MRP for taxes and fines, KZT", amountSchema, money),
    "land.settlement": table(
      "land tax on settlement land, KZT per m²",
      asWritten(settlementTableSchema),
      orNone(settlement),
      ["104302"],
    ),
    "land.agricultural": table(
      "land tax on agricultural land, KZT per ha",
      asWritten(agriculturalTableSchema),
      agricultural,
    ),
    "land.maslikhatAdjustmentPercent": table(
      "the maslikhat adjustment of land-tax base rates set for every maslikhat, percent",
      asWritten(decimalSchema().optional()),
      orNone(decimalAt(PERCENT)),
    ),
    "land.maslikhatAdjustmentLimitPercent": table(
      "the ± limit of a maslikhat's adjustment of land-tax base rates, percent",
      asWritten(nonNegativeDecimalSchema),
      decimalAt(PERCENT),
    ),
    "land.industrialCutLimitPercent": table(
      "the most maslikhats may cut the land-tax rates of industrial land, percent",
      asWritten(nonNegativeDecimalSchema),
      decimalAt(PERCENT),
    ),
    "vehicle.scales": table("vehicle tax scales, MRP", asWritten(vehicleScalesSchema), vehicleScales),
    "vehicle.surchargePerCc": table("vehicle tax surcharge per cm³, KZT", amountSchema, money),
    "property.scales": table("property tax scale of individuals", propertyScaleSchema, propertyScale),
    "iit.selfAssessed": table(
      "IIT rates on self-declared income",
      asWritten(iitRatesOfYearSchema),
      iitRates,
      ["101202"],
    ),
    "advertising.columnC": table(
      "outdoor advertising fee, column C (fourth-level places), MRP a month",
      asWritten(columnCSchema),
      orNone(columnC),
      ["105430"],
    ),
    "advertising.roads": table(
      "outdoor advertising fee on republican roads, MRP a month",
      asWritten(roadRatesSchema),
      roads,
    ),
  }),
  limits: maslikhatLimitProblems,
};
