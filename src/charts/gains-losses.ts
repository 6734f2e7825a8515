import type { TopLevelSpec } from "vega-lite";
import type { Money } from "../money/money.js";
import { barsSpec } from "./bars.js";
import { CHART_WORDS } from "./labels.js";
import { type ReportLanguage, thousandKztLabels } from "./lang.js";

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

/**
 * Gains and losses by unit: a bar to the right for a gain, to the left for a loss, labelled; the title
 * names `what`, the subtitle the lines `about` (if any) and the unit of the amounts.
 */
export function gainsLossesSpec(
  deltas: readonly UnitDelta[],
  what: string,
  lang: ReportLanguage,
  about: readonly string[] = [],
): TopLevelSpec {
  const words = CHART_WORDS[lang];
  const sorted = [...deltas].sort((a, b) =>
    a.delta.tiyn < b.delta.tiyn ? 1 : a.delta.tiyn > b.delta.tiyn ? -1 : 0,
  );
  const amount = thousandKztLabels(
    deltas.map((d) => d.delta),
    lang,
  );
  const bars = sorted.map((d) => ({
    unit: `${d.name} (${d.code})`,
    value: Number(d.delta.toThousandKzt()),
    label: `${d.delta.tiyn > 0n ? "+" : ""}${amount(d.delta)}`,
    colour: d.delta.tiyn < 0n ? words.losses : words.gains,
  }));
  return barsSpec(bars, {
    title: words.gainsTitle(what),
    subtitle: [...about, words.thousandKzt],
    x: { title: words.thousandKzt, scale: { padding: 100 }, axis: { format: ",d" } },
    colours: { domain: [words.gains, words.losses], range: ["#2e8b57", "#c0504d"] },
    legend: true,
  });
}
