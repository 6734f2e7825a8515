import type { Territory } from "../../src/index.js";

/*
 * The 2,335 fourth-level units of a synthetic national year, each with a population and the places its
 * receipts are keyed on. Population: the unit's own figure of 1 Jan 2023 where the bulletin gives one (on
 * the unit's row, or the sum of its places); otherwise the rest of its district's population shared
 * equally among the district's units without a figure, at least 100 (an ASSUMPTION, stated in the output).
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
  /** The places receipts of the unit are keyed on: its villages (by population where known), else itself. */
  readonly places: readonly string[];
}

/** The population of a unit from the bulletin: its own row, or the sum of its places; 0 when unknown. */
function ownPopulation(territory: Territory, code: string): number {
  const own = territory.place(code).pop2023;
  if (own !== undefined) return own;
  return territory.placesOfUnit(code).reduce((sum, p) => sum + (p.pop2023 ?? 0), 0);
}

/** The units of the territory with their population and places. */
export function nationalUnits(territory: Territory): NationalUnit[] {
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
    return {
      code: u.code,
      name: u.nameRu,
      districtCode: u.district.code,
      regionCode: u.region.code,
      population: own > 0 ? own : Math.max(Math.floor(share.population / Math.max(share.units, 1)), 100),
      populationSource: own > 0 ? "bulletin" : "district share",
      places: villages.length > 0 ? villages.map((p) => p.code) : [u.code],
    };
  });
}
