import { percentText, type ReportLanguage, thousandKzt } from "../charts/lang.js";
import type { Money } from "../money/money.js";
import type { PlanRowSource } from "../report/plan.js";
import type { FourthLevelUnit } from "../territory/territory.js";
import type { ReportFacts } from "./facts.js";
import type { AssumedGrowth } from "./lines.js";

/** How a language writes amounts, percents and dates. */
export interface Say {
  /** "31 904 тыс. тенге". */
  readonly amount: (m: Money) => string;
  /** "31 904" (thousand KZT, without the unit). */
  readonly number: (m: Money) => string;
  /** "41,1 %". */
  readonly percent: (p: string) => string;
}

/** The words of the plan's paragraphs, one sentence a planned year (see `planParagraphs`). */
export interface PlanWords {
  /** Said when the data has no plan for the next years. */
  readonly none: string;
  /** A subvention of `amount` from the unit's district. */
  readonly subvention: (amount: string, f: ReportFacts) => string;
  /** A budget withdrawal of `amount`. */
  readonly withdrawal: (amount: string) => string;
  /** Said of a year with neither. */
  readonly neither: string;
  /** A year's sentence: its transfers, own revenues and costs (thousand KZT, "—" when unknown), its basis. */
  readonly year: (year: number, transfers: string, own: string, costs: string, basis: string) => string;
  /** A planned year's basis, in words. */
  readonly basis: Readonly<Record<PlanRowSource, string>>;
}

/** The words and sentences of the report to voters in one language. */
export interface ReportWords {
  readonly lang: ReportLanguage;
  readonly unitName: (unit: FourthLevelUnit) => string;
  readonly title: (unit: string, year: number) => string;
  readonly place: (f: ReportFacts) => string;
  readonly intro: string;
  readonly revenues: string;
  readonly total: string;
  readonly key: {
    readonly revenues: string;
    readonly own: string;
    readonly transfers: string;
    readonly self: string;
  };
  readonly headings: {
    readonly money: string;
    readonly self: string;
    readonly change: string;
    readonly plan: string;
    readonly decision: string;
  };
  readonly money: (f: ReportFacts, say: Say) => readonly string[];
  readonly sourcesHead: readonly [string, string, string];
  readonly receipts: (f: ReportFacts, say: Say) => string;
  readonly self: (f: ReportFacts, say: Say) => readonly string[];
  readonly peersHead: readonly [string, string];
  readonly national: (f: ReportFacts, say: Say) => string;
  readonly change: (f: ReportFacts, say: Say) => readonly string[];
  readonly changeHead: (previous: number, year: number) => readonly string[];
  readonly plan: PlanWords;
  /** Said when the plan computed some years: a calculation, not a decision. */
  readonly computedYears: string;
  /** The growth the scenario assumed for a run of computed years, in a sentence. */
  readonly assumed: (growth: AssumedGrowth, f: ReportFacts, say: Say) => string;
  /** The scenario's own note on its plan, quoted; only in the language scenarios are written in. */
  readonly planNote?: (note: string) => string;
  readonly planHead: readonly string[];
  /** A planned year's basis in a word or two, for the table. */
  readonly planSource: (source: PlanRowSource) => string;
  readonly decision: (f: ReportFacts, say: Say) => readonly string[];
  readonly footer: (f: ReportFacts) => readonly string[];
  readonly chartsNote: string;
}

/** The ways of writing amounts and percents in a language. */
export const sayIn = (lang: ReportLanguage, thousand: string): Say => ({
  amount: (m) => `${thousandKzt(m, lang)}\u00a0${thousand}`,
  number: (m) => thousandKzt(m, lang),
  percent: (p) => percentText(p, lang),
});

/** A percent with one decimal ("41.1") rounded to a whole number, half up ("41"). */
export function wholePercent(percent: string): string {
  const [whole = "0", fraction = "0"] = percent.split(".");
  return Number(fraction[0] ?? "0") >= 5 ? String(Number(whole) + 1) : whole;
}

/** Whether a percent ("41.1") is above, below or near (within 2 points of) another ("33.3"). */
export function compared(percent: string, other: string): "above" | "below" | "near" {
  const difference = Number(percent) - Number(other);
  return Math.abs(difference) < 2 ? "near" : difference > 0 ? "above" : "below";
}

/** The year, month and day of an ISO date. */
export const dateParts = (iso: string) => {
  const [y = "", m = "", d = ""] = iso.split("-");
  return { year: y, month: Number(m), day: String(Number(d)) };
};

/** The unit's place in the self-sufficiency ranking of its district's units in the data (1 = highest). */
export function rankOf(f: ReportFacts): { readonly rank: number; readonly of: number } | undefined {
  const own = f.figures.selfSufficiency;
  if (own === undefined) return undefined;
  const known = f.peers.flatMap((p) => (p.selfSufficiency === undefined ? [] : [Number(p.selfSufficiency)]));
  return { rank: 1 + known.filter((v) => v > Number(own)).length, of: known.length + 1 };
}
