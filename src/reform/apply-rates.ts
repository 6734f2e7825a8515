import * as z from "zod";
import type { DatedSeries } from "../calendar/dated.js";
import { FourthLevelError } from "../errors/error.js";
import { type Issue, throwIssues } from "../errors/issue.js";
import { parseInput } from "../input/parse.js";
import { Dec, type RoundingMode, toDec } from "../money/decimal.js";
import { overlap, overlaySeriesKept, reformCitation, spanOf } from "./overlay.js";
import { type RateTable, type RateTables, rateTablesSchema, seriesAt, withAt } from "./rate-tables.js";
import { type ParsedReform, type ReformChange, reformsSchema } from "./reform-schema.js";
import { unmetRateChange } from "./unmet.js";

/** A `tax_rate` change of a parsed reform. */
export type RateChange = Extract<ReformChange, { kind: "tax_rate" }>;

/** The table a change names, or the error listing the tables there are. */
export function rateTableOf(tables: RateTables, path: string, at: (string | number)[]): RateTable {
  const table = Object.hasOwn(tables.tables, path) ? tables.tables[path] : undefined;
  if (table !== undefined) return table;
  const names = Object.keys(tables.tables).join(", ");
  throw new FourthLevelError(
    "INVALID_INPUT",
    `${JSON.stringify(path)} is not a rate table of the tax law: one of ${names}`,
    {},
    [
      {
        path: [...at, "path"],
        code: "INVALID_INPUT",
        message: `not a rate table of the tax law: one of ${names}`,
      },
    ],
  );
}

/** A value read by the table's schema (a replacement, or a scaled table), its problems at the change's `field`. */
function readValue(
  table: RateTable,
  value: unknown,
  at: (string | number)[],
  field: "value" | "scale",
): unknown {
  const read = table.schema.safeParse(value);
  if (read.success) return read.data;
  throwIssues(
    "tax_rate change",
    read.error.issues.map(
      (i): Issue => ({
        path: [
          ...at,
          field,
          ...(field === "value" ? i.path.map((p) => (typeof p === "symbol" ? String(p) : p)) : []),
        ],
        code: "INVALID_INPUT",
        message: `${i.message} (${table.title})`,
      }),
    ),
  );
  return undefined;
}

/**
 * Why a scale would push a rate of the table past its ceiling on the change's days (the rate it gives,
 * the bound, the factors that keep every rate within it), at the change's `scale`; none otherwise.
 */
function ceilingIssues(
  table: RateTable,
  series: DatedSeries<unknown>,
  change: RateChange,
  reform: ParsedReform,
  at: (string | number)[],
): Issue[] {
  const { ceiling } = table;
  const factor = change.scale;
  if (ceiling === undefined || factor === undefined) return [];
  const span = spanOf(reform, change);
  const within = series.entries.filter((e) => overlap(e.from, e.to, span) !== undefined);
  const citation = reformCitation(reform);
  const scaled = (v: unknown) => table.scale(v, factor, change.rounding as RoundingMode, citation);
  const largest = (values: unknown[]) =>
    values
      .flatMap((v) => ceiling.rates(v).map((r) => toDec(r, `a rate of ${table.title}`)))
      .reduce((a, b) => (b.greaterThan(a) ? b : a), new Dec(0));
  const before = largest(within.map((e) => e.value));
  const after = largest(within.map((e) => scaled(e.value)));
  if (!after.greaterThan(ceiling.max)) return [];
  const most = new Dec(ceiling.max).dividedBy(before).toDecimalPlaces(4, Dec.ROUND_DOWN);
  const message = `${table.title}: the rate ${before} × ${factor} = ${after} is above the limit ${ceiling.max} (${ceiling.what}); a factor above 0 and at most ${most} (${ceiling.max} ÷ ${before}, the largest rate on the change's days) keeps every rate within it`;
  return [{ path: [...at, "scale"], code: "INVALID_INPUT", message }];
}

/** Why a replacement value has a rate past the table's ceiling (naming it and the bound), at its `value`. */
function valueCeilingIssues(table: RateTable, value: unknown, at: (string | number)[]): Issue[] {
  const { ceiling } = table;
  if (ceiling === undefined) return [];
  return ceiling.rates(value).flatMap((rate) =>
    toDec(rate, `a rate of ${table.title}`).greaterThan(ceiling.max)
      ? [
          {
            path: [...at, "value"],
            code: "INVALID_INPUT",
            message: `${table.title}: the rate ${rate} is above the limit ${ceiling.max} (${ceiling.what}); give rates from 0 to ${ceiling.max}`,
          },
        ]
      : [],
  );
}

/**
 * The tax law with one `tax_rate` change of a reform applied over its span: the table at the change's
 * path scaled or replaced on the days within (entries cut at the span's ends, the changed days citing the
 * reform; an entry whose value does not change is kept as it is), then checked against the law's limits.
 * @throws {@link FourthLevelError} `INVALID_INPUT` at `at`: an unknown path (listing the valid ones), days
 *   that meet no entry of the table (naming the days it has entries), a replacement the table does not
 *   read, a scale or a value that puts a rate past the table's ceiling (naming the rate, the bound and
 *   what keeps within it), a coefficient outside the limits the law sets.
 */
export function applyRateChange<L>(
  taxLaw: L,
  change: RateChange,
  reform: ParsedReform,
  tables: RateTables,
  at: (string | number)[],
): L {
  const table = rateTableOf(tables, change.path, at);
  const series = seriesAt(taxLaw, change.path);
  if (series === undefined) {
    const message = `the tax law has no dated series at ${change.path} (${table.title})`;
    throwIssues("tax_rate change", [{ path: [...at, "path"], code: "INVALID_INPUT", message }]);
    return taxLaw;
  }
  throwIssues("tax_rate change", [
    ...unmetRateChange(series, change, table.title, spanOf(reform, change), at),
    ...ceilingIssues(table, series, change, reform, at),
  ]);
  // null: the table set to none for the days (as the law holds a period without a table), where it may be
  const value =
    change.value === undefined ? undefined : readValue(table, change.value ?? undefined, at, "value");
  if (value !== undefined) throwIssues("tax_rate change", valueCeilingIssues(table, value, at));
  const citation = reformCitation(reform);
  const scale = (v: unknown) => {
    if (change.scale === undefined) return value;
    const scaled = table.scale(v, change.scale, change.rounding as RoundingMode, citation);
    if (scaled !== v) readValue(table, scaled, at, "scale");
    return scaled;
  };
  const changed = overlaySeriesKept(series, spanOf(reform, change), scale, citation);
  if (changed === series) return taxLaw;
  const reformed = withAt(taxLaw, change.path, changed);
  const problems = tables.limits(reformed).filter((p) => !tables.limits(taxLaw).includes(p));
  throwIssues(
    "tax_rate change",
    problems.map((message) => ({
      path: [...at, change.scale === undefined ? "value" : "scale"],
      code: "INVALID_INPUT",
      message,
    })),
  );
  return reformed;
}

const argumentsSchema = z.strictObject({
  taxLaw: z.looseObject({}, { error: "must be a tax law value" }),
  reforms: reformsSchema,
  tables: rateTablesSchema,
});

/**
 * A tax law value under a list of reforms: their `tax_rate` changes applied in order, each a dated
 * overlay on the table at its path (see {@link applyRateChange}); the other changes are the law's (see
 * `applyReforms`). An empty list, or reforms without `tax_rate` changes, return `taxLaw` itself.
 * @param tables - The jurisdiction's rate tables and limits.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing the problems of the reforms (paths `["reforms",
 *   i, …]`).
 */
export function applyRateReforms<L extends object>(
  taxLaw: L,
  reforms: readonly unknown[],
  tables: RateTables,
  what = "tax reforms",
): L {
  const checked = parseInput(argumentsSchema, { taxLaw, reforms, tables }, what, {
    opaque: ["taxLaw", "tables"],
  });
  return checked.reforms.reduce(
    (law: L, reform, i) =>
      reform.changes.reduce(
        (current: L, change, j) =>
          change.kind === "tax_rate"
            ? applyRateChange(current, change, reform, tables, ["reforms", i, "changes", j])
            : current,
        law,
      ),
    taxLaw,
  );
}
