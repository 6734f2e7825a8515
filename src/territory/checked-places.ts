import { FourthLevelError } from "../errors/error.js";
import { type Issue, throwIssues } from "../errors/issue.js";
import type { DistrictBudgetRef, RegionBudgetRef } from "./budgets.js";
import {
  isDistrictType,
  isFourthLevelUnitType,
  isKatoCodeShaped,
  isRegionType,
  KATO_PLACE_TYPES,
  type KatoPlace,
} from "./kato-place.js";

const KIND_NAMES: Readonly<Record<"district" | "unit" | "budget", string>> = {
  district: "a district or city of regional significance",
  unit: "a fourth-level budget unit",
  budget:
    "a territory holding a budget (region, city of republican or regional significance, district, fourth-level unit)",
};

export function describe(place: { readonly nameRu: string; readonly code: string }): string {
  return `${place.nameRu} (${place.code})`;
}

export function wrongKindError(place: KatoPlace, kind: keyof typeof KIND_NAMES): FourthLevelError {
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

/** The problems of one place that would make owners wrong or lookups fail, with paths inside the place. */
function issuesOfPlace(place: KatoPlace, byCode: ReadonlyMap<string, KatoPlace>, seen: Set<string>): Issue[] {
  const issues: Issue[] = [];
  const problem = (field: keyof KatoPlace, message: string) =>
    issues.push({ path: [field], code: "INVALID_INPUT", message });
  if (!isKatoCodeShaped(place.code)) problem("code", `${JSON.stringify(place.code)} is not 9 digits`);
  if (seen.has(place.code)) problem("code", `${place.code} occurs more than once`);
  seen.add(place.code);
  if (!KATO_PLACE_TYPES.includes(place.type))
    problem("type", `${JSON.stringify(place.type)} is not a KATO type`);
  for (const column of CODE_COLUMNS) {
    const code = place[column];
    if (code === undefined) continue;
    const target = byCode.get(code);
    const { kind, fits } = CODE_COLUMN_TARGETS[column];
    if (target === undefined) problem(column, `${code} is not a code of the places given`);
    else if (!fits(target)) problem(column, `${describe(target)} is a ${target.type}, not ${kind}`);
  }
  if (ownColumnCode(place) !== place.code) {
    problem("code", `a ${place.type} must carry its own code as its region, district or unit code`);
  }
  if (place.isFourthLevelUnit && !isFourthLevelUnitType(place.type)) {
    problem("isFourthLevelUnit", `a ${place.type} cannot be a fourth-level unit`);
  }
  if (place.isFourthLevelUnit && place.districtCode === undefined) {
    problem("districtCode", "a fourth-level unit needs its district");
  }
  const unit = place.unit4Code === undefined ? undefined : byCode.get(place.unit4Code);
  if (
    unit !== undefined &&
    (unit.districtCode !== place.districtCode || unit.regionCode !== place.regionCode)
  ) {
    problem("unit4Code", `the district or region differs from that of its unit ${describe(unit)}`);
  }
  return issues;
}

/** Every problem of the places, with paths `["places", i, field]`. */
function placeIssues(places: readonly KatoPlace[], byCode: ReadonlyMap<string, KatoPlace>): Issue[] {
  const seen = new Set<string>();
  return places.flatMap((place, index) =>
    issuesOfPlace(place, byCode, seen).map((issue) => ({ ...issue, path: ["places", index, ...issue.path] })),
  );
}

/**
 * Validated places and everything about them that does not depend on {@link TerritoryOptions}: built
 * once per set of places (for the bundled classifier, once per process: see {@link bundledPlaces}).
 * Immutable.
 */
export interface CheckedPlaces {
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
 * Validates that places fit together and indexes them by code, region, district and unit. The places are
 * frozen: the caller hands over its own copies (the parsed input, the decoded bundled data).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every inconsistent place.
 */
export function checkedPlaces(places: readonly KatoPlace[]): CheckedPlaces {
  const frozenPlaces = Object.freeze(places.map((place) => Object.freeze(place)));
  const byCode = new Map(frozenPlaces.map((place) => [place.code, place]));
  throwIssues("KATO places", placeIssues(frozenPlaces, byCode));

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
