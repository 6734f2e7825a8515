import { type DatedSeries, type DatedValue, datedSeries } from "../calendar/dated.js";
import { type IsoDate, nextDay, previousDay } from "../calendar/iso-date.js";
import type { Citation } from "../citation/citation.js";
import type { RevenueRule } from "../rules/rule.js";
import type { ParsedReform, ReformChange } from "./reform-schema.js";

/** The days a change applies: from its first day to its last (`undefined`: open). */
export interface Span {
  readonly from: IsoDate;
  readonly to: IsoDate | undefined;
}

/** The span of a change of a reform: the change's own days, else the reform's. */
export function spanOf(reform: ParsedReform, change: ReformChange): Span {
  return { from: change.from ?? reform.effectiveFrom, to: change.to ?? reform.until };
}

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate | undefined, b: IsoDate | undefined) =>
  a === undefined ? b : b === undefined ? a : a < b ? a : b;

/** The days of `[from, to]` within `span`, or `undefined` when they do not meet. */
export function overlap(from: IsoDate, to: IsoDate | undefined, span: Span): Span | undefined {
  const start = later(from, span.from);
  const end = earlier(to, span.to);
  return end !== undefined && end < start ? undefined : { from: start, to: end };
}

/** What a value changed by a reform cites: the enacted act, or the proposal with its author. */
export function reformCitation(reform: ParsedReform): Citation {
  return reform.label.kind === "enacted"
    ? reform.label.citation
    : {
        act: `Proposal "${reform.title}" (${reform.label.author})`,
        article: "—",
        versionDate: reform.effectiveFrom,
      };
}

/** A dated entry cut to some of its days. */
function cut<T extends { readonly from: IsoDate; readonly to?: IsoDate }>(
  entry: T,
  from: IsoDate,
  to?: IsoDate,
): T {
  const { to: _old, ...rest } = entry;
  return { ...rest, from, ...(to === undefined ? {} : { to }) } as T;
}

/**
 * The pieces of a dated entry around `span`: its days before the span, during it, and after it (each
 * absent when empty). The entry must meet the span.
 */
export function around<T extends { readonly from: IsoDate; readonly to?: IsoDate }>(
  entry: T,
  during: Span,
): { before?: T; during: T; after?: T } {
  return {
    ...(entry.from < during.from ? { before: cut(entry, entry.from, previousDay(during.from)) } : {}),
    during: cut(entry, during.from, during.to),
    ...(during.to !== undefined && (entry.to === undefined || during.to < entry.to)
      ? { after: cut(entry, nextDay(during.to), entry.to) }
      : {}),
  };
}

/**
 * The series with `change` applied to the values in force during `span`: entries that straddle the
 * span's ends are cut there, and the days within get `change(value)` cited by `citation`. Days outside the
 * span keep their entries.
 */
export function overlaySeries<T>(
  series: DatedSeries<T>,
  span: Span,
  change: (value: T) => T,
  citation: Citation,
): DatedSeries<T> {
  const entries = series.entries.flatMap((entry): DatedValue<T>[] => {
    const days = overlap(entry.from, entry.to, span);
    if (days === undefined) return [entry];
    const { before, during, after } = around(entry, days);
    const changed = { ...during, value: change(during.value), citation };
    return [...(before === undefined ? [] : [before]), changed, ...(after === undefined ? [] : [after])];
  });
  return datedSeries(series.name, entries);
}

/**
 * As {@link overlaySeries}, but an entry whose value `change` leaves as it is (`===`) is kept whole, uncut
 * and citing what it cited; the series itself is returned when no value changes.
 */
export function overlaySeriesKept<T>(
  series: DatedSeries<T>,
  span: Span,
  change: (value: T) => T,
  citation: Citation,
): DatedSeries<T> {
  // only the entries that meet the span are changed (or checked by `change`)
  const changes = (entry: DatedValue<T>) =>
    overlap(entry.from, entry.to, span) !== undefined && change(entry.value) !== entry.value;
  if (!series.entries.some(changes)) return series;
  return datedSeries(
    series.name,
    series.entries.flatMap((entry) =>
      changes(entry)
        ? overlaySeries({ ...series, entries: [entry] }, span, change, citation).entries
        : [entry],
    ),
  );
}

/** The fields a rule change sets on a rule. */
export type RuleFields = Pick<RevenueRule, "key" | "recipient" | "shares">;

/** `rule` with the fields of a rule change set (`shares: []` removes the rule's shares). */
export function withFields(rule: RevenueRule, fields: Partial<RuleFields>): RevenueRule {
  const { shares: _old, ...rest } = rule;
  const shares = fields.shares ?? rule.shares ?? [];
  return {
    ...rest,
    ...(fields.key === undefined ? {} : { key: fields.key }),
    ...(fields.recipient === undefined ? {} : { recipient: fields.recipient }),
    ...(shares.length === 0 ? {} : { shares }),
  };
}
