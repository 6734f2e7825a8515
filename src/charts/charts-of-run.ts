import * as z from "zod";
import { fieldsSchema } from "../input/fields.js";
import { parseInput } from "../input/parse.js";
import { NATIONAL_PICTURE_2025 } from "../jurisdictions/kz/national-picture.js";
import { planTables } from "../report/plan.js";
import { scenarioResultSchema } from "../report/result-schemas.js";
import type { ScenarioResult } from "../scenario/run.js";
import { CHART_WORDS, nameIn } from "./labels.js";
import { REPORT_LANGUAGES, type ReportLanguage } from "./lang.js";
import { ownRevenuesSpec } from "./own-revenues.js";
import { planSpec } from "./plan.js";
import { type Chart, renderSvg } from "./render.js";
import { selfSufficiencySpec } from "./self-sufficiency.js";
import { transferDependencySpec } from "./transfer-dependency.js";

/**
 * Options of the charts: the language of their words (`ru`, `kk` or `en`; `en` by default).
 *
 * @category Charts
 */
export interface ChartOptions {
  readonly lang?: ReportLanguage;
}

/** The options of the charts, checked. */
export const chartOptionsSchema = fieldsSchema(
  { lang: z.enum(REPORT_LANGUAGES).optional() },
  "chart options",
);

/**
 * The charts of a scenario run, as SVG text: for each district, its units' own revenues by source,
 * their self-sufficiency side by side, their transfer dependency (with the national share of own
 * revenues of 2025, {@link NATIONAL_PICTURE_2025}, marked), and, when the scenario has a plan, the plan
 * over the years. Amounts in thousand KZT, thousands grouped; shares in %. Charts are drawn with
 * Vega-Lite and Vega, headless (no browser, no canvas).
 *
 * @category Charts
 * @throws `FourthLevelError` `INVALID_INPUT` when `result` is not a result of `runScenario` or an
 * option is not one of the above.
 * @example
 * ```ts
 * import { chartsOfRun } from "fourth-level-budget/charts";
 * import { loadScenario } from "fourth-level-budget/node";
 * import { runScenario } from "fourth-level-budget";
 * const charts = await chartsOfRun(runScenario(loadScenario("examples/kz-2026-published.json")), { lang: "ru" });
 * charts[0]?.name; //=> "104000000-own-revenues"
 * charts[0]?.svg.startsWith("<svg"); //=> true
 * ```
 */
export async function chartsOfRun(result: ScenarioResult, options: ChartOptions = {}): Promise<Chart[]> {
  const checked = parseInput(scenarioResultSchema, result, "scenario result", { opaque: ["ledger"] });
  const { lang = "en" } = parseInput(chartOptionsSchema, options, "chart options");
  const words = CHART_WORDS[lang];
  const rows = checked.plan === undefined ? [] : planTables(checked).rows;
  const charts = checked.districts.flatMap((d) => {
    const name = nameIn(d.district, lang);
    const code = d.district.code;
    const planRows = rows.filter((r) => r.districtCode === code && r.unitCode !== null);
    const last = planRows.at(-1)?.year ?? checked.year;
    const names = new Map(d.units.map((u) => [u.unit.code, nameIn(u.unit, lang)]));
    const nameOf = (unit: string) => names.get(unit) ?? unit;
    return [
      { name: `${code}-own-revenues`, title: words.ownRevenuesTitle(name), spec: ownRevenuesSpec(d, lang) },
      {
        name: `${code}-self-sufficiency`,
        title: words.selfSufficiencyTitle(name),
        spec: selfSufficiencySpec(d, lang),
      },
      {
        name: `${code}-transfer-dependency`,
        title: words.dependencyTitle(name),
        spec: transferDependencySpec(d, lang, NATIONAL_PICTURE_2025.ownSharePercent),
      },
      ...(planRows.length === 0
        ? []
        : [
            {
              name: `${code}-plan`,
              title: words.planTitle(name, checked.year, last),
              spec: planSpec(planRows, words.planTitle(name, checked.year, last), lang, nameOf),
            },
          ]),
    ];
  });
  return Promise.all(
    charts.map(async (c) => ({ name: c.name, title: c.title, svg: await renderSvg(c.spec, lang) })),
  );
}
