import { join } from "node:path";
import { Option } from "commander";
import { chartsOfRun } from "../../charts/charts-of-run.js";
import { REPORT_LANGUAGES, type ReportLanguage } from "../../charts/lang.js";
import type { ScenarioResult } from "../../scenario/run.js";
import { makeOutputFolder, writeOutputFile } from "./write-output.js";

/** The options of `run` that ask for charts. */
export interface ChartFlags {
  readonly chart?: string;
  readonly chartLang: ReportLanguage;
}

/** `--chart-lang ru|kk|en`: the language of the charts' words. */
export const CHART_LANG_OPTION = () =>
  new Option("--chart-lang <lang>", "the language of the charts: ru, kk or en")
    .choices(REPORT_LANGUAGES)
    .default("en");

/**
 * Writes charts to the folder `dir` (made when missing), one SVG file each (`file`.svg), and says on
 * standard error how many it wrote where.
 */
export function writeChartFiles(
  dir: string,
  charts: readonly { readonly file: string; readonly svg: string }[],
) {
  makeOutputFolder("--chart", dir);
  for (const chart of charts) writeOutputFile("--chart", join(dir, `${chart.file}.svg`), chart.svg);
  process.stderr.write(`charts: ${charts.length} SVG file(s) written to ${dir}\n`);
}

/**
 * Writes the charts of every scenario to the folder of `--chart` (made when missing), one SVG file per
 * chart (with several scenarios, each file name starts with the scenario's number), and says on standard
 * error how many it wrote where. Does nothing without `--chart`.
 */
export async function writeRunCharts(results: readonly ScenarioResult[], flags: ChartFlags): Promise<void> {
  if (flags.chart === undefined) return;
  const charts = await Promise.all(
    results.map(async (result, i) => {
      const prefix = results.length === 1 ? "" : `${i + 1}-`;
      const drawn = await chartsOfRun(result, { lang: flags.chartLang });
      return drawn.map((c) => ({ file: `${prefix}${c.name}`, svg: c.svg }));
    }),
  );
  writeChartFiles(flags.chart, charts.flat());
}
