import { readFileSync } from "node:fs";
import { parseDecisionText, type Territory } from "../../src/index.js";
import { BUDGETS_TOTAL_2025_KZT, OWN_SHARE } from "./calibration.js";

/*
 * The 2,335 fourth-level units of a synthetic national year: each with a population and a weight in the
 * national own revenues. Population: the unit's own figure of 1 Jan 2023 where the bulletin gives one
 * (on the unit's row, or the sum of its places); otherwise the rest of its district's population shared
 * equally among the district's units without a figure (an ASSUMPTION, stated in the output). Units with a
 * published budget in the project (examples/kz-2026-published.json) keep their published tax revenue.
 */

/** A unit of the national year. */
export interface NationalUnit {
  readonly code: string;
  readonly name: string;
  readonly districtCode: string;
  readonly regionCode: string;
  readonly population: number;
  /** `bulletin` (the unit's own 2023 figure) or `district share` (the assumption above). */
  readonly populationSource: "bulletin" | "district share";
  /** The published tax revenue, in tiyn, where the project has the unit's published budget. */
  readonly publishedTaxTiyn?: bigint;
  /**
   * The unit's expected own revenues in the national year, in tiyn: its published tax revenue, else its
   * share by population of the national own revenues left (calibration.ts). What its generated receipts
   * sum to on average; the starting point of its budget in a national scenario.
   */
  readonly ownRevenueTiyn: bigint;
  /** The places receipts of the unit are keyed on: its villages (by population where known), else itself. */
  readonly places: readonly string[];
}

/** The population of a unit from the bulletin: its own row, or the sum of its places; 0 when unknown. */
function ownPopulation(territory: Territory, code: string): number {
  const own = territory.place(code).pop2023;
  if (own !== undefined) return own;
  return territory.placesOfUnit(code).reduce((sum, p) => sum + (p.pop2023 ?? 0), 0);
}

/** The published tax revenue (tiyn) of the units of the bundled published scenario, by unit code. */
export function publishedTaxRevenue(root: URL): Map<string, bigint> {
  const scenario = JSON.parse(readFileSync(new URL("examples/kz-2026-published.json", root), "utf8")) as {
    districts: { units: { kato: string; decisionFile: string }[] }[];
  };
  const found = new Map<string, bigint>();
  for (const unit of scenario.districts.flatMap((d) => d.units)) {
    const text = readFileSync(new URL(unit.decisionFile, new URL("examples/", root)), "utf8");
    const read = parseDecisionText(text);
    const tax = (Array.isArray(read) ? read[0] : read)?.figures.tax_revenue;
    if (tax !== undefined) found.set(unit.kato, tax.tiyn);
  }
  return found;
}

/** The units of the territory with their population and places. */
export function nationalUnits(territory: Territory, published: ReadonlyMap<string, bigint>): NationalUnit[] {
  return withOwnRevenues(unitsWithPopulation(territory, published));
}

/** The units with their population, places and published tax revenue. */
function unitsWithPopulation(
  territory: Territory,
  published: ReadonlyMap<string, bigint>,
): Omit<NationalUnit, "ownRevenueTiyn">[] {
  const units = territory.fourthLevelUnits();
  const known = new Map(units.map((u) => [u.code, ownPopulation(territory, u.code)]));
  const rest = new Map<string, { population: number; units: number }>();
  for (const district of territory.districts()) {
    const inUnits = territory.unitsOfDistrict(district.code);
    const counted = inUnits.reduce((sum, u) => sum + (known.get(u.code) ?? 0), 0);
    const total = territory.place(district.code).pop2023 ?? 0;
    rest.set(district.code, {
      population: Math.max(total - counted, 0),
      units: inUnits.filter((u) => (known.get(u.code) ?? 0) === 0).length,
    });
  }
  return units.map((u) => {
    const own = known.get(u.code) ?? 0;
    const share = rest.get(u.district.code) ?? { population: 0, units: 1 };
    const villages = territory
      .placesOfUnit(u.code)
      .filter((p) => p.type === "village" || p.type === "settlement");
    const tax = published.get(u.code);
    return {
      code: u.code,
      name: u.nameRu,
      districtCode: u.district.code,
      regionCode: u.region.code,
      population: own > 0 ? own : Math.max(Math.floor(share.population / Math.max(share.units, 1)), 100),
      populationSource: own > 0 ? "bulletin" : "district share",
      ...(tax === undefined ? {} : { publishedTaxTiyn: tax }),
      places: villages.length > 0 ? villages.map((p) => p.code) : [u.code],
    };
  });
}

/** Each unit's expected own revenues: its published tax revenue, else its share of the rest by population. */
function withOwnRevenues(units: readonly Omit<NationalUnit, "ownRevenueTiyn">[]): NationalUnit[] {
  const own = (BUDGETS_TOTAL_2025_KZT * 100n * OWN_SHARE.numerator) / OWN_SHARE.denominator;
  const published = units.reduce((sum, u) => sum + (u.publishedTaxTiyn ?? 0n), 0n);
  const people = BigInt(
    units.reduce((sum, u) => sum + (u.publishedTaxTiyn === undefined ? u.population : 0), 0),
  );
  return units.map((u) => ({
    ...u,
    ownRevenueTiyn: u.publishedTaxTiyn ?? ((own - published) * BigInt(u.population)) / people,
  }));
}
