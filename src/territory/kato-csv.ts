import { type InputIssue, throwIfIssues } from "../errors/error.js";
import { cellsByColumn, readCsvRecords } from "../files/read-csv.js";
import {
  isKatoCodeShaped,
  KATO_PLACE_TYPES,
  type KatoClassifierLevel,
  type KatoPlace,
  type KatoPlaceType,
} from "./kato-place.js";

/**
 * The columns of `data/kato/kato.csv` that the territory reads (others, such as `k`, are ignored).
 *
 * @category Territory
 */
export const KATO_CSV_COLUMNS = [
  "code",
  "parent_code",
  "level",
  "type",
  "budget4",
  "unit4_code",
  "district_code",
  "region_code",
  "name_ru",
  "name_kk",
  "pop_2023",
] as const;

type KatoCsvRecord = Readonly<Record<string, string>>;

/**
 * Reads the KATO classifier in the CSV layout of `data/kato/kato.csv` (a header row naming at least
 * {@link KATO_CSV_COLUMNS}; codes as 9-digit strings; empty cells for absent values; lines starting with
 * `#` before the header are a note and skipped) into places, in file order. Use it with {@link createTerritory} to build a territory from a newer edition of the classifier.
 *
 * @category Territory
 * @param csvText - The whole CSV file, UTF-8 text.
 * @param what - What is being read, for the error message (e.g. the file name).
 * @returns One {@link KatoPlace} per data row.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every malformed cell (path `line N.column`)
 *   and row with the wrong number of fields (path `line N`), or a missing column, or text that is not CSV.
 * @example
 * ```ts
 * const csv = [
 *   KATO_CSV_COLUMNS.join(","),
 *   "100000000,,1,region,0,,,100000000,область Абай,Абай облысы,610189",
 * ].join("\n");
 * katoPlacesFromCsv(csv, "example.csv")[0]?.type; //=> "region"
 * ```
 */
export function katoPlacesFromCsv(csvText: string, what = "KATO classifier CSV"): KatoPlace[] {
  const { header, rows } = readCsvRecords(csvText, what);
  const missing = KATO_CSV_COLUMNS.filter((column) => !header.includes(column));
  throwIfIssues(
    what,
    missing.map((column) => ({ path: "(header)", message: `column "${column}" is missing` })),
  );
  const issues: InputIssue[] = [];
  const places = rows.map((row) => {
    const line = `line ${row.line}`;
    if (row.cells.length !== header.length) {
      issues.push({ path: line, message: `has ${row.cells.length} fields, the header has ${header.length}` });
    }
    return placeFromRecord(cellsByColumn(header, row), line, issues);
  });
  throwIfIssues(what, issues);
  return places;
}

function placeFromRecord(record: KatoCsvRecord, line: string, issues: InputIssue[]): KatoPlace {
  const cell = (column: (typeof KATO_CSV_COLUMNS)[number]): string => record[column] ?? "";
  const problem = (column: string, message: string): void => {
    issues.push({ path: `${line}.${column}`, message });
  };
  const code = (column: "code" | "parent_code" | "unit4_code" | "district_code" | "region_code") => {
    const value = cell(column);
    if (value !== "" && !isKatoCodeShaped(value)) problem(column, `${JSON.stringify(value)} is not 9 digits`);
    return value;
  };

  const place = {
    code: code("code"),
    type: cell("type") as KatoPlaceType,
    classifierLevel: Number(cell("level")) as KatoClassifierLevel,
    nameRu: cell("name_ru"),
    nameKk: cell("name_kk"),
    isFourthLevelUnit: cell("budget4") === "1",
    regionCode: code("region_code"),
  };
  if (place.code === "") problem("code", "is empty");
  if (!KATO_PLACE_TYPES.includes(place.type)) {
    problem("type", `${JSON.stringify(cell("type"))} is not one of ${KATO_PLACE_TYPES.join(", ")}`);
  }
  if (![1, 2, 3, 4, 5].includes(place.classifierLevel)) {
    problem("level", `${JSON.stringify(cell("level"))} is not 1, 2, 3, 4 or 5`);
  }
  if (cell("budget4") !== "0" && cell("budget4") !== "1") {
    problem("budget4", `${JSON.stringify(cell("budget4"))} is not 0 or 1`);
  }
  if (place.nameRu === "") problem("name_ru", "is empty");
  if (place.nameKk === "") problem("name_kk", "is empty");
  if (place.regionCode === "") problem("region_code", "is empty");
  const population = cell("pop_2023");
  if (population !== "" && !/^\d+$/.test(population)) {
    problem("pop_2023", `${JSON.stringify(population)} is not a whole number of people`);
  }

  const parentCode = code("parent_code");
  const unit4Code = code("unit4_code");
  const districtCode = code("district_code");
  return {
    ...place,
    ...(parentCode === "" ? {} : { parentCode }),
    ...(population === "" ? {} : { pop2023: Number(population) }),
    ...(unit4Code === "" ? {} : { unit4Code }),
    ...(districtCode === "" ? {} : { districtCode }),
  };
}
