import Table from "cli-table3";
import { stringify } from "csv-stringify/sync";
import { markdownTable } from "markdown-table";
import { Money } from "../../money/money.js";
import { assumptionLines } from "../../report/assumptions.js";
import { type ExportTable, runExportTables } from "../../report/export-tables.js";
import { scenarioResultToJson } from "../../report/json.js";
import { type PlanComparisonTableRow, type PlanRow, type PlanTables, planTables } from "../../report/plan.js";
import { runSummary } from "../../report/summary.js";
import { summaryLines } from "../../report/summary-text.js";
import { assumptionsBlock, PLAIN, scenarioDetails, scenarioHeading } from "../../report/text.js";
import type { ScenarioResult } from "../../scenario/run.js";

/** The output formats of `fourth-level run`: printed, or written to `--output` (xlsx, datapackage). */
export const RUN_FORMATS = ["table", "md", "csv", "json", "xlsx", "datapackage"] as const;
export type RunFormat = (typeof RUN_FORMATS)[number];
/** The formats printed on standard output. */
export type TextFormat = Exclude<RunFormat, "xlsx" | "datapackage">;

/** Thousand KZT rounded to one decimal, as published decisions show them; blank when unknown. */
const shown = (v: string | null): string => (v === null ? "" : Money.thousandKzt(v).toThousandKztRounded(1));
const percent = (v: string | null): string => (v === null ? "" : `${v} %`);

const ROW_HEAD = [
  "year",
  "unit",
  "source",
  "own revenues",
  "costs",
  "subvention",
  "withdrawal",
  "balance",
  "self-suff.",
];
const rowCells = (r: PlanRow): string[] => [
  String(r.year),
  r.unitCode !== null
    ? `${r.unit} (${r.unitCode})`
    : r.outlay === null
      ? r.unit
      : `${r.unit}, outlay ${shown(r.outlay)}`,
  r.source ?? "",
  shown(r.ownRevenues),
  shown(r.costs),
  shown(r.subvention),
  shown(r.withdrawal),
  shown(r.balance),
  r.selfSufficiencyFromReceipts === null
    ? percent(r.selfSufficiency)
    : `${percent(r.selfSufficiency)}; from receipts ${percent(r.selfSufficiencyFromReceipts)}`,
];
const COMPARISON_HEAD = [
  "year",
  "unit",
  "plan (net)",
  "alternative (net)",
  "difference",
  "change",
  "balance under alternative",
];
const comparisonCells = (r: PlanComparisonTableRow): string[] => [
  String(r.year),
  r.unitCode === null ? r.unit : `${r.unit} (${r.unitCode})`,
  shown(r.plan),
  shown(r.alternativeAmount),
  shown(r.difference),
  r.change === "outlay" ? "" : r.change,
  shown(r.alternativeBalance),
];

interface DistrictTables {
  readonly title: string;
  readonly rows: readonly PlanRow[];
  readonly comparison: readonly PlanComparisonTableRow[];
  readonly alternative?: string;
}

function byDistrict(tables: PlanTables): DistrictTables[] {
  const codes = [...new Set(tables.rows.map((r) => r.districtCode))];
  return codes.map((code) => {
    const rows = tables.rows.filter((r) => r.districtCode === code);
    const comparison = tables.comparison.filter((r) => r.districtCode === code);
    const first = rows[0] as PlanRow;
    return {
      title: `${first.district} (${code})`,
      rows,
      comparison,
      ...(comparison[0] === undefined ? {} : { alternative: comparison[0].alternative }),
    };
  });
}

function planNotes(result: ScenarioResult): string[] {
  const plan = result.plan;
  if (plan === undefined) return [];
  const mrp = plan.districts.find((d) => d.plan.mrp !== undefined)?.plan.mrp ?? [];
  const mrpText = mrp
    .filter((y) => y.year >= result.year)
    .map((y) => `${y.year} ${y.mrp.toKzt()} (${y.source === "known" ? "known" : `indexed ×${y.factor}`})`);
  const excluded = plan.districts.flatMap((d) =>
    d.plan.units.flatMap((u) =>
      u.years.flatMap((y) =>
        y.excludedLines.map((e) => `${u.name} ${y.year}: ${e.line} left out — ${e.reason}`),
      ),
    ),
  );
  return [
    ...(plan.note === undefined ? [] : [`plan assumptions: ${plan.note}`]),
    ...(mrpText.length === 0 ? [] : [`MRP, KZT: ${mrpText.join(", ")}`]),
    ...plan.districts.flatMap((d) => d.notes),
    ...plan.districts.flatMap((d) => (d.replan?.notes ?? []).map((n) => `${d.district.nameRu}: ${n}`)),
    ...excluded,
  ];
}

/** The summary, as `table` and `md` print it first. */
function summaryBlock(result: ScenarioResult, bullet: string, details: boolean): string[] {
  return [
    ...summaryLines(runSummary(result), bullet),
    ...(details
      ? []
      : [
          "details (each unit's statement, identity checks and self-sufficiency, the receipts, the consolidations): add --details",
        ]),
  ];
}

function tableText(result: ScenarioResult, { year, details }: RunOutputOptions): string {
  const tables = planTables(result, year);
  const out = [...scenarioHeading(result), "", "== Summary", ...summaryBlock(result, "  ", details)];
  out.push("", ...assumptionsBlock(result));
  // the details are the base year's: a planned year shows the plan only
  if (details && (year === undefined || year === result.year)) out.push(...scenarioDetails(result));
  if (result.plan === undefined) return out.join("\n");
  out.push(
    "",
    `== Plan ${result.year}-${result.plan.horizon}${year === undefined ? "" : `, year ${year}`}: thousand KZT rounded to 0.1 (exact in --format csv/json); ${result.year} as published, later years planned`,
    ...planNotes(result).map((n) => `note: ${n}`),
  );
  for (const d of byDistrict(tables)) {
    const table = new Table({
      head: ROW_HEAD,
      style: PLAIN,
      colAligns: ["left", "left", "left", "right", "right", "right", "right", "right", "right"],
    });
    for (const r of d.rows) table.push(rowCells(r));
    out.push("", `-- ${d.title}`, table.toString());
    if (d.alternative !== undefined) {
      const cmp = new Table({
        head: COMPARISON_HEAD,
        style: PLAIN,
        colAligns: ["left", "left", "right", "right", "right", "left", "right"],
      });
      for (const r of d.comparison) cmp.push(comparisonCells(r));
      out.push(`   alternative: ${d.alternative} — who gains, who loses`, cmp.toString());
    }
  }
  return out.join("\n");
}

/** An exported table in Markdown, without the scenario's name (the heading says it). */
function markdownExport(table: ExportTable): string[] {
  const keep = table.fields.flatMap((f, i) => (f.name === "scenario" ? [] : [i]));
  const pick = (row: readonly string[]) => keep.map((i) => row[i] ?? "");
  const head = pick(table.fields.map((f) => f.title));
  const align = pick(table.fields.map((f) => (f.type === "string" ? "l" : "r")));
  return ["", `## ${table.title}`, "", markdownTable([head, ...table.rows.map(pick)], { align })];
}

function markdown(result: ScenarioResult, { year, details }: RunOutputOptions): string {
  const tables = planTables(result, year);
  const out = [`# ${result.name}`, ""];
  if (result.note !== undefined) out.push(result.note, "");
  const notes = [...result.notes, ...planNotes(result)];
  if (notes.length > 0) out.push(...notes.map((n) => `- ${n}`), "");
  out.push(
    "## Summary",
    "",
    ...summaryBlock(result, "- ", details).map((l) => (l.startsWith("- ") ? l : `${l}  `)),
    "",
  );
  out.push("## Assumptions", "", ...assumptionLines(result.assumptions).map((a) => `- ${a}`), "");
  if (details) {
    const exported = runExportTables([result]).filter((t) => t.name !== "plan");
    out.push(...exported.flatMap(markdownExport), "");
  }
  out.push(
    `Thousand KZT rounded to 0.1; ${result.year} as published${result.plan === undefined ? "" : `, ${result.year + 1}-${result.plan.horizon} planned`}.`,
  );
  for (const d of byDistrict(tables)) {
    out.push(
      "",
      `## ${d.title}`,
      "",
      markdownTable([ROW_HEAD, ...d.rows.map(rowCells)], {
        align: ["l", "l", "l", "r", "r", "r", "r", "r", "r"],
      }),
    );
    if (d.alternative !== undefined) {
      out.push(
        "",
        `### Alternative: ${d.alternative}`,
        "",
        markdownTable([COMPARISON_HEAD, ...d.comparison.map(comparisonCells)], {
          align: ["l", "l", "r", "r", "r", "l", "r"],
        }),
      );
    }
  }
  return out.join("\n");
}

/** What `fourth-level run` prints besides its format: the year kept, the details, the CSV table. */
export interface RunOutputOptions {
  readonly year?: number;
  /** Each unit's statement, checks and self-sufficiency, and the consolidations, after the summary. */
  readonly details: boolean;
  /** The table `csv` prints. */
  readonly table: ExportTable["name"];
}

/**
 * What `fourth-level run` prints for its scenarios in a format: `table` (readable: the summary, the
 * details with `details`, the plan in thousand KZT rounded to 0.1), `md` (the same in Markdown),
 * `csv` (one exported table, exact thousand KZT) or `json` (everything, exact, with the summary).
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `year` is not a year of every scenario.
 */
export function renderRun(
  results: readonly ScenarioResult[],
  format: TextFormat,
  options: RunOutputOptions,
): string {
  const { year } = options;
  switch (format) {
    case "json":
      return JSON.stringify(
        results.map((r) => ({
          ...scenarioResultToJson(r),
          summary: runSummary(r),
          tables: planTables(r, year),
        })),
        null,
        2,
      );
    case "csv": {
      const table = runExportTables(results, year).find((t) => t.name === options.table) as ExportTable;
      return stringify([table.fields.map((f) => f.name), ...table.rows]).trimEnd();
    }
    case "md":
      return results.map((r) => markdown(r, options)).join("\n\n");
    case "table":
      return results.map((r) => tableText(r, options)).join("\n\n");
  }
}
