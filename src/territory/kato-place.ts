import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import type { KatoCode } from "../input/codes.js";

/**
 * The kinds of object in the KATO classifier, as the `type` column of `data/kato/kato.csv` names them.
 *
 * - `region` — oblast (level-2 budget);
 * - `city_republican` — city of republican significance or the capital (level-2 budget);
 * - `district` — district (аудан; level-3 budget);
 * - `city_regional` — city of regional (oblast) significance as an administrative unit, "Г.А." (level-3 budget);
 * - `city_proper` — the city itself inside a city of regional significance;
 * - `city_district` — a district of a city (no budget of its own);
 * - `rural_district` — rural district, "с.о." (fourth level);
 * - `village_admin` — village administration (fourth level);
 * - `settlement_admin` — settlement administration (fourth level);
 * - `city_district_sig_admin` — city of district significance as an administration, "г.а." (fourth level);
 * - `city_district_sig` — city of district significance (fourth level when it has no administration row above it);
 * - `village`, `settlement`, `station`, `wintering`, `locality_other` — localities.
 * @category Territory
 */
export type KatoPlaceType =
  | "region"
  | "city_republican"
  | "district"
  | "city_regional"
  | "city_proper"
  | "city_district"
  | "rural_district"
  | "village_admin"
  | "settlement_admin"
  | "city_district_sig_admin"
  | "city_district_sig"
  | "village"
  | "settlement"
  | "station"
  | "wintering"
  | "locality_other";

/**
 * Every {@link KatoPlaceType}, in the classifier's order from region down to minor locality.
 *
 * @category Territory
 */
export const KATO_PLACE_TYPES: readonly KatoPlaceType[] = Object.freeze([
  "region",
  "city_republican",
  "district",
  "city_regional",
  "city_proper",
  "city_district",
  "rural_district",
  "village_admin",
  "settlement_admin",
  "city_district_sig_admin",
  "city_district_sig",
  "village",
  "settlement",
  "station",
  "wintering",
  "locality_other",
] as const);

/**
 * The types a fourth-level budget unit can have (rows with `budget4 = 1`).
 *
 * @category Territory
 */
export const FOURTH_LEVEL_UNIT_TYPES = Object.freeze([
  "rural_district",
  "village_admin",
  "settlement_admin",
  "city_district_sig_admin",
  "city_district_sig",
] as const satisfies readonly KatoPlaceType[]);

/**
 * The type of a fourth-level budget unit: one of {@link FOURTH_LEVEL_UNIT_TYPES}.
 *
 * @category Territory
 */
export type FourthLevelUnitType = (typeof FOURTH_LEVEL_UNIT_TYPES)[number];

/**
 * Whether `type` is one a fourth-level budget unit can have.
 *
 * @category Territory
 */
export function isFourthLevelUnitType(type: KatoPlaceType): type is FourthLevelUnitType {
  return (FOURTH_LEVEL_UNIT_TYPES as readonly KatoPlaceType[]).includes(type);
}

/**
 * The types whose budget is a district (level-3) budget: a district or a city of regional significance.
 *
 * @category Territory
 */
export type DistrictType = "district" | "city_regional";

/**
 * The types whose budget is a regional (level-2) budget: a region or a city of republican significance.
 *
 * @category Territory
 */
export type RegionType = "region" | "city_republican";

/**
 * The classifier's own level of a row: 1 region … 5 minor locality (not the budget level).
 *
 * @category Territory
 */
export type KatoClassifierLevel = 1 | 2 | 3 | 4 | 5;

/**
 * One row of the KATO classifier: a region, district, city, fourth-level unit or locality.
 *
 * The owning codes (`unit4Code`, `districtCode`, `regionCode`) are the classifier compilation's own
 * columns (`unit4_code`, `district_code`, `region_code`), never inferred from the code's digits.
 *
 * @category Territory
 * @example
 * ```ts
 * import { kazakhstanTerritory } from "fourth-level-budget";
 * const belAgach = kazakhstanTerritory().place("104035100");
 * belAgach;
 * //=> { code: "104035100", parentCode: "104035000", type: "village", classifierLevel: 4, nameRu: "с.Бель-Агач", nameKk: "Белағаш а.", isFourthLevelUnit: false, unit4Code: "104035000", districtCode: "104000000", regionCode: "100000000" }
 * ```
 */
export interface KatoPlace {
  /** The 9-digit KATO code. */
  readonly code: KatoCode;
  /** The code of the row above (absent for regions and cities of republican significance). */
  readonly parentCode?: KatoCode;
  /** What kind of object this is. */
  readonly type: KatoPlaceType;
  /** The classifier's level of the row, 1 (region) … 5 (minor locality). */
  readonly classifierLevel: KatoClassifierLevel;
  /** Russian name, abbreviated as in the classifier (e.g. "Бель-Агачский с.о."). */
  readonly nameRu: string;
  /** Kazakh name, abbreviated as in the classifier (e.g. "Белағаш а.о."). */
  readonly nameKk: string;
  /** Population on 1 Jan 2023 from the Bureau's bulletin, where it was matched to this code. */
  readonly pop2023?: number;
  /** Whether this row is itself a fourth-level budget unit (`budget4 = 1`). */
  readonly isFourthLevelUnit: boolean;
  /** The fourth-level unit the place belongs to (its own code for a unit; absent outside any unit). */
  readonly unit4Code?: KatoCode;
  /** The district or city of regional significance the place belongs to (absent in regions' own rows and in cities of republican significance). */
  readonly districtCode?: KatoCode;
  /** The region or city of republican significance the place belongs to. */
  readonly regionCode: KatoCode;
}

/**
 * The fields of a {@link KatoPlace} that hold KATO codes.
 *
 * @category Territory
 */
export type KatoCodeField = "code" | "parentCode" | "unit4Code" | "districtCode" | "regionCode";

/**
 * A classifier row as a caller writes it for `createTerritory`: a {@link KatoPlace} whose codes are plain
 * strings (checked to be 9 digits when the territory is built).
 *
 * @category Territory
 * @example
 * ```ts
 * import type { KatoPlaceInput } from "fourth-level-budget";
 * const region: KatoPlaceInput = {
 *   code: "100000000", type: "region", classifierLevel: 1, nameRu: "область Абай", nameKk: "Абай облысы",
 *   isFourthLevelUnit: false, regionCode: "100000000",
 * };
 * ```
 */
export type KatoPlaceInput = Omit<KatoPlace, KatoCodeField> & {
  readonly [K in keyof Pick<KatoPlace, KatoCodeField>]: string;
};

const KATO_CODE_PATTERN = /^\d{9}$/;

/**
 * Whether `value` is written like a KATO code: exactly 9 digits (it may still be absent from the classifier).
 *
 * @category Territory
 */
export function isKatoCodeShaped(value: unknown): value is string {
  return typeof value === "string" && KATO_CODE_PATTERN.test(value);
}

/** Whether `type` is a district-budget (level-3) type. */
export function isDistrictType(type: KatoPlaceType): type is DistrictType {
  return type === "district" || type === "city_regional";
}

/** Whether `type` is a regional-budget (level-2) type. */
export function isRegionType(type: KatoPlaceType): type is RegionType {
  return type === "region" || type === "city_republican";
}

/** What a KATO code is, as error messages state it. */
export const KATO_CODE_RULE =
  "a KATO code is 9 digits from the classifier of administrative-territorial objects (edition of 17 Jul 2026)";

/** What is wrong with a code given as another value than a string, and the string to give. */
function notAString(code: unknown): string {
  const digits = typeof code === "number" || typeof code === "bigint" ? String(code) : "";
  return /^\d{9}$/.test(digits)
    ? `is a number: give it as a string of 9 digits, "${digits}"`
    : `is not a string: give a string of 9 digits such as "104035100"`;
}

/**
 * The `UNKNOWN_KATO` error for a code that is not a string, not 9 digits or not in the territory's
 * classifier.
 * @param code - The code asked for, as given.
 */
export function unknownKatoError(code: unknown): FourthLevelError {
  const why =
    typeof code !== "string"
      ? `${notAString(code)} (${KATO_CODE_RULE})`
      : `${isKatoCodeShaped(code) ? "is not in the classifier" : "is not 9 digits"}: ${KATO_CODE_RULE}`;
  return new FourthLevelError("UNKNOWN_KATO", `KATO code ${describeValue(code)} ${why}`, {
    code: typeof code === "string" ? code : describeValue(code),
    expected: KATO_CODE_RULE,
  });
}
