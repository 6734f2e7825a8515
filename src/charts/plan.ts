import type { TopLevelSpec } from "vega-lite";
import { Money } from "../money/money.js";
import type { PlanRow } from "../report/plan.js";
import { CHART_WORDS } from "./labels.js";
import { type ReportLanguage, thousandKztLabels } from "./lang.js";
import { COLOURS } from "./unit-figures.js";

const MEASURES = ["ownRevenues", "costs", "subvention", "withdrawal"] as const;

type Measure = (typeof MEASURES)[number];

/** One panel per unit, its name above it (bold), the years under each panel. */
const BY_UNIT = {
  facet: {
    row: {
      field: "unit",
      type: "nominal",
      title: null,
      sort: null,
      header: {
        labelAngle: 0,
        labelOrient: "top",
        labelAnchor: "start",
        labelFontWeight: "bold",
        labelPadding: 2,
      },
    },
  },
  spacing: { row: 28 },
  resolve: { axis: { x: "independent" } },
} as const;

/** The chart's data: one point per unit, year and measure, labelled alike (`thousandKztLabels`). */
function planValues(
  rows: readonly PlanRow[],
  measures: readonly Measure[],
  label: (m: Measure) => string,
  nameOf: (code: string) => string,
  lang: ReportLanguage,
) {
  const points = rows.flatMap((r) =>
    measures.flatMap((m) => {
      const v = r[m];
      return v === null ? [] : [{ r, m, amount: Money.thousandKzt(v) }];
    }),
  );
  const amount = thousandKztLabels(
    points.map((p) => p.amount),
    lang,
  );
  const values = points.map(({ r, m, amount: a }) => ({
    unit: nameOf(r.unitCode ?? ""),
    year: String(r.year),
    measure: label(m),
    value: Number(a.toThousandKzt()),
    label: amount(a),
  }));
  return values;
}

/**
 * The plan over the years: for each unit (a row of the chart), its own revenues, costs, subvention and,
 * when any, budget withdrawal, a group of bars per year, each labelled with its amount. `rows` are the
 * unit rows of `planTables` (thousand KZT, exact), the base year first; `nameOf` names a unit by its code.
 */
export function planSpec(
  rows: readonly PlanRow[],
  title: string,
  lang: ReportLanguage,
  nameOf: (code: string) => string,
): TopLevelSpec {
  const words = CHART_WORDS[lang];
  const withdrawals = rows.some((r) => r.withdrawal !== null && Money.thousandKzt(r.withdrawal).tiyn !== 0n);
  const measures = MEASURES.filter((m) => m !== "withdrawal" || withdrawals);
  // the base year's transfers are the published ones (subvention and targeted transfers together)
  const label = (m: Measure) => (m === "subvention" ? words.transfers : words[m]);
  const values = planValues(rows, measures, label, nameOf, lang);
  // room above the tallest bar for its upright label (about 45 of the 220 pixels), so that no label
  // reaches the name of the unit below it
  const top = Math.max(0, ...values.map((v) => v.value)) * 1.25;
  const years = [...new Set(rows.map((r) => r.year))];
  const units = new Set(rows.map((r) => r.unitCode)).size;
  const inner = {
    width: { step: 26 },
    height: 220,
    encoding: {
      x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: 0 } },
      xOffset: { field: "measure", type: "nominal", sort: measures.map(label) },
      y: {
        field: "value",
        type: "quantitative",
        title: words.thousandKzt,
        axis: { format: ",d" },
        scale: { domainMax: top },
      },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          color: {
            field: "measure",
            type: "nominal",
            title: null,
            // one key under another, above the panels: not split into columns
            legend: { orient: "top", direction: "vertical", columns: 1 },
            scale: { domain: measures.map(label), range: measures.map((m) => COLOURS[m]) },
          },
        },
      },
      {
        mark: { type: "text", angle: -90, align: "left", baseline: "middle", dx: 3, fontSize: 10 },
        encoding: { text: { field: "label" } },
      },
    ],
  };
  const head = {
    title: { text: title, subtitle: words.publishedAndPlanned(years[0] ?? 0) },
    data: { values },
  };
  return (
    units > 1
      ? {
          ...head,
          ...BY_UNIT,
          spec: inner,
        }
      : { ...head, ...inner }
  ) as TopLevelSpec;
}
