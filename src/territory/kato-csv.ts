import * as z from "zod";
import { describeValue, labelOf } from "../errors/describe.js";
import { type Issue, throwIssues } from "../errors/issue.js";
import { cellsByColumn, readCsvRecords } from "../files/read-csv.js";
import { katoCodeSchema } from "../input/codes.js";
import { checkInput } from "../input/parse.js";
import type { KatoClassifierLevel, KatoPlace } from "./kato-place.js";
import { katoPlaceTypeSchema } from "./territory-schema.js";

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

const absentWhenEmpty = (text: string) => (text === "" ? undefined : text);

/** A code cell that may be empty (no parent, no unit, no district). */
const optionalCode = z.string().transform(absentWhenEmpty).pipe(katoCodeSchema.optional());

const nonEmpty = z.string().min(1, { error: "is empty" });

/**
 * One data row of the classifier CSV, by column, read as a {@link KatoPlace}; columns the territory does
 * not read are ignored. The keys are in the order the problems of a row are listed.
 */
const katoCsvRowSchema = z
  .object({
    code: katoCodeSchema,
    type: katoPlaceTypeSchema,
    level: z.enum(["1", "2", "3", "4", "5"], {
      error: (issue) => `${describeValue(issue.input)} is not 1, 2, 3, 4 or 5`,
    }),
    budget4: z.enum(["0", "1"], { error: (issue) => `${describeValue(issue.input)} is not 0 or 1` }),
    name_ru: nonEmpty,
    name_kk: nonEmpty,
    region_code: katoCodeSchema,
    pop_2023: z
      .string()
      .regex(/^\d*$/, { error: (issue) => `${describeValue(issue.input)} is not a whole number of people` }),
    parent_code: optionalCode,
    unit4_code: optionalCode,
    district_code: optionalCode,
  })
  .transform((row): KatoPlace => {
    const place = {
      code: row.code,
      type: row.type,
      classifierLevel: Number(row.level) as KatoClassifierLevel,
      nameRu: row.name_ru,
      nameKk: row.name_kk,
      isFourthLevelUnit: row.budget4 === "1",
      regionCode: row.region_code,
    };
    return {
      ...place,
      ...(row.parent_code === undefined ? {} : { parentCode: row.parent_code }),
      ...(row.pop_2023 === "" ? {} : { pop2023: Number(row.pop_2023) }),
      ...(row.unit4_code === undefined ? {} : { unit4Code: row.unit4_code }),
      ...(row.district_code === undefined ? {} : { districtCode: row.district_code }),
    };
  });

/**
 * Reads the KATO classifier in the CSV layout of `data/kato/kato.csv` (a header row naming at least
 * {@link KATO_CSV_COLUMNS}; codes as 9-digit strings; empty cells for absent values; lines starting with
 * `#` before the header are a note and skipped) into places, in file order. Use it with
 * {@link createTerritory} to build a territory from a newer edition of the classifier.
 *
 * @param csvText - The whole CSV file, UTF-8 text.
 * @param what - What is being read, for the error message (e.g. the file name).
 * @returns One {@link KatoPlace} per data row.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every malformed cell (path `["line N", column]`)
 *   and row with the wrong number of fields (path `["line N"]`), or a missing column (path
 *   `["header", column]`), or text that is not CSV.
 * @category Territory
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
  const label = labelOf(what, "KATO classifier CSV");
  const { header, rows } = readCsvRecords(csvText, label);
  const missing = KATO_CSV_COLUMNS.filter((column) => !header.includes(column));
  throwIssues(
    label,
    missing.map((column) => ({
      path: ["header", column],
      code: "INVALID_INPUT",
      message: `column "${column}" is missing`,
    })),
  );
  const issues: Issue[] = [];
  const places = rows.flatMap((row) => {
    const line = `line ${row.line}`;
    if (row.cells.length !== header.length) {
      issues.push({
        path: [line],
        code: "INVALID_INPUT",
        message: `has ${row.cells.length} fields, the header has ${header.length}`,
      });
      return [];
    }
    const read = checkInput(katoCsvRowSchema, cellsByColumn(header, row), label);
    issues.push(...read.issues.map((issue) => ({ ...issue, path: [line, ...issue.path] })));
    return read.value === undefined ? [] : [read.value];
  });
  throwIssues(label, issues);
  return places;
}
