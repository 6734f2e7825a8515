import writeXlsxFile, { type Cell, type Sheet } from "write-excel-file/node";
import type { ScenarioResult } from "../scenario/run.js";
import { assumptionLines } from "./assumptions.js";
import { type ExportField, type ExportTable, runExportTables } from "./export-tables.js";
import { runSummary } from "./summary.js";
import { summaryLines } from "./summary-text.js";

/** `"54959.50"` → `"54959.5"`: a decimal without the zeros that do not change its value. */
const canonical = (decimal: string) => decimal.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");

/**
 * A decimal string as a number cell when a double holds it exactly (its shortest form is the decimal
 * itself), shown with as many decimals as it has and thousands grouped; else as text, never rounded.
 */
function amountCell(value: string): Cell {
  const n = Number(value);
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15 || String(n) !== canonical(value)) {
    return { value, type: String };
  }
  const decimals = value.split(".")[1]?.length ?? 0;
  return { value: n, type: Number, format: decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}` };
}

function cell(value: string, field: ExportField): Cell {
  if (value === "") return null;
  if (field.type === "integer") return { value: Number(value), type: Number, format: "0" };
  return field.type === "number" ? amountCell(value) : { value, type: String };
}

function sheet(table: ExportTable): Sheet<never> {
  return {
    sheet: table.name,
    stickyRowsCount: 1,
    columns: table.fields.map((f) => ({ width: f.type === "string" ? 24 : 14 })),
    data: [
      table.fields.map((f): Cell => ({ value: f.title, type: String, fontWeight: "bold" })),
      ...table.rows.map((row) => table.fields.map((f, i) => cell(row[i] ?? "", f))),
    ],
  };
}

/** The first sheet: what the workbook holds, its units, and each scenario's summary and assumptions. */
function aboutSheet(results: readonly ScenarioResult[], tables: readonly ExportTable[]): Sheet<never> {
  const text = [
    "Amounts in thousand KZT, exact (a figure a spreadsheet number cannot hold exactly is written as text); self-sufficiency in %; growth rates as decimal fractions (0.05 is 5 %).",
    ...tables.map((t) => `Sheet ${t.name}: ${t.description}.`),
    ...results.flatMap((r) => [
      "",
      r.name,
      ...(r.note === undefined ? [] : [r.note]),
      ...r.notes,
      ...summaryLines(runSummary(r), "  "),
      "Assumptions:",
      ...assumptionLines(r.assumptions).map((line) => `  ${line}`),
    ]),
  ];
  return { sheet: "about", columns: [{ width: 120 }], data: text.map((t): Cell[] => [t === "" ? null : t]) };
}

/**
 * The tables of scenario results (see `runExportTables`) as an XLSX workbook: a sheet `about` with the
 * units and each scenario's summary and assumptions, then `statements`, `checks`, `consolidations` and
 * `plan`, their headers naming the unit (thousand KZT, %, fraction). Amounts are number cells only where a number holds them
 * exactly, shown with all their decimals; otherwise text. What `fourth-level run --format xlsx` writes.
 *
 * @param year - Keep only this year in `plan`.
 * @throws `FourthLevelError` `INVALID_INPUT` for what is not a list of `runScenario` results, or a
 * `year` not in every scenario.
 * @category Node
 * @example
 * ```ts
 * import { runScenario } from "fourth-level-budget";
 * import { loadScenario, runXlsx } from "fourth-level-budget/node";
 * const workbook = await runXlsx([runScenario(loadScenario("examples/kz-2026-published.json"))]);
 * // an XLSX file is a ZIP archive: it starts with "PK"
 * workbook.subarray(0, 2).toString(); //=> "PK"
 * ```
 */
export function runXlsx(results: readonly ScenarioResult[], year?: number): Promise<Buffer> {
  const tables = runExportTables(results, year);
  return writeXlsxFile([aboutSheet(results, tables), ...tables.map(sheet)]).toBuffer();
}
