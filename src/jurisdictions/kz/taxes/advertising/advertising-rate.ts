import { valueOn } from "../../../../calendar/dated.js";
import { firstJanuary } from "../../../../calendar/iso-date.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { Dec } from "../../../../money/decimal.js";
import { noEstablishedRate } from "../tax-errors.js";
import type { TaxStep } from "../tax-result.js";
import type { CheckedAdvertisingFeeInput } from "./advertising-input.js";
import type { LawForAdvertisingFee } from "./advertising-law.js";
import { type AdObjectType, type AdvertisingBand, COLUMN_C_2026 } from "./rates.js";

/** The base rate in MRP per side per month, the area factor (numerator ÷ denominator) and the steps. */
export interface AdvertisingRate {
  readonly rateMrp: Dec;
  readonly areaNumerator: Dec;
  readonly areaDenominator: bigint;
  /** Whether the maslikhat may adjust the rate (column C, not republican roads). */
  readonly adjustable: boolean;
  readonly steps: readonly TaxStep[];
}

/** A decimal shown with at most six places (`…` when cut). */
export function fmt(d: Dec): string {
  const shown = d.toDecimalPlaces(6);
  return shown.equals(d) ? d.toFixed() : `${shown.toFixed()}…`;
}

/** The band of `bands` holding `area` (edges inclusive), or undefined. */
function bandFor(bands: readonly AdvertisingBand[], area: Dec | undefined): AdvertisingBand | undefined {
  if (area === undefined) return bands.length === 1 && bands[0]?.upToM2 === undefined ? bands[0] : undefined;
  return bands.find((b) => b.upToM2 === undefined || area.lessThanOrEqualTo(b.upToM2));
}

function bandLabel(bands: readonly AdvertisingBand[], band: AdvertisingBand): string {
  const lower = bands[bands.indexOf(band) - 1]?.upToM2;
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

function missingColumnC(
  input: CheckedAdvertisingFeeInput,
  type: AdObjectType,
  area: Dec | undefined,
  known: boolean,
  read: boolean,
): FourthLevelError {
  const hint2026 = bandFor(COLUMN_C_2026[type] ?? [], area);
  const where = area === undefined ? "" : ` with a side of ${area.toFixed()} m²`;
  const hint =
    hint2026 === undefined ? "" : ` (in the 2026 table: ${bandLabel(COLUMN_C_2026[type] ?? [], hint2026)})`;
  const missing = `rateTable.columnC.${type}${known ? ` band covering ${area?.toFixed()} m²` : ""}`;
  const notRead = read
    ? ";"
    : " — the column for cities of district significance, villages and settlements of this year (2017 Code Art. 605 / decree No 1055) was not read;";
  return noEstablishedRate(
    `advertising fee ${input.year}: no column-C rate for ${type}${where}${hint}${notRead} supply ${missing}`,
    ["rateTable", "columnC", type],
    { year: input.year, objectType: type, areaM2: area?.toFixed() ?? null, missing },
  );
}

/** Column C (fourth-level places): the band of the object type for the area, the caller's table first. */
function columnCRate(
  input: CheckedAdvertisingFeeInput,
  law: LawForAdvertisingFee,
  type: AdObjectType,
  area: Dec | undefined,
): AdvertisingRate {
  const builtIn = valueOn(law.advertising.columnC, firstJanuary(input.year)).value;
  const callerBands = input.rateTable?.columnC?.[type];
  const bands = callerBands ?? builtIn?.rates[type];
  const citation = callerBands !== undefined ? input.rateTable?.citation : builtIn?.citation;
  if (bands !== undefined && area === undefined && (bands.length > 1 || bands[0]?.upToM2 !== undefined)) {
    const message = `object type ${type} has area bands: give the area of one side in m²`;
    throw new FourthLevelError("INVALID_INPUT", `advertisingFee input: areaM2: ${message}`, {}, [
      { path: ["areaM2"], code: "INVALID_INPUT", message },
    ]);
  }
  const band = bands === undefined ? undefined : bandFor(bands, area);
  if (bands === undefined || band === undefined || citation === undefined) {
    throw missingColumnC(input, type, area, bands !== undefined, builtIn !== undefined);
  }
  const value = `${type}${area === undefined ? "" : `, ${area.toFixed()} m²`}: ${bandLabel(bands, band)} → ${band.mrp} MRP per side per month${callerBands !== undefined ? " (caller-supplied table)" : ""}`;
  return {
    rateMrp: new Dec(band.mrp),
    areaNumerator: new Dec(1),
    areaDenominator: 1n,
    adjustable: true,
    steps: [{ step: "rate", value, citation }],
  };
}

/** Republican road right-of-way: the category's rate up to 3 m², in proportion to area ÷ 3 m² above. */
function roadRate(
  input: CheckedAdvertisingFeeInput,
  law: LawForAdvertisingFee,
  category: string,
  area: Dec,
): AdvertisingRate {
  const road = valueOn(law.advertising.roads, firstJanuary(input.year)).value;
  const rateMrp = new Dec(road.mrpUpTo3M2[category as keyof typeof road.mrpUpTo3M2]);
  const steps: TaxStep[] = [
    {
      step: "rate",
      value: `republican road right-of-way, category ${category}: ${rateMrp.toFixed()} MRP per side per month up to 3 m²`,
      citation: road.citation,
    },
  ];
  if (!area.greaterThan(3))
    return { rateMrp, areaNumerator: new Dec(1), areaDenominator: 1n, adjustable: false, steps };
  const proportional =
    road.proportionalAbove3M2 ?? (input.rateTable?.roadAbove3M2 === "proportional" ? true : undefined);
  if (proportional !== true) {
    throw noEstablishedRate(
      `advertising fee ${input.year}: the rule for road right-of-way sides above 3 m² (here ${area.toFixed()} m²) was not read for this year; supply rateTable.roadAbove3M2 = "proportional" if you rely on it`,
      ["rateTable", "roadAbove3M2"],
      { year: input.year, roadCategory: category, areaM2: area.toFixed(), missing: "rateTable.roadAbove3M2" },
    );
  }
  steps.push({
    step: "area",
    value: `${area.toFixed()} m² ÷ 3 m² → ${rateMrp.toFixed()} × ${area.toFixed()} ÷ 3 = ${fmt(rateMrp.times(area).dividedBy(3))} MRP${
      road.proportionalAbove3M2 === true ? "" : " (caller-confirmed proportional rule)"
    }`,
    ...(road.proportionalAbove3M2 === true ? { citation: road.citation } : {}),
  });
  return { rateMrp, areaNumerator: area, areaDenominator: 3n, adjustable: false, steps };
}

/**
 * The base rate of an advertisement in MRP per side per month, from the law of its year or the caller's
 * table, with the area factor for road sides above 3 m².
 * @throws {@link FourthLevelError} `NO_ESTABLISHED_RATE` naming the entry to supply; `INVALID_INPUT` for a
 * missing area where the object type has area bands.
 */
export function advertisingRate(
  input: CheckedAdvertisingFeeInput,
  law: LawForAdvertisingFee,
): AdvertisingRate {
  const area = input.areaM2 === undefined ? undefined : new Dec(input.areaM2);
  const location = input.location;
  if (location.kind === "fourth_level_column_c") return columnCRate(input, law, location.objectType, area);
  return roadRate(input, law, location.roadCategory, area ?? new Dec(0));
}
