import * as z from "zod";
import type { BudgetEffect, ScenarioComparison } from "../compare/compare.js";
import { viewSchema } from "../compare/compare.js";
import { moneySchema } from "../input/money.js";
import { parseInput } from "../input/parse.js";
import { kazakhstanTerritory } from "../jurisdictions/kz/territory.js";
import { type ChartOptions, chartOptionsSchema } from "./charts-of-run.js";
import { gainsLossesSpec } from "./gains-losses.js";
import { CHART_WORDS } from "./labels.js";
import type { ReportLanguage } from "./lang.js";
import { type Chart, renderSvg } from "./render.js";
import { cyrillicName, saysNotReal } from "./scenario-name.js";

const effectSchema = z.looseObject({
  account: z.string(),
  name: z.string(),
  year: z.int(),
  delta: moneySchema,
});

/** The parts of a comparison the charts read. */
const comparisonSchema = z.looseObject(
  {
    name: z.string(),
    view: viewSchema,
    winners: z.array(effectSchema),
    losers: z.array(effectSchema),
    receipts: z.string().optional(),
  },
  { error: "must be a comparison as compareScenario or compareResults returns it" },
);

/** A scenario's name in lines of at most `width` characters, broken between words. */
function wrapped(text: string, width = 80): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * What the subtitle says of the scenario: its name, wrapped, in English or when it is written in
 * Cyrillic; in Russian and Kazakh otherwise, in their words, that some of its data are not real when its
 * name or its receipts' label says so (nothing when they do not).
 */
function aboutScenario(comparison: { name: string; receipts?: string | undefined }, lang: ReportLanguage) {
  const { name, receipts = "" } = comparison;
  if (lang === "en" || cyrillicName(name) !== undefined) return wrapped(name);
  return saysNotReal(`${name} ${receipts}`) ? [CHART_WORDS[lang].notRealData] : [];
}

/** The budgets' names in Kazakh (the classifier's), for the Kazakh charts; the comparison's otherwise. */
function namesIn(lang: ReportLanguage, effects: readonly Pick<BudgetEffect, "account" | "name">[]) {
  const kk =
    lang === "kk"
      ? new Map<string, string>(
          kazakhstanTerritory()
            .places()
            .map((p) => [p.code, p.nameKk]),
        )
      : undefined;
  return (e: (typeof effects)[number]) => kk?.get(e.account) ?? e.name;
}

/**
 * The charts of a comparison of a scenario under the law and under its reforms (`compareScenario`,
 * `compareResults`): for each year, who gains and who loses — every budget whose net effect is not zero
 * (fourth-level units, districts with what goes to "district or higher" budgets), a bar to the right
 * (green) for a gain, to the left (red) for a loss, labelled in thousand KZT, thousands grouped. The
 * title names the year and the view, the subtitle the scenario (its name says whether its data are
 * generated): in Russian and Kazakh only a name written in Cyrillic, else the chart says in its language
 * that some data are not real when the name or the receipts' label says so. A comparison in which no budget gains or loses (e.g. without reforms) has no chart.
 *
 * @param comparison - A comparison, one view.
 * @param options - The language of the words (`ru`, `kk` or `en`; `en` by default).
 * @throws `FourthLevelError` `INVALID_INPUT` when `comparison` is not a comparison or an option is not
 * one of the above.
 * @category Charts
 * @example
 * ```ts
 * import { compareScenario, Money } from "fourth-level-budget";
 * import { comparisonCharts } from "fourth-level-budget/charts";
 * const comparison = compareScenario({
 *   name: "Bel-Agach", year: 2026,
 *   districts: [{ kato: "104000000", units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }] }],
 *   receipts: { items: [{ id: "r1", ebk: "101201", amount: "1000000", paymentDate: "2026-03-10", payerKind: "individual",
 *     places: { legal_seat: "104000000", workplace: "104035100" } }] },
 *   reforms: [{ id: "wp", title: "IIT where work is done", effectiveFrom: "2026-01-01",
 *     label: { kind: "proposal", author: "analyst", text: "half of withheld IIT to the workplace" },
 *     changes: [{ kind: "rule", ebk: "101201", shares: [{ share: "0.5", key: "workplace", recipient: "fourth_level", rounding: "halfEven" }] }] }],
 * });
 * const [chart] = await comparisonCharts(comparison, { lang: "ru" });
 * chart?.name; //=> "held_as_planned-2026-gains-and-losses"
 * chart?.svg.includes("+500"); //=> true
 * ```
 */
export async function comparisonCharts(
  comparison: ScenarioComparison,
  options: ChartOptions = {},
): Promise<Chart[]> {
  const checked = parseInput(comparisonSchema, comparison, "comparison");
  const { lang = "en" } = parseInput(chartOptionsSchema, options, "chart options");
  const words = CHART_WORDS[lang];
  const effects = [...checked.winners, ...checked.losers];
  const nameOf = namesIn(lang, effects);
  const years = [...new Set(effects.map((e) => e.year))].sort((a, b) => a - b);
  return Promise.all(
    years.map(async (year) => {
      const what = `${year}, ${words.views[checked.view]}`;
      const deltas = effects
        .filter((e) => e.year === year)
        .map((e) => ({ code: e.account, name: nameOf(e), delta: e.delta }));
      return {
        name: `${checked.view}-${year}-gains-and-losses`,
        title: words.gainsTitle(what),
        svg: await renderSvg(gainsLossesSpec(deltas, what, lang, aboutScenario(checked, lang)), lang),
      };
    }),
  );
}
