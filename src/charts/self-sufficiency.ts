import type { TopLevelSpec } from "vega-lite";
import type { DistrictResult } from "../scenario/run.js";
import { barsSpec } from "./bars.js";
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
              colour: u.unit.code === highlight ? "highlight" : "other",
            },
          ];
    })
    .sort((a, b) => b.value - a.value);
  const top = Math.max(100, ...values.map((v) => v.value));
  return barsSpec(values, {
    title: words.selfSufficiencyTitle(nameIn(district.district, lang)),
    subtitle: words.selfSufficiencySubtitle,
    x: { title: words.percentOfCosts, scale: { domain: [0, top] } },
    colours: {
      domain: ["highlight", "other"],
      range: ["#1f6f8b", highlight === undefined ? "#1f6f8b" : "#9cc3d5"],
    },
    legend: false,
  });
}
