/**
 * fourth-level-budget/charts: pictures and pages for people — the charts of a scenario run as SVG
 * (drawn with Vega-Lite and Vega, headless), the hook for a reform's gains and losses by unit, and the
 * akim's report to voters (HTML or Markdown, in Russian, Kazakh or English). Kept out of the main entry:
 * vega is large, and is loaded only when a chart is drawn. An ECMAScript module only (vega uses
 * top-level await, which `require` cannot load).
 *
 * @packageDocumentation
 * @module fourth-level-budget/charts
 */
export { type ChartOptions, chartsOfRun } from "./charts/charts-of-run.js";
export { comparisonCharts } from "./charts/comparison-charts.js";
export { gainsAndLossesChart } from "./charts/gains-and-losses-chart.js";
export type { UnitDelta } from "./charts/gains-losses.js";
export { REPORT_LANGUAGES, type ReportLanguage } from "./charts/lang.js";
export type { Chart } from "./charts/render.js";
export { NATIONAL_PICTURE_2025 } from "./jurisdictions/kz/national-picture.js";
export type { PreviousBudget } from "./voters-report/facts.js";
export {
  VOTERS_REPORT_FORMATS,
  type VotersReportOptions,
  votersReport,
} from "./voters-report/voters-report.js";
