import { stringify } from "csv-stringify/sync";
import type { ReformDecomposition } from "../../compare/decompose.js";
import { decompositionToJson } from "../../compare/decomposition-json.js";
import { type CompareFormat, type Section, sectionsText, viewHeading } from "./compare-output.js";

type Json = ReturnType<typeof decompositionToJson>;
type Figure = Json["decomposition"]["budgets"][number];

const METHOD_NOTE =
  "each reform's part is its Shapley value: its marginal effect averaged over all orders in which the reforms can be added, so the order of the list does not matter (for reforms that change different things) and what reforms do only together is split evenly between them; parts are whole tiyn summing exactly to the total (largest remainder, ties by reform id); each figure is rounded on its own";

const changes = (f: { parts: { amount: string }[]; total: string }) =>
  f.total !== "0.00" || f.parts.some((p) => p.amount !== "0.00");

/** The tables of one view: each budget's waterfall, the districts' and the country's, the rows'. */
function sections(json: Json): Section[] {
  const { components, rows, budgets, districts, country } = json.decomposition;
  const steps = components.map((c) => `+ ${c.id}`);
  const parts = (f: { parts: { amount: string }[] }) => f.parts.map((p) => p.amount);
  const place = (f: Figure) => [f.account, String(f.level ?? ""), f.name, String(f.year)];
  const right = components.map(() => "r" as const);
  return [
    {
      title: "The reforms (components), in the scenario's order",
      head: ["#", "id", "title"],
      rows: components.map((c, i) => [String(i + 1), c.id, c.title]),
      align: ["r", "l", "l"],
    },
    {
      title: "Budgets that change: baseline, each reform's part, reform (KZT)",
      head: ["account", "level", "budget", "year", "baseline", ...steps, "reform", "total effect"],
      rows: budgets
        .filter(changes)
        .map((f) => [...place(f), f.baseline ?? "", ...parts(f), f.reform ?? "", f.total]),
      align: ["l", "r", "l", "r", "r", ...right, "r", "r"],
    },
    {
      title: "Net effect of each district (its budget and its units) and of the country, by reform (KZT)",
      head: ["budget", "year", ...steps, "net effect"],
      rows: [
        ...districts.map((d) => [`${d.name} (${d.account})`, String(d.year), ...parts(d), d.total]),
        ...country.map((c) => ["all budgets", String(c.year), ...parts(c), c.total]),
      ],
      align: ["l", "r", ...right, "r"],
    },
    {
      title: "Rows that change, by reform (KZT)",
      head: ["account", "level", "budget", "year", "EBK / transfer", "baseline", ...steps, "reform", "total"],
      rows: rows
        .filter(changes)
        .map((f) => [...place(f), f.ebk ?? "", f.baseline ?? "", ...parts(f), f.reform ?? "", f.total]),
      align: ["l", "r", "l", "r", "l", "r", ...right, "r", "r"],
    },
  ];
}

/** Every figure as one CSV line: what it is, where, baseline, the parts, reform and total. */
function csv(json: Json): string {
  const { components, rows, budgets, districts, country } = json.decomposition;
  const head = ["view", "figure", "account", "level", "name", "year", "ebk", "baseline"];
  const line = (figure: string, f: Figure) => [
    json.view,
    figure,
    f.account,
    f.level ?? "",
    f.name,
    f.year,
    f.ebk ?? "",
    f.baseline ?? "",
    ...f.parts.map((p) => p.amount),
    f.reform ?? "",
    f.total,
    json.receipts ?? "",
  ];
  return stringify([
    [...head, ...components.map((c) => c.id), "reform", "total", "receipts"],
    ...rows.map((f) => line("row", f)),
    ...budgets.map((f) => line("budget", f)),
    ...districts.map((f) => line("district", f)),
    ...country.map((c) => [
      json.view,
      "country",
      "all",
      "",
      "all budgets",
      c.year,
      "",
      "",
      ...c.parts.map((p) => p.amount),
      "",
      c.total,
      json.receipts ?? "",
    ]),
  ]).trimEnd();
}

/**
 * Decompositions (one per view) in a format: `json` (the comparison's JSON with `decomposition`) and
 * `csv` (every figure: rows, budgets, districts, country) take the first view's.
 */
export function renderDecomposition(
  decompositions: readonly ReformDecomposition[],
  format: CompareFormat,
  year: number | undefined,
): string {
  const jsons = decompositions.map((d) => decompositionToJson(d, year));
  const first = jsons[0] as Json;
  switch (format) {
    case "json":
      return JSON.stringify(first, null, 2);
    case "csv":
      return csv(first);
    default:
      return jsons
        .map((j) =>
          sectionsText(
            `${viewHeading(j.name, j.view)}: the effect by reform`,
            sections(j),
            [METHOD_NOTE, ...j.notes],
            format === "md",
          ),
        )
        .join("\n\n");
  }
}
