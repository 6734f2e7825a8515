import { assertCitation, type Citation } from "../citation/citation.js";
import { describeValue, labelOf } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { firstJanuary, type IsoDate, isoDate, nextDay } from "./iso-date.js";

/**
 * A value in force from `from` to `to` (both inclusive; no `to` means still in force), with its source.
 *
 * @category Calendar
 */
export interface DatedValue<T> {
  /** First day in force, `YYYY-MM-DD`. */
  readonly from: IsoDate;
  /** Last day in force, `YYYY-MM-DD`; absent while the value is still in force. */
  readonly to?: IsoDate;
  readonly value: T;
  /** The legal source of this value. */
  readonly citation: Citation;
}

/**
 * A validated, ordered series of dated values with no overlaps and no gaps; build one with {@link datedSeries}.
 *
 * @category Calendar
 */
export interface DatedSeries<T> {
  /** What the series is, e.g. `"MRP"`; used in error messages. */
  readonly name: string;
  /** The values, ordered by `from`. */
  readonly entries: readonly DatedValue<T>[];
}

/**
 * Builds a dated series, checking that every entry has valid dates and a citation, and that the entries
 * neither overlap nor leave gaps between the first `from` and the last `to`.
 *
 * @category Calendar
 * @throws {@link FourthLevelError} `INVALID_DATE` (bad date or `to` before `from`), `INVALID_RULE` (no
 * citation), `DATED_OVERLAP` or `DATED_GAP`, naming the two entries.
 * @example
 * ```ts
 * const citation = { act: "Law on the republican budget for 2020-2022", article: "8", versionDate: "2020-04-01" };
 * const mrp = datedSeries("MRP, KZT", [
 *   { from: "2020-01-01", to: "2020-03-31", value: 2651, citation },
 *   { from: "2020-04-01", to: "2020-12-31", value: 2778, citation },
 * ]);
 * valueOn(mrp, "2020-05-15").value; //=> 2778
 * ```
 */
export function datedSeries<T>(name: string, entries: readonly DatedValue<T>[]): DatedSeries<T> {
  const label = labelOf(name, "dated series");
  if (!Array.isArray(entries) || Array.from(entries).some((e) => typeof e !== "object" || e === null)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `${label}: the entries must be an array of { from, to?, value, citation }, not ${describeValue(entries)}`,
      { series: label },
    );
  }
  return checkedSeries(label, entries);
}

function checkedSeries<T>(name: string, entries: readonly DatedValue<T>[]): DatedSeries<T> {
  for (const e of entries) {
    isoDate(e.from, `${name}: from`);
    if (e.to !== undefined) {
      isoDate(e.to, `${name}: to`);
      if (e.to < e.from) {
        throw new FourthLevelError(
          "INVALID_DATE",
          `${name}: entry from ${e.from} ends before it starts (${e.to})`,
          {
            series: name,
            from: e.from,
            to: e.to,
          },
        );
      }
    }
    assertCitation(e.citation, `${name} from ${e.from}`);
  }
  const sorted = [...entries].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as DatedValue<T>;
    const next = sorted[i] as DatedValue<T>;
    if (prev.to === undefined || prev.to >= next.from) {
      throw new FourthLevelError(
        "DATED_OVERLAP",
        `${name}: the value from ${prev.from} (to ${prev.to ?? "open end"}) overlaps the value from ${next.from}`,
        { series: name, first: prev.from, second: next.from },
      );
    }
    if (nextDay(prev.to) !== next.from) {
      throw new FourthLevelError(
        "DATED_GAP",
        `${name}: no value from ${nextDay(prev.to)} to the day before ${next.from}`,
        { series: name, gapFrom: nextDay(prev.to), nextFrom: next.from },
      );
    }
  }
  return { name, entries: sorted };
}

/** Whether `entries` can be searched by date: an array of objects with a `from` and maybe a `to`, as text. */
const isEntryList = (entries: unknown): entries is readonly DatedValue<unknown>[] =>
  Array.isArray(entries) &&
  Array.from(entries as unknown[]).every(
    (e) =>
      typeof e === "object" &&
      e !== null &&
      typeof (e as DatedValue<unknown>).from === "string" &&
      ["undefined", "string"].includes(typeof (e as DatedValue<unknown>).to),
  );

/**
 * The value in force on `date`.
 * @category Calendar
 * @throws {@link FourthLevelError} `NO_VALUE_ON_DATE` when the series has no value that day (never a
 * silent reuse of an older value); `INVALID_DATE` for a malformed date.
 */
export function valueOn<T>(series: DatedSeries<T>, date: IsoDate): DatedValue<T> {
  if (typeof series !== "object" || series === null || !isEntryList(series.entries)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `valueOn needs a dated series built with datedSeries, not ${describeValue(series)}`,
      {},
    );
  }
  const name = labelOf(series.name, "dated series");
  isoDate(date, `${name}: date`);
  const found = series.entries.find((e) => e.from <= date && (e.to === undefined || date <= e.to));
  if (found === undefined) {
    const first = series.entries[0];
    const last = series.entries[series.entries.length - 1];
    throw new FourthLevelError(
      "NO_VALUE_ON_DATE",
      `${name}: no value in force on ${date} (values cover ${first?.from ?? "nothing"} to ${
        last === undefined ? "nothing" : (last.to ?? "open end")
      })`,
      { series: name, date },
    );
  }
  return found;
}

/**
 * The value in force on 1 January of `year` (e.g. the MRP that vehicle tax uses for a tax year).
 * @category Calendar
 * @throws {@link FourthLevelError} `NO_VALUE_ON_DATE` as {@link valueOn}.
 */
export function valueOnFirstJanuary<T>(series: DatedSeries<T>, year: number): DatedValue<T> {
  return valueOn(series, firstJanuary(year));
}
