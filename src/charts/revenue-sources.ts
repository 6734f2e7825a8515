import type { TopLevelSpec } from "vega-lite";
import type { UnitResult } from "../scenario/run.js";
import { CHART_WORDS, nameIn } from "./labels.js";
import { type ReportLanguage, thousandKztLabels } from "./lang.js";
import { amountPoint, COLOURS, SOURCES, unitFigures } from "./unit-figures.js";

/** Where one unit's money comes from: a bar per revenue source (the lines its decision gives), labelled. */
export function revenueSourcesSpec(unit: UnitResult, year: number, lang: ReportLanguage): TopLevelSpec {
  const words = CHART_WORDS[lang];
  const { sources } = unitFigures(unit);
  const label = thousandKztLabels(Object.values(sources), lang);
  const values = SOURCES.flatMap((s) => {
    const amount = sources[s];
    return amount === undefined ? [] : [{ source: words[s], key: s, ...amountPoint(amount, label) }];
  });
  return {
    title: { text: words.sourcesTitle(nameIn(unit.unit, lang), year), subtitle: words.thousandKzt },
    width: 380,
    height: { step: 32 },
    data: { values },
    encoding: {
      y: { field: "source", type: "nominal", title: null, sort: null },
      x: { field: "value", type: "quantitative", title: words.thousandKzt, axis: { format: ",d" } },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          color: {
            field: "key",
            type: "nominal",
            legend: null,
            scale: { domain: [...SOURCES], range: SOURCES.map((s) => COLOURS[s]) },
          },
        },
      },
      { mark: { type: "text", align: "left", dx: 4, fontSize: 12 }, encoding: { text: { field: "label" } } },
    ],
  } as TopLevelSpec;
}
