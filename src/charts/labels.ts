import type { ReportLanguage } from "./lang.js";

/** The words of the charts, in one language. */
export interface ChartWords {
  readonly tax: string;
  readonly nonTax: string;
  readonly capital: string;
  readonly transfers: string;
  readonly ownRevenues: string;
  readonly costs: string;
  readonly subvention: string;
  readonly withdrawal: string;
  readonly thousandKzt: string;
  readonly percentOfCosts: string;
  readonly percentOfRevenues: string;
  readonly year: string;
  readonly source: string;
  readonly gains: string;
  readonly losses: string;
  readonly ownRevenuesTitle: (district: string) => string;
  readonly selfSufficiencyTitle: (district: string) => string;
  readonly selfSufficiencySubtitle: string;
  readonly dependencySubtitle: string;
  readonly dependencyTitle: (district: string) => string;
  readonly planTitle: (district: string, first: number, last: number) => string;
  readonly sourcesTitle: (unit: string, year: number) => string;
  readonly gainsTitle: (what: string) => string;
  /** The two views of a comparison of a reform with the law. */
  readonly views: { readonly held_as_planned: string; readonly law_response: string };
  readonly national: string;
  readonly publishedAndPlanned: (year: number) => string;
  /** Said of a scenario whose name (not quoted in Russian or Kazakh) says that some of its data are not real. */
  readonly notRealData: string;
}

const RU: ChartWords = {
  tax: "налоговые поступления",
  nonTax: "неналоговые поступления",
  capital: "продажа основного капитала",
  transfers: "трансферты из районного бюджета",
  ownRevenues: "собственные доходы",
  costs: "затраты",
  subvention: "субвенция",
  withdrawal: "бюджетное изъятие",
  thousandKzt: "тыс. тенге",
  percentOfCosts: "% затрат",
  percentOfRevenues: "% доходов",
  year: "год",
  source: "источник",
  gains: "выигрыш",
  losses: "потеря",
  ownRevenuesTitle: (d) => `Собственные доходы по источникам: ${d}`,
  selfSufficiencyTitle: (d) => `Самообеспеченность: ${d}`,
  selfSufficiencySubtitle: "собственные доходы в % затрат",
  dependencyTitle: (d) => `Зависимость от трансфертов: ${d}`,
  dependencySubtitle: "доли собственных доходов и трансфертов в доходах, %",
  planTitle: (d, first, last) => `План на ${first}–${last} годы: ${d}`,
  sourcesTitle: (u, y) => `Откуда деньги бюджета: ${u}, ${y}`,
  gainsTitle: (what) => `Кто выигрывает и кто теряет: ${what}`,
  views: {
    held_as_planned: "трансферты — как запланированы",
    law_response: "трансферты — по изменённому закону",
  },
  national: "Казахстан, 2025: около трети — собственные доходы",
  publishedAndPlanned: (y) => `${y} — как в решении маслихата, далее — план; тыс. тенге`,
  notRealData: "в сценарии есть условные, не реальные данные",
};

const KK: ChartWords = {
  tax: "салықтық түсімдер",
  nonTax: "салықтық емес түсімдер",
  capital: "негізгі капиталды сату",
  transfers: "аудан бюджетінен трансферттер",
  ownRevenues: "меншікті кірістер",
  costs: "шығындар",
  subvention: "субвенция",
  withdrawal: "бюджеттік алып қою",
  thousandKzt: "мың теңге",
  percentOfCosts: "шығындардың %",
  percentOfRevenues: "кірістердің %",
  year: "жыл",
  source: "дереккөз",
  gains: "ұтыс",
  losses: "шығын",
  ownRevenuesTitle: (d) => `Меншікті кірістер көздері бойынша: ${d}`,
  selfSufficiencyTitle: (d) => `Өзін-өзі қамтамасыз ету: ${d}`,
  selfSufficiencySubtitle: "меншікті кірістер, шығындардың %",
  dependencyTitle: (d) => `Трансферттерге тәуелділік: ${d}`,
  dependencySubtitle: "меншікті кірістер мен трансферттердің кірістердегі үлесі, %",
  planTitle: (d, first, last) => `${first}–${last} жылдарға арналған жоспар: ${d}`,
  sourcesTitle: (u, y) => `Бюджет ақшасы қайдан келеді: ${u}, ${y}`,
  gainsTitle: (what) => `Кім ұтады, кім ұтылады: ${what}`,
  views: {
    held_as_planned: "трансферттер — жоспарланғандай",
    law_response: "трансферттер — өзгертілген заң бойынша",
  },
  national: "Қазақстан, 2025: шамамен үштен бірі — меншікті кірістер",
  publishedAndPlanned: (y) => `${y} — мәслихат шешіміндегідей, одан әрі — жоспар; мың теңге`,
  notRealData: "сценарийде шартты, нақты емес деректер бар",
};

const EN: ChartWords = {
  tax: "tax revenue",
  nonTax: "non-tax revenue",
  capital: "sale of fixed capital",
  transfers: "transfers from the district budget",
  ownRevenues: "own revenues",
  costs: "costs",
  subvention: "subvention",
  withdrawal: "budget withdrawal",
  thousandKzt: "thousand KZT",
  percentOfCosts: "% of costs",
  percentOfRevenues: "% of revenues",
  year: "year",
  source: "source",
  gains: "gains",
  losses: "loses",
  ownRevenuesTitle: (d) => `Own revenues by source: ${d}`,
  selfSufficiencyTitle: (d) => `Self-sufficiency: ${d}`,
  selfSufficiencySubtitle: "own revenues as % of costs",
  dependencyTitle: (d) => `Transfer dependency: ${d}`,
  dependencySubtitle: "own revenues and transfers as shares of revenues, %",
  planTitle: (d, first, last) => `The plan ${first}–${last}: ${d}`,
  sourcesTitle: (u, y) => `Where the budget's money comes from: ${u}, ${y}`,
  gainsTitle: (what) => `Who gains and who loses: ${what}`,
  views: {
    held_as_planned: "transfers held as planned",
    law_response: "the transfer law's response",
  },
  national: "Kazakhstan, 2025: about one third own revenues",
  publishedAndPlanned: (y) => `${y} as in the maslikhat's decision, later years planned; thousand KZT`,
  notRealData: "some of the scenario's data are not real",
};

/** The words of the charts in a language. */
export const CHART_WORDS: Readonly<Record<ReportLanguage, ChartWords>> = { ru: RU, kk: KK, en: EN };

/** The name of a budget as the classifier writes it in the language (Russian for English). */
export const nameIn = (ref: { readonly nameRu: string; readonly nameKk: string }, lang: ReportLanguage) =>
  lang === "kk" ? ref.nameKk : ref.nameRu;
