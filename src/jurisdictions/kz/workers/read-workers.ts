import * as z from "zod";
import { labelOf } from "../../../errors/describe.js";
import { type Issue, type IssuePath, throwIssues } from "../../../errors/issue.js";
import { cellsByColumn, readCsvRecords } from "../../../files/read-csv.js";
import { parseJsonText } from "../../../input/json.js";
import { checkInput, parseInput } from "../../../input/parse.js";
import type { Territory } from "../../../territory/territory.js";
import { territorySchema } from "../../../territory/territory-schema.js";
import { kazakhstanTerritory } from "../territory.js";
import {
  FIELD_OF_COLUMN,
  WORKER_CSV_COLUMNS,
  type WorkerRecord,
  type WorkerRecords,
  workerFileRecordSchema,
} from "./records.js";

/** The first word of the note of a generated file. */
export const GENERATED_MARK = "GENERATED";

const argumentsSchema = z.strictObject({
  territory: territorySchema,
  what: z.string({ error: "must be text, e.g. the file name" }),
});

/**
 * The records of a file, each checked; every problem at its path (`at` places a record's issues, or drops
 * one already reported, e.g. of a missing column).
 */
function readRecords(
  raw: readonly unknown[],
  territory: Territory,
  what: string,
  at: (index: number, path: IssuePath) => IssuePath | undefined,
  earlier: readonly Issue[] = [],
): WorkerRecord[] {
  const schema = workerFileRecordSchema(territory);
  const issues: Issue[] = [...earlier];
  const seen = new Map<string, number>();
  const records = raw.flatMap((item, i) => {
    const checked = checkInput(schema, item, what);
    for (const issue of checked.issues) {
      const path = at(i, issue.path);
      if (path !== undefined) issues.push({ ...issue, path });
    }
    const record = checked.value;
    if (record === undefined) return [];
    const first = seen.get(record.id);
    if (first !== undefined) {
      const message = `record id ${JSON.stringify(record.id)} is used twice (first in ${at(first, [])?.join(" ")})`;
      issues.push({ path: at(i, ["id"]) ?? [i], code: "INVALID_INPUT", message });
    }
    seen.set(record.id, i);
    return [record];
  });
  throwIssues(what, issues);
  return records;
}

const fileSchema = z.strictObject({
  generated: z.boolean({ error: "must be true or false" }).optional(),
  note: z.union([z.string(), z.array(z.string())], { error: "must be text or a list of lines" }).optional(),
  records: z.array(z.unknown(), { error: "must be an array of worker records" }),
});

/**
 * Reads worker records from JSON text: `{ "generated": true, "note": "…", "records": [ … ] }` or a bare
 * array of records `{ id, year, employerId, employerSeat, workplace, residence, annualWage, withheldIit }`,
 * amounts as KZT decimal strings (`"4200000.00"`), places as 9-digit KATO codes the territory knows. Every
 * problem is reported at once with its path (`["records", 3, "annualWage"]`); keys such as `__proto__`
 * are refused. Real records are read the same way (`generated` absent or `false`).
 *
 * @param territory - To check the KATO codes (the bundled classifier by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem (issue codes `INVALID_AMOUNT`,
 * `UNKNOWN_KATO`, `UNKNOWN_FIELD`, `FORBIDDEN_KEY` where they apply).
 * @category Workers
 * @example
 * ```ts
 * const text = '{ "generated": true, "records": [{ "id": "w-1", "year": 2026, "employerId": "e-1", "employerSeat": "101010000", "workplace": "104035100", "residence": "104035100", "annualWage": "4200000", "withheldIit": "307574.40" }] }';
 * readWorkersJson(text).records[0]?.withheldIit.toKzt(); //=> "307574.40"
 * readWorkersJson('[{ "id": "w-1" }]'); //=> throws INVALID_INPUT
 * ```
 */
export function readWorkersJson(
  text: string,
  territory: Territory = kazakhstanTerritory(),
  what = "worker records JSON",
): WorkerRecords {
  const args = parseInput(argumentsSchema, { territory, what: labelOf(what, "worker records JSON") }, what);
  const data = parseJsonText(text, args.what);
  if (Array.isArray(data)) {
    return {
      generated: false,
      note: [],
      records: readRecords(data, territory, args.what, (i, p) => [i, ...p]),
    };
  }
  // the wrapper's problems and its records' are reported together; a forbidden key inside a record is
  // found again with the record's own problems
  const file = { ...checkInput(fileSchema, data, args.what), value: fileSchema.safeParse(data).data };
  const wrapper = file.issues.filter((i) => !(i.path[0] === "records" && typeof i.path[1] === "number"));
  const records = readRecords(
    file.value?.records ?? [],
    territory,
    args.what,
    (i, p) => ["records", i, ...p],
    wrapper,
  );
  const note = file.value?.note ?? [];
  return {
    generated: file.value?.generated === true,
    note: typeof note === "string" ? [note] : note,
    records,
  };
}

/** A CSV cell as the record field reads it: the year as a number when it is written as one. */
function fieldValue(column: string, cell: string): unknown {
  return column === "year" && /^\d{1,4}$/.test(cell) ? Number(cell) : cell;
}

/**
 * Reads worker records from CSV text with the header {@link WORKER_CSV_COLUMNS}
 * (`id,year,employer_id,employer_seat,workplace,residence,annual_wage,withheld_iit`; amounts in KZT with at
 * most two decimals). Lines starting with `#` before the header are the file's note; a note whose first
 * line starts with `GENERATED` marks generated records. Every problem is reported at once with its row,
 * line and column (`["row 3 (line 5)", "annual_wage"]`); no row is dropped.
 *
 * @param territory - To check the KATO codes (the bundled classifier by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem, including unknown or missing
 * columns (`["column bogus"]`) and rows with the wrong number of fields.
 * @category Workers
 * @example
 * ```ts
 * const csv = "# GENERATED example\nid,year,employer_id,employer_seat,workplace,residence,annual_wage,withheld_iit\nw-1,2026,e-1,101010000,104035100,104035100,4200000,307574.40";
 * const read = readWorkersCsv(csv);
 * [read.generated, read.records[0]?.workplace]; //=> [true, "104035100"]
 * ```
 */
export function readWorkersCsv(
  text: string,
  territory: Territory = kazakhstanTerritory(),
  what = "worker records CSV",
): WorkerRecords {
  const args = parseInput(argumentsSchema, { territory, what: labelOf(what, "worker records CSV") }, what);
  const { preamble, header, rows } = readCsvRecords(text, args.what, { trim: true });
  const columns: readonly string[] = WORKER_CSV_COLUMNS;
  const issue = (path: IssuePath, message: string): Issue => ({ path, code: "INVALID_INPUT", message });
  const rowPath = (i: number) => `row ${i + 1} (line ${rows[i]?.line ?? 0})`;
  const earlier = [
    ...header
      .filter((h) => !columns.includes(h))
      .map((h) => issue([`column ${h}`], `unknown column; the columns are ${columns.join(", ")}`)),
    ...columns
      .filter((c) => !header.includes(c))
      .map((c) => issue([`column ${c}`], "required column is missing")),
    ...rows.flatMap((row, i) =>
      row.cells.length === header.length
        ? []
        : [issue([rowPath(i)], `has ${row.cells.length} fields, the header has ${header.length}`)],
    ),
  ];
  const whole = rows.flatMap((row, i) => (row.cells.length === header.length ? [{ row, i }] : []));
  const raw = whole.map(({ row }) =>
    // unknown columns are reported once, above, not again for every row
    Object.fromEntries(
      Object.entries(cellsByColumn(header, row)).flatMap(([column, cell]) =>
        columns.includes(column)
          ? [[FIELD_OF_COLUMN[column as keyof typeof FIELD_OF_COLUMN], fieldValue(column, cell)]]
          : [],
      ),
    ),
  );
  const columnOf = (field: string | number | undefined) =>
    Object.entries(FIELD_OF_COLUMN).find(([, f]) => f === field)?.[0] ?? String(field ?? "");
  // a missing column is reported once, not again for every row
  const missing = new Set(columns.filter((c) => !header.includes(c)));
  const at = (i: number, path: IssuePath): IssuePath | undefined => {
    const column = columnOf(path[0]);
    const row = rowPath(whole[i]?.i ?? 0);
    return missing.has(column) ? undefined : column === "" ? [row] : [row, column];
  };
  const records = readRecords(raw, territory, args.what, at, earlier);
  return { generated: preamble[0]?.startsWith(GENERATED_MARK) === true, note: preamble, records };
}

/**
 * Reads worker records from the text of a file, as JSON when its name ends in `.json`, else as CSV.
 * @internal
 */
export function readWorkersText(name: string, text: string, territory: Territory): WorkerRecords {
  return String(name).toLowerCase().endsWith(".json")
    ? readWorkersJson(text, territory, name)
    : readWorkersCsv(text, territory, name);
}
