import { CHART_WORDS } from "../charts/labels.js";
import { cyrillicName, saysNotReal } from "../charts/scenario-name.js";
import { NATIONAL_PICTURE_2025 as N } from "../jurisdictions/kz/national-picture.js";
import type { DistrictBudgetRef } from "../territory/territory.js";
import type { ReportFacts } from "./facts.js";
import { type AssumedGrowth, changedLines, ownLines } from "./lines.js";
import { compared, dateParts, type ReportWords, rankOf, type Say, wholePercent } from "./words.js";

const W = CHART_WORDS.ru;
const MONTHS = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];

/** "23 декабря 2025 года". */
const date = (iso: string) => {
  const { year, month, day } = dateParts(iso);
  return `${day} ${MONTHS[month - 1]} ${year} года`;
};

/** "Бородулихинского районного маслихата"; the name as it is when it follows no pattern. */
function maslikhat(d: DistrictBudgetRef): string {
  const adjective = /^(.+)(ский|цкий) район$/u.exec(d.nameRu);
  if (adjective !== null)
    return `${adjective[1]}${adjective[2] === "ский" ? "ского" : "цкого"} районного маслихата`;
  const city = /^(.+) Г\.А\.$/u.exec(d.nameRu);
  if (city !== null) return `маслихата города ${city[1]}`;
  return `маслихата (${d.nameRu})`;
}

const fromDistrict = (f: ReportFacts) =>
  f.district.type === "city_regional" ? "из бюджета города" : "из районного бюджета";

function money(f: ReportFacts, say: Say): string[] {
  const { sources, ownRevenues, transfersShare } = f.figures;
  const costs = f.figures.costs;
  const revenues = f.result.statement.lines.revenue_total?.amount;
  const own = ownLines(f).map(({ key, amount }) => `${W[key]} — ${say.number(amount)}`);
  return [
    `В ${f.year} году доходы бюджета — ${revenues === undefined ? "в решении не указаны" : say.amount(revenues)}, затраты — ${costs === undefined ? "в решении не указаны" : say.amount(costs)}.`,
    `Собственные доходы, то есть деньги, которые собираются на территории и остаются в её бюджете, — ${say.amount(ownRevenues)}${own.length === 0 ? "" : ` (${own.join(", ")}\u00a0тыс. тенге)`}.`,
    ...(sources.transfers === undefined
      ? ["Сколько поступает трансфертов, в решении не указано."]
      : [
          `Остальные ${say.amount(sources.transfers)}${transfersShare === undefined ? "" : ` (${say.percent(transfersShare)} доходов)`} — трансферты ${fromDistrict(f)}.`,
        ]),
  ];
}

function receipts(f: ReportFacts): string {
  const law =
    f.year >= 2026
      ? " По Бюджетному кодексу (ст. 27) в бюджет сельского округа поступают, в частности, подоходный налог, который жители декларируют сами, налог на имущество физических лиц, земельный налог, налог на транспортные средства, плата за наружную рекламу и за пользование земельными участками, а с 2026 года — налог на добычу общераспространённых полезных ископаемых."
      : "";
  return f.receipts.length > 0
    ? "Поступления по кодам бюджетной классификации (по данным о платежах):"
    : `Решение маслихата не делит налоговые поступления по видам налогов, поэтому они показаны одной суммой.${law}`;
}

function self(f: ReportFacts, say: Say): string[] {
  const ss = f.figures.selfSufficiency;
  if (ss === undefined) return ["Самообеспеченность посчитать нельзя: в решении нет нужных строк."];
  const rank = rankOf(f);
  const inData = f.peers.length + 1;
  const peers = f.peers.map(
    (p) =>
      `${p.unit.nameRu} — ${p.selfSufficiency === undefined ? "нет данных" : say.percent(p.selfSufficiency)}`,
  );
  return [
    `Самообеспеченность — доля затрат, которую покрывают собственные доходы, — ${say.percent(ss)}: из каждых 100 тенге затрат примерно ${wholePercent(ss)} тенге покрываются собственными доходами.`,
    peers.length === 0
      ? "Других бюджетов этого района в данных нет, поэтому сравнения внутри района нет."
      : `В данных есть бюджеты ${inData}${f.unitsInDistrict === undefined ? "" : ` из ${f.unitsInDistrict}`} единиц района. У остальных: ${peers.join("; ")}.${rank === undefined ? "" : ` Это ${rank.rank}-е место из ${rank.of}.`}`,
  ];
}

function national(f: ReportFacts, say: Say): string {
  const share = f.figures.ownShare;
  const where =
    share === undefined
      ? ""
      : { above: "выше", below: "ниже", near: "примерно столько же, сколько" }[
          compared(share, N.ownSharePercent)
        ];
  return `По всей стране, по словам Президента ${date(N.published)}, в ${N.year} году бюджеты сельских округов превысили ${N.totalBillionKzt} млрд тенге, и около трети этих средств обеспечили собственные доходы (источник: ${N.source}).${share === undefined ? "" : ` Здесь собственные доходы составляют ${say.percent(share)} всех доходов — ${where === "примерно столько же, сколько" ? `${where} в среднем по стране` : `${where} средней доли по стране`}.`}`;
}

function change(f: ReportFacts, say: Say): string[] {
  const p = f.previous;
  if (p === undefined) {
    return [
      `Данных о бюджете на ${f.year - 1} год в этом расчёте нет, поэтому сравнение с прошлым годом не приводится.`,
    ];
  }
  const verbs = { up: "выросли", down: "уменьшились", same: "не изменились" };
  return [
    ...changedLines(f).map(({ key, before, after, direction, percent }) =>
      direction === "same"
        ? `${CHANGED[key]} не изменились: ${say.amount(after)}.`
        : `${CHANGED[key]} ${verbs[direction]} с ${say.number(before)} до ${say.amount(after)} (на ${say.number(after.minus(before).abs())}\u00a0тыс. тенге${percent === undefined ? "" : `, или на ${say.percent(percent)}`}).`,
    ),
    ...(p.selfSufficiency === undefined || f.figures.selfSufficiency === undefined
      ? []
      : [
          `Самообеспеченность: ${say.percent(p.selfSufficiency)} в ${p.year} году и ${say.percent(f.figures.selfSufficiency)} в ${f.year} году.`,
        ]),
    ...(p.source === undefined ? [] : [`Бюджет ${p.year} года: ${p.source}`]),
  ];
}

const CHANGED = {
  revenues: "Доходы",
  tax: "Налоговые поступления",
  transfers: "Трансферты",
  costs: "Затраты",
} as const;

/** A planned year's basis, in the plan's sentences. */
const SOURCE = {
  published: "как в решении маслихата",
  fixed: "объём утверждён решением маслихата",
  formula: "расчёт по формуле Бюджетного кодекса: затраты минус собственные доходы",
  equalisation: "расчёт по методу выравнивания из сценария",
  kept: "объём действующего плана, который не меняется (ст. 79 п. 2 Бюджетного кодекса)",
} as const;

/** A year's basis in the table. */
const SHORT = {
  published: "решение маслихата",
  fixed: "утверждено маслихатом",
  formula: "расчёт по формуле",
  equalisation: "метод выравнивания",
  kept: "действующий план",
} as const;

/** "на 5 % в год", "вместе с МРП". */
const growthRu = (growth: string, say: Say) =>
  growth === "mrp" ? "вместе с МРП" : `на ${say.percent(growth)} в год`;

/** The growth the scenario assumed for a run of computed years. */
function assumed({ from, to, all, costs, revenues }: AssumedGrowth, f: ReportFacts, say: Say): string {
  const years = from === to ? `на ${from} год` : `на ${from}–${to} годы`;
  const what =
    all === "0"
      ? `собственные доходы и затраты остаются такими же, как в ${f.year} году`
      : all !== undefined
        ? `собственные доходы и затраты растут ${growthRu(all, say)}`
        : `затраты растут ${growthRu(costs, say)}; ${revenues.map((r) => `${W[r.key]} — ${growthRu(r.growth, say)}`).join(", ")}`;
  return `Допущение сценария ${years}: ${what}. Это допущение, а не прогноз.`;
}

function decision(f: ReportFacts): string[] {
  const h = f.heading;
  const ref = h?.reference;
  const period =
    h?.planningPeriod === undefined
      ? ""
      : ` о бюджете на ${h.planningPeriod.first}–${h.planningPeriod.last} годы`;
  const when = (r: { readonly date?: string; readonly number: string }) =>
    `${r.date === undefined ? "" : `от ${date(r.date)} `}№ ${r.number}`;
  const main =
    ref === undefined
      ? "Номер и дата решения в его тексте не указаны."
      : h?.kind === "amendment"
        ? `Цифры взяты из решения ${maslikhat(f.district)} ${when(ref)}, которое вносит изменения${h.amends === undefined ? "" : ` в решение ${when(h.amends)}`}.`
        : `Бюджет утверждён решением ${maslikhat(f.district)} ${when(ref)}${period}.`;
  return [main, ...(f.source === undefined ? [] : [`Текст решения: ${f.source}`])];
}

/**
 * The scenario the report was made from: its name only when written in Cyrillic (an English name is not
 * quoted), where its figures come from, and that some of its data are not real when its name says so.
 */
function scenarioSaid(scenario: string): string[] {
  const name = cyrillicName(scenario);
  return [
    `Отчёт составлен библиотекой fourth-level-budget по сценарию${name === undefined ? "" : ` «${name}»`}; откуда взяты цифры — в разделе «На каком решении основан бюджет».`,
    ...(name === undefined && saysNotReal(scenario) ? ["В сценарии есть условные, не реальные данные."] : []),
  ];
}

/** The report to voters in Russian. */
export const RU: ReportWords = {
  lang: "ru",
  unitName: (u) => u.nameRu.replace(/\s*с\.о\.?$/u, " сельский округ"),
  title: (unit, year) => `${unit}: бюджет на ${year} год`,
  place: (f) => `${f.district.nameRu}, ${f.district.region.nameRu}`,
  intro:
    "Отчёт для жителей: откуда берутся деньги бюджета, какую часть дают собственные доходы и что запланировано на следующие годы. Суммы — в тысячах тенге, как в решениях маслихата.",
  revenues: "доходы",
  total: "всего доходов",
  key: {
    revenues: "Доходы",
    own: "Собственные доходы",
    transfers: "Трансферты из районного бюджета",
    self: "Самообеспеченность",
  },
  headings: {
    money: "Откуда деньги",
    self: "Сколько бюджет зарабатывает сам",
    change: "Что изменилось за год",
    plan: "План на следующие годы",
    decision: "На каком решении основан бюджет",
  },
  money,
  sourcesHead: ["источник", "тыс. тенге", "доля в доходах"],
  receipts,
  self,
  peersHead: ["бюджет", "самообеспеченность"],
  national,
  change,
  changeHead: (previous, year) => ["строка", `${previous}, тыс. тенге`, `${year}, тыс. тенге`, "изменение"],
  plan: {
    none: "Плана на следующие годы в этих данных нет.",
    subvention: (amount, f) => `субвенция ${fromDistrict(f)} ${amount}`,
    withdrawal: (amount) => `бюджетное изъятие ${amount}`,
    neither: "без субвенции и изъятия",
    year: (year, transfers, own, costs, basis) =>
      `На ${year} год: ${transfers}; собственные доходы ${own}, затраты ${costs}\u00a0тыс. тенге (${basis}).`,
    basis: SOURCE,
  },
  computedYears:
    "Годы, рассчитанные по формуле, — это расчёт при допущениях сценария, а не решение маслихата.",
  assumed,
  planHead: ["год", "собственные доходы", "затраты", "трансферты из района", "изъятие", "основание"],
  planSource: (s) => SHORT[s],
  decision,
  footer: (f) => [
    ...scenarioSaid(f.scenario),
    "Собственные доходы — налоговые и неналоговые поступления и продажа основного капитала; самообеспеченность — собственные доходы в процентах от затрат.",
  ],
  chartsNote: "Графики — в HTML-версии отчёта.",
};
