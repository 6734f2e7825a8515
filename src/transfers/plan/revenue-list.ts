import { valueOn } from "../../calendar/dated.js";
import { firstJanuary, fiscalYearOf } from "../../calendar/iso-date.js";
import { type Citation, formatCitation } from "../../citation/citation.js";
import { FourthLevelError } from "../../errors/error.js";
import { assertLaw, type Law, type RevenueList, type RevenueListLine } from "../../law/law.js";
import { Money } from "../../money/money.js";

/**
 * The list of fourth-level revenues in force on 1 January of a year: the edition and what to cite.
 *
 * @category Planning
 */
export interface RevenueListInForce {
  /** The edition of the list, e.g. `"bc2025"` (the law's `RevenueList.id`). */
  readonly edition: string;
  /**
   * The article that lists the revenues of fourth-level budgets in that edition (in Kazakhstan BC2008
   * Art. 52-1 to 2024, BC2025 Art. 168 p.7 (transitional) in 2025, BC2025 Art. 27 from 2026).
   */
  readonly citation: Citation;
}

/**
 * A revenue line left out of a planned year's own revenues because the list of fourth-level revenues in
 * force on 1 January of that year does not carry it (the list is exhaustive: e.g. in Kazakhstan only the
 * Budget Code assigns a receipt to a budget level, BC2025 Art. 22 p.2).
 *
 * @category Planning
 */
export interface ExcludedRevenueLine {
  /** The line's name: a slug of a line of the law's lists, e.g. `"single-land-tax"`. */
  readonly line: string;
  /** What the line's growth forecasts for the year, KZT; it is not counted in own revenues. */
  readonly forecast: Money;
  /** Why, e.g. `"single-land-tax" (Single land tax) is not in the list … in force on 1 January 2026 …`. */
  readonly reason: string;
  /** The list in force that year (see {@link RevenueListInForce}). */
  readonly citation: Citation;
}

/**
 * The part of a {@link Law} the revenue-list functions read: the lists of fourth-level revenues by date.
 *
 * @category Planning
 */
export type ListsLaw = Pick<Law, "revenueLists">;

/** The list in force on 1 January of `year`, or `INVALID_INPUT` for a year that is not whole or not covered. */
function listOn(year: number, law: ListsLaw): { readonly list: RevenueList; readonly citation: Citation } {
  const first = law.revenueLists.entries[0]?.from;
  if (Number.isSafeInteger(year) && year >= 1 && year <= 9999) {
    try {
      const entry = valueOn(law.revenueLists, firstJanuary(year));
      return { list: entry.value, citation: entry.citation };
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
    }
  }
  throw new FourthLevelError(
    "INVALID_INPUT",
    `year ${String(year)} must be a whole number from ${first === undefined ? "?" : fiscalYearOf(first)} (the law's lists of fourth-level revenues begin then)`,
    { year: String(year) },
  );
}

/**
 * The list of fourth-level revenues in force on 1 January of `year` (a plan year follows the list of its
 * first day).
 *
 * @param year - A whole year the law's lists cover (in Kazakhstan from 2018: fourth-level budgets exist
 * from 1 Jan 2018).
 * @param law - The lists by date, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year that is not whole or that the lists do not
 * cover.
 * @category Planning
 * @example
 * ```ts
 * revenueListInForce(2026, kazakhstanLaw()).citation.article; //=> "27"
 * revenueListInForce(2025, kazakhstanLaw()).edition; //=> "bc2025-transitional"
 * ```
 */
export function revenueListInForce(year: number, law: ListsLaw): RevenueListInForce {
  assertLaw(law, ["revenueLists"], "revenueListInForce");
  const { list, citation } = listOn(year, law);
  return { edition: list.id, citation };
}

/** The line of a slug in any of the law's lists (its name), or `undefined` when no list carries it. */
function lineOf(slug: string, law: ListsLaw): RevenueListLine | undefined {
  for (const entry of law.revenueLists.entries) {
    const line = entry.value.lines.find((l) => l.slug === slug);
    if (line !== undefined) return line;
  }
  return undefined;
}

/** The years a line is listed, contiguous editions merged, e.g. `"2022–2025"` or `"from 2026"`. */
function listedYears(slug: string, law: ListsLaw): string {
  const spans: { from: number; to: number | undefined }[] = [];
  for (const e of law.revenueLists.entries) {
    if (!e.value.lines.some((l) => l.slug === slug)) continue;
    const from = fiscalYearOf(e.from);
    const to = e.to === undefined ? undefined : fiscalYearOf(e.to);
    const last = spans.at(-1);
    if (last !== undefined && last.to !== undefined && last.to + 1 === from) last.to = to;
    else spans.push({ from, to });
  }
  if (spans.length === 0) return "in no edition";
  return spans
    .map((s) => (s.to === undefined ? `from ${s.from}` : s.to === s.from ? `${s.from}` : `${s.from}–${s.to}`))
    .join(", ");
}

/**
 * Splits a year's forecast revenue lines by the list of fourth-level revenues in force on 1 January of
 * `year`: a line named by a slug of a line of the law's lists (e.g. `"single-land-tax"`,
 * `"outdoor-advertising-fee"`, `"property-tax-individuals"`) that the list in force does not carry is not
 * a fourth-level revenue that year and is moved to `excluded` with the reason and the citation of the
 * list; every other line is kept as given. Line names that no list carries (free names such as `"tax"`,
 * budget line keys such as `"tax_revenue"`) are the caller's aggregates and are never checked.
 *
 * @param lines - Forecast amounts by line, KZT.
 * @param year - The year, a whole year the law's lists cover.
 * @param law - The lists by date, e.g. `kazakhstanLaw()`.
 * @returns The kept lines (in the order given), their total and the excluded lines; kept total +
 * Σ excluded forecasts = Σ `lines`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year that is not whole or not covered.
 * @category Planning
 * @example
 * ```ts
 * const r = applyRevenueList(
 *   { "single-land-tax": Money.kzt("500"), "outdoor-advertising-fee-2026": Money.kzt("200"), tax: Money.kzt("100") },
 *   2026,
 *   kazakhstanLaw(),
 * );
 * r.total.toKzt(); //=> "300.00"
 * r.excluded[0]?.line; //=> "single-land-tax"
 * ```
 */
export function applyRevenueList(
  lines: Readonly<Record<string, Money>>,
  year: number,
  law: ListsLaw,
): {
  readonly lines: Readonly<Record<string, Money>>;
  readonly total: Money;
  readonly excluded: readonly ExcludedRevenueLine[];
} {
  assertLaw(law, ["revenueLists"], "applyRevenueList");
  const { list, citation } = listOn(year, law);
  const kept: Record<string, Money> = {};
  const excluded: ExcludedRevenueLine[] = [];
  for (const [name, amount] of Object.entries(lines)) {
    const line = lineOf(name, law);
    if (line === undefined || list.lines.some((l) => l.slug === name)) {
      kept[name] = amount;
      continue;
    }
    excluded.push({
      line: name,
      forecast: amount,
      reason: `"${name}" (${line.revenue}) is not in the list of fourth-level revenues in force on 1 January ${year} (${formatCitation(citation)}); the list carries it ${listedYears(name, law)}`,
      citation,
    });
  }
  return { lines: kept, total: Money.sum(Object.values(kept)), excluded };
}
