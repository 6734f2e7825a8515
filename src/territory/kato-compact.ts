import { FourthLevelError } from "../errors/error.js";
import type { KatoCode } from "../input/codes.js";
import {
  KATO_PLACE_TYPES,
  type KatoClassifierLevel,
  type KatoPlace,
  type KatoPlaceType,
} from "./kato-place.js";

/*
 * The compact text form of KATO places bundled in kato-data.generated.ts: one line per place, fields
 * separated by "|":
 *
 *   code | parent | classifier level | type | budget4 | unit4 | district | region | name ru | name kk | pop 2023
 *
 * - parent: "" none; "2", "4", "6" or "7" = the first n digits of the code padded with zeros (the
 *   classifier's parent rule); otherwise the 9-digit code;
 * - type: index into KATO_PLACE_TYPES, base 36;
 * - budget4: "1" for a fourth-level unit, "" otherwise;
 * - unit4, district, region: "" absent, "=" the place's own code, "^" the same as the parent's, otherwise
 *   the 9-digit code. Every value is the classifier's own column, only written shorter.
 */

const FIELD = "|";
const LINE = "\n";
const SAME_AS_OWN_CODE = "=";
const SAME_AS_PARENT = "^";
const PARENT_PREFIX_LENGTHS = [7, 6, 4, 2] as const;
const FIELD_COUNT = 11;

type OwningColumn = "unit4Code" | "districtCode" | "regionCode";

function encodeParent(place: KatoPlace): string {
  const { code, parentCode } = place;
  if (parentCode === undefined) return "";
  const prefixLength = PARENT_PREFIX_LENGTHS.find(
    (length) => parentCode !== code && code.slice(0, length).padEnd(9, "0") === parentCode,
  );
  return prefixLength === undefined ? parentCode : String(prefixLength);
}

// The codes decoded are taken as KATO codes: checkedPlaces checks each is 9 digits before any lookup.
function decodeParent(code: string, field: string): KatoCode | undefined {
  if (field === "") return undefined;
  if (field.length === 9) return field as KatoCode;
  return code.slice(0, Number(field)).padEnd(9, "0") as KatoCode;
}

function encodeOwning(place: KatoPlace, parent: KatoPlace | undefined, column: OwningColumn): string {
  const value = place[column];
  if (value === undefined) return "";
  if (value === place.code) return SAME_AS_OWN_CODE;
  if (parent !== undefined && parent[column] === value) return SAME_AS_PARENT;
  return value;
}

function decodeOwning(
  code: string,
  field: string,
  parent: KatoPlace | undefined,
  column: OwningColumn,
): KatoCode | undefined {
  if (field === "") return undefined;
  if (field === SAME_AS_OWN_CODE) return code as KatoCode;
  if (field !== SAME_AS_PARENT) return field as KatoCode;
  if (parent === undefined) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `compact KATO row ${code}: "${column}" refers to a parent not read before it`,
      {
        code,
      },
    );
  }
  return parent[column];
}

/**
 * Writes places in the compact form bundled with the library (see the comment at the top of this
 * module). Lossless: {@link decodeKatoPlaces} gives back equal places in the same order.
 *
 * @param places - Places in classifier order (a parent before its children makes the text shorter).
 * @throws {@link FourthLevelError} `INVALID_INPUT` when a name holds "|" or a line break, which the form cannot carry.
 */
export function encodeKatoPlaces(places: readonly KatoPlace[]): string {
  const written = new Map<string, KatoPlace>();
  const lines = places.map((place) => {
    for (const name of [place.nameRu, place.nameKk]) {
      if (name.includes(FIELD) || name.includes(LINE) || name.includes("\r")) {
        throw new FourthLevelError(
          "INVALID_INPUT",
          `KATO ${place.code}: name ${JSON.stringify(name)} holds "|" or a line break`,
          {
            code: place.code,
            name,
          },
        );
      }
    }
    const parent = place.parentCode === undefined ? undefined : written.get(place.parentCode);
    written.set(place.code, place);
    return [
      place.code,
      encodeParent(place),
      String(place.classifierLevel),
      KATO_PLACE_TYPES.indexOf(place.type).toString(36),
      place.isFourthLevelUnit ? "1" : "",
      encodeOwning(place, parent, "unit4Code"),
      encodeOwning(place, parent, "districtCode"),
      encodeOwning(place, parent, "regionCode"),
      place.nameRu,
      place.nameKk,
      place.pop2023 === undefined ? "" : String(place.pop2023),
    ].join(FIELD);
  });
  return lines.join(LINE);
}

/**
 * Reads places from the compact form written by {@link encodeKatoPlaces}.
 *
 * @param text - The compact text, e.g. the bundled `KATO_PLACES_COMPACT`.
 * @returns The places, frozen, in the order written.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when a line does not have 11 fields, has an unknown type
 *   or refers to a parent not read before it (the text was not written by {@link encodeKatoPlaces}).
 */
export function decodeKatoPlaces(text: string): KatoPlace[] {
  const read = new Map<string, KatoPlace>();
  const places: KatoPlace[] = [];
  for (const line of text.split(LINE)) {
    const fields = line.split(FIELD);
    const field = (index: number): string => fields[index] ?? "";
    const code = field(0) as KatoCode;
    const type: KatoPlaceType | undefined = KATO_PLACE_TYPES[Number.parseInt(field(3), 36)];
    if (fields.length !== FIELD_COUNT || type === undefined) {
      throw new FourthLevelError("INVALID_INPUT", `compact KATO line ${JSON.stringify(line)} is malformed`, {
        line,
      });
    }
    const parentCode = decodeParent(code, field(1));
    const parent = parentCode === undefined ? undefined : read.get(parentCode);
    const place: Mutable<KatoPlace> = {
      code,
      type,
      classifierLevel: Number(field(2)) as KatoClassifierLevel,
      nameRu: field(8),
      nameKk: field(9),
      isFourthLevelUnit: field(4) === "1",
      regionCode: decodeOwning(code, field(7), parent, "regionCode") ?? ("" as KatoCode),
    };
    // Optional properties are set only when present (exactOptionalPropertyTypes), without object spreads,
    // which would make decoding several times slower.
    if (parentCode !== undefined) place.parentCode = parentCode;
    if (field(10) !== "") place.pop2023 = Number(field(10));
    const unit4Code = decodeOwning(code, field(5), parent, "unit4Code");
    if (unit4Code !== undefined) place.unit4Code = unit4Code;
    const districtCode = decodeOwning(code, field(6), parent, "districtCode");
    if (districtCode !== undefined) place.districtCode = districtCode;
    read.set(code, Object.freeze(place));
    places.push(place);
  }
  return places;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
