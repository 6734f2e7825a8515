import type { Territory } from "../../src/index.js";
import { unitPopulations } from "../../src/jurisdictions/kz/workers/district-people.js";

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

/** The units of the territory with their population and places. */
export function nationalUnits(territory: Territory): NationalUnit[] {
  const units = territory.fourthLevelUnits();
  const populations = new Map(
    territory.districts().flatMap((d) => unitPopulations(territory, d.code).map((u) => [u.code, u] as const)),
  );
  return units.map((u) => {
    const counted = populations.get(u.code);
    const bulletin = counted?.source === "bulletin";
    const villages = territory
      .placesOfUnit(u.code)
      .filter((p) => p.type === "village" || p.type === "settlement");
    return {
      code: u.code,
      name: u.nameRu,
      districtCode: u.district.code,
      regionCode: u.region.code,
      population: bulletin ? (counted?.population ?? 0) : Math.max(counted?.population ?? 0, 100),
      populationSource: bulletin ? "bulletin" : "district share",
      places: villages.length > 0 ? villages.map((p) => p.code) : [u.code],
    };
  });
}
