import * as z from "zod";
import { fieldsSchema } from "../input/fields.js";
import { moneySchema } from "../input/money.js";
import { parseInput } from "../input/parse.js";
import { gainsLossesSpec, type UnitDelta } from "./gains-losses.js";
import { CHART_WORDS } from "./labels.js";
import { REPORT_LANGUAGES, type ReportLanguage } from "./lang.js";
import { type Chart, renderSvg } from "./render.js";

const deltasSchema = z.array(
  fieldsSchema(
    { code: z.string(), name: z.string(), delta: moneySchema },
    "a unit's change { code, name, delta }",
  ),
);
const optionsSchema = fieldsSchema(
  { what: z.string().min(1), lang: z.enum(REPORT_LANGUAGES).optional() },
  "the options { what, lang }",
);

/**
 * The hook for reforms: gains and losses by unit, as SVG — a bar to the right (green) for each unit that
 * gains, to the left (red) for each that loses, labelled in thousand KZT. A reform (or another method of
 * equalisation) gives the change of each unit, reform minus baseline, in KZT; `what` names the reform in
 * the title.
 *
 * @category Charts
 * @throws `FourthLevelError` `INVALID_INPUT` when a delta is not `{ code, name, delta: Money }` or
 * `what` is empty.
 * @example
 * ```ts
 * import { Money } from "fourth-level-budget";
 * import { gainsAndLossesChart } from "fourth-level-budget/charts";
 * const chart = await gainsAndLossesChart(
 *   [
 *     { code: "104035000", name: "Бель-Агачский с.о.", delta: Money.thousandKzt("1200") },
 *     { code: "104049000", name: "Зубаировский с.о.", delta: Money.thousandKzt("-800") },
 *   ],
 *   { what: "pool split by places", lang: "en" },
 * );
 * chart.svg.includes("+1,200"); //=> true
 * ```
 */
export async function gainsAndLossesChart(
  deltas: readonly UnitDelta[],
  options: { readonly what: string; readonly lang?: ReportLanguage },
): Promise<Chart> {
  const checked = parseInput(deltasSchema, deltas, "gains and losses");
  const { what, lang = "en" } = parseInput(optionsSchema, options, "chart options");
  const title = CHART_WORDS[lang].gainsTitle(what);
  return {
    name: "gains-and-losses",
    title,
    svg: await renderSvg(gainsLossesSpec(checked, what, lang), lang),
  };
}
