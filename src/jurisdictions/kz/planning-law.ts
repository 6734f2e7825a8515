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

/** The Code's section 4 (Art. 70–84), where the planning articles are. */
const sec004 = (article: string, paragraph: string) =>
  bc2025(article, paragraph, { url: `${BC2025_SEC004_URL}#st${article}` });

/**
 * BC2025 Art. 80 p.4 part 2, the whole list: «Прогнозные объемы затрат местных бюджетов не учитывают
 * целевые трансферты, затраты на обслуживание и погашение долга местного исполнительного органа, бюджетные
 * кредиты, государственные обязательства по проектам государственно-частного партнерства, имиджевые
 * расходы, гранты, исследования, консалтинговые услуги, научно-технические проекты и программы».
 */
const COST_EXCLUSIONS = {
  categories: {
    targeted_transfers: "targeted transfers (целевые трансферты)",
    debt_service:
      "servicing and repaying the debt of the local executive body (обслуживание и погашение долга)",
    budget_loans: "budget credits (бюджетные кредиты)",
    ppp_obligations:
      "state obligations under public-private partnership projects (обязательства по проектам ГЧП)",
    image_costs: "image costs (имиджевые расходы)",
    grants: "grants",
    research: "research (исследования)",
    consulting: "consulting services (консалтинговые услуги)",
    science_programmes:
      "scientific and technical projects and programmes (научно-технические проекты и программы)",
  },
  citation: sec004("80", "4 part 2"),
};

/**
 * BC2025 Art. 79 p.3 part 4: «В случае финансирования местными исполнительными органами отдельных
 * направлений расходов из местного бюджета ниже минимальных объемов, установленных законом и (или)
 * решением областного маслихата об объемах трансфертов общего характера, сумма превышения установленной
 * суммы с учетом внесенных в нее в ходе исполнения бюджета изменений над годовой суммой сводного плана
 * финансирования по платежам на конец соответствующего финансового года по итогам истекшего финансового
 * года учитывается при определении объемов трансфертов общего характера на следующий трехлетний период».
 * Two readings are the library's: the part names the law and the oblast decision, and part 3 the
 * akims' offices of villages, settlements and rural districts, so it is read as applying to the minimums
 * set with the district's volumes for its units too; and «учитывается» does not say how, so the
 * shortfalls are read as reducing the unit's net transfer, spread evenly over the period's years.
 */
const MINIMUM_FUNDING = { citation: sec004("79", "3 part 4"), spread: "evenly" } as const;

/**
 * BC2025 Art. 76 p.4 part 2: «Не допускается изъятие доходов, дополнительно полученных в ходе исполнения
 * местных бюджетов, в вышестоящий бюджет, за исключением случаев, предусмотренных настоящим Кодексом».
 * Whether the forecasts of the next years may start from the over-plan collection is not said (Art. 80
 * p.3 asks for the revenue potential): the library reads the prohibition as reaching them too, so the
 * over-plan part is left out of the forecast base; `inForecastBase: true` is the other reading.
 */
const OVER_PLAN_REVENUE = { citation: sec004("76", "4 part 2"), inForecastBase: false } as const;

/**
 * Plans made under BC2025 (ed. 2026-01-16): «Объемы трансфертов общего характера подлежат изменению через
 * каждые три года» (Art. 79 p.2); subvention and withdrawal as Art. 79 p.1 defines them, from forecast
 * revenues and costs computed by the typical methodology (Art. 80 p.2–6; the costs without the list of
 * p.4 part 2); minimum funding shortfalls counted in the next volumes (Art. 79 p.3); revenue over the plan
 * not withdrawn (Art. 76 p.4). The plan made in 2025 for 2026–2028 opens the first three-year cycle.
 */
const THREE_YEAR: PlanningLaw = {
  id: "bc2025",
  regime: "three_year",
  period: 3,
  cycleStart: fiscalYearOf(BC2025_FROM) + 1,
  fixedVolumes: bc2025("79", "2"),
  generalTransfer: bc2025("79", "1, with Art. 80 p.2-6"),
  costForecast: sec004("80", "4"),
  costExclusions: COST_EXCLUSIONS,
  minimumFunding: MINIMUM_FUNDING,
  overPlanRevenue: OVER_PLAN_REVENUE,
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
