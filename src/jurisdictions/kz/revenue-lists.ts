import { type DatedSeries, type DatedValue, datedSeries, valueOn } from "../../calendar/dated.js";
import type { IsoDate } from "../../calendar/iso-date.js";
import type { Citation } from "../../citation/citation.js";
import { FourthLevelError } from "../../errors/error.js";
import { isoDateSchema } from "../../input/codes.js";
import { parseInput } from "../../input/parse.js";
import type { RevenueList } from "../../law/law.js";
import { ACTS } from "./acts.js";
import { BC2008_TO, BC2025_FROM } from "./editions.js";
import { KZ_FOURTH_LEVEL_BUDGETS } from "./fourth-level-budgets.js";
import { type EditionId, FOURTH_LEVEL_REVENUE_LINES } from "./revenue-lines.js";

/**
 * The editions of the list of fourth-level revenues, by payment date, each citing the article that lists
 * the revenues: BC2008 Art. 52-1 as added by Law 11.07.2017 No 90-VI (2018–2021, ed. 2020-05-13) and as
 * amended by Law 30.06.2021 No 60-VII (2022–2024, ed. 2024-01-01); BC2025 Art. 168 p.7, the transitional
 * list of 2025, word for word that of BC2008 Art. 52-1 in 2022–2024; BC2025 Art. 27 as amended by Law
 * 18.07.2025 No 215-VIII (from 2026). Fourth-level budgets exist from 1 Jan 2018 for units over 2,000
 * people and from 1 Jan 2020 for all; which units had a budget before 2020 is a unit attribute
 * (`ownBudgetSince`), not part of the list.
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * valueOn(REVENUE_LIST_EDITIONS, "2025-07-01").value; //=> "bc2025-transitional"
 * valueOn(REVENUE_LIST_EDITIONS, "2025-07-01").citation.article; //=> "168"
 * ```
 */
export const REVENUE_LIST_EDITIONS: DatedSeries<EditionId> = datedSeries("list of fourth-level revenues", [
  {
    from: KZ_FOURTH_LEVEL_BUDGETS.firstDay,
    to: "2021-12-31",
    value: "bc2008-2018",
    citation: {
      act: `${ACTS.bc2008} (Art. 52-1 added by ${ACTS.law90VI})`,
      article: "52-1",
      versionDate: "2020-05-13",
    },
  },
  {
    from: "2022-01-01",
    to: BC2008_TO,
    value: "bc2008-2022",
    citation: {
      act: `${ACTS.bc2008} (as amended by ${ACTS.law60VII})`,
      article: "52-1",
      versionDate: "2024-01-01",
    },
  },
  {
    from: BC2025_FROM,
    to: "2025-12-31",
    value: "bc2025-transitional",
    citation: {
      act: `${ACTS.bc2025} (transitional list, word for word that of BC2008 Art. 52-1 in 2022-2024)`,
      article: "168",
      paragraph: "7",
      versionDate: "2026-01-16",
    },
  },
  {
    from: "2026-01-01",
    value: "bc2025",
    citation: {
      act: `${ACTS.bc2025} (as amended by ${ACTS.law215VIII})`,
      article: "27",
      versionDate: "2026-01-16",
    },
  },
]);

/**
 * The lists of fourth-level revenues by date, as the engine reads them (`Law.revenueLists`): each edition
 * of {@link REVENUE_LIST_EDITIONS} with the lines of `FOURTH_LEVEL_REVENUE_LINES` it carries and their
 * paragraphs.
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * const lines = (year: string) => valueOn(KZ_REVENUE_LISTS, `${year}-01-01`).value.lines.map((l) => l.slug);
 * lines("2025").includes("single-land-tax"); //=> true
 * lines("2026").includes("single-land-tax"); //=> false
 * ```
 */
export const KZ_REVENUE_LISTS: DatedSeries<RevenueList> = datedSeries(
  "list of fourth-level revenues",
  REVENUE_LIST_EDITIONS.entries.map(
    (entry): DatedValue<RevenueList> => ({
      ...entry,
      value: {
        id: entry.value,
        lines: FOURTH_LEVEL_REVENUE_LINES.flatMap((line) => {
          const paragraph = line.paragraphs[entry.value];
          return paragraph === undefined ? [] : [{ slug: line.slug, revenue: line.revenue, paragraph }];
        }),
      },
    }),
  ),
);

/**
 * The citation of the paragraph that lists transfers among the revenues of fourth-level budgets, in the
 * edition in force on a date (transfers to fourth-level budgets come from the district budget only).
 *
 * @throws {@link FourthLevelError} `NO_RULE` before 1 Jan 2018, when fourth-level budgets did not exist;
 * `INVALID_INPUT` (issue code `INVALID_DATE`) for a date that is not `YYYY-MM-DD`.
 * @category Kazakhstan law
 * @example
 * ```ts
 * transfersCitationOn("2026-01-01").paragraph; //=> "4"
 * transfersCitationOn("2025-01-01").paragraph; //=> "7 (BC2008 Art. 52-1 p.4)"
 * ```
 */
export function transfersCitationOn(date: IsoDate): Citation {
  const day = parseInput(isoDateSchema, date, "date");
  const first = KZ_FOURTH_LEVEL_BUDGETS.firstDay;
  if (day < first) {
    throw new FourthLevelError("NO_RULE", `no fourth-level budgets on ${day}: they exist from ${first}`, {
      date: day,
    });
  }
  const edition = valueOn(REVENUE_LIST_EDITIONS, day);
  const paragraph = edition.value === "bc2025-transitional" ? "7 (BC2008 Art. 52-1 p.4)" : "4";
  return { ...edition.citation, paragraph };
}

/**
 * The EBK codes of a fourth-level line (by slug) in the edition of the list in force on a date, or
 * `undefined` where the line has no code of its own there (open: the caller's `openCodes[slug]` applies).
 * @internal
 */
export function lineCodesOn(slug: string, date: IsoDate): readonly string[] | undefined {
  const edition = valueOn(REVENUE_LIST_EDITIONS, date).value;
  return FOURTH_LEVEL_REVENUE_LINES.find((line) => line.slug === slug)?.ebk[edition];
}
