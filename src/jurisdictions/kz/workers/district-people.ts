import { FourthLevelError } from "../../../errors/error.js";
import type { KatoPlace } from "../../../territory/kato-place.js";
import type { Territory } from "../../../territory/territory.js";

/**
 * A fourth-level unit of a district with its population and where that figure comes from: `bulletin`
 * (the Bureau's 1 Jan 2023 figure of the unit or the sum of its places') or `district share` (the rest of
 * the district's population shared equally among its units without a figure — an assumption).
 */
export interface UnitPopulation {
  readonly code: string;
  readonly nameRu: string;
  readonly population: number;
  readonly source: "bulletin" | "district share";
  /** The places a resident of the unit is drawn among: those with a population, by it; else its villages. */
  readonly places: readonly { readonly code: string; readonly weight: number }[];
}

/** The people of a district: its population and its units', and its centre. */
export interface DistrictPeople {
  readonly district: KatoPlace;
  readonly population: number;
  readonly units: readonly UnitPopulation[];
  /** The district's most populous place in the bulletin (its centre, in practice). */
  readonly centre: KatoPlace;
  /** The most populous city of the district's region (the oblast centre, in practice). */
  readonly regionCentre: KatoPlace;
}

const LOCALITIES = new Set(["village", "settlement", "city_district_sig", "city_proper"]);

/** The most populous of `places` with a population in the bulletin. */
function mostPopulous(places: readonly KatoPlace[]): KatoPlace | undefined {
  return places.reduce<KatoPlace | undefined>(
    (best, p) => ((p.pop2023 ?? 0) > (best?.pop2023 ?? 0) ? p : best),
    undefined,
  );
}

/** Where a resident of a unit lives: its places with a population (weighted by it), else its villages. */
function residencePlaces(territory: Territory, unitCode: string): UnitPopulation["places"] {
  const places = territory.placesOfUnit(unitCode).filter((p) => LOCALITIES.has(p.type));
  const counted = places.filter((p) => (p.pop2023 ?? 0) > 0);
  if (counted.length > 0) return counted.map((p) => ({ code: p.code, weight: p.pop2023 ?? 0 }));
  return places.length > 0
    ? places.map((p) => ({ code: p.code, weight: 1 }))
    : [{ code: unitCode, weight: 1 }];
}

/**
 * The population of each fourth-level unit of a district from the 2023 bulletin: the unit's own figure
 * (its row, or the sum of its places'), else an equal share of the rest of the district's population
 * (rounded down; 0 when the district has no figure). Also the national generator's (scripts/national).
 * @throws {@link FourthLevelError} `UNKNOWN_KATO` for a code that is not a district.
 */
export function unitPopulations(
  territory: Territory,
  districtCode: string,
): Omit<UnitPopulation, "places">[] {
  const units = territory.unitsOfDistrict(districtCode);
  const own = units.map((u) => {
    const row = territory.place(u.code).pop2023;
    return row ?? territory.placesOfUnit(u.code).reduce((s, p) => s + (p.pop2023 ?? 0), 0);
  });
  const total = territory.place(districtCode).pop2023 ?? 0;
  const rest = Math.max(total - own.reduce((a, b) => a + b, 0), 0);
  const without = own.filter((p) => p === 0).length;
  return units.map((u, i) => {
    const known = own[i] ?? 0;
    return {
      code: u.code,
      nameRu: u.nameRu,
      population: known > 0 ? known : Math.floor(rest / Math.max(without, 1)),
      source: known > 0 ? "bulletin" : "district share",
    };
  });
}

/**
 * The people of a district from the bundled classifier's 2023 population: each unit's figure where the
 * bulletin has one (its own row, or the sum of its places'), the rest of the district's shared equally.
 * @throws {@link FourthLevelError} `UNKNOWN_KATO` for a code that is not a district with fourth-level
 * units and a population in the bulletin.
 */
export function districtPeople(territory: Territory, districtCode: string): DistrictPeople {
  const units = territory.unitsOfDistrict(districtCode);
  const district = territory.place(districtCode);
  const population = district.pop2023 ?? 0;
  const inDistrict = territory
    .places()
    .filter((p) => p.districtCode === districtCode && LOCALITIES.has(p.type));
  const centre = mostPopulous(inDistrict);
  const regionCentre = mostPopulous(
    territory.places().filter((p) => p.regionCode === district.regionCode && p.type === "city_proper"),
  );
  if (units.length === 0 || population === 0 || centre === undefined || regionCentre === undefined) {
    throw new FourthLevelError(
      "UNKNOWN_KATO",
      `${districtCode} (${district.nameRu}) is not a district with fourth-level units and a population in the 2023 bulletin`,
      { code: districtCode },
    );
  }
  const withPopulation = unitPopulations(territory, districtCode).map((u) => ({
    ...u,
    places: residencePlaces(territory, u.code),
  }));
  return { district, population, units: withPopulation, centre, regionCentre };
}
