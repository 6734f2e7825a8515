import Table from "cli-table3";
import { markdownTable } from "markdown-table";
import { FourthLevelError } from "../../errors/error.js";
import type { Money } from "../../money/money.js";
import { overviewAssumptionLines } from "../../report/assumptions.js";
import type { ExportTable } from "../../report/export-tables.js";
import { type OverviewTotals, type ScenarioOverview, scenarioOverview } from "../../report/overview.js";
import { PLAIN } from "../../report/text.js";
import type { ScenarioResult } from "../../scenario/run.js";
import { type RunFormat, renderRun, type TextFormat } from "./run-output.js";

/** A scenario with more units than this shows its overview by default (its units' statements otherwise). */
export const OVERVIEW_FROM_UNITS = 100;

/** `1234567.8` as `1,234,567.8`: the integer part grouped by thousands. */
const grouped = (decimal: string): string => {
  const [whole = "", fraction] = decimal.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${digits}${fraction === undefined ? "" : `.${fraction}`}`;
};

/** An amount in mn KZT rounded to 0.1. */
const mn = (m: Money): string => grouped(m.scaledBy(1, 1000, "halfExpand").toThousandKztRounded(1));
/** An amount in mn KZT rounded to 0.1; a dash when unknown. */
const mnOf = (m: Money | undefined): string => (m === undefined ? "—" : mn(m));
const percent = (p: string | undefined): string => (p === undefined ? "—" : `${p} %`);

/** The cells of a row of totals: units, revenues, own revenues, transfers, expenditures, self-sufficiency. */
const totalsCells = (t: OverviewTotals): string[] => [
  grouped(String(t.units)),
  mn(t.lines.revenue_total),
  mn(t.ownRevenues),
  mn(t.lines.transfers),
  mn(t.lines.expenditures),
  percent(t.selfSufficiency),
];
const TOTALS_HEAD = ["units", "revenues", "own revenues", "transfers", "expenditures", "self-suff."];

/** A section of the overview: a title, notes and a table (none without a head), or lines of text. */
interface Section {
  readonly title: string;
  readonly notes: readonly string[];
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly lines?: readonly string[];
}

/** Where the figures come from: each source shared by several units, then the units with one each. */
function sourceNotes(sources: ScenarioOverview["sources"]): string[] {
  const own = sources.filter((x) => x.units === 1);
  return [
    ...sources
      .filter((x) => x.units > 1)
      .map((x) => `figures of ${grouped(String(x.units))} units from: ${x.source}`),
    ...(own.length === 0
      ? []
      : [
          `figures of ${own.length} unit(s) each from a source of its own (in --format json), e.g. ${own[0]?.source}`,
        ]),
  ];
}

/** What a totals row leaves out, as a note. */
function missingNote(t: OverviewTotals): string[] {
  const missing = Object.entries(t.missing).map(([line, units]) => `${line} of ${units} unit(s)`);
  return missing.length === 0 ? [] : [`not stated, left out of the sums: ${missing.join(", ")}`];
}

function sections(o: ScenarioOverview, year: number | undefined, assumptions: readonly string[]): Section[] {
  const s = o.selfSufficiency;
  const regionName = new Map(o.regions.map((r) => [r.code, r.name]));
  const plan = o.plan.filter((p) => year === undefined || p.year === year);
  return [
    {
      title: `All ${grouped(String(o.totals.units))} units, ${o.year} (mn KZT rounded to 0.1; exact in --format json)`,
      notes: [...sourceNotes(o.sources), ...missingNote(o.totals)],
      head: TOTALS_HEAD,
      rows: [totalsCells(o.totals)],
    },
    {
      title: `By region (${o.regions.length})`,
      notes: [],
      head: ["region", ...TOTALS_HEAD],
      rows: o.regions.map((r) => [`${r.name} (${r.code})`, ...totalsCells(r.totals)]),
    },
    {
      title: `By district (${o.districts.length})`,
      notes: [],
      head: ["region", "district", ...TOTALS_HEAD],
      rows: o.districts.map((d) => [
        regionName.get(d.region ?? "") ?? "",
        `${d.name} (${d.code})`,
        ...totalsCells(d.totals),
      ]),
    },
    {
      title: "Self-sufficiency of the units: own revenues ÷ expenditures",
      notes: [
        `${grouped(String(s.units))} units with a figure; under 10 %: ${grouped(String(s.under10.units))} (${percent(s.under10.percent)} of them); under 35 %: ${grouped(String(s.under35.units))} (${percent(s.under35.percent)})`,
        ...s.notComputed.map((n) => `no figure for ${n.unit.nameRu} (${n.unit.code}): ${n.reason}`),
        "deciles by nearest rank: the k-th is the unit of rank ⌈k·n/10⌉ from the lowest",
      ],
      head: ["min", "D1", "D2", "D3", "D4", "D5 (median)", "D6", "D7", "D8", "D9", "max"],
      rows: s.units === 0 ? [] : [[s.min, ...s.deciles, s.max].map((p) => percent(p))],
    },
    {
      title: `The ${o.mostDependent.length} most dependent units`,
      notes: [],
      head: ["unit", "district", "region", "self-suff.", "own revenues", "transfers", "expenditures"],
      rows: o.mostDependent.map((u) => [
        `${u.unit.nameRu} (${u.unit.code})`,
        u.unit.district.nameRu,
        u.unit.region.nameRu,
        percent(u.selfSufficiency),
        mn(u.ownRevenues),
        u.transfers === undefined ? "—" : mn(u.transfers),
        mn(u.costs),
      ]),
    },
    ...(assumptions.length === 0
      ? []
      : [{ title: "Assumptions", notes: [], head: [], rows: [], lines: assumptions }]),
    ...(plan.length === 0
      ? []
      : [
          {
            title: `Plan ${o.plan[0]?.year}-${o.plan.at(-1)?.year}, all districts (mn KZT; ${o.year} as published or generated, later years planned)`,
            notes: [],
            head: ["year", "own revenues", "costs", "subventions", "withdrawals", "districts' outlay"],
            rows: plan.map((p) => [
              String(p.year),
              mnOf(p.ownRevenues),
              mnOf(p.costs),
              mnOf(p.subventions),
              mnOf(p.withdrawals),
              mnOf(p.outlay),
            ]),
          },
        ]),
  ];
}

/**
 * The overview of a scenario as text tables (`table`) or Markdown (`md`): totals for all units, by region
 * and by district, the spread of self-sufficiency, the most dependent units, the assumptions of the plan
 * (`overviewAssumptionLines`) and the plan by year.
 */
export function renderOverview(
  o: ScenarioOverview,
  format: "table" | "md",
  year?: number,
  assumptions: readonly string[] = [],
): string {
  const head = [o.name, ...(o.note === undefined ? [] : [`note: ${o.note}`])];
  const body = sections(o, year, assumptions).map((s) => {
    const lines = s.lines ?? [];
    if (format === "md") {
      const notes = [...s.notes, ...lines].map((n) => `- ${n}`);
      const table = s.rows.length === 0 ? [] : [markdownTable([[...s.head], ...s.rows.map((r) => [...r])])];
      return [
        `## ${s.title}`,
        "",
        ...notes,
        ...(notes.length > 0 && table.length > 0 ? [""] : []),
        ...table,
      ].join("\n");
    }
    const table = new Table({ head: [...s.head], style: PLAIN });
    for (const r of s.rows) table.push([...r]);
    return [
      `== ${s.title}`,
      ...s.notes.map((n) => `note: ${n}`),
      ...lines.map((l) => `   ${l}`),
      ...(s.head.length === 0 ? [] : [table.toString()]),
    ].join("\n");
  });
  return format === "md"
    ? [`# ${o.name}`, "", ...(o.note === undefined ? [] : [o.note, ""]), body.join("\n\n")].join("\n")
    : [...head, "", body.join("\n\n")].join("\n");
}

/** The options of `run` that choose its view. */
export interface RunOptions {
  readonly format: RunFormat;
  readonly json?: boolean;
  readonly year?: number;
  readonly overview?: boolean;
  /** The statements, checks and consolidations after the summary. */
  readonly details?: boolean;
  /** The table `--format csv` prints. */
  readonly table: ExportTable["name"];
  /** Where `--format xlsx` and `--format datapackage` write. */
  readonly output?: string;
}

/** Each result as its overview (table and md formats of a large scenario, or asked for) or in full. */
export function renderRunView(
  results: readonly ScenarioResult[],
  format: TextFormat,
  opts: RunOptions,
): string {
  const options = {
    details: opts.details === true,
    table: opts.table,
    ...(opts.year === undefined ? {} : { year: opts.year }),
  };
  if (format === "json" || format === "csv") {
    if (opts.overview === true) {
      throw new FourthLevelError(
        "INVALID_INPUT",
        `--overview is a table or md view; --format ${format} gives every unit in full`,
        {},
        [{ path: ["--overview"], code: "INVALID_INPUT", message: `not with --format ${format}` }],
      );
    }
    return renderRun(results, format, options);
  }
  const units = (r: ScenarioResult) => r.districts.reduce((n, d) => n + d.units.length, 0);
  return results
    .map((r) =>
      (opts.overview ?? units(r) > OVERVIEW_FROM_UNITS)
        ? renderOverview(scenarioOverview(r), format, opts.year, overviewAssumptionLines(r.assumptions))
        : renderRun([r], format, options),
    )
    .join("\n\n");
}
