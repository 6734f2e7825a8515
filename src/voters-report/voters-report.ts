import * as z from "zod";
import { budgetFiguresSchema } from "../budget/figures-schema.js";
import { REPORT_LANGUAGES, type ReportLanguage } from "../charts/lang.js";
import { katoCodeSchema, yearSchema } from "../input/codes.js";
import { fieldsSchema } from "../input/fields.js";
import { parseInput } from "../input/parse.js";
import { officialAddress } from "../jurisdictions/kz/legal-database.js";
import { scenarioResultSchema } from "../report/result-schemas.js";
import type { ScenarioResult } from "../scenario/run.js";
import { reportDocument } from "./document.js";
import { type PreviousBudget, reportFacts } from "./facts.js";
import { reportHtml } from "./html.js";
import { reportMarkdown } from "./markdown.js";

/**
 * The formats of the report to voters: one self-contained HTML page, or Markdown (without the charts).
 *
 * @category Charts
 */
export const VOTERS_REPORT_FORMATS = ["html", "md"] as const;

/**
 * Options of {@link votersReport}.
 *
 * @category Charts
 */
export interface VotersReportOptions {
  /** The unit's 9-digit KATO code; a unit of the scenario. */
  readonly unit: string;
  /** The year of the report: the scenario's year (the year its statements are for). */
  readonly year: number;
  readonly format: (typeof VOTERS_REPORT_FORMATS)[number];
  /** `ru` (the default), `kk` or `en`. */
  readonly lang?: ReportLanguage;
  /** The unit's budget of the year before, to say how the budget changed; without it the report says the data lacks it. */
  readonly previous?: PreviousBudget;
}

const optionsSchema = fieldsSchema(
  {
    unit: katoCodeSchema,
    year: yearSchema(2018, 2100),
    format: z.enum(VOTERS_REPORT_FORMATS),
    lang: z.enum(REPORT_LANGUAGES).optional(),
    previous: fieldsSchema(
      { year: yearSchema(2018, 2100), figures: budgetFiguresSchema, source: z.string().optional() },
      "the budget of the year before { year, figures, source }",
    ).optional(),
  },
  "the report's options { unit, year, format, lang, previous }",
);

/**
 * The akim's report to voters on one unit's budget: one page a resident can read, in Russian, Kazakh or
 * English — where the money comes from (own revenues by source, transfers from the district), how much
 * of its costs the budget covers itself (self-sufficiency) beside the district's other units in the
 * scenario and the national share of own revenues of 2025 (the President, 12 March 2026), how the
 * budget changed from the year before (when `previous` is given), the plan for the next years, and the
 * decision it rests on (number, date, source address). Amounts in thousand KZT, thousands grouped.
 * `html` is one self-contained page (inline CSS and SVG charts, printable); `md` is the same text and
 * tables in Markdown.
 *
 * @category Charts
 * @throws `FourthLevelError` `INVALID_INPUT` when `result` is not a result of `runScenario`, the
 * unit is not in it, the year is not its year, `previous` is not of the year before, or an option is
 * not as above (`UNKNOWN_KATO` for a code that is not 9 digits).
 * @example
 * ```ts
 * import { runScenario } from "fourth-level-budget";
 * import { votersReport } from "fourth-level-budget/charts";
 * import { loadScenario } from "fourth-level-budget/node";
 * const result = runScenario(loadScenario("examples/kz-2026-published.json"));
 * const md = await votersReport(result, { unit: "104049000", year: 2026, format: "md", lang: "kk" });
 * md.split("\n")[0]; //=> "# Зубаир ауылдық округі: 2026 жылғы бюджет"
 * ```
 */
export async function votersReport(result: ScenarioResult, options: VotersReportOptions): Promise<string> {
  const checked = parseInput(scenarioResultSchema, result, "scenario result", { opaque: ["ledger"] });
  const { unit, year, format, lang = "ru", previous } = parseInput(optionsSchema, options, "report options");
  const before =
    previous === undefined
      ? undefined
      : {
          year: previous.year,
          figures: previous.figures,
          ...(previous.source === undefined ? {} : { source: officialAddress(previous.source, lang) }),
        };
  const facts = reportFacts(checked, unit, year, before);
  const source = facts.source === undefined ? {} : { source: officialAddress(facts.source, lang) };
  const doc = await reportDocument({ ...facts, ...source }, lang);
  return format === "html" ? reportHtml(doc) : reportMarkdown(doc);
}
