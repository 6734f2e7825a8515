import Table from "cli-table3";
import { stringify } from "csv-stringify/sync";
import { markdownTable } from "markdown-table";
import { OWN_REVENUE_LINES } from "../../budget/statement.js";
import { Money } from "../../money/money.js";
import { assumptionLines } from "../../report/assumptions.js";
import { scenarioResultToJson } from "../../report/json.js";
import { type PlanComparisonTableRow, type PlanRow, type PlanTables, planTables } from "../../report/plan.js";
import { assumptionsBlock, formatScenarioResult, PLAIN } from "../../report/text.js";
import type { ScenarioResult } from "../../scenario/run.js";

/** The output formats of `fourth-level run`. */
export const RUN_FORMATS = ["table", "md", "csv", "json"] as const;
export type RunFormat = (typeof RUN_FORMATS)[number];

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
  percent(r.selfSufficiency),
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

function tableText(result: ScenarioResult, year: number | undefined): string {
  const tables = planTables(result, year);
  // a planned year shows only the plan, with the scenario's notes as md and the full table give them
  const out =
    year === undefined || year === result.year
      ? [formatScenarioResult(result)]
      : [result.name, ...result.notes.map((n) => `note: ${n}`), "", ...assumptionsBlock(result)];
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

function markdown(result: ScenarioResult, year: number | undefined): string {
  const tables = planTables(result, year);
  const out = [`# ${result.name}`, ""];
  if (result.note !== undefined) out.push(result.note, "");
  const notes = [...result.notes, ...planNotes(result)];
  if (notes.length > 0) out.push(...notes.map((n) => `- ${n}`), "");
  out.push("## Assumptions", "", ...assumptionLines(result.assumptions).map((a) => `- ${a}`), "");
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

const CSV_COLUMNS = [
  "scenario",
  "district_code",
  "district",
  "unit_code",
  "unit",
  "year",
  "source",
  "own_revenues",
  "tax_revenue",
  "non_tax_revenue",
  "capital_sales",
  "costs",
  "subvention",
  "withdrawal",
  "balance",
  "district_outlay",
  "self_sufficiency_percent",
  "citation",
  "alternative",
  "alternative_net",
  "difference",
  "change",
  "alternative_balance",
  "cost_growth",
  "revenue_growth",
  "figures_source",
] as const;

function csvRecords(result: ScenarioResult, year: number | undefined): string[][] {
  const tables = planTables(result, year);
  const key = (district: string, unit: string | null, y: number) => `${district}|${unit ?? ""}|${y}`;
  const comparison = new Map(tables.comparison.map((c) => [key(c.districtCode, c.unitCode, c.year), c]));
  const rates = new Map(result.assumptions.rates.map((a) => [`${a.code}|${a.year}`, a]));
  const sources = new Map(result.assumptions.sources.map((s) => [s.code, s.source]));
  return tables.rows.map((r) => {
    const c = comparison.get(key(r.districtCode, r.unitCode, r.year));
    const a = rates.get(`${r.unitCode}|${r.year}`);
    return [
      result.name,
      r.districtCode,
      r.district,
      r.unitCode ?? "",
      r.unit,
      String(r.year),
      r.source ?? "",
      r.ownRevenues ?? "",
      ...OWN_REVENUE_LINES.map((l) => r.ownRevenueLines[l] ?? ""),
      r.costs ?? "",
      r.subvention ?? "",
      r.withdrawal ?? "",
      r.balance ?? "",
      r.outlay ?? "",
      r.selfSufficiency ?? "",
      r.citation,
      c?.alternative ?? "",
      c?.alternativeAmount ?? "",
      c?.difference ?? "",
      c === undefined || c.change === "outlay" ? "" : c.change,
      c?.alternativeBalance ?? "",
      a?.costGrowth ?? "",
      Object.entries(a?.revenueGrowth ?? {})
        .map(([line, rate]) => `${line} ${rate}`)
        .join("; "),
      r.unitCode === null ? "" : (sources.get(r.unitCode) ?? ""),
    ];
  });
}

/**
 * What `fourth-level run` prints for its scenarios in a format: `table` (readable, thousand KZT rounded
 * to 0.1), `md` (Markdown tables), `csv` (one row per unit and year, exact thousand KZT, with the
 * alternative's net transfer where there is one) or `json` (everything, exact).
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `year` is not a year of every scenario.
 */
export function renderRun(results: readonly ScenarioResult[], format: RunFormat, year?: number): string {
  switch (format) {
    case "json":
      return JSON.stringify(
        results.map((r) => ({ ...scenarioResultToJson(r), tables: planTables(r, year) })),
        null,
        2,
      );
    case "csv":
      return stringify([[...CSV_COLUMNS], ...results.flatMap((r) => csvRecords(r, year))]).trimEnd();
    case "md":
      return results.map((r) => markdown(r, year)).join("\n\n");
    case "table":
      return results.map((r) => tableText(r, year)).join("\n\n");
  }
}
