import { CHART_WORDS } from "../charts/labels.js";
import type { ReportLanguage } from "../charts/lang.js";
import { planSpec } from "../charts/plan.js";
import { renderSvg } from "../charts/render.js";
import { revenueSourcesSpec } from "../charts/revenue-sources.js";
import { selfSufficiencySpec } from "../charts/self-sufficiency.js";
import { transferDependencySpec } from "../charts/transfer-dependency.js";
import { SOURCES } from "../charts/unit-figures.js";
import { NATIONAL_PICTURE_2025 } from "../jurisdictions/kz/national-picture.js";
import { percentOf } from "../money/money.js";
import { EN } from "./en.js";
import type { ReportFacts } from "./facts.js";
import { KK } from "./kk.js";
import { assumedGrowth, changedLines, hasComputedYears, planLines } from "./lines.js";
import { planParagraphs } from "./plan-paragraphs.js";
import { RU } from "./ru.js";
import { type ReportWords, type Say, sayIn } from "./words.js";

/** A table of the report: its head, its rows of text, which columns are numbers (aligned right). */
export interface ReportTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly numeric: readonly boolean[];
}

/** A section of the report: a heading, paragraphs, tables and charts (SVG), then closing paragraphs. */
export interface ReportSection {
  readonly id: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly tables: readonly ReportTable[];
  readonly charts: readonly string[];
  readonly closing: readonly string[];
}

/** The report as its parts, in a language, ready to be written as HTML or Markdown. */
export interface ReportDocument {
  readonly lang: ReportLanguage;
  readonly title: string;
  readonly place: string;
  readonly intro: string;
  readonly key: readonly { readonly label: string; readonly value: string }[];
  readonly sections: readonly ReportSection[];
  readonly footer: readonly string[];
  readonly chartsNote: string;
}

const WORDS: Readonly<Record<ReportLanguage, ReportWords>> = { ru: RU, kk: KK, en: EN };

const section = (
  id: string,
  heading: string,
  parts: Partial<Omit<ReportSection, "id" | "heading">>,
): ReportSection => ({
  id,
  heading,
  paragraphs: parts.paragraphs ?? [],
  tables: parts.tables ?? [],
  charts: parts.charts ?? [],
  closing: parts.closing ?? [],
});

/** Where the money comes from: each source, its amount and its share of revenues. */
function sourcesTable(f: ReportFacts, words: ReportWords, say: Say): ReportTable {
  const chart = CHART_WORDS[words.lang];
  const revenues = f.result.statement.lines.revenue_total?.amount;
  const share = (m: Parameters<Say["number"]>[0]) => {
    const p = revenues === undefined ? undefined : percentOf(m, revenues);
    return p === undefined ? "" : say.percent(p);
  };
  const rows = SOURCES.flatMap((s) => {
    const amount = f.figures.sources[s];
    return amount === undefined ? [] : [[chart[s], say.number(amount), share(amount)]];
  });
  const total = revenues === undefined ? [] : [[words.total, say.number(revenues), share(revenues)]];
  return { head: words.sourcesHead, rows: [...rows, ...total], numeric: [false, true, true] };
}

function peersTable(f: ReportFacts, words: ReportWords, say: Say): ReportTable {
  const all = [{ unit: f.unit, selfSufficiency: f.figures.selfSufficiency }, ...f.peers];
  const rows = all
    .filter((p) => p.selfSufficiency !== undefined)
    .sort((a, b) => Number(b.selfSufficiency) - Number(a.selfSufficiency))
    .map((p) => [
      words.lang === "kk" ? p.unit.nameKk : p.unit.nameRu,
      say.percent(p.selfSufficiency as string),
    ]);
  return { head: words.peersHead, rows, numeric: [false, true] };
}

function changeTable(f: ReportFacts, words: ReportWords, say: Say): ReportTable[] {
  const p = f.previous;
  if (p === undefined) return [];
  const chart = CHART_WORDS[words.lang];
  const label = { revenues: words.revenues, tax: chart.tax, transfers: chart.transfers, costs: chart.costs };
  const rows = changedLines(f).map((l) => [
    label[l.key],
    say.number(l.before),
    say.number(l.after),
    `${l.direction === "up" ? "+" : ""}${say.number(l.after.minus(l.before))}`,
  ]);
  return [{ head: words.changeHead(p.year, f.year), rows, numeric: [false, true, true, true] }];
}

function planTable(f: ReportFacts, words: ReportWords, say: Say): ReportTable[] {
  const lines = planLines(f, false);
  if (lines.length === 0) return [];
  const n = (m: Parameters<Say["number"]>[0] | undefined) => (m === undefined ? "" : say.number(m));
  const rows = lines.map((l) => [
    String(l.year),
    n(l.own),
    n(l.costs),
    n(l.subvention),
    n(l.withdrawal),
    words.planSource(l.source),
  ]);
  return [{ head: words.planHead, rows, numeric: [false, true, true, true, true, false] }];
}

/** The charts of the report, as SVG: where the money comes from, the district's units, the plan. */
async function chartsOf(f: ReportFacts, lang: ReportLanguage) {
  const names = new Map(
    f.districtResult.units.map((u) => [u.unit.code, lang === "kk" ? u.unit.nameKk : u.unit.nameRu]),
  );
  const planRows = f.plan;
  const chart = CHART_WORDS[lang];
  const unit = lang === "kk" ? f.unit.nameKk : f.unit.nameRu;
  const last = planRows.at(-1)?.year ?? f.year;
  const [sources, self, dependency, plan] = await Promise.all([
    renderSvg(revenueSourcesSpec(f.result, f.year, lang), lang),
    renderSvg(selfSufficiencySpec(f.districtResult, lang, f.unit.code), lang),
    renderSvg(transferDependencySpec(f.districtResult, lang, NATIONAL_PICTURE_2025.ownSharePercent), lang),
    planRows.length === 0
      ? Promise.resolve(undefined)
      : renderSvg(
          planSpec(planRows, chart.planTitle(unit, f.year, last), lang, (c) => names.get(c) ?? c),
          lang,
        ),
  ]);
  return { sources, self, dependency, plan };
}

/** The report on a unit as its parts in a language, with its charts drawn. */
export async function reportDocument(f: ReportFacts, lang: ReportLanguage): Promise<ReportDocument> {
  const words = WORDS[lang];
  const say = sayIn(lang, CHART_WORDS[lang].thousandKzt);
  const charts = await chartsOf(f, lang);
  const { ownRevenues, sources, selfSufficiency } = f.figures;
  return {
    lang,
    title: words.title(words.unitName(f.unit), f.year),
    place: words.place(f),
    intro: words.intro,
    key: [
      ...(f.result.statement.lines.revenue_total === undefined
        ? []
        : [{ label: words.key.revenues, value: say.amount(f.result.statement.lines.revenue_total.amount) }]),
      { label: words.key.own, value: say.amount(ownRevenues) },
      ...(sources.transfers === undefined
        ? []
        : [{ label: words.key.transfers, value: say.amount(sources.transfers) }]),
      ...(selfSufficiency === undefined
        ? []
        : [{ label: words.key.self, value: say.percent(selfSufficiency) }]),
    ],
    sections: [
      section("money", words.headings.money, {
        paragraphs: words.money(f, say),
        tables: [sourcesTable(f, words, say)],
        charts: [charts.sources],
        closing: [
          f.receipts.length === 0
            ? words.receipts(f, say)
            : `${words.receipts(f, say)} ${f.receipts.map((r) => `${r.ebk ?? "—"} — ${say.amount(r.amount)}`).join("; ")}.`,
        ],
      }),
      section("self", words.headings.self, {
        paragraphs: words.self(f, say),
        tables: [peersTable(f, words, say)],
        charts: [charts.self, charts.dependency],
        closing: [words.national(f, say)],
      }),
      section("change", words.headings.change, {
        paragraphs: words.change(f, say),
        tables: changeTable(f, words, say),
      }),
      section("plan", words.headings.plan, {
        paragraphs: planParagraphs(f, words.plan, say),
        tables: planTable(f, words, say),
        charts: charts.plan === undefined ? [] : [charts.plan],
        closing: [
          ...(hasComputedYears(f) ? [words.computedYears] : []),
          ...assumedGrowth(f).map((g) => words.assumed(g, f, say)),
          ...(f.planNote === undefined || words.planNote === undefined ? [] : [words.planNote(f.planNote)]),
        ],
      }),
      section("decision", words.headings.decision, { paragraphs: words.decision(f, say) }),
    ],
    footer: words.footer(f),
    chartsNote: words.chartsNote,
  };
}
