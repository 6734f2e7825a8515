import type { TopLevelSpec } from "vega-lite";
import type { Money } from "../money/money.js";
import { CHART_WORDS } from "./labels.js";
import { type ReportLanguage, thousandKzt } from "./lang.js";

/**
 * What a unit gains or loses under a reform or another method: its name and the change, in KZT
 * (positive: the unit gains).
 *
 * @category Charts
 */
export interface UnitDelta {
  /** The unit's KATO code. */
  readonly code: string;
  /** The unit's name as the chart shows it. */
  readonly name: string;
  /** The change for the unit (reform minus baseline), KZT; positive when it gains. */
  readonly delta: Money;
}

/** Gains and losses by unit: a bar to the right for a gain, to the left for a loss, labelled. */
export function gainsLossesSpec(
  deltas: readonly UnitDelta[],
  what: string,
  lang: ReportLanguage,
): TopLevelSpec {
  const words = CHART_WORDS[lang];
  const sorted = [...deltas].sort((a, b) =>
    a.delta.tiyn < b.delta.tiyn ? 1 : a.delta.tiyn > b.delta.tiyn ? -1 : 0,
  );
  const values = sorted.map((d) => ({
    unit: `${d.name} (${d.code})`,
    value: Number(d.delta.toThousandKzt()),
    label: `${d.delta.tiyn > 0n ? "+" : ""}${thousandKzt(d.delta, lang)}`,
    side: d.delta.tiyn < 0n ? words.losses : words.gains,
  }));
  return {
    title: { text: words.gainsTitle(what), subtitle: words.thousandKzt },
    width: 440,
    height: { step: 30 },
    data: { values },
    encoding: {
      y: { field: "unit", type: "nominal", title: null, sort: null },
      x: {
        field: "value",
        type: "quantitative",
        title: words.thousandKzt,
        axis: { format: ",d" },
        scale: { padding: 60 },
      },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          color: {
            field: "side",
            type: "nominal",
            title: null,
            scale: { domain: [words.gains, words.losses], range: ["#2e8b57", "#c0504d"] },
          },
        },
      },
      {
        transform: [{ filter: "datum.value >= 0" }],
        mark: { type: "text", fontSize: 12, align: "left", dx: 4 },
        encoding: { text: { field: "label" } },
      },
      {
        transform: [{ filter: "datum.value < 0" }],
        mark: { type: "text", fontSize: 12, align: "right", dx: -4 },
        encoding: { text: { field: "label" } },
      },
    ],
  } as TopLevelSpec;
}
