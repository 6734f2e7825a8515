import { type Citation, formatCitation } from "../../citation/citation.js";
import { FourthLevelError } from "../../errors/error.js";
import {
  EDITIONS,
  type Edition,
  type EditionId,
  FOURTH_LEVEL_REVENUE_LINES,
  type FourthLevelRevenueLine,
} from "../../jurisdictions/kz/revenue-lines.js";
import { Money } from "../../money/money.js";

/** The list of fourth-level revenues in force on 1 January of a year: the edition and what to cite. */
export interface RevenueListInForce {
  /** The edition of the list, e.g. `"bc2025"` (see `EDITIONS`). */
  readonly edition: EditionId;
  /**
   * The article that lists the revenues of fourth-level budgets in that edition: BC2008 Art. 52-1 to
   * 2024, BC2025 Art. 168 p.7 (transitional) in 2025, BC2025 Art. 27 from 2026.
   */
  readonly citation: Citation;
}

/**
 * A revenue line left out of a planned year's own revenues because the list of fourth-level revenues in
 * force on 1 January of that year does not carry it (the list is exhaustive: only the Budget Code assigns
 * a receipt to a budget level, BC2025 Art. 22 p.2).
 */
export interface ExcludedRevenueLine {
  /** The line's name: a slug of `FOURTH_LEVEL_REVENUE_LINES`, e.g. `"single-land-tax"`. */
  readonly line: string;
  /** What the line's growth forecasts for the year, KZT; it is not counted in own revenues. */
  readonly forecast: Money;
  /** Why, e.g. `"single-land-tax" (Single land tax) is not in the list … in force on 1 January 2026 …`. */
  readonly reason: string;
  /** The list in force that year (see {@link RevenueListInForce}). */
  readonly citation: Citation;
}

const LINES_BY_SLUG: ReadonlyMap<string, FourthLevelRevenueLine> = new Map(
  FOURTH_LEVEL_REVENUE_LINES.map((l) => [l.slug, l]),
);
const ORDERED = (Object.entries(EDITIONS) as [EditionId, Edition][]).sort(([, a], [, b]) =>
  a.from.localeCompare(b.from),
);

/**
 * The list of fourth-level revenues in force on 1 January of `year` (the editions of `EDITIONS` govern by
 * payment date; a plan year follows the edition of its first day).
 *
 * @param year - A whole year from 2018 (fourth-level budgets exist from 1 Jan 2018, Law 11.07.2017
 * No 90-VI).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year that is not a whole number from 2018.
 * @example
 * ```ts
 * revenueListInForce(2026).citation.article; // "27" (BC2025)
 * revenueListInForce(2025).edition;          // "bc2025-transitional" (BC2025 Art. 168 p.7)
 * ```
 */
export function revenueListInForce(year: number): RevenueListInForce {
  const date = Number.isSafeInteger(year) ? `${String(year).padStart(4, "0")}-01-01` : "";
  const entry = ORDERED.find(([, e]) => e.from <= date && (e.to === undefined || date <= e.to));
  if (entry === undefined) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `year ${String(year)} must be a whole number from 2018 (fourth-level budgets exist from 2018)`,
      { year: String(year) },
    );
  }
  const [edition, e] = entry;
  return {
    edition,
    citation: {
      act: e.act,
      article: e.article,
      ...(edition === "bc2025-transitional" ? { paragraph: "7" } : {}),
      versionDate: e.versionDate,
    },
  };
}

/** The years a line is listed, contiguous editions merged, e.g. `"2022–2025"` or `"from 2026"`. */
function listedYears(line: FourthLevelRevenueLine): string {
  const spans: { from: number; to: number | undefined }[] = [];
  for (const [id, e] of ORDERED) {
    if (line.paragraphs[id] === undefined) continue;
    const from = Number(e.from.slice(0, 4));
    const to = e.to === undefined ? undefined : Number(e.to.slice(0, 4));
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
 * `year`: a line named by a slug of `FOURTH_LEVEL_REVENUE_LINES` (e.g. `"single-land-tax"`,
 * `"outdoor-advertising-fee"`, `"property-tax-individuals"`) that the edition in force does not list is
 * not a fourth-level revenue that year and is moved to `excluded` with the reason and the citation of the
 * list; every other line is kept as given. Line names that are not slugs (free names such as `"tax"`,
 * budget line keys such as `"tax_revenue"`) are the caller's aggregates and are never checked.
 *
 * @param lines - Forecast amounts by line, KZT.
 * @param year - The year, a whole number from 2018.
 * @returns The kept lines (in the order given), their total and the excluded lines; kept total +
 * Σ excluded forecasts = Σ `lines`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a year that is not a whole number from 2018.
 * @example
 * ```ts
 * const r = applyRevenueList(
 *   { "single-land-tax": Money.kzt("500"), "outdoor-advertising-fee-2026": Money.kzt("200"), tax: Money.kzt("100") },
 *   2026,
 * );
 * r.total.toKzt();         // "300.00" (200 + 100: the single land tax is not listed in 2026)
 * r.excluded[0]?.line;     // "single-land-tax"
 * ```
 */
export function applyRevenueList(
  lines: Readonly<Record<string, Money>>,
  year: number,
): {
  readonly lines: Readonly<Record<string, Money>>;
  readonly total: Money;
  readonly excluded: readonly ExcludedRevenueLine[];
} {
  const list = revenueListInForce(year);
  const kept: Record<string, Money> = {};
  const excluded: ExcludedRevenueLine[] = [];
  for (const [name, amount] of Object.entries(lines)) {
    const line = LINES_BY_SLUG.get(name);
    if (line === undefined || line.paragraphs[list.edition] !== undefined) {
      kept[name] = amount;
      continue;
    }
    excluded.push({
      line: name,
      forecast: amount,
      reason: `"${name}" (${line.revenue}) is not in the list of fourth-level revenues in force on 1 January ${year} (${formatCitation(list.citation)}); the list carries it ${listedYears(line)}`,
      citation: list.citation,
    });
  }
  return { lines: kept, total: Money.sum(Object.values(kept)), excluded };
}
