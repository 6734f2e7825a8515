import Table from "cli-table3";
import { stringify } from "csv-stringify/sync";
import { markdownTable } from "markdown-table";
import type { ScenarioComparison } from "../../compare/compare.js";
import { comparisonToJson } from "../../compare/comparison-json.js";
import { NO_REFORMS } from "../../compare/scenario-comparer.js";
import { PLAIN } from "../../report/text.js";

/** The output formats of `fourth-level compare`. */
export const COMPARE_FORMATS = ["table", "md", "csv", "json"] as const;
export type CompareFormat = (typeof COMPARE_FORMATS)[number];

const VIEW_TITLES = {
  held_as_planned: "transfers held as planned",
  law_response: "the transfer law's response",
} as const;

type Json = ReturnType<typeof comparisonToJson>;

const ROW_HEAD = ["account", "level", "budget", "year", "EBK / transfer", "baseline", "reform", "delta"];
const EFFECT_HEAD = ["account", "level", "budget", "year", "net effect, KZT"];
const UNIT_HEAD = [
  "unit",
  "year",
  "own revenues",
  "after",
  "self-sufficiency",
  "after",
  "basis",
  "net effect",
];

const effectCells = (e: Json["winners"][number]) => [
  e.account,
  String(e.level ?? ""),
  e.name,
  String(e.year),
  e.delta,
];

/** The tables of one view: title, head and cells, each for text or Markdown. */
function sections(json: Json): Section[] {
  // without reforms every row is shown: the same under the law and under "the reforms"
  const same = json.notes.includes(NO_REFORMS);
  const changed = same ? json.rows : json.rows.filter((r) => r.delta !== "0.00");
  const rowsTitle = same
    ? `Rows (${json.rows.length}, all unchanged: no reforms), KZT`
    : `Rows that change (${changed.length} of ${json.rows.length}; --format csv or json lists every row), KZT`;
  return [
    {
      title: "Budgets that gain",
      head: EFFECT_HEAD,
      rows: json.winners.map(effectCells),
      align: ["l", "r", "l", "r", "r"],
    },
    {
      title: "Budgets that lose",
      head: EFFECT_HEAD,
      rows: json.losers.map(effectCells),
      align: ["l", "r", "l", "r", "r"],
    },
    {
      title: "Fourth-level units: own revenues (KZT) and self-sufficiency (%), before and after",
      head: UNIT_HEAD,
      rows: json.units.map((u) => [
        `${u.name} (${u.account})`,
        String(u.year),
        u.ownRevenues.baseline ?? "",
        u.ownRevenues.reform ?? "",
        u.selfSufficiencyPercent.baseline ?? "",
        u.selfSufficiencyPercent.reform ?? "",
        u.selfSufficiencyBasis.replaceAll("_", " "),
        u.delta,
      ]),
      align: ["l", "r", "r", "r", "r", "r", "l", "r"],
    },
    {
      title: "Net effect of each district (its budget and its units) and of the country (all budgets)",
      head: ["budget", "year", "net effect, KZT"],
      rows: [
        ...json.districts.map((d) => [`${d.name} (${d.account})`, String(d.year), d.delta]),
        ...json.country.map((c) => ["all budgets", String(c.year), c.delta]),
      ],
      align: ["l", "r", "r"],
    },
    {
      title: rowsTitle,
      head: ROW_HEAD,
      rows: changed.map((r) => [
        r.account,
        String(r.level ?? ""),
        r.name,
        String(r.year),
        r.ebk,
        r.baseline,
        r.reform,
        r.delta,
      ]),
      align: ["l", "r", "l", "r", "l", "r", "r", "r"],
    },
  ];
}

/** A table of `fourth-level compare`'s text and Markdown output. */
export interface Section {
  readonly title: string;
  readonly head: string[];
  readonly rows: string[][];
  readonly align: ("l" | "r")[];
}

/** A heading, its tables (or "none") and notes, as text or Markdown. */
export function sectionsText(
  heading: string,
  tables: readonly Section[],
  notes: readonly string[],
  markdown: boolean,
): string {
  const out = markdown ? [`## ${heading}`, ""] : [`== ${heading}`];
  // said first, plainly; the rows follow, all unchanged
  const plain = notes.filter((n) => n !== NO_REFORMS);
  if (plain.length < notes.length) out.push(markdown ? `**${NO_REFORMS}**` : NO_REFORMS, "");
  for (const s of tables) {
    if (s.rows.length === 0) {
      out.push(markdown ? `${s.title}: none.` : `-- ${s.title}: none`, "");
      continue;
    }
    if (markdown) {
      out.push(`### ${s.title}`, "", markdownTable([s.head, ...s.rows], { align: s.align }), "");
    } else {
      const table = new Table({
        head: s.head,
        style: PLAIN,
        colAligns: s.align.map((a) => (a === "l" ? "left" : "right")),
      });
      for (const row of s.rows) table.push(row);
      out.push(`-- ${s.title}`, table.toString(), "");
    }
  }
  out.push(...plain.map((n) => (markdown ? `- note: ${n}` : `note: ${n}`)));
  return out.join("\n").trimEnd();
}

/** The heading of one view of a comparison. */
export const viewHeading = (name: string, view: keyof typeof VIEW_TITLES): string =>
  `${name}: ${VIEW_TITLES[view]}`;

const viewText = (json: Json, markdown: boolean): string =>
  sectionsText(viewHeading(json.name, json.view), sections(json), json.notes, markdown);

/** The columns of `compare --format csv`; `receipts` repeats the scenario's label of its receipts on every row. */
const CSV_COLUMNS = [
  "view",
  "account",
  "level",
  "name",
  "year",
  "ebk",
  "baseline",
  "reform",
  "delta",
  "receipts",
];

/** The comparisons (one per view) in a format; `json` and `csv` take the first view's. */
export function renderComparison(
  comparisons: readonly ScenarioComparison[],
  format: CompareFormat,
  year: number | undefined,
): string {
  const jsons = comparisons.map((c) => comparisonToJson(c, year));
  const first = jsons[0] as Json;
  switch (format) {
    case "json":
      return JSON.stringify(first, null, 2);
    case "csv":
      return stringify([
        CSV_COLUMNS,
        ...first.rows.map((r) => [
          first.view,
          r.account,
          r.level ?? "",
          r.name,
          r.year,
          r.ebk,
          r.baseline,
          r.reform,
          r.delta,
          first.receipts ?? "",
        ]),
      ]).trimEnd();
    default:
      return jsons.map((j) => viewText(j, format === "md")).join("\n\n");
  }
}
