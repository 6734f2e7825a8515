import { type DatedSeries, datedSeries } from "../../calendar/dated.js";
import { fiscalYearOf } from "../../calendar/iso-date.js";
import type { PlanningLaw } from "../../law/law.js";
import { BC2025_SEC004_URL, bc2008, bc2025, cite, READINGS } from "./acts.js";
import { BC2008_TO, BC2025_FROM } from "./editions.js";

/**
 * Plans made under BC2008 (ed. 2024-01-01): the district maslikhat sets each unit's subvention or budget
 * withdrawal in absolute amounts for the three-year planning period, renewed every year and not changed
 * during the current year (Art. 45 p.4); the general transfer is «разница между прогнозными объемами
 * доходов (за минусом трансфертов) и затрат» (Art. 45 p.7), its direction by p.8.
 */
const ROLLING: PlanningLaw = {
  id: "bc2008",
  regime: "rolling",
  period: 3,
  fixedVolumes: bc2008("45", "4"),
  generalTransfer: bc2008("45", "7-8"),
};

/**
 * Plans made under BC2025 (ed. 2026-01-16): «Объемы трансфертов общего характера подлежат изменению через
 * каждые три года» (Art. 79 p.2); subvention and withdrawal as Art. 79 p.1 defines them, from forecast
 * revenues and costs computed by the typical methodology (Art. 80 p.2–6; costs without targeted transfers
 * and debt service, p.4). The plan made in 2025 for 2026–2028 opens the first three-year cycle.
 */
const THREE_YEAR: PlanningLaw = {
  id: "bc2025",
  regime: "three_year",
  period: 3,
  cycleStart: fiscalYearOf(BC2025_FROM) + 1,
  fixedVolumes: bc2025("79", "2"),
  generalTransfer: bc2025("79", "1, with Art. 80 p.2-6"),
  costForecast: bc2025("80", "4", { url: `${BC2025_SEC004_URL}#st80` }),
};

/**
 * Kazakhstan's planning law, keyed by 1 January of the year a plan is made in: plans made to 2024 under
 * BC2008 (the rolling rule), plans made from 2025 under BC2025 (three-year cycles, the first 2026–2028). The
 * series starts in 2017, when the first fourth-level budgets (2018–2020) were planned under BC2008 (its
 * Art. 243-4 p.1, ed. 2022-12-30); BC2025 is in force from 1 Jan 2025 (its Art. 172 p.1).
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * valueOn(KZ_PLANNING_LAW, "2024-01-01").value.fixedVolumes.article; //=> "45"
 * valueOn(KZ_PLANNING_LAW, "2025-01-01").value.cycleStart; //=> 2026
 * ```
 */
export const KZ_PLANNING_LAW: DatedSeries<PlanningLaw> = datedSeries(
  "planning law (by the year a plan is made)",
  [
    { from: "2017-01-01", to: BC2008_TO, value: ROLLING, citation: cite(READINGS.bc2008Final, "243-4", "1") },
    { from: BC2025_FROM, value: THREE_YEAR, citation: cite(READINGS.bc2025Transitional, "172", "1") },
  ],
);
