import { CHART_WORDS } from "../charts/labels.js";
import { cyrillicName, saysNotReal } from "../charts/scenario-name.js";
import { NATIONAL_PICTURE_2025 as N } from "../jurisdictions/kz/national-picture.js";
import type { DistrictBudgetRef } from "../territory/territory.js";
import type { ReportFacts } from "./facts.js";
import { type AssumedGrowth, changedLines, ownLines } from "./lines.js";
import { compared, dateParts, type ReportWords, rankOf, type Say, wholePercent } from "./words.js";

const W = CHART_WORDS.kk;
/** The months in the form "23 желтоқсандағы" takes. */
const MONTHS = [
  "қаңтардағы",
  "ақпандағы",
  "наурыздағы",
  "сәуірдегі",
  "мамырдағы",
  "маусымдағы",
  "шілдедегі",
  "тамыздағы",
  "қыркүйектегі",
  "қазандағы",
  "қарашадағы",
  "желтоқсандағы",
];

/** "2025 жылғы 23 желтоқсандағы". */
const date = (iso: string) => {
  const { year, month, day } = dateParts(iso);
  return `${year} жылғы ${day} ${MONTHS[month - 1]}`;
};

/** "Бородулиха аудандық мәслихатының"; the name as it is when it follows no pattern. */
function maslikhat(d: DistrictBudgetRef): string {
  const district = /^(.+) ауданы$/u.exec(d.nameKk);
  if (district !== null) return `${district[1]} аудандық мәслихатының`;
  const city = /^(.+) Қ\.Ә\.$/u.exec(d.nameKk);
  if (city !== null) return `${city[1]} қалалық мәслихатының`;
  return `${d.nameKk} мәслихатының`;
}

const fromDistrict = (f: ReportFacts) =>
  f.district.type === "city_regional" ? "қала бюджетінен" : "аудан бюджетінен";

function money(f: ReportFacts, say: Say): string[] {
  const { sources, ownRevenues, transfersShare, costs } = f.figures;
  const revenues = f.result.statement.lines.revenue_total?.amount;
  const own = ownLines(f).map(({ key, amount }) => `${W[key]} — ${say.number(amount)}`);
  const missing = "шешімде көрсетілмеген";
  return [
    `${f.year} жылы бюджеттің кірістері — ${revenues === undefined ? missing : say.amount(revenues)}, шығындары — ${costs === undefined ? missing : say.amount(costs)}.`,
    `Меншікті кірістер, яғни аумақта жиналып, оның бюджетінде қалатын қаражат, — ${say.amount(ownRevenues)}${own.length === 0 ? "" : ` (${own.join(", ")}\u00a0мың теңге)`}.`,
    sources.transfers === undefined
      ? "Трансферттердің көлемі шешімде көрсетілмеген."
      : `Қалған ${say.amount(sources.transfers)}${transfersShare === undefined ? "" : ` (кірістердің ${say.percent(transfersShare)}\u2011ы)`} — ${fromDistrict(f)} берілетін трансферттер.`,
  ];
}

function receipts(f: ReportFacts): string {
  const law =
    f.year >= 2026
      ? " Бюджет кодексінің 27-бабына сәйкес ауылдық округтің бюджетіне, атап айтқанда, тұрғындар өздері декларациялайтын жеке табыс салығы, жеке тұлғалардың мүлкіне салынатын салық, жер салығы, көлік құралдарына салынатын салық, сыртқы (көрнекі) жарнаманы орналастырғаны және жер учаскелерін пайдаланғаны үшін төлемақы, ал 2026 жылдан бастап кең таралған пайдалы қазбаларды өндіруге салынатын салық түседі."
      : "";
  return f.receipts.length > 0
    ? "Бюджеттік сыныптама кодтары бойынша түсімдер (төлемдер туралы деректер бойынша):"
    : `Мәслихат шешімінде салықтық түсімдер салық түрлеріне бөлінбеген, сондықтан мұнда бір сомамен көрсетілген.${law}`;
}

function self(f: ReportFacts, say: Say): string[] {
  const ss = f.figures.selfSufficiency;
  if (ss === undefined)
    return ["Өзін-өзі қамтамасыз ету деңгейін есептеу мүмкін емес: шешімде қажетті жолдар жоқ."];
  const rank = rankOf(f);
  const peers = f.peers.map(
    (p) =>
      `${p.unit.nameKk} — ${p.selfSufficiency === undefined ? "дерек жоқ" : say.percent(p.selfSufficiency)}`,
  );
  return [
    `Өзін-өзі қамтамасыз ету деңгейі, яғни шығындардың меншікті кірістермен жабылатын үлесі, — ${say.percent(ss)}: шығынның әр 100 теңгесінің шамамен ${wholePercent(ss)} теңгесі меншікті кірістерден жабылады.`,
    peers.length === 0
      ? "Деректерде осы ауданның басқа бюджеттері жоқ, сондықтан аудан ішінде салыстыру келтірілмейді."
      : `Деректерде ауданның${f.unitsInDistrict === undefined ? "" : ` ${f.unitsInDistrict} бірлігінің`} ${f.peers.length + 1} бюджеті бар. Қалғандарында: ${peers.join("; ")}.${rank === undefined ? "" : ` Бұл — ${rank.of} бюджеттің ішінде ${rank.rank}-орын.`}`,
  ];
}

function national(f: ReportFacts, say: Say): string {
  const share = f.figures.ownShare;
  const where =
    share === undefined
      ? ""
      : {
          above: "ел бойынша орташа үлестен жоғары",
          below: "ел бойынша орташа үлестен төмен",
          near: "ел бойынша орташа үлеске жақын",
        }[compared(share, N.ownSharePercent)];
  return `Ел бойынша: Президенттің ${date(N.published)} сөзі бойынша, ${N.year} жылы ауылдық округтер бюджеттері ${N.totalBillionKzt} млрд теңгеден асты, оның шамамен үштен бірін меншікті кірістер қамтамасыз етті (дереккөз: ${N.source}).${share === undefined ? "" : ` Бұл бюджетте меншікті кірістер барлық кірістердің ${say.percent(share)}\u2011ын құрайды — бұл ${where}.`}`;
}

const CHANGED = {
  revenues: "Кірістер",
  tax: "Салықтық түсімдер",
  transfers: "Трансферттер",
  costs: "Шығындар",
} as const;

function change(f: ReportFacts, say: Say): string[] {
  const p = f.previous;
  if (p === undefined) {
    return [
      `Осы есепте ${f.year - 1} жылғы бюджет туралы деректер жоқ, сондықтан өткен жылмен салыстыру келтірілмейді.`,
    ];
  }
  const verbs = { up: "өсті", down: "азайды", same: "өзгерген жоқ" };
  return [
    ...changedLines(f).map(({ key, before, after, direction, percent }) =>
      direction === "same"
        ? `${CHANGED[key]} өзгерген жоқ: ${say.amount(after)}.`
        : `${CHANGED[key]}: ${p.year} жылы — ${say.amount(before)}, ${f.year} жылы — ${say.amount(after)}; ${say.number(after.minus(before).abs())}\u00a0мың теңгеге${percent === undefined ? "" : ` (${say.percent(percent)}\u2011ға)`} ${verbs[direction]}.`,
    ),
    ...(p.selfSufficiency === undefined || f.figures.selfSufficiency === undefined
      ? []
      : [
          `Өзін-өзі қамтамасыз ету деңгейі: ${p.year} жылы — ${say.percent(p.selfSufficiency)}, ${f.year} жылы — ${say.percent(f.figures.selfSufficiency)}.`,
        ]),
    ...(p.source === undefined ? [] : [`${p.year} жылғы бюджет: ${p.source}`]),
  ];
}

/** A planned year's basis, in the plan's sentences. */
const SOURCE = {
  published: "мәслихат шешіміндегідей",
  fixed: "көлемі мәслихат шешімімен бекітілген",
  formula: "Бюджет кодексінің формуласы бойынша есеп: шығындар минус меншікті кірістер",
  equalisation: "сценарийдегі теңестіру әдісі бойынша есеп",
  kept: "қолданыстағы жоспардың өзгермейтін көлемі (Бюджет кодексінің 79-бабының 2-тармағы)",
} as const;

/** A year's basis in the table. */
const SHORT = {
  published: "мәслихат шешімі",
  fixed: "мәслихат бекіткен",
  formula: "формула бойынша есеп",
  equalisation: "теңестіру әдісі",
  kept: "қолданыстағы жоспар",
} as const;

/** "жыл сайын 5 %‑ға", "АЕК‑пен бірге". */
const growthKk = (growth: string, say: Say) =>
  growth === "mrp" ? "АЕК\u2011пен бірге" : `жыл сайын ${say.percent(growth)}\u2011ға`;

/** The growth the scenario assumed for a run of computed years. */
function assumed({ from, to, all, costs, revenues }: AssumedGrowth, f: ReportFacts, say: Say): string {
  const years = from === to ? `${from} жылға` : `${from}–${to} жылдарға`;
  const what =
    all === "0"
      ? `меншікті кірістер мен шығындар ${f.year} жылғы деңгейінде қалады`
      : all !== undefined
        ? `меншікті кірістер мен шығындар ${growthKk(all, say)} өседі`
        : `шығындар ${growthKk(costs, say)} өседі; ${revenues.map((r) => `${W[r.key]} — ${growthKk(r.growth, say)}`).join(", ")}`;
  return `Сценарийдің ${years} жорамалы: ${what}. Бұл — болжау емес, жорамал.`;
}

function decision(f: ReportFacts): string[] {
  const h = f.heading;
  const ref = h?.reference;
  const when = (r: { readonly date?: string; readonly number: string }) =>
    `${r.date === undefined ? "" : `${date(r.date)} `}№ ${r.number}`;
  const period =
    h?.planningPeriod === undefined
      ? ""
      : ` (${h.planningPeriod.first}–${h.planningPeriod.last} жылдарға арналған бюджет туралы)`;
  const main =
    ref === undefined
      ? "Шешімнің нөмірі мен күні оның мәтінінде көрсетілмеген."
      : h?.kind === "amendment"
        ? `Сандар ${maslikhat(f.district)} ${when(ref)} шешімінен алынды; ол ${h.amends === undefined ? "бұрынғы шешімге" : `${when(h.amends)} шешіміне`} өзгерістер енгізеді.`
        : `Бюджет ${maslikhat(f.district)} ${when(ref)} шешімімен бекітілген${period}.`;
  return [main, ...(f.source === undefined ? [] : [`Шешімнің мәтіні: ${f.source}`])];
}

/**
 * The scenario the report was made from: its name only when written in Cyrillic (an English name is not
 * quoted), where its figures come from, and that some of its data are not real when its name says so.
 */
function scenarioSaid(scenario: string): string[] {
  const name = cyrillicName(scenario);
  return [
    `Есепті fourth-level-budget кітапханасы ${name === undefined ? "сценарий" : `«${name}» сценарийі`} бойынша жасады; сандардың қайдан алынғаны — «Бюджет қай шешімге негізделген» бөлімінде.`,
    ...(name === undefined && saysNotReal(scenario) ? ["Сценарийде шартты, нақты емес деректер бар."] : []),
  ];
}

/** The report to voters in Kazakh. */
export const KK: ReportWords = {
  lang: "kk",
  unitName: (u) => u.nameKk.replace(/\s*а\.о\.?$/u, " ауылдық округі"),
  title: (unit, year) => `${unit}: ${year} жылғы бюджет`,
  place: (f) => `${f.district.nameKk}, ${f.district.region.nameKk}`,
  intro:
    "Тұрғындарға арналған есеп: бюджет ақшасы қайдан келеді, оның қанша бөлігі меншікті кірістерден түседі және алдағы жылдарға не жоспарланған. Сомалар мәслихат шешімдеріндегідей мың теңгемен берілген.",
  revenues: "кірістер",
  total: "барлық кірістер",
  key: {
    revenues: "Кірістер",
    own: "Меншікті кірістер",
    transfers: "Аудан бюджетінен трансферттер",
    self: "Өзін-өзі қамтамасыз ету",
  },
  headings: {
    money: "Ақша қайдан келеді",
    self: "Бюджет өзін қаншалықты қамтамасыз етеді",
    change: "Бір жылда не өзгерді",
    plan: "Алдағы жылдарға арналған жоспар",
    decision: "Бюджет қай шешімге негізделген",
  },
  money,
  sourcesHead: ["көзі", "мың теңге", "кірістердегі үлесі"],
  receipts,
  self,
  peersHead: ["бюджет", "өзін-өзі қамтамасыз ету"],
  national,
  change,
  changeHead: (previous, year) => ["жол", `${previous}, мың теңге`, `${year}, мың теңге`, "өзгеріс"],
  plan: {
    none: "Осы деректерде алдағы жылдарға арналған жоспар жоқ.",
    subvention: (amount, f) => `${fromDistrict(f)} ${amount} субвенция`,
    withdrawal: (amount) => `${amount} бюджеттік алып қою`,
    neither: "субвенция да, алып қою да жоқ",
    year: (year, transfers, own, costs, basis) =>
      `${year} жылға: ${transfers}; меншікті кірістер — ${own}, шығындар — ${costs}\u00a0мың теңге (${basis}).`,
    basis: SOURCE,
  },
  computedYears:
    "Формула бойынша есептелген жылдар — мәслихат шешімі емес, сценарийдің жорамалдары бойынша жасалған есеп.",
  assumed,
  planHead: ["жыл", "меншікті кірістер", "шығындар", "ауданнан трансферттер", "алып қою", "негіздеме"],
  planSource: (s) => SHORT[s],
  decision,
  footer: (f) => [
    ...scenarioSaid(f.scenario),
    "Меншікті кірістер — салықтық және салықтық емес түсімдер мен негізгі капиталды сатудан түсетін түсімдер; өзін-өзі қамтамасыз ету — меншікті кірістердің шығындарға шаққандағы пайызы.",
  ],
  chartsNote: "Графиктер есептің HTML нұсқасында берілген.",
};
