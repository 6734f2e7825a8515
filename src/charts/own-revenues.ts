import type { TopLevelSpec } from "vega-lite";
import type { DistrictResult } from "../scenario/run.js";
import { CHART_WORDS, nameIn } from "./labels.js";
import { type ReportLanguage, thousandKztLabels } from "./lang.js";
import { amountPoint, COLOURS, unitFigures } from "./unit-figures.js";

const OWN = ["tax", "nonTax", "capital"] as const;

/** Own revenues by source (tax, non-tax, sale of fixed capital), one stacked bar per unit of a district. */
export function ownRevenuesSpec(district: DistrictResult, lang: ReportLanguage): TopLevelSpec {
  const words = CHART_WORDS[lang];
  const units = district.units.map((u) => ({ name: nameIn(u.unit, lang), figures: unitFigures(u) }));
  // only the totals are labelled: their labels alike
  const label = thousandKztLabels(
    units.map((u) => u.figures.ownRevenues),
    lang,
  );
  const parts = units.flatMap(({ name, figures }) =>
    OWN.flatMap((s) => {
      const amount = figures.sources[s];
      return amount === undefined || amount.tiyn === 0n
        ? []
        : [{ unit: name, source: words[s], ...amountPoint(amount, label) }];
    }),
  );
  const totals = units.map(({ name, figures }) => ({
    unit: name,
    ...amountPoint(figures.ownRevenues, label),
  }));
  const y = { field: "unit", type: "nominal", title: null, sort: null } as const;
  return {
    title: { text: words.ownRevenuesTitle(nameIn(district.district, lang)), subtitle: words.thousandKzt },
    width: 440,
    height: { step: 30 },
    layer: [
      {
        data: { values: parts },
        mark: { type: "bar" },
        encoding: {
          y,
          x: { field: "value", type: "quantitative", title: words.thousandKzt, axis: { format: ",d" } },
          color: {
            field: "source",
            type: "nominal",
            title: null,
            scale: { domain: OWN.map((s) => words[s]), range: OWN.map((s) => COLOURS[s]) },
          },
        },
      },
      {
        data: { values: totals },
        mark: { type: "text", align: "left", dx: 4, fontSize: 12 },
        encoding: { y, x: { field: "value", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  } as TopLevelSpec;
}
