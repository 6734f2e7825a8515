import * as z from "zod";
import { type Issue, throwIssues } from "../../../errors/issue.js";
import { type CsvRow, cellsByColumn, readCsvRecords } from "../../../files/read-csv.js";
import { checkInput, parseInput } from "../../../input/parse.js";
import type { Territory } from "../../../territory/territory.js";
import { territorySchema } from "../../../territory/territory-schema.js";
import { taxYearSchema } from "../taxes/tax-input.js";
import { registryIssues } from "./registry-checks.js";
import { type Registry, registrySchema } from "./registry-schema.js";

/**
 * The columns of a vehicle registry in CSV.
 * @category Taxes
 */
export const VEHICLE_CSV_COLUMNS = [
  "id",
  "payer",
  "residence",
  "legal_seat",
  "category",
  "engine_cc",
  "payload_t",
  "seats",
  "power_kw",
  "power_hp",
  "manufactured_year",
  "post_2013",
  "months",
  "exemption",
  "agricultural_producer",
  "leased_out",
] as const;

/** The registry field each column fills (`vehicle.` fields inside the vehicle). */
const FIELD_OF_COLUMN: Readonly<Record<(typeof VEHICLE_CSV_COLUMNS)[number], string>> = {
  id: "id",
  payer: "payer",
  residence: "residence",
  legal_seat: "legalSeat",
  category: "vehicle.kind",
  engine_cc: "vehicle.engineCc",
  payload_t: "vehicle.payloadTonnes",
  seats: "vehicle.seats",
  power_kw: "vehicle.powerKw",
  power_hp: "vehicle.powerHp",
  manufactured_year: "vehicle.manufacturedYear",
  post_2013: "vehicle.madeOrImportedAfter2013",
  months: "months",
  exemption: "exemption",
  agricultural_producer: "agriculturalProducer",
  leased_out: "leasedOut",
};

const COLUMN_OF_FIELD = new Map(Object.entries(FIELD_OF_COLUMN).map(([column, field]) => [field, column]));

/** `true` / `false` as written; anything else stays a string so that validation refuses it by name. */
function csvBoolean(text: string): boolean | string {
  return text === "true" ? true : text === "false" ? false : text;
}

/** A whole number as written; anything else stays a string so that validation refuses it by name. */
function csvNumber(text: string): number | string {
  return /^-?\d{1,15}$/.test(text) ? Number(text) : text;
}

/** One row as a registry vehicle: every cell given goes to its field, so a cell that does not belong is refused by name. */
function vehicleOfRow(cells: Readonly<Record<string, string>>): Record<string, unknown> {
  const top: Record<string, unknown> = {};
  const vehicle: Record<string, unknown> = { kind: "passenger_car" };
  for (const [column, field] of Object.entries(FIELD_OF_COLUMN)) {
    const text = cells[column] ?? "";
    if (text === "") continue;
    const value = ["engine_cc", "seats", "manufactured_year", "months"].includes(column)
      ? csvNumber(text)
      : ["post_2013", "agricultural_producer", "leased_out"].includes(column)
        ? csvBoolean(text)
        : text;
    if (field.startsWith("vehicle.")) vehicle[field.slice("vehicle.".length)] = value;
    else top[field] = value;
  }
  return { ...top, vehicle };
}

/** An issue of the registry read from the CSV, placed at the row's line and the column a spreadsheet user sees. */
function atCell(issue: Issue, rows: readonly CsvRow[]): Issue {
  const [kind, index, ...rest] = issue.path;
  if (kind !== "vehicles" || typeof index !== "number") return issue;
  const line = `line ${rows[index]?.line ?? "?"}`;
  const field = rest.join(".");
  const column = COLUMN_OF_FIELD.get(field) ?? field;
  return { ...issue, path: column === "" ? [line] : [line, column] };
}

const argumentsSchema = z.strictObject({
  text: z.string(),
  year: taxYearSchema,
  territory: territorySchema,
  what: z.string(),
});

/**
 * Reads a vehicle registry from CSV ({@link VEHICLE_CSV_COLUMNS}; empty cells are absent values; lines
 * starting with `#` before the header are a note), for tax year `year`. Each problem is reported at the
 * line of its row and the name of its column (`["line 4", "engine_cc"]`).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem by line and column.
 * @category Taxes
 * @example
 * ```ts
 * import { kazakhstanTerritory, readVehicleRegistryCsv } from "fourth-level-budget";
 * const csv = "id,payer,residence,category\ntractor-1,individual,104035100,tractor\n";
 * readVehicleRegistryCsv(csv, 2025, kazakhstanTerritory()).vehicles[0]?.vehicle; //=> { kind: "tractor" }
 * ```
 */
export function readVehicleRegistryCsv(
  text: string,
  year: number,
  territory: Territory,
  what = "registry CSV",
): Registry {
  const args = parseInput(argumentsSchema, { text, year, territory, what }, "vehicle registry CSV");
  const csv = readCsvRecords(args.text, args.what, { trim: true });
  const unknown = csv.header.filter((c) => !(VEHICLE_CSV_COLUMNS as readonly string[]).includes(c));
  throwIssues(
    args.what,
    unknown.map((c) => ({
      path: ["header", c],
      code: "UNKNOWN_FIELD",
      message: `unknown column; columns are ${VEHICLE_CSV_COLUMNS.join(", ")}`,
    })),
  );
  const note = csv.preamble.join(" ");
  const vehicles = csv.rows.map((row) => vehicleOfRow(cellsByColumn(csv.header, row)));
  const read = checkInput(
    registrySchema,
    { ...(note === "" ? {} : { note }), year: args.year, vehicles },
    args.what,
  );
  throwIssues(
    args.what,
    read.issues.map((i) => atCell(i, csv.rows)),
  );
  const registry = read.value as Registry;
  throwIssues(
    args.what,
    registryIssues(registry, args.territory).map((i) => atCell(i, csv.rows)),
  );
  return registry;
}
