import type { TopLevelSpec } from "vega-lite";
import type { DistrictResult } from "../scenario/run.js";
import { CHART_WORDS, nameIn } from "./labels.js";
import { percentText, type ReportLanguage } from "./lang.js";
import { unitFigures } from "./unit-figures.js";

/**
 * Self-sufficiency of a district's units side by side (own revenues as % of costs), the unit `highlight`
 * (a KATO code) in a darker colour; units whose self-sufficiency cannot be computed are left out.
 */
export function selfSufficiencySpec(
  district: DistrictResult,
  lang: ReportLanguage,
  highlight?: string,
): TopLevelSpec {
  const words = CHART_WORDS[lang];
  const values = district.units
    .flatMap((u) => {
      const ss = unitFigures(u).selfSufficiency;
      return ss === undefined
        ? []
        : [
            {
              unit: nameIn(u.unit, lang),
              value: Number(ss),
              label: percentText(ss, lang),
              mark: u.unit.code === highlight ? "highlight" : "other",
            },
          ];
    })
    .sort((a, b) => b.value - a.value);
  const top = Math.max(100, ...values.map((v) => v.value));
  return {
    title: {
      text: words.selfSufficiencyTitle(nameIn(district.district, lang)),
      subtitle: words.selfSufficiencySubtitle,
    },
    width: 440,
    height: { step: 30 },
    data: { values },
    encoding: {
      y: { field: "unit", type: "nominal", title: null, sort: null },
      x: {
        field: "value",
        type: "quantitative",
        title: words.percentOfCosts,
        scale: { domain: [0, top] },
      },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          color: {
            field: "mark",
            type: "nominal",
            legend: null,
            scale: {
              domain: ["highlight", "other"],
              range: ["#1f6f8b", highlight === undefined ? "#1f6f8b" : "#9cc3d5"],
            },
          },
        },
      },
      { mark: { type: "text", align: "left", dx: 4, fontSize: 12 }, encoding: { text: { field: "label" } } },
    ],
  } as TopLevelSpec;
}
