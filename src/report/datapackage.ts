import { stringify } from "csv-stringify/sync";
import { FourthLevelError } from "../errors/error.js";
import type { ScenarioResult } from "../scenario/run.js";
import { type ExportTable, runExportTables } from "./export-tables.js";

/**
 * A Fiscal Data Package (OpenSpending, Frictionless Data, spec v0.3.0): `datapackage.json` and the CSV
 * files it describes, each as text to write in one folder.
 *
 * @category Node
 */
export interface FiscalDataPackage {
  /** The descriptor, written as `datapackage.json`. */
  readonly descriptor: Readonly<Record<string, unknown>>;
  /** The CSV files: `statements.csv`, `checks.csv`, `consolidations.csv`, `plan.csv`. */
  readonly files: readonly { readonly path: string; readonly text: string }[];
}

const THOUSAND_KZT = { currency: "KZT", factor: 1000 } as const;

/** A Frictionless tabular data resource of an exported table: its CSV and its Table Schema. */
function resource(table: ExportTable) {
  return {
    profile: "tabular-data-resource",
    name: table.name,
    title: table.title,
    description: table.description,
    path: `${table.name}.csv`,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    schema: {
      fields: table.fields.map((f) => ({
        name: f.name,
        title: f.title,
        type: f.type,
        description: f.unit === undefined ? f.description : `${f.description} (${f.unit})`,
        ...(f.type === "number" ? { decimalChar: ".", bareNumber: true } : {}),
      })),
      missingValues: [""],
    },
  };
}

/** The fiscal model of the statements: amounts in thousand KZT by year, unit, budget line and source. */
const MODEL = {
  measures: {
    amount: { source: "thousand_kzt", resource: "statements", ...THOUSAND_KZT },
    published: {
      source: "published_thousand_kzt",
      resource: "statements",
      phase: "approved",
      ...THOUSAND_KZT,
    },
  },
  dimensions: {
    date: {
      dimensionType: "datetime",
      primaryKey: ["year"],
      attributes: { year: { source: "year", resource: "statements" } },
    },
    "administrative-classification": {
      dimensionType: "classification",
      primaryKey: ["unit_code"],
      attributes: {
        district_code: { source: "district_code", resource: "statements" },
        district: { source: "district", resource: "statements", labelfor: "district_code" },
        unit_code: { source: "unit_code", resource: "statements", parent: "district_code" },
        unit: { source: "unit", resource: "statements", labelfor: "unit_code" },
      },
    },
    "economic-classification": {
      dimensionType: "classification",
      primaryKey: ["line", "ebk"],
      attributes: {
        line: { source: "line", resource: "statements" },
        ebk: { source: "ebk", resource: "statements" },
        category: { source: "category", resource: "statements" },
      },
    },
    source: {
      dimensionType: "other",
      primaryKey: ["source"],
      attributes: { source: { source: "source", resource: "statements" } },
    },
  },
} as const;

/** A URL-usable name: lower case letters, digits, `-`, `.`, `_`. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "") || "fourth-level-budgets";

/**
 * Scenario results as a Fiscal Data Package for open-data portals (OpenSpending and other Frictionless
 * Data tools): the tables of `runExportTables` as CSV files, every amount an exact decimal in thousand KZT
 * (the model's measures say `currency: "KZT"`, `factor: 1000`), described by `datapackage.json` with
 * each field's type, the fiscal model (measures and dimensions of the statements), the fiscal period and
 * the sources of the published figures. What `fourth-level run --format datapackage --output DIR` writes.
 *
 * @param year - Keep only this year in `plan.csv`.
 * @throws `FourthLevelError` `INVALID_INPUT` for what is not a non-empty list of `runScenario` results,
 * or a `year` not in every scenario.
 * @category Node
 * @example
 * ```ts
 * import { runScenario } from "fourth-level-budget";
 * import { fiscalDataPackage, loadScenario } from "fourth-level-budget/node";
 * const pack = fiscalDataPackage([runScenario(loadScenario("examples/kz-2026-published.json"))]);
 * pack.files.map((f) => f.path); //=> ["statements.csv", "checks.csv", "consolidations.csv", "plan.csv"]
 * pack.descriptor.fiscalPeriod; //=> { start: "2026-01-01", end: "2028-12-31" }
 * ```
 */
export function fiscalDataPackage(results: readonly ScenarioResult[], year?: number): FiscalDataPackage {
  const tables = runExportTables(results, year);
  if (results.length === 0) {
    const message = "must hold at least one runScenario result: a package of no budget is no package";
    throw new FourthLevelError("INVALID_INPUT", `fiscalDataPackage results ${message}`, {}, [
      { path: [], code: "INVALID_INPUT", message },
    ]);
  }
  const years = results.flatMap((r) => [r.year, r.plan?.horizon ?? r.year]);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  // the addresses the published figures were read from (a local file name is no source for a portal)
  const sources = [
    ...new Set(results.flatMap((r) => r.districts.flatMap((d) => d.units.flatMap((u) => u.source ?? [])))),
  ].filter((s) => /^https?:\/\//.test(s));
  const descriptor = {
    profile: "fiscal-data-package",
    name: slug(results.map((r) => r.name).join(" ")),
    title: results.map((r) => r.name).join("; "),
    description: results.flatMap((r) => [...(r.note === undefined ? [] : [r.note]), ...r.notes]).join(" "),
    countryCode: "KZ",
    granularity: "aggregated",
    fiscalPeriod: { start: `${first}-01-01`, end: `${last}-12-31` },
    sources: sources.map((path) => ({ title: path, path })),
    resources: tables.map(resource),
    model: MODEL,
  };
  return {
    descriptor,
    files: tables.map((t) => ({
      path: `${t.name}.csv`,
      text: stringify([t.fields.map((f) => f.name), ...t.rows]),
    })),
  };
}
