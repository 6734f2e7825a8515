import type { TopLevelSpec } from "vega-lite";
import type { DistrictResult } from "../scenario/run.js";
import { CHART_WORDS, nameIn } from "./labels.js";
import { percentText, type ReportLanguage } from "./lang.js";
import { COLOURS, unitFigures } from "./unit-figures.js";

/** A dashed rule at the national share of own revenues, labelled; nothing without the share. */
function nationalRule(label: string, share: string | undefined) {
  if (share === undefined) return [];
  const data = { values: [{ value: Number(share), label }] };
  return [
    {
      data,
      mark: { type: "rule", strokeDash: [4, 3], color: "#222" },
      encoding: { x: { field: "value", type: "quantitative" } },
    },
    {
      data,
      mark: { type: "text", align: "left", dx: 4, dy: -6, baseline: "bottom", fontSize: 11, y: 0 },
      encoding: { x: { field: "value", type: "quantitative" }, text: { field: "label" } },
    },
  ];
}

/**
 * Transfer dependency of a district's units: each unit's revenues (own revenues plus transfers from the
 * district) as 100 %, split into the two shares. With `nationalOwnShare` (a percent, e.g. `"33.3"` for
 * the published "about one third"), a rule marks the national share of own revenues.
 */
export function transferDependencySpec(
  district: DistrictResult,
  lang: ReportLanguage,
  nationalOwnShare?: string,
): TopLevelSpec {
  const words = CHART_WORDS[lang];
  const values = district.units.flatMap((u) => {
    const f = unitFigures(u);
    if (f.ownShare === undefined || f.transfersShare === undefined) return [];
    const unit = nameIn(u.unit, lang);
    return [
      {
        unit,
        part: words.ownRevenues,
        order: 1,
        value: Number(f.ownShare),
        label: percentText(f.ownShare, lang),
      },
      {
        unit,
        part: words.transfers,
        order: 2,
        value: Number(f.transfersShare),
        label: percentText(f.transfersShare, lang),
      },
    ];
  });
  const y = { field: "unit", type: "nominal", title: null, sort: null } as const;
  const rule = nationalRule(words.national, nationalOwnShare);
  return {
    title: {
      text: words.dependencyTitle(nameIn(district.district, lang)),
      subtitle: words.dependencySubtitle,
    },
    width: 440,
    height: { step: 30 },
    layer: [
      {
        data: { values },
        encoding: {
          y,
          x: {
            field: "value",
            type: "quantitative",
            stack: "zero",
            title: words.percentOfRevenues,
            scale: { domain: [0, 100] },
          },
          order: { field: "order" },
        },
        layer: [
          {
            mark: { type: "bar" },
            encoding: {
              color: {
                field: "part",
                type: "nominal",
                title: null,
                scale: {
                  domain: [words.ownRevenues, words.transfers],
                  range: [COLOURS.ownRevenues, COLOURS.transfers],
                },
              },
            },
          },
          {
            mark: { type: "text", align: "right", dx: -4, color: "white", fontSize: 11 },
            encoding: { text: { field: "label" } },
          },
        ],
      },
      ...rule,
    ],
  } as TopLevelSpec;
}
