import { CHART_WORDS } from "../charts/labels.js";
import { NATIONAL_PICTURE_2025 as N } from "../jurisdictions/kz/national-picture.js";
import type { ReportFacts } from "./facts.js";
import { type AssumedGrowth, changedLines, ownLines } from "./lines.js";
import { compared, dateParts, type ReportWords, rankOf, type Say, wholePercent } from "./words.js";

const W = CHART_WORDS.en;
const MONTHS = "January February March April May June July August September October November December".split(
  " ",
);
const date = (iso: string) => {
  const { year, month, day } = dateParts(iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
};
const fromDistrict = (f: ReportFacts) =>
  f.district.type === "city_regional" ? "from the city's budget" : "from the district budget";
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

function money(f: ReportFacts, say: Say): string[] {
  const { sources, ownRevenues, transfersShare, costs } = f.figures;
  const revenues = f.result.statement.lines.revenue_total?.amount;
  const own = ownLines(f).map(({ key, amount }) => `${W[key]} ${say.number(amount)}`);
  const missing = "not given in the decision";
  return [
    `In ${f.year} the budget's revenues are ${revenues === undefined ? missing : say.amount(revenues)} and its costs ${costs === undefined ? missing : say.amount(costs)}.`,
    `Own revenues, the money raised on the territory that stays in its budget, are ${say.amount(ownRevenues)}${own.length === 0 ? "" : ` (${own.join(", ")}\u00a0thousand KZT)`}.`,
    sources.transfers === undefined
      ? "The decision does not give the transfers."
      : `The other ${say.amount(sources.transfers)}${transfersShare === undefined ? "" : ` (${say.percent(transfersShare)} of revenues)`} are transfers ${fromDistrict(f)}.`,
  ];
}

function receipts(f: ReportFacts): string {
  const law =
    f.year >= 2026
      ? " Under the Budget Code (Art. 27) a rural district's budget receives, among others, the income tax residents declare themselves, the property tax of individuals, land tax, vehicle tax, the fees for outdoor advertising and for the use of land plots, and from 2026 the extraction tax on common minerals."
      : "";
  return f.receipts.length > 0
    ? "Receipts by budget classification (EBK) code, from the payments:"
    : `The maslikhat's decision does not split tax revenue by tax, so it is shown as one amount.${law}`;
}

function self(f: ReportFacts, say: Say): string[] {
  const ss = f.figures.selfSufficiency;
  if (ss === undefined)
    return ["Self-sufficiency cannot be computed: the decision lacks the lines it needs."];
  const rank = rankOf(f);
  const peers = f.peers.map(
    (p) =>
      `${p.unit.nameRu} ${p.selfSufficiency === undefined ? "not known" : say.percent(p.selfSufficiency)}`,
  );
  return [
    `Self-sufficiency, the share of costs that own revenues cover, is ${say.percent(ss)}: of every 100 tenge spent, about ${wholePercent(ss)} come from own revenues.`,
    peers.length === 0
      ? "No other budget of the district is in the data, so there is no comparison within the district."
      : `The data has ${f.peers.length + 1}${f.unitsInDistrict === undefined ? "" : ` of the district's ${f.unitsInDistrict}`} budgets. The others: ${peers.join("; ")}.${rank === undefined ? "" : ` This budget ranks ${ordinal(rank.rank)} of ${rank.of}.`}`,
  ];
}

function national(f: ReportFacts, say: Say): string {
  const share = f.figures.ownShare;
  const where =
    share === undefined
      ? ""
      : { above: "above", below: "below", near: "close to" }[compared(share, N.ownSharePercent)];
  return `Across Kazakhstan, the President said on ${date(N.published)} that in ${N.year} rural districts' budgets exceeded ${N.totalBillionKzt} bn KZT, about one third of it from their own revenues (source: ${N.source}).${share === undefined ? "" : ` Here own revenues are ${say.percent(share)} of all revenues, ${where} the national share.`}`;
}

const CHANGED = { revenues: "Revenues", tax: "Tax revenue", transfers: "Transfers", costs: "Costs" } as const;

function change(f: ReportFacts, say: Say): string[] {
  const p = f.previous;
  if (p === undefined)
    return [
      `This report has no data on the ${f.year - 1} budget, so there is no comparison with the year before.`,
    ];
  const verbs = { up: "rose", down: "fell", same: "did not change" };
  return [
    ...changedLines(f).map(({ key, before, after, direction, percent }) =>
      direction === "same"
        ? `${CHANGED[key]} did not change: ${say.amount(after)}.`
        : `${CHANGED[key]} ${verbs[direction]} from ${say.number(before)} to ${say.amount(after)} (by ${say.number(after.minus(before).abs())}\u00a0thousand KZT${percent === undefined ? "" : `, ${say.percent(percent)}`}).`,
    ),
    ...(p.selfSufficiency === undefined || f.figures.selfSufficiency === undefined
      ? []
      : [
          `Self-sufficiency: ${say.percent(p.selfSufficiency)} in ${p.year}, ${say.percent(f.figures.selfSufficiency)} in ${f.year}.`,
        ]),
    ...(p.source === undefined ? [] : [`The ${p.year} budget: ${p.source}`]),
  ];
}

/** A planned year's basis, in the plan's sentences. */
const SOURCE = {
  published: "as in the maslikhat's decision",
  fixed: "the volume the maslikhat's decision sets",
  formula: "computed by the Budget Code's formula: costs less own revenues",
  equalisation: "computed by the scenario's equalisation method",
  kept: "a volume of the plan in force, which does not change (Budget Code Art. 79 p.2)",
} as const;

/** A year's basis in the table. */
const SHORT = {
  published: "maslikhat's decision",
  fixed: "set by the maslikhat",
  formula: "formula",
  equalisation: "equalisation method",
  kept: "plan in force",
} as const;

/** "by 5% a year", "with the MRP". */
const growthEn = (growth: string, say: Say) =>
  growth === "mrp" ? "with the MRP" : `by ${say.percent(growth)} a year`;

/** The growth the scenario assumed for a run of computed years. */
function assumed({ from, to, all, costs, revenues }: AssumedGrowth, f: ReportFacts, say: Say): string {
  const years = from === to ? `${from}` : `${from}–${to}`;
  const what =
    all === "0"
      ? `own revenues and costs stay as they are in ${f.year}`
      : all !== undefined
        ? `own revenues and costs grow ${growthEn(all, say)}`
        : `costs grow ${growthEn(costs, say)}; ${revenues.map((r) => `${W[r.key]} ${growthEn(r.growth, say)}`).join(", ")}`;
  return `The scenario assumes for ${years}: ${what}. This is an assumption, not a forecast.`;
}

function decision(f: ReportFacts): string[] {
  const h = f.heading;
  const ref = h?.reference;
  const when = (r: { readonly date?: string; readonly number: string }) =>
    `No ${r.number}${r.date === undefined ? "" : ` of ${date(r.date)}`}`;
  const period =
    h?.planningPeriod === undefined
      ? ""
      : `, on the budget for ${h.planningPeriod.first}–${h.planningPeriod.last}`;
  const main =
    ref === undefined
      ? "The decision's text does not state its number and date."
      : h?.kind === "amendment"
        ? `The figures are from the maslikhat's decision ${when(ref)}, which amends ${h.amends === undefined ? "an earlier decision" : `decision ${when(h.amends)}`}.`
        : `The budget was approved by the decision ${when(ref)} of the maslikhat of ${f.district.nameRu}${period}.`;
  return [main, ...(f.source === undefined ? [] : [`The decision's text: ${f.source}`])];
}

/** The report to voters in English. */
export const EN: ReportWords = {
  lang: "en",
  unitName: (u) => u.nameRu,
  title: (unit, year) => `${unit}: the budget for ${year}`,
  place: (f) => `${f.district.nameRu}, ${f.district.region.nameRu}`,
  intro:
    "A report for residents: where the budget's money comes from, how much of it own revenues give, and what is planned for the next years. Amounts in thousand KZT, as the maslikhat's decisions give them.",
  revenues: "revenues",
  total: "total revenues",
  key: {
    revenues: "Revenues",
    own: "Own revenues",
    transfers: "Transfers from the district",
    self: "Self-sufficiency",
  },
  headings: {
    money: "Where the money comes from",
    self: "How much the budget raises itself",
    change: "What changed from the year before",
    plan: "The plan for the next years",
    decision: "The decision behind the budget",
  },
  money,
  sourcesHead: ["source", "thousand KZT", "share of revenues"],
  receipts,
  self,
  peersHead: ["budget", "self-sufficiency"],
  national,
  change,
  changeHead: (previous, year) => ["line", `${previous}, thousand KZT`, `${year}, thousand KZT`, "change"],
  plan: {
    none: "The data has no plan for the next years.",
    subvention: (amount, f) => `a subvention of ${amount} ${fromDistrict(f)}`,
    withdrawal: (amount) => `a budget withdrawal of ${amount}`,
    neither: "no subvention and no withdrawal",
    year: (year, transfers, own, costs, basis) =>
      `${year}: ${transfers}; own revenues ${own}, costs ${costs}\u00a0thousand KZT (${basis}).`,
    basis: SOURCE,
  },
  computedYears:
    "Years computed by the formula are a calculation under the scenario's assumptions, not a decision of the maslikhat.",
  assumed,
  planNote: (note) => `The scenario's note on its plan: ${note}`,
  planHead: ["year", "own revenues", "costs", "transfers from the district", "withdrawal", "basis"],
  planSource: (s) => SHORT[s],
  decision,
  footer: (f) => [
    `Made by the fourth-level-budget library from the scenario "${f.scenario}".`,
    "Own revenues: tax and non-tax revenue and sales of fixed capital; self-sufficiency: own revenues as a percentage of costs.",
  ],
  chartsNote: "The charts are in the HTML version of this report.",
};
