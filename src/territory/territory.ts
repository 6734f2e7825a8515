import * as z from "zod";
import type { IsoDate } from "../calendar/iso-date.js";
import { formatCitation } from "../citation/citation.js";
import { describeValue } from "../errors/describe.js";
import { type Issue, throwIssues } from "../errors/issue.js";
import { parseInput } from "../input/parse.js";
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
import {
  type FourthLevelUnitType,
  type KatoPlace,
  type KatoPlaceInput,
  unknownKatoError,
} from "./kato-place.js";
import { ownerDate } from "./owner-date.js";
import { katoPlaceSchema, territoryLawSchema, territoryOptionsSchema } from "./territory-schema.js";

export {
  type BudgetLevel,
  type BudgetOwner,
  type BudgetRef,
  type DistrictBudgetRef,
  type FourthLevelBudgetDates,
  type FourthLevelBudgetRef,
  type FourthLevelOwner,
  type FourthLevelUnit,
  type NamedPlace,
  type OutsideFourthLevelOwner,
  type OwnBudgetSinceSource,
  REPUBLICAN_BUDGET,
  type RegionBudgetRef,
  type Territory,
  type TerritoryLaw,
  type TerritoryOptions,
} from "./budgets.js";

/**
 * Each unit's first day of its own budget set by the options, checked against the places and the law:
 * every problem at once, at `["options", "ownBudgetSince", code]`.
 */
function ownBudgetSinceOf(
  ownBudgetSince: Readonly<Record<string, IsoDate>>,
  dates: FourthLevelBudgetDates,
  byCode: ReadonlyMap<string, KatoPlace>,
): ReadonlyMap<string, IsoDate> {
  const { firstDay, allUnitsFrom } = dates;
  const since = new Map<string, IsoDate>();
  const issues: Issue[] = [];
  for (const [code, date] of Object.entries(ownBudgetSince)) {
    const at = ["options", "ownBudgetSince", code];
    const place = byCode.get(code);
    const wrong =
      place === undefined
        ? unknownKatoError(code)
        : place.isFourthLevelUnit
          ? undefined
          : wrongKindError(place, "unit");
    if (wrong !== undefined) {
      issues.push({ path: at, code: wrong.code, message: wrong.message });
    } else if (date < firstDay || date > allUnitsFrom) {
      issues.push({
        path: at,
        code: "INVALID_DATE",
        message: `ownBudgetSince of ${describe(place as KatoPlace)} ${date} is not between ${firstDay} and ${allUnitsFrom}: fourth-level budgets began on ${firstDay} for the first units and on ${allUnitsFrom} for all (${formatCitation(dates.citation)})`,
      });
    } else {
      since.set(code, date);
    }
  }
  throwIssues("territory options", issues);
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
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path: a malformed row
 *   (`["places", 3, "code"]`, issue code `UNKNOWN_KATO` for a code that is not 9 digits), rows that do not
 *   fit together (a parent, unit, district or region that is not among them or not of its kind), a law
 *   without `fourthLevelBudgets`; an `ownBudgetSince` entry (`["options", "ownBudgetSince", code]`) whose
 *   code is not a fourth-level unit (issue code `UNKNOWN_KATO`) or whose date is not a real date from the
 *   law's `firstDay` to its `allUnitsFrom` (`INVALID_DATE`).
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
  places: readonly KatoPlaceInput[],
  law: TerritoryLaw,
  options: TerritoryOptions = {},
): Territory {
  const checked = parseInput(createTerritoryInput, { places, law, options }, "territory", {
    opaque: ["law"],
  });
  return territoryFrom(checkedPlaces(checked.places), checked.law.fourthLevelBudgets, checked.options);
}

const createTerritoryInput = z.strictObject({
  places: z.array(katoPlaceSchema, {
    error: (issue) => `must be an array of classifier rows, not ${describeValue(issue.input)}`,
  }),
  law: territoryLawSchema,
  options: territoryOptionsSchema,
});

/** Everything a territory's lookups read, built once with the territory. */
interface TerritoryIndex extends CheckedPlaces {
  readonly dates: FourthLevelBudgetDates;
  readonly units: ReadonlyMap<string, FourthLevelUnit>;
  readonly unitsByDistrict: ReadonlyMap<string, readonly FourthLevelUnit[]>;
  readonly allUnits: readonly FourthLevelUnit[];
}

/** The fourth-level units of checked places, with their `ownBudgetSince` from `since` or the law. */
function unitsOf(
  checked: CheckedPlaces,
  dates: FourthLevelBudgetDates,
  since: ReadonlyMap<string, IsoDate>,
): Pick<TerritoryIndex, "units" | "unitsByDistrict" | "allUnits"> {
  const units = new Map<string, FourthLevelUnit>();
  const unitsByDistrict = new Map<string, FourthLevelUnit[]>(checked.allDistricts.map((d) => [d.code, []]));
  for (const place of checked.unitPlaces) {
    const district = checked.districts.get(place.districtCode as string) as DistrictBudgetRef; // checked by placeIssues
    const own = since.get(place.code);
    const unit: FourthLevelUnit = Object.freeze({
      level: 4,
      code: place.code,
      nameRu: place.nameRu,
      nameKk: place.nameKk,
      type: place.type as FourthLevelUnitType, // checked by placeIssues
      ownBudgetSince: own ?? dates.allUnitsFrom,
      ownBudgetSinceSource: own === undefined ? "default" : "caller",
      district,
      region: district.region,
    });
    units.set(place.code, unit);
    unitsByDistrict.get(district.code)?.push(unit);
  }
  for (const list of unitsByDistrict.values()) Object.freeze(list);
  return { units, unitsByDistrict, allUnits: Object.freeze([...units.values()]) };
}

/** The classifier row of a code. */
function placeIn(index: TerritoryIndex, code: string): KatoPlace {
  const found = index.byCode.get(code);
  if (found === undefined) throw unknownKatoError(code);
  return found;
}

/** Which budgets own a place, regardless of date (see {@link Territory.owner}). */
function ownerIn(index: TerritoryIndex, code: string): BudgetOwner {
  const found = placeIn(index, code);
  const region = index.regions.get(found.regionCode) as RegionBudgetRef; // checked by placeIssues
  const district = found.districtCode === undefined ? undefined : index.districts.get(found.districtCode);
  const unit = found.unit4Code === undefined ? undefined : index.units.get(found.unit4Code);
  if (unit !== undefined) return { kind: "fourth_level", unit, district: unit.district, region };
  return {
    kind: "outside_fourth_level",
    ...(district === undefined ? {} : { district }),
    region,
    reason: outsideReason(found, district, region, placeIn(index, region.code).type === "city_republican"),
  };
}

/** Which budgets owned a place on a date (see {@link Territory.budgetOwnerOn}). */
function ownerOnIn(index: TerritoryIndex, code: string, date: unknown): BudgetOwner {
  const day = ownerDate(date, index.dates);
  const current = ownerIn(index, code);
  if (current.kind !== "fourth_level" || day >= current.unit.ownBudgetSince) return current;
  const { unit, district, region } = current;
  const since =
    unit.ownBudgetSinceSource === "default"
      ? `the date all fourth-level units got budgets: ${formatCitation(index.dates.citation)}`
      : "as set by the caller";
  return {
    kind: "outside_fourth_level",
    district,
    region,
    unitWithoutOwnBudget: unit,
    reason: `${describe(unit)} had no budget of its own before ${unit.ownBudgetSince} (${since}); on ${day} the district budget of ${describe(district)} owned ${code === unit.code ? "its receipts" : `receipts of ${describe(placeIn(index, code))}`}`,
  };
}

/** The budget a territory holds (see {@link Territory.budget}). */
function budgetIn(index: TerritoryIndex, code: string): BudgetRef {
  if (code === REPUBLICAN_BUDGET.code) return REPUBLICAN_BUDGET;
  const found = placeIn(index, code);
  const budget = index.regions.get(code) ?? index.districts.get(code) ?? index.units.get(code);
  if (budget === undefined) throw wrongKindError(found, "budget");
  return budget;
}

/** A list of the index by the code of a place of the right kind, or the error naming what the place is. */
function listIn<T>(
  index: TerritoryIndex,
  lists: ReadonlyMap<string, T>,
  code: string,
  kind: "unit" | "district",
): T {
  const found = placeIn(index, code);
  const list = lists.get(found.code);
  if (list === undefined) throw wrongKindError(found, kind);
  return list;
}

/** Places whose Russian or Kazakh name contains `query` (see {@link Territory.findByName}). */
function findIn(index: TerritoryIndex, query: unknown): readonly KatoPlace[] {
  const needle = typeof query === "string" ? query.trim().toLowerCase() : "";
  const problem =
    typeof query !== "string"
      ? `must be part of a name as text, not ${describeValue(query)}`
      : needle === ""
        ? "is blank: give part of a name"
        : undefined;
  throwIssues(
    "name query",
    problem === undefined ? [] : [{ path: [], code: "INVALID_INPUT", message: problem }],
  );
  return index.places.filter(
    (candidate) =>
      candidate.nameRu.toLowerCase().includes(needle) || candidate.nameKk.toLowerCase().includes(needle),
  );
}

/** The territory of checked places, with the units' `ownBudgetSince` from the options and the law. */
function territoryFrom(
  checked: CheckedPlaces,
  dates: FourthLevelBudgetDates,
  options: { readonly ownBudgetSince?: Readonly<Record<string, IsoDate>> | undefined },
): Territory {
  const since = ownBudgetSinceOf(options.ownBudgetSince ?? {}, dates, checked.byCode);
  const index: TerritoryIndex = { ...checked, dates, ...unitsOf(checked, dates, since) };
  const territory: Territory = {
    place: (code) => placeIn(index, code),
    places: () => index.places,
    budget: (code) => budgetIn(index, code),
    owner: (code) => ownerIn(index, code),
    budgetOwnerOn: (code, date) => ownerOnIn(index, code, date),
    fourthLevelUnits: () => index.allUnits,
    fourthLevelUnit: (code) => {
      const found = placeIn(index, code);
      const unit = index.units.get(found.code);
      if (unit === undefined) throw wrongKindError(found, "unit");
      return unit;
    },
    unitsOfDistrict: (code) => listIn(index, index.unitsByDistrict, code, "district"),
    placesOfUnit: (code) => listIn(index, index.placesByUnit, code, "unit"),
    districts: () => index.allDistricts,
    findByName: (query) => findIn(index, query),
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
 * @throws {@link FourthLevelError} `INVALID_INPUT` as {@link createTerritory} for the options and the law.
 * @internal
 */
export function bundledTerritory(law: TerritoryLaw, options: TerritoryOptions = {}): Territory {
  const checked = parseInput(
    z.strictObject({ options: territoryOptionsSchema, law: territoryLawSchema }),
    { options, law },
    "territory",
    { opaque: ["law"] },
  );
  bundled ??= checkedPlaces(decodeKatoPlaces(KATO_PLACES_COMPACT));
  return territoryFrom(bundled, checked.law.fourthLevelBudgets, checked.options);
}
