import { type IsoDate, isoDate } from "../calendar/iso-date.js";
import { FourthLevelError, type InputIssue, throwIfIssues } from "../errors/error.js";
import { decodeKatoPlaces } from "./kato-compact.js";
import { KATO_PLACES_COMPACT } from "./kato-data.generated.js";
import {
  type DistrictType,
  type FourthLevelUnitType,
  isDistrictType,
  isFourthLevelUnitType,
  isKatoCodeShaped,
  isRegionType,
  KATO_PLACE_TYPES,
  type KatoPlace,
  unknownKatoError,
} from "./kato-place.js";

/**
 * The four budget levels of Kazakhstan (BC2008 Art. 6; BC2025 Art. 7 p.1): 1 republican; 2 regional
 * (region, city of republican significance, the capital); 3 district (district, city of regional
 * significance); 4 fourth level (city of district significance, village, settlement, rural district).
 */
export type BudgetLevel = 1 | 2 | 3 | 4;

/**
 * A budget: its level, the KATO code of the territory that holds it and that territory's name as in the
 * classifier. The republican budget has code `"000000000"` ({@link REPUBLICAN_BUDGET}).
 *
 * @example
 * ```ts
 * kazakhstanTerritory().budget("104000000");
 * // { level: 3, code: "104000000", nameRu: "Бородулихинский район", nameKk: "Бородулиха ауданы", … }
 * ```
 */
export interface BudgetRef {
  /** The budget level, 1 republican … 4 fourth level. */
  readonly level: BudgetLevel;
  /** KATO code of the territory whose budget this is; `"000000000"` for the republican budget. */
  readonly code: string;
  /** Russian name as in the classifier. */
  readonly nameRu: string;
  /** Kazakh name as in the classifier. */
  readonly nameKk: string;
}

/** The republican (level-1) budget. */
export const REPUBLICAN_BUDGET: BudgetRef = Object.freeze({
  level: 1,
  code: "000000000",
  nameRu: "Республиканский бюджет",
  nameKk: "Республикалық бюджет",
});

/**
 * The date from which all fourth-level units have had budgets of their own: 1 Jan 2020 (Law of 11 Jul
 * 2017 No 90-VI; units with more than 2,000 people had them from 1 Jan 2018).
 */
export const ALL_UNITS_OWN_BUDGET_SINCE: IsoDate = "2020-01-01";

/** The earliest date a fourth-level unit can have had its own budget: 1 Jan 2018 (Law of 11 Jul 2017 No 90-VI). */
export const FIRST_UNITS_OWN_BUDGET_SINCE: IsoDate = "2018-01-01";

/**
 * Where a unit's {@link FourthLevelBudgetRef.ownBudgetSince} comes from: `"default"` is
 * {@link ALL_UNITS_OWN_BUDGET_SINCE}, because the classifier does not say which units had over 2,000
 * people in 2017; `"caller"` was set through {@link TerritoryOptions.ownBudgetSince}.
 */
export type OwnBudgetSinceSource = "default" | "caller";

/** A regional (level-2) budget: a region or a city of republican significance. */
export interface RegionBudgetRef extends BudgetRef {
  /** Always 2. */
  readonly level: 2;
}

/** A fourth-level budget, with the date from which its unit has had a budget of its own. */
export interface FourthLevelBudgetRef extends BudgetRef {
  /** Always 4. */
  readonly level: 4;
  /** The first day the unit had a budget of its own; before it, the district budget received its revenues. */
  readonly ownBudgetSince: IsoDate;
  /** Whether {@link FourthLevelBudgetRef.ownBudgetSince} is the default or was set by the caller. */
  readonly ownBudgetSinceSource: OwnBudgetSinceSource;
}

/** A district (level-3) budget: a district or a city of regional significance, with its region. */
export interface DistrictBudgetRef extends BudgetRef {
  /** Always 3. */
  readonly level: 3;
  /** `district` or `city_regional`. */
  readonly type: DistrictType;
  /** The region (level 2) the district belongs to. */
  readonly region: RegionBudgetRef;
}

/**
 * A fourth-level budget unit (a row with `budget4 = 1` in the classifier): a rural district, village or
 * settlement administration, or a city of district significance, with its district and region.
 *
 * @example
 * ```ts
 * const unit = kazakhstanTerritory().fourthLevelUnit("104035000");
 * // unit.nameRu "Бель-Агачский с.о.", unit.type "rural_district", unit.district.code "104000000",
 * // unit.ownBudgetSince "2020-01-01", unit.ownBudgetSinceSource "default"
 * ```
 */
export interface FourthLevelUnit extends FourthLevelBudgetRef {
  /** What kind of unit it is. */
  readonly type: FourthLevelUnitType;
  /** The district budget above it. */
  readonly district: DistrictBudgetRef;
  /** The regional budget above the district. */
  readonly region: RegionBudgetRef;
}

/** A place inside a fourth-level unit: the unit's budget owns it, under its district and region. */
export interface FourthLevelOwner {
  /** Discriminant. */
  readonly kind: "fourth_level";
  /** The fourth-level unit (the classifier's `unit4_code`). */
  readonly unit: FourthLevelUnit;
  /** The district budget above the unit (`district_code`). */
  readonly district: DistrictBudgetRef;
  /** The regional budget (`region_code`). */
  readonly region: RegionBudgetRef;
}

/** A place that no fourth-level budget owns (on the date asked, for {@link Territory.budgetOwnerOn}). */
export interface OutsideFourthLevelOwner {
  /** Discriminant. */
  readonly kind: "outside_fourth_level";
  /** The district budget that owns the place, if any (none in regions' own rows and in cities of republican significance). */
  readonly district?: DistrictBudgetRef;
  /** The regional budget of the place (every classifier row has one). */
  readonly region: RegionBudgetRef;
  /** Why no fourth-level budget owns it, in words. */
  readonly reason: string;
  /** The unit the place belongs to when it had no budget of its own yet on the date asked. */
  readonly unitWithoutOwnBudget?: FourthLevelUnit;
}

/** Which budgets own a place: see {@link Territory.owner}. */
export type BudgetOwner = FourthLevelOwner | OutsideFourthLevelOwner;

/** Options of {@link createTerritory} and {@link kazakhstanTerritory}. */
export interface TerritoryOptions {
  /**
   * First day of a unit's own budget, by unit code, for units that had one before 1 Jan 2020 (units with
   * over 2,000 people had one from 1 Jan 2018). Dates from 2018-01-01 to 2020-01-01. Units not listed
   * get {@link ALL_UNITS_OWN_BUDGET_SINCE}.
   */
  readonly ownBudgetSince?: Readonly<Record<string, string>>;
}

/**
 * Kazakhstan's administrative territory as the KATO classifier describes it, with the budget that owns
 * each place. Immutable; built by {@link kazakhstanTerritory} (the bundled classifier) or
 * {@link createTerritory} (any places). Codes are 9-digit strings.
 */
export interface Territory {
  /**
   * The classifier row of a code.
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` for a code not 9 digits or not in the classifier.
   */
  place(code: string): KatoPlace;
  /** Every place, in classifier (code) order. */
  places(): readonly KatoPlace[];
  /**
   * The budget held by a territory: `"000000000"` the republican budget, a region or city of republican
   * significance (level 2), a district or city of regional significance (level 3), a fourth-level unit (4).
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` when the code is unknown or its place holds no budget
   *   (a village, a city district…).
   */
  budget(code: string): BudgetRef;
  /**
   * Which fourth-level unit, district and region own a place, from the classifier's `unit4_code`,
   * `district_code` and `region_code`; or, outside any unit, the district and region and the reason.
   * Regardless of date: see {@link Territory.budgetOwnerOn} for dates before a unit had a budget.
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` for a code not 9 digits or not in the classifier.
   */
  owner(code: string): BudgetOwner;
  /**
   * Like {@link Territory.owner}, on a date: before the unit's `ownBudgetSince`, the unit had no budget,
   * so the district budget owns the place (kind `outside_fourth_level`, with `unitWithoutOwnBudget`).
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` for an unknown code; `INVALID_DATE` for a date that
   *   is not `YYYY-MM-DD`.
   */
  budgetOwnerOn(code: string, date: IsoDate): BudgetOwner;
  /** All fourth-level units (2,335 in the bundled classifier), in code order. */
  fourthLevelUnits(): readonly FourthLevelUnit[];
  /**
   * One fourth-level unit.
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` when the code is unknown or not a fourth-level unit.
   */
  fourthLevelUnit(code: string): FourthLevelUnit;
  /**
   * The fourth-level units of a district or city of regional significance, in code order (possibly none).
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` when the code is unknown or not a district / city of
   *   regional significance.
   */
  unitsOfDistrict(districtCode: string): readonly FourthLevelUnit[];
  /**
   * The places of a fourth-level unit: every place whose `unit4Code` is the unit, the unit's own row left
   * out, in code order (possibly none). From an index built once with the territory, not a scan.
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` when the code is unknown or not a fourth-level unit.
   * @example
   * ```ts
   * kazakhstanTerritory().placesOfUnit("104035000").map((p) => p.nameRu); // […, "с.Бель-Агач", …]
   * ```
   */
  placesOfUnit(unitCode: string): readonly KatoPlace[];
  /** All district budgets (districts and cities of regional significance), in code order. */
  districts(): readonly DistrictBudgetRef[];
  /**
   * Places whose Russian or Kazakh name contains `query`, ignoring case and surrounding spaces, in code
   * order. Names are abbreviated as in the classifier ("с.", "с.о.", "а.о.", "Г.А."…).
   * @throws {@link FourthLevelError} `INVALID_INPUT` for a blank query.
   */
  findByName(query: string): readonly KatoPlace[];
}

const KIND_NAMES: Readonly<Record<"district" | "unit" | "budget", string>> = {
  district: "a district or city of regional significance",
  unit: "a fourth-level budget unit",
  budget:
    "a territory holding a budget (region, city of republican or regional significance, district, fourth-level unit)",
};

function describe(place: { readonly nameRu: string; readonly code: string }): string {
  return `${place.nameRu} (${place.code})`;
}

function wrongKindError(place: KatoPlace, kind: keyof typeof KIND_NAMES): FourthLevelError {
  return new FourthLevelError(
    "UNKNOWN_KATO",
    `KATO code ${place.code} (${place.nameRu}, a ${place.type}) is not ${KIND_NAMES[kind]}`,
    { code: place.code, type: place.type, expected: KIND_NAMES[kind] },
  );
}

type CodeColumn = "parentCode" | "unit4Code" | "districtCode" | "regionCode";

/** What each code column must point at, in words and as a test. */
const CODE_COLUMN_TARGETS: Readonly<
  Record<CodeColumn, { kind: string; fits: (target: KatoPlace) => boolean }>
> = {
  parentCode: { kind: "a place", fits: () => true },
  unit4Code: { kind: KIND_NAMES.unit, fits: (target) => target.isFourthLevelUnit },
  districtCode: { kind: KIND_NAMES.district, fits: (target) => isDistrictType(target.type) },
  regionCode: {
    kind: "a region or city of republican significance",
    fits: (target) => isRegionType(target.type),
  },
};
const CODE_COLUMNS = Object.keys(CODE_COLUMN_TARGETS) as CodeColumn[];

/** The code a place of this kind must carry in its own column (its own code), or its code when none. */
function ownColumnCode(place: KatoPlace): string | undefined {
  if (isRegionType(place.type)) return place.regionCode;
  if (isDistrictType(place.type)) return place.districtCode;
  return place.isFourthLevelUnit ? place.unit4Code : place.code;
}

/** The problems of one place that would make owners wrong or lookups fail. */
function issuesOfPlace(
  place: KatoPlace,
  byCode: ReadonlyMap<string, KatoPlace>,
  seen: Set<string>,
): InputIssue[] {
  const issues: InputIssue[] = [];
  if (!isKatoCodeShaped(place.code)) {
    issues.push({ path: "code", message: `${JSON.stringify(place.code)} is not 9 digits` });
  }
  if (seen.has(place.code)) issues.push({ path: "code", message: `${place.code} occurs more than once` });
  seen.add(place.code);
  if (!KATO_PLACE_TYPES.includes(place.type)) {
    issues.push({ path: "type", message: `${JSON.stringify(place.type)} is not a KATO type` });
  }
  for (const column of CODE_COLUMNS) {
    const code = place[column];
    if (code === undefined) continue;
    const target = byCode.get(code);
    const { kind, fits } = CODE_COLUMN_TARGETS[column];
    if (target === undefined) {
      issues.push({ path: column, message: `${code} is not a code of the places given` });
    } else if (!fits(target)) {
      issues.push({ path: column, message: `${describe(target)} is a ${target.type}, not ${kind}` });
    }
  }
  if (ownColumnCode(place) !== place.code) {
    issues.push({
      path: "code",
      message: `a ${place.type} must carry its own code as its region, district or unit code`,
    });
  }
  if (place.isFourthLevelUnit && !isFourthLevelUnitType(place.type)) {
    issues.push({ path: "isFourthLevelUnit", message: `a ${place.type} cannot be a fourth-level unit` });
  }
  if (place.isFourthLevelUnit && place.districtCode === undefined) {
    issues.push({ path: "districtCode", message: "a fourth-level unit needs its district" });
  }
  const unit = place.unit4Code === undefined ? undefined : byCode.get(place.unit4Code);
  if (
    unit !== undefined &&
    (unit.districtCode !== place.districtCode || unit.regionCode !== place.regionCode)
  ) {
    issues.push({
      path: "unit4Code",
      message: `the district or region differs from that of its unit ${describe(unit)}`,
    });
  }
  return issues;
}

/** Every problem of the places, with paths `places[i].field`. */
function placeIssues(places: readonly KatoPlace[], byCode: ReadonlyMap<string, KatoPlace>): InputIssue[] {
  const seen = new Set<string>();
  return places.flatMap((place, index) =>
    issuesOfPlace(place, byCode, seen).map((issue) => ({ ...issue, path: `places[${index}].${issue.path}` })),
  );
}

/** A frozen copy of a place (the place itself when already frozen: nobody can change it then). */
function frozenPlace(place: KatoPlace): KatoPlace {
  if (Object.isFrozen(place)) return place;
  const { code, type, classifierLevel, nameRu, nameKk, isFourthLevelUnit, regionCode } = place;
  const copy: { -readonly [K in keyof KatoPlace]: KatoPlace[K] } = {
    code,
    type,
    classifierLevel,
    nameRu,
    nameKk,
    isFourthLevelUnit,
    regionCode,
  };
  if (place.parentCode !== undefined) copy.parentCode = place.parentCode;
  if (place.pop2023 !== undefined) copy.pop2023 = place.pop2023;
  if (place.unit4Code !== undefined) copy.unit4Code = place.unit4Code;
  if (place.districtCode !== undefined) copy.districtCode = place.districtCode;
  return Object.freeze(copy);
}

function ownBudgetSinceOf(
  options: TerritoryOptions,
  byCode: ReadonlyMap<string, KatoPlace>,
): ReadonlyMap<string, IsoDate> {
  const dates = new Map<string, IsoDate>();
  for (const [code, date] of Object.entries(options.ownBudgetSince ?? {})) {
    const place = byCode.get(code);
    if (place === undefined) throw unknownKatoError(code);
    if (!place.isFourthLevelUnit) throw wrongKindError(place, "unit");
    const what = `ownBudgetSince of ${describe(place)}`;
    const checked = isoDate(date, what);
    if (checked < FIRST_UNITS_OWN_BUDGET_SINCE || date > ALL_UNITS_OWN_BUDGET_SINCE) {
      throw new FourthLevelError(
        "INVALID_DATE",
        `${what} ${date} is not between ${FIRST_UNITS_OWN_BUDGET_SINCE} and ${ALL_UNITS_OWN_BUDGET_SINCE}: fourth-level budgets began on 1 Jan 2018 (units over 2,000 people) and 1 Jan 2020 (all others) under the Law of 11 Jul 2017 No 90-VI`,
        { code, value: date, earliest: FIRST_UNITS_OWN_BUDGET_SINCE, latest: ALL_UNITS_OWN_BUDGET_SINCE },
      );
    }
    dates.set(code, checked);
  }
  return dates;
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
 * @param options - See {@link TerritoryOptions}.
 * @returns An immutable {@link Territory}.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every inconsistent place (paths `places[i].field`);
 *   `UNKNOWN_KATO` for an `ownBudgetSince` code that is not a fourth-level unit; `INVALID_DATE` for an
 *   `ownBudgetSince` date that is not a real date from 2018-01-01 to 2020-01-01.
 * @example
 * ```ts
 * import { createTerritory } from "fourth-level-budget";
 * const territory = createTerritory([
 *   { code: "100000000", type: "region", classifierLevel: 1, nameRu: "область Абай", nameKk: "Абай облысы",
 *     isFourthLevelUnit: false, regionCode: "100000000" },
 *   { code: "104000000", parentCode: "100000000", type: "district", classifierLevel: 2,
 *     nameRu: "Бородулихинский район", nameKk: "Бородулиха ауданы", isFourthLevelUnit: false,
 *     districtCode: "104000000", regionCode: "100000000" },
 * ]);
 * territory.unitsOfDistrict("104000000"); // []
 * ```
 */
export function createTerritory(places: readonly KatoPlace[], options: TerritoryOptions = {}): Territory {
  return territoryFrom(checkedPlaces(places), options);
}

/**
 * Validated places and everything about them that does not depend on {@link TerritoryOptions}: built
 * once per set of places (for the bundled classifier, once per process: see {@link bundledPlaces}).
 * Immutable.
 */
interface CheckedPlaces {
  readonly places: readonly KatoPlace[];
  readonly byCode: ReadonlyMap<string, KatoPlace>;
  readonly regions: ReadonlyMap<string, RegionBudgetRef>;
  readonly districts: ReadonlyMap<string, DistrictBudgetRef>;
  readonly allDistricts: readonly DistrictBudgetRef[];
  /** The fourth-level units' own rows, in code order. */
  readonly unitPlaces: readonly KatoPlace[];
  /** By unit code: the places whose `unit4Code` is the unit, its own row left out. */
  readonly placesByUnit: ReadonlyMap<string, readonly KatoPlace[]>;
}

/**
 * Freezes and validates places and indexes them by code, region, district and unit.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every inconsistent place.
 */
function checkedPlaces(places: readonly KatoPlace[]): CheckedPlaces {
  const frozenPlaces = Object.freeze(places.map(frozenPlace));
  const byCode = new Map(frozenPlaces.map((place) => [place.code, place]));
  throwIfIssues("KATO places", placeIssues(frozenPlaces, byCode));

  const regions = new Map<string, RegionBudgetRef>();
  const districts = new Map<string, DistrictBudgetRef>();
  const placesByUnit = new Map<string, KatoPlace[]>();
  for (const place of frozenPlaces) {
    if (!isRegionType(place.type)) continue;
    regions.set(
      place.code,
      Object.freeze({ level: 2, code: place.code, nameRu: place.nameRu, nameKk: place.nameKk }),
    );
  }
  for (const place of frozenPlaces) {
    if (!isDistrictType(place.type)) continue;
    const region = regions.get(place.regionCode) as RegionBudgetRef; // checked by placeIssues
    const { code, nameRu, nameKk, type } = place;
    districts.set(code, Object.freeze({ level: 3, code, nameRu, nameKk, type, region }));
  }
  const unitPlaces = frozenPlaces.filter((place) => place.isFourthLevelUnit);
  for (const unit of unitPlaces) placesByUnit.set(unit.code, []);
  for (const place of frozenPlaces) {
    if (place.unit4Code === undefined || place.unit4Code === place.code) continue;
    placesByUnit.get(place.unit4Code)?.push(place); // the unit exists: checked by placeIssues
  }
  for (const list of placesByUnit.values()) {
    list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    Object.freeze(list);
  }
  return Object.freeze({
    places: frozenPlaces,
    byCode,
    regions,
    districts,
    allDistricts: Object.freeze([...districts.values()]),
    unitPlaces: Object.freeze(unitPlaces),
    placesByUnit,
  });
}

/** The territory of checked places, with the units' `ownBudgetSince` from the options. */
function territoryFrom(checked: CheckedPlaces, options: TerritoryOptions): Territory {
  const { places: frozenPlaces, byCode, regions, districts, allDistricts, placesByUnit } = checked;
  const ownBudgetSince = ownBudgetSinceOf(options, byCode);

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
      ownBudgetSince: since ?? ALL_UNITS_OWN_BUDGET_SINCE,
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
          ? "the date all fourth-level units got budgets under the Law of 11 Jul 2017 No 90-VI"
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
 * it depends on {@link TerritoryOptions}, so each {@link kazakhstanTerritory} call only applies its own
 * `ownBudgetSince`.
 */
let bundled: CheckedPlaces | undefined;

function bundledPlaces(): CheckedPlaces {
  bundled ??= checkedPlaces(decodeKatoPlaces(KATO_PLACES_COMPACT));
  return bundled;
}

/**
 * Kazakhstan's territory from the bundled KATO classifier (НК РК 11-2025 as updated 17 Jul 2026, Bureau
 * of National Statistics, stat.gov.kz, via the MIT-licensed compilation siaarzh/kz-tax-rates): 15,594
 * places, 2,335 fourth-level units (2,108 rural districts, 108 village administrations, 71 settlement
 * administrations, 48 cities of district significance). The classifier is taken as the territory; its
 * counts differ from the Bureau's 2026 statistics (see data/kato/SOURCE.md). The first call decodes and
 * validates the bundled data (a few hundred milliseconds) and keeps it for the process; later calls only
 * build the 2,335 units with their `ownBudgetSince`.
 *
 * @param options - See {@link TerritoryOptions}.
 * @throws {@link FourthLevelError} `UNKNOWN_KATO` / `INVALID_DATE` for a bad `ownBudgetSince` entry.
 * @example
 * ```ts
 * import { kazakhstanTerritory } from "fourth-level-budget";
 * const kz = kazakhstanTerritory({ ownBudgetSince: { "104035000": "2018-01-01" } });
 * const owner = kz.owner("104035100"); // с.Бель-Агач
 * if (owner.kind === "fourth_level") console.log(owner.unit.nameRu, owner.district.nameRu);
 * // "Бель-Агачский с.о." "Бородулихинский район"
 * kz.budgetOwnerOn("104035100", "2017-12-31").kind; // "outside_fourth_level": the district owned it
 * ```
 */
export function kazakhstanTerritory(options: TerritoryOptions = {}): Territory {
  return territoryFrom(bundledPlaces(), options);
}
