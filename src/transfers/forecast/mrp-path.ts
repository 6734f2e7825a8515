import * as z from "zod";
import { type DatedSeries, valueOnFirstJanuary } from "../../calendar/dated.js";
import type { Citation } from "../../citation/citation.js";
import { FourthLevelError } from "../../errors/error.js";
import { datedSeriesSchema } from "../../input/dated.js";
import { wholeNumberSchema } from "../../input/decimal.js";
import { fieldsSchema } from "../../input/fields.js";
import { moneySchema } from "../../input/money.js";
import { parseInput } from "../../input/parse.js";
import { type RateSchedule, rateOfYear, rateScheduleSchema, rateYearIssues } from "../../input/rate.js";
import { whenValidAt } from "../../input/when.js";
import type { Money } from "../../money/money.js";
import { forecastYearSchema, yearsFrom } from "./forecast-years.js";
import { applyFactor, FIRST_FORECAST_YEAR, factorOf, formatFactor } from "./rates.js";

/** Whole tenge, in tiyn: the step an indexed MRP is rounded to. */
const WHOLE_TENGE = 100n;

/**
 * How the MRP is indexed in the years the known series does not cover.
 *
 * @category Planning
 */
export interface MrpIndexation {
  /** The first year the rate may apply (after 2018: it indexes the year before). */
  readonly fromYear: number;
  /** The yearly indexation rate, e.g. `"0.08"`, or one per year; a caller's assumption, never a constant. */
  readonly rate: RateSchedule;
}

/**
 * What {@link mrpPath} needs.
 *
 * @category Planning
 */
export interface MrpPathInput {
  /** Known MRP values, KZT (e.g. a law's `parameters.mrp`); the value in force on 1 January of a year is used. */
  readonly known: DatedSeries<Money>;
  /** The indexation for years with no known value; without it such a year is an error. */
  readonly indexation?: MrpIndexation;
  /** The last year of the path, 2018–2030. */
  readonly horizon: number;
}

/**
 * The MRP of one year of a path: known (with its citation) or indexed (with the factor applied).
 *
 * @category Planning
 */
export type MrpYear =
  | {
      readonly year: number;
      /** The MRP in KZT. */
      readonly mrp: Money;
      readonly source: "known";
      /** The citation of the known value. */
      readonly citation: Citation;
    }
  | {
      readonly year: number;
      /** The MRP in KZT, whole tenge. */
      readonly mrp: Money;
      readonly source: "indexed";
      /** The factor 1 + rate applied to the previous year's MRP, e.g. `"1.08"`. */
      readonly factor: string;
    };

/** The known value in force on 1 January of `year`, or `undefined` when the series has none. */
function knownOn(known: DatedSeries<Money>, year: number): { value: Money; citation: Citation } | undefined {
  try {
    return valueOnFirstJanuary(known, year);
  } catch (e) {
    if (e instanceof FourthLevelError && e.code === "NO_VALUE_ON_DATE") return undefined;
    throw e;
  }
}

const shapeSchema = z.object({
  known: datedSeriesSchema(moneySchema),
  indexation: fieldsSchema(
    {
      fromYear: wholeNumberSchema(
        FIRST_FORECAST_YEAR + 1,
        9999,
        (value) =>
          `${value} is not a whole year after ${FIRST_FORECAST_YEAR} (an indexed year needs the year before)`,
      ),
      rate: rateScheduleSchema,
    },
    "an MRP indexation",
  ).optional(),
  horizon: forecastYearSchema,
});

type Shape = z.output<typeof shapeSchema>;

/** The years of the path without a known value on 1 January, each indexed or not. */
function unknownYears({ known, indexation, horizon }: Shape): { year: number; indexed: boolean }[] {
  return yearsFrom(FIRST_FORECAST_YEAR, horizon)
    .filter((year) => knownOn(known, year) === undefined)
    .map((year) => ({ year, indexed: indexation !== undefined && year >= indexation.fromYear }));
}

/** A rate for every indexed year; a path issue for every year with neither a known value nor an indexation. */
function coverage(input: Shape, ctx: z.RefinementCtx<Shape>): void {
  const years = unknownYears(input);
  if (input.indexation !== undefined) {
    const indexed = years.filter((y) => y.indexed).map((y) => y.year);
    ctx.issues.push(...rateYearIssues(input.indexation.rate, indexed, ["indexation", "rate"]));
  }
  for (const { year } of years.filter((y) => !y.indexed)) {
    ctx.addIssue({
      code: "custom",
      path: ["mrp", String(year)],
      message: `no known MRP on 1 January ${year} and no indexation covers ${year}: add the value or an indexation from ${year} (an older value is never reused)`,
    });
  }
}

const mrpInputSchema = shapeSchema.superRefine(coverage, {
  when: whenValidAt(["known"], ["indexation"], ["horizon"]),
});

/**
 * The MRP (monthly calculation index, KZT) for every year from 2018 to `horizon`: the known value in force
 * on 1 January of each year the series covers, and for a later year without one, the previous year's MRP
 * × (1 + rate), rounded half away from zero to whole tenge. The rounding is the library's choice: the MRP
 * is set in whole tenge, so each indexed year starts from the rounded value of the year before. A known
 * value always wins over the indexation. The rate is the caller's assumption (the MRP of a future year is
 * set by that year's law on the republican budget); nothing is assumed when it is missing.
 *
 * @category Planning
 * @returns One {@link MrpYear} per year, 2018 first.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once, each with its path: a
 * known series that is not a dated series of Money, a horizon outside 2018–2030, a bad `fromYear` or rate
 * (below −100 %, not a plain decimal, a year with no rate at `["indexation", "rate", "2029"]`), and every
 * year with neither a known value nor an indexation, at `["mrp", "2027"]` (an older value is never reused).
 * @category Planning
 * @example
 * ```ts
 * const known = kazakhstanLaw().parameters.mrp;
 * const path = mrpPath({ known, indexation: { fromYear: 2027, rate: "0.08" }, horizon: 2028 });
 * // 4 325 × 1.08 = 4 671.00; 4 671 × 1.08 = 5 044.68 → 5 045
 * path.at(-2)?.mrp.toKzt(); //=> "4671.00"
 * path.at(-1)?.mrp.toKzt(); //=> "5045.00"
 * ```
 */
export function mrpPath(input: MrpPathInput): readonly MrpYear[] {
  const { known, indexation, horizon } = parseInput(mrpInputSchema, input, "MRP path");
  const path: MrpYear[] = [];
  let previous: Money | undefined;
  for (const year of yearsFrom(FIRST_FORECAST_YEAR, horizon)) {
    const value = knownOn(known, year);
    if (value !== undefined) {
      path.push({ year, mrp: value.value, source: "known", citation: value.citation });
      previous = value.value;
    } else if (previous !== undefined && indexation !== undefined) {
      // the schema made sure this year is indexed and has a rate
      const factor = factorOf(rateOfYear(indexation.rate, year) ?? "0");
      previous = applyFactor(previous, factor, 1n, 1n, WHOLE_TENGE);
      path.push({ year, mrp: previous, source: "indexed", factor: formatFactor(factor) });
    }
  }
  return path;
}
