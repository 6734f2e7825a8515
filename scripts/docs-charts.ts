// Writes docs/media/charts/*.svg: the charts of the bundled example that the guide "Charts and the report
// to voters" (docs/reports.md) shows — Borodulikha district's four charts of `fourth-level run --chart`
// and who gains and who loses under the reform example of `fourth-level compare --chart` — so that the
// docs site and the repository show them as the library draws them today.
//
// Run: npm run docs:charts (writes the files); test/docs/docs-charts.test.ts fails when a committed chart
// differs from what this script draws, so the pictures cannot go stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chartsOfRun } from "../src/charts/charts-of-run.js";
import { comparisonCharts } from "../src/charts/comparison-charts.js";
import { compareScenarioFile } from "../src/compare/compare-file.js";
import { loadScenario } from "../src/scenario/load-file.js";
import { runScenario } from "../src/scenario/run.js";

/** The folder of the charts, relative to the root. */
export const DOCS_CHARTS = "docs/media/charts";

/** The charts the guide shows, as `{ path, text }` relative to the root (read from the root's examples). */
export async function docsCharts(root: string): Promise<{ path: string; text: string }[]> {
  const example = (name: string) => join(root, "examples", name);
  const run = await chartsOfRun(runScenario(loadScenario(example("kz-2026-published.json"))), { lang: "en" });
  const reform = await comparisonCharts(compareScenarioFile(example("reform-workplace-iit.json")), {
    lang: "en",
  });
  return [
    ...run.filter((c) => c.name.startsWith("104000000-")),
    ...reform.filter((c) => c.name === "held_as_planned-2026-gains-and-losses"),
  ].map((c) => ({ path: `${DOCS_CHARTS}/${c.name}.svg`, text: c.svg }));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  mkdirSync(join(root, DOCS_CHARTS), { recursive: true });
  for (const chart of await docsCharts(root)) writeFileSync(join(root, chart.path), chart.text);
}
