import * as z from "zod";
import type { DatedSeries } from "../calendar/dated.js";
import type { Citation } from "../citation/citation.js";
import { decimalTextSchema } from "../input/decimal.js";
import { Dec, type RoundingMode, roundingOf } from "../money/decimal.js";

/**
 * One rate table or coefficient of a tax law that a `tax_rate` change may scale or replace: a dated series
 * at a path of the tax law value (e.g. `land.settlement`). The jurisdiction describes its tables; the
 * engine knows none.
 * @category Reforms
 */
export interface RateTable {
  /** What the table is, in a few words, for messages and notes. */
  readonly title: string;
  /**
   * Reads a replacement value (a change's `value`) as the series holds it, e.g. KZT decimal strings as
   * `Money`; every problem reported with its path.
   */
  readonly schema: z.ZodType<unknown, unknown>;
  /**
   * The value with every rate multiplied by `factor` and rounded by `rounding` to the table's precision;
   * a table that carries its own citation cites the reform (`citation`) where it changes. Must return the
   * same value (`===`) where no number changes, so a factor of 1 leaves the law as it is.
   */
  readonly scale: (value: unknown, factor: string, rounding: RoundingMode, citation: Citation) => unknown;
  /**
   * The EBK revenue codes whose receipts are proportional to this table (the whole tax of the line is a
   * rate of the table times a base), which `compare` may scale by a change's ratio; none by default.
   */
  readonly ebk?: readonly string[];
  /**
   * The most a rate of the table may be (e.g. `"1"` for IIT rates, shares of income), what bounds it in
   * words, and the rates of a value of the table: a scale that would pass it is refused naming the rate
   * it gives, the bound and the factors that keep every rate within it. None by default.
   */
  readonly ceiling?: RateCeiling;
}

/**
 * The upper bound of the rates of a {@link RateTable}.
 * @category Reforms
 */
export interface RateCeiling {
  /** The bound, a decimal string in the table's unit, e.g. `"1"`. */
  readonly max: string;
  /** What sets it, in words, e.g. "a rate is a share of income: at most 1 (100 %)". */
  readonly what: string;
  /** Every rate of a value of the table that the bound applies to, as decimal strings. */
  readonly rates: (value: unknown) => readonly string[];
}

/**
 * A jurisdiction's rate tables, by path into its tax law value, and the limits its law sets on them.
 * @category Reforms
 */
export interface RateTables {
  readonly tables: Readonly<Record<string, RateTable>>;
  /**
   * The problems of a (reformed) tax law against the limits the law sets, each citing its article (e.g.
   * a maslikhat coefficient outside its range); none for the law as it is.
   */
  readonly limits: (taxLaw: unknown) => readonly string[];
}

/** The dated series at a dotted path of a value, or `undefined` when there is none. */
export function seriesAt(value: unknown, path: string): DatedSeries<unknown> | undefined {
  let at: unknown = value;
  for (const key of path.split(".")) {
    if (typeof at !== "object" || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  const series = at as Partial<DatedSeries<unknown>> | undefined;
  return Array.isArray(series?.entries) ? (series as DatedSeries<unknown>) : undefined;
}

/** `value` with the thing at a dotted path replaced: only the objects along the path are copied. */
export function withAt<T>(value: T, path: string, replacement: unknown): T {
  const [key, ...rest] = path.split(".") as [string, ...string[]];
  const record = value as Record<string, unknown>;
  return {
    ...record,
    [key]: rest.length === 0 ? replacement : withAt(record[key], rest.join("."), replacement),
  } as T;
}

/**
 * A decimal string multiplied by `factor`, rounded by `mode` to `places` decimals; the string itself where
 * the value does not change (so `"19.30"` × 1 stays `"19.30"`; `"0.48"` × 1.1 `halfExpand` to 2 places is
 * `"0.53"`).
 */
export function scaleDecimal(text: string, factor: string, mode: RoundingMode, places: number): string {
  const before = new Dec(text);
  const after = before.times(factor).toDecimalPlaces(places, roundingOf(mode));
  return after.equals(before) ? text : after.toString();
}

/** A record with `f` applied to each value; the record itself where no value changes. */
export function mapKept<T>(
  record: Readonly<Record<string, T>>,
  f: (value: T) => T,
): Readonly<Record<string, T>> {
  let changed = false;
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = f(value);
    changed ||= out[key] !== value;
  }
  return changed ? out : record;
}

/** A list with `f` applied to each item; the list itself where no item changes. */
export function mapListKept<T>(list: readonly T[], f: (item: T) => T): readonly T[] {
  const out = list.map(f);
  return out.some((item, i) => item !== list[i]) ? out : list;
}

/**
 * A schema that checks a value by `schema` and gives it back as it was written (a rate `"19.30"` stays
 * `"19.30"`, where `schema` would give `"19.3"`), so a replaced or restored table reads as the law does.
 */
export function asWritten(schema: z.ZodType<unknown, unknown>): z.ZodType<unknown, unknown> {
  return z.unknown().superRefine((value, ctx) => {
    const read = schema.safeParse(value);
    if (read.success) return;
    for (const issue of read.error.issues) {
      ctx.addIssue({ code: "custom", path: issue.path, message: issue.message, input: value });
    }
  });
}

const isFunction = (f: unknown) => typeof f === "function";

/** The schema of {@link RateTables}, for the rate tables a caller hands over. */
export const rateTablesSchema = z.looseObject(
  {
    tables: z.record(
      z.string(),
      z.looseObject({
        title: z.string(),
        schema: z.custom<RateTable["schema"]>((v) => v instanceof z.ZodType),
        scale: z.custom<RateTable["scale"]>(isFunction),
        ceiling: z
          .looseObject({
            max: decimalTextSchema({ min: 0 }, (v) => `${v} is not a bound: give a decimal string, e.g. "1"`),
            what: z.string(),
            rates: z.custom<RateCeiling["rates"]>(isFunction),
          })
          .optional(),
      }),
    ),
    limits: z.custom<RateTables["limits"]>(isFunction),
  },
  { error: "must be a jurisdiction's rate tables such as KAZAKHSTAN_RATE_TABLES" },
);
