import * as z from "zod";
import { throwIssues } from "../errors/issue.js";
import { katoCodeSchema } from "../input/codes.js";
import { parseInput } from "../input/parse.js";
import {
  type DistrictBudgetRef,
  type FourthLevelUnit,
  type NamedPlace,
  namedPlace,
  type Territory,
} from "./budgets.js";
import { isDistrictType, isRegionType, KATO_CODE_RULE, type KatoPlace } from "./kato-place.js";
import { territorySchema } from "./territory-schema.js";

/**
 * A fourth-level unit of a district with the places (villages, settlements…) it holds.
 *
 * @category Territory
 */
export interface DistrictUnit extends NamedPlace {
  /** What kind of unit it is. */
  readonly type: FourthLevelUnit["type"];
  /** The places whose budget it is, its own row aside, in code order (possibly none). */
  readonly places: readonly NamedPlace[];
}

/**
 * A district (or city of regional significance) and its fourth-level units.
 *
 * @category Territory
 */
export interface DistrictUnits {
  /** The district budget (level 3), with its region. */
  readonly district: DistrictBudgetRef;
  /** Its fourth-level units in code order (possibly none), each with its places. */
  readonly units: readonly DistrictUnit[];
}

const input = z.strictObject({ territory: territorySchema, districtKato: katoCodeSchema });

const listed = (districts: readonly DistrictBudgetRef[]) =>
  districts.map((d) => `${d.code} ${d.nameRu}`).join(", ");

/** What the code is instead of a district, and which code would do. */
function notADistrict(territory: Territory, code: string): string | undefined {
  const region = code.slice(0, 2).padEnd(9, "0");
  const inRegion = territory.districts().filter((d) => d.region.code === region);
  const known = territory.places().find((p) => p.code === code);
  if (known === undefined) {
    const choices =
      inRegion.length === 0 ? KATO_CODE_RULE : `the districts of its region are ${listed(inRegion)}`;
    return `KATO code ${code} is not in the classifier: ${choices}`;
  }
  if (isDistrictType(known.type)) return undefined;
  const self = `${code} (${known.nameRu}) is a ${known.type.replaceAll("_", " ")}`;
  if (isRegionType(known.type)) {
    return inRegion.length === 0
      ? `${self}: it has no districts with fourth-level units`
      : `${self}, not a district: its districts are ${listed(inRegion)}`;
  }
  const district = known.districtCode === undefined ? undefined : territory.place(known.districtCode);
  return district === undefined
    ? `${self} outside any district: ${describeRegion(territory, known)} has no districts with fourth-level units`
    : `${self} in the district ${district.nameRu}: give that district's code, ${district.code}`;
}

const describeRegion = (territory: Territory, place: KatoPlace) => {
  const region = territory.place(place.regionCode);
  return `${region.nameRu} (${region.code})`;
};

/**
 * The fourth-level units of a district or city of regional significance, each with its places, in code
 * order.
 *
 * @param territory - E.g. `kazakhstanTerritory()`.
 * @param districtKato - The district's 9-digit KATO code, e.g. `"104000000"` (Бородулихинский район).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every bad argument: `["territory"]` not a
 *   territory; `["districtKato"]` (issue code `UNKNOWN_KATO`) not 9 digits, not in the classifier (the
 *   districts of the region its first two digits name are listed), or not a district: a region (its
 *   districts are listed), a unit or a village (its district's code is named).
 * @category Territory
 * @example
 * ```ts
 * import { kazakhstanTerritory, unitsOfDistrict } from "fourth-level-budget";
 * const { district, units } = unitsOfDistrict(kazakhstanTerritory(), "104000000");
 * [district.nameRu, district.region.nameRu]; //=> ["Бородулихинский район", "область Абай"]
 * const zubair = units.find((u) => u.code === "104049000");
 * [zubair?.nameRu, zubair?.places.map((p) => p.nameRu)]; //=> ["Зубаировский с.о.", ["с.Зубаир", "с.Байтанат", "с.Жанаауыл"]]
 * unitsOfDistrict(kazakhstanTerritory(), "104049000"); //=> throws INVALID_INPUT
 * ```
 */
export function unitsOfDistrict(territory: Territory, districtKato: string): DistrictUnits {
  const args = parseInput(input, { territory, districtKato }, "district", { opaque: ["territory"] });
  const problem = notADistrict(args.territory, args.districtKato);
  throwIssues(
    "district",
    problem === undefined ? [] : [{ path: ["districtKato"], code: "UNKNOWN_KATO", message: problem }],
  );
  const district = args.territory.budget(args.districtKato) as DistrictBudgetRef;
  const units = args.territory.unitsOfDistrict(args.districtKato).map(
    (unit): DistrictUnit => ({
      ...namedPlace(unit),
      type: unit.type,
      places: args.territory.placesOfUnit(unit.code).map(namedPlace),
    }),
  );
  return { district, units };
}
