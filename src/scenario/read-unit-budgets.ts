import * as z from "zod";
import { BUDGET_LINE_KEYS } from "../budget/lines.js";
import type { Issue, IssuePath } from "../errors/issue.js";
import { tryRead } from "../errors/issue.js";
import { cellsByColumn, readCsvRecords } from "../files/read-csv.js";
import { katoCodeSchema } from "../input/codes.js";
import { checkInput } from "../input/parse.js";
import type { FourthLevelUnit } from "../territory/territory.js";
import type { DistrictRead, ReadContext } from "./read-districts.js";
import { type ScenarioFile, scenarioFiguresSchema } from "./schema.js";
import type { ScenarioUnit } from "./types.js";

/** The columns of a unit budgets file: the unit's KATO code, where its figures come from, its lines. @internal */
export const UNIT_BUDGET_COLUMNS = ["kato", "source", ...BUDGET_LINE_KEYS] as const;

const rowSchema = z.strictObject({
  kato: katoCodeSchema,
  source: z.string().optional(),
  figures: scenarioFiguresSchema,
});

/** Units of a unit budgets file, by the district they belong to (in the order the file names them). */
export type UnitsByDistrict = ReadonlyMap<string, readonly ScenarioUnit[]>;

/** One row read: its unit found in the territory, or the row's problems at its line and column. */
function readRow(
  cells: Readonly<Record<string, string>>,
  at: IssuePath,
  file: string,
  { territory }: ReadContext,
): [{ unit: FourthLevelUnit; read: ScenarioUnit } | undefined, Issue[]] {
  const figures = Object.fromEntries(
    BUDGET_LINE_KEYS.flatMap((k) => (cells[k] === undefined || cells[k] === "" ? [] : [[k, cells[k]]])),
  );
  const source = cells.source === undefined || cells.source === "" ? undefined : cells.source;
  const parsed = checkInput(
    rowSchema,
    { kato: cells.kato ?? "", ...(source ? { source } : {}), figures },
    file,
  );
  if (parsed.value === undefined) {
    const column = (i: Issue) => (i.path.length === 0 ? [] : [String(i.path.at(-1))]);
    return [undefined, parsed.issues.map((i) => ({ ...i, path: [...at, ...column(i)] }))];
  }
  const row = parsed.value;
  const [unit, issues] = tryRead([...at, "kato"], () => territory.fourthLevelUnit(row.kato));
  if (unit === undefined) return [undefined, issues];
  const read: ScenarioUnit = {
    kato: row.kato,
    source: row.source ?? file,
    figures: row.figures,
    figuresFrom: `read from the unit budgets file ${file}, ${String(at.at(-1))} (the scenario file's unitBudgets.file)`,
    readingNotes: [],
    unreadLines: new Set(),
  };
  return [{ unit, read }, []];
}

/**
 * Reads the unit budgets file of a scenario (CSV: a `kato` column, an optional `source` column and
 * budget line columns in thousand KZT, an empty cell a line not stated; `#` lines before the header are
 * a note). Each unit goes to its district in the territory; a unit the districts of the file already
 * list (`listed`), or the file lists twice, is a problem at its line. Every problem is reported with its
 * path `["unitBudgets", "file", "line N", column]`.
 * @internal
 */
export function readUnitBudgets(
  raw: NonNullable<ScenarioFile["unitBudgets"]>,
  listed: ReadonlySet<string>,
  context: ReadContext,
): [UnitsByDistrict, Issue[]] {
  const at: IssuePath = ["unitBudgets", "file"];
  const [records, readIssues] = tryRead(at, () => {
    const { path, text } = context.readFile(raw.file, "unit budgets file");
    return readCsvRecords(text, path, { trim: true });
  });
  if (records === undefined) return [new Map(), readIssues];
  const { header, rows } = records;
  const known: readonly string[] = UNIT_BUDGET_COLUMNS;
  const issues: Issue[] = [
    ...header
      .filter((c) => !known.includes(c))
      .map((c) => ({
        path: [...at, `column ${c}`],
        code: "INVALID_INPUT" as const,
        message: `unknown column; columns are ${UNIT_BUDGET_COLUMNS.join(", ")}`,
      })),
    ...(header.includes("kato")
      ? []
      : [
          {
            path: [...at, "column kato"],
            code: "INVALID_INPUT" as const,
            message: "required column is missing",
          },
        ]),
  ];
  if (!header.includes("kato")) return [new Map(), issues];
  const byDistrict = new Map<string, ScenarioUnit[]>();
  const seen = new Map<string, string>([...listed].map((code) => [code, "in the scenario's districts"]));
  for (const row of rows) {
    const line: IssuePath = [...at, `line ${row.line}`];
    if (row.cells.length !== header.length) {
      issues.push({
        path: line,
        code: "INVALID_INPUT",
        message: `has ${row.cells.length} fields, the header has ${header.length}`,
      });
      continue;
    }
    const [found, rowIssues] = readRow(cellsByColumn(header, row), line, raw.file, context);
    issues.push(...rowIssues);
    if (found === undefined) continue;
    const earlier = seen.get(found.read.kato);
    if (earlier !== undefined) {
      issues.push({
        path: [...line, "kato"],
        code: "INVALID_INPUT",
        message: `${found.read.kato} (${found.unit.nameRu}) is listed already (${earlier}): list each unit once`,
      });
      continue;
    }
    seen.set(found.read.kato, `line ${row.line}`);
    const district = found.unit.district.code;
    const units = byDistrict.get(district);
    if (units === undefined) byDistrict.set(district, [found.read]);
    else units.push(found.read);
  }
  return [byDistrict, issues];
}

/**
 * The districts read from the scenario file with the units of its unit budgets file: each unit joins its
 * district (the first time the file lists it), districts the file does not list follow in the order of
 * the unit budgets file.
 * @internal
 */
export function withUnitBudgets(read: readonly DistrictRead[], byDistrict: UnitsByDistrict): DistrictRead[] {
  const joined = new Set<string>();
  const merged = read.map((r): DistrictRead => {
    const more = byDistrict.get(r.district.kato);
    if (more === undefined || joined.has(r.district.kato)) return r;
    joined.add(r.district.kato);
    return {
      district: { ...r.district, units: [...r.district.units, ...more] },
      units: [...r.units, ...more.map((unit) => ({ unit }))],
      issues: r.issues,
    };
  });
  const added = [...byDistrict]
    .filter(([code]) => !joined.has(code))
    .map(
      ([kato, units]): DistrictRead => ({
        district: { kato, units },
        units: units.map((unit) => ({ unit })),
        issues: [],
      }),
    );
  return [...merged, ...added];
}
