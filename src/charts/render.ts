import type { TopLevelSpec } from "vega-lite";
import { numberLocale, type ReportLanguage } from "./lang.js";

/**
 * A chart drawn as SVG: a file name (without `.svg`), its title and the SVG text.
 *
 * @category Charts
 */
export interface Chart {
  /** A file name for the chart, without `.svg`, e.g. `"104000000-self-sufficiency"`. */
  readonly name: string;
  readonly title: string;
  /** A whole SVG document: text in a generic sans-serif font, so that Cyrillic and Kazakh letters show. */
  readonly svg: string;
}

/** The fonts of every chart: common fonts with Cyrillic and Kazakh letters, then the generic family. */
export const CHART_FONT = "'DejaVu Sans', 'Noto Sans', Arial, sans-serif";

/** The look shared by every chart: font, sizes, no label cut short, white background. */
const CONFIG = {
  font: CHART_FONT,
  background: "white",
  view: { stroke: null },
  axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 400, titleFontWeight: "normal" },
  legend: {
    columns: 2,
    labelFontSize: 12,
    titleFontSize: 12,
    labelLimit: 400,
    orient: "bottom",
    direction: "horizontal",
  },
  title: { fontSize: 15, anchor: "start", subtitleFontSize: 12, subtitleColor: "#444", offset: 12 },
  header: { labelFontSize: 12, titleFontSize: 12, labelLimit: 400 },
} as const;

/**
 * Draws a Vega-Lite spec as SVG in Node or a browser, without a DOM or canvas: Vega-Lite compiles it to
 * Vega, which renders it headless. Numbers on axes are grouped as the language writes them. vega and
 * vega-lite are loaded on first use (they are ECMAScript modules with top-level await).
 */
export async function renderSvg(spec: TopLevelSpec, lang: ReportLanguage): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const full = { ...spec, config: { ...CONFIG, locale: { number: numberLocale(lang) } } } as TopLevelSpec;
  const view = new vega.View(vega.parse(vegaLite.compile(full).spec), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
