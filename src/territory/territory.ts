import { type IsoDate, isoDate } from "../calendar/iso-date.js";
import { formatCitation } from "../citation/citation.js";
import { FourthLevelError, throwIfIssues } from "../errors/error.js";
import type {
  BudgetOwner,
  BudgetRef,
  DistrictBudgetRef,
  FourthLevelBudgetDates,
  FourthLevelUnit,
  RegionBudgetRef,
  Territory,
  TerritoryLaw,
  TerritoryOptions,
} from "./budgets.js";
import { REPUBLICAN_BUDGET } from "./budgets.js";
import { type CheckedPlaces, checkedPlaces, describe, wrongKindError } from "./checked-places.js";
import { decodeKatoPlaces } from "./kato-compact.js";
import { KATO_PLACES_COMPACT } from "./kato-data.generated.js";
import { type FourthLevelUnitType, type KatoPlace, unknownKatoError } from "./kato-place.js";

export {
  type BudgetLevel,
  type BudgetOwner,
  type BudgetRef,
  type DistrictBudgetRef,
  type FourthLevelBudgetDates,
  type FourthLevelBudgetRef,
  type FourthLevelOwner,
  type FourthLevelUnit,
  type OutsideFourthLevelOwner,
  type OwnBudgetSinceSource,
  REPUBLICAN_BUDGET,
  type RegionBudgetRef,
  type Territory,
  type TerritoryLaw,
  type TerritoryOptions,
} from "./budgets.js";

function ownBudgetSinceOf(
  options: TerritoryOptions,
  dates: FourthLevelBudgetDates,
  byCode: ReadonlyMap<string, KatoPlace>,
): ReadonlyMap<string, IsoDate> {
  const { firstDay, allUnitsFrom } = dates;
  const since = new Map<string, IsoDate>();
  for (const [code, date] of Object.entries(options.ownBudgetSince ?? {})) {
    const place = byCode.get(code);
    if (place === undefined) throw unknownKatoError(code);
    if (!place.isFourthLevelUnit) throw wrongKindError(place, "unit");
    const what = `ownBudgetSince of ${describe(place)}`;
    const checked = isoDate(date, what);
    if (checked < firstDay || checked > allUnitsFrom) {
      throw new FourthLevelError(
        "INVALID_DATE",
        `${what} ${date} is not between ${firstDay} and ${allUnitsFrom}: fourth-level budgets began on ${firstDay} for the first units and on ${allUnitsFrom} for all (${formatCitation(dates.citation)})`,
        { code, value: date, earliest: firstDay, latest: allUnitsFrom },
      );
    }
    since.set(code, checked);
  }
  return since;
}

function outsideReason(
  place: KatoPlace,
  district: DistrictBudgetRef | undefined,
  region: BudgetRef,
  regionIsCity: boolean,
): string {
  const self = describe(place);
  switch (place.type) {
    case "region":
      return `${self} is a region: it holds its own regional (level-2) budget and belongs to no district or fourth-level budget`;
    case "city_republican":
      return `${self} is a city of republican significance: it holds its own regional (level-2) budget; there are no district (level-3) or fourth-level budgets inside it`;
    case "district":
      return `${self} is a district: it holds its own district (level-3) budget; its fourth-level units hold budgets of their own, but the district's own code belongs to none of them`;
    case "city_regional":
      return `${self} is a city of regional significance: it holds its own district-level (level-3) budget and belongs to no fourth-level unit`;
  }
  if (district === undefined) {
    return regionIsCity
      ? `${self} lies in ${describe(region)}, a city of republican significance: there are no district (level-3) or fourth-level budgets there, so the city's level-2 budget owns it`
      : `${self} belongs to no district and no fourth-level unit in the classifier, so the regional budget of ${describe(region)} owns it`;
  }
  const administrator =
    district.type === "city_regional"
      ? `the city of regional significance ${describe(district)}`
      : `the district ${describe(district)}`;
  switch (place.type) {
    case "city_proper":
      return `${self} is the city itself of ${administrator}: no fourth-level unit covers it, so the city's level-3 budget owns it`;
    case "city_district":
      return `${self} is a district of the city of ${administrator}: a city district holds no budget of its own, so the level-3 budget of ${describe(district)} owns it`;
    default:
      return `${self} belongs to no fourth-level unit in the classifier (no unit4_code): it is administered directly by ${administrator}, whose level-3 budget owns it`;
  }
}

/**
 * Builds a territory from classifier places, e.g. a few rows in a test or a newer edition read with
 * {@link katoPlacesFromCsv}. Places not frozen are copied and frozen; the territory holds no shared state.
 *
 * @param places - The classifier rows; every code they refer to (parent, unit, district, region) must be among them.
 * @param law - When the units got budgets of their own (a {@link Law} or its
 *   {@link TerritoryLaw.fourthLevelBudgets}), e.g. `kazakhstanLaw()`.
 * @param options - See {@link TerritoryOptions}.
 * @returns An immutable {@link Territory}.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every inconsistent place (paths `places[i].field`);
 *   `UNKNOWN_KATO` for an `ownBudgetSince` code that is not a fourth-level unit; `INVALID_DATE` for an
 *   `ownBudgetSince` date that is not a real date from the law's `firstDay` to its `allUnitsFrom`.
 * @category Territory
 * @example
 * ```ts
 * import { createTerritory, kazakhstanLaw } from "fourth-level-budget";
 * const territory = createTerritory([
 *   { code: "100000000", type: "region", classifierLevel: 1, nameRu: "область Абай", nameKk: "Абай облысы",
 *     isFourthLevelUnit: false, regionCode: "100000000" },
 *   { code: "104000000", parentCode: "100000000", type: "district", classifierLevel: 2,
 *     nameRu: "Бородулихинский район", nameKk: "Бородулиха ауданы", isFourthLevelUnit: false,
 *     districtCode: "104000000", regionCode: "100000000" },
 * ], kazakhstanLaw());
 * territory.unitsOfDistrict("104000000"); //=> []
 * ```
 */
export function createTerritory(
  places: readonly KatoPlace[],
  law: TerritoryLaw,
  options: TerritoryOptions = {},
): Territory {
  return territoryFrom(checkedPlaces(places), law.fourthLevelBudgets, options);
}

/** The territory of checked places, with the units' `ownBudgetSince` from the options and the law. */
function territoryFrom(
  checked: CheckedPlaces,
  dates: FourthLevelBudgetDates,
  options: TerritoryOptions,
): Territory {
  const { places: frozenPlaces, byCode, regions, districts, allDistricts, placesByUnit } = checked;
  const ownBudgetSince = ownBudgetSinceOf(options, dates, byCode);

  const units = new Map<string, FourthLevelUnit>();
  const unitsByDistrict = new Map<string, FourthLevelUnit[]>(allDistricts.map((d) => [d.code, []]));
  for (const place of checked.unitPlaces) {
    const district = districts.get(place.districtCode as string) as DistrictBudgetRef; // checked by placeIssues
    const since = ownBudgetSince.get(place.code);
    const unit: FourthLevelUnit = Object.freeze({
      level: 4,
      code: place.code,
      nameRu: place.nameRu,
      nameKk: place.nameKk,
      type: place.type as FourthLevelUnitType, // checked by placeIssues
      ownBudgetSince: since ?? dates.allUnitsFrom,
      ownBudgetSinceSource: since === undefined ? "default" : "caller",
      district,
      region: district.region,
    });
    units.set(place.code, unit);
    unitsByDistrict.get(district.code)?.push(unit);
  }
  for (const list of unitsByDistrict.values()) Object.freeze(list);
  const allUnits = Object.freeze([...units.values()]);

  const place = (code: string): KatoPlace => {
    const found = byCode.get(code);
    if (found === undefined) throw unknownKatoError(code);
    return found;
  };

  const owner = (code: string): BudgetOwner => {
    const found = place(code);
    const region = regions.get(found.regionCode) as RegionBudgetRef; // checked by placeIssues
    const district = found.districtCode === undefined ? undefined : districts.get(found.districtCode);
    const unit = found.unit4Code === undefined ? undefined : units.get(found.unit4Code);
    if (unit !== undefined) return { kind: "fourth_level", unit, district: unit.district, region };
    return {
      kind: "outside_fourth_level",
      ...(district === undefined ? {} : { district }),
      region,
      reason: outsideReason(found, district, region, place(region.code).type === "city_republican"),
    };
  };

  const fourthLevelUnit = (code: string): FourthLevelUnit => {
    const found = place(code);
    const unit = units.get(found.code);
    if (unit === undefined) throw wrongKindError(found, "unit");
    return unit;
  };

  const territory: Territory = {
    place,
    places: () => frozenPlaces,
    budget(code) {
      if (code === REPUBLICAN_BUDGET.code) return REPUBLICAN_BUDGET;
      const found = place(code);
      const budget = regions.get(code) ?? districts.get(code) ?? units.get(code);
      if (budget === undefined) throw wrongKindError(found, "budget");
      return budget;
    },
    owner,
    budgetOwnerOn(code, date) {
      isoDate(date, "date");
      const current = owner(code);
      if (current.kind !== "fourth_level" || date >= current.unit.ownBudgetSince) return current;
      const { unit, district, region } = current;
      const since =
        unit.ownBudgetSinceSource === "default"
          ? `the date all fourth-level units got budgets: ${formatCitation(dates.citation)}`
          : "as set by the caller";
      return {
        kind: "outside_fourth_level",
        district,
        region,
        unitWithoutOwnBudget: unit,
        reason: `${describe(unit)} had no budget of its own before ${unit.ownBudgetSince} (${since}); on ${date} the district budget of ${describe(district)} owned ${code === unit.code ? "its receipts" : `receipts of ${describe(place(code))}`}`,
      };
    },
    fourthLevelUnits: () => allUnits,
    fourthLevelUnit,
    unitsOfDistrict(districtCode) {
      const found = place(districtCode);
      const list = unitsByDistrict.get(found.code);
      if (list === undefined) throw wrongKindError(found, "district");
      return list;
    },
    placesOfUnit(unitCode) {
      const found = place(unitCode);
      const list = placesByUnit.get(found.code);
      if (list === undefined) throw wrongKindError(found, "unit");
      return list;
    },
    districts: () => allDistricts,
    findByName(query) {
      const needle = query.trim().toLowerCase();
      throwIfIssues(
        "name query",
        needle === "" ? [{ path: "", message: "is blank: give part of a name" }] : [],
      );
      return frozenPlaces.filter(
        (candidate) =>
          candidate.nameRu.toLowerCase().includes(needle) || candidate.nameKk.toLowerCase().includes(needle),
      );
    },
  };
  return Object.freeze(territory);
}

/**
 * The bundled classifier, decoded and validated on first use and then kept for the life of the process
 * (a module-level memo). Sharing it is safe: every place, index and list in it is frozen, and nothing in
 * it depends on {@link TerritoryOptions} or the law, so each {@link bundledTerritory} call only applies
 * its own `ownBudgetSince`.
 */
let bundled: CheckedPlaces | undefined;

/**
 * The territory of the bundled KATO classifier under a law (what `kazakhstanTerritory` builds). The first
 * call decodes and validates the bundled data and keeps it for the process; later calls only build the
 * units with their `ownBudgetSince`.
 * @throws {@link FourthLevelError} `UNKNOWN_KATO` / `INVALID_DATE` for a bad `ownBudgetSince` entry.
 * @internal
 */
export function bundledTerritory(law: TerritoryLaw, options: TerritoryOptions = {}): Territory {
  bundled ??= checkedPlaces(decodeKatoPlaces(KATO_PLACES_COMPACT));
  return territoryFrom(bundled, law.fourthLevelBudgets, options);
}
