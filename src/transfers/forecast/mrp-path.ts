import type { DatedSeries } from "../../calendar/dated.js";
import { valueOnFirstJanuary } from "../../calendar/dated.js";
import type { Citation } from "../../citation/citation.js";
import { FourthLevelError, type InputIssue, throwIfIssues } from "../../errors/error.js";
import type { Money } from "../../money/money.js";
import {
  applyFactor,
  describe,
  type Factor,
  FIRST_FORECAST_YEAR,
  forecastYears,
  formatFactor,
  type RateSchedule,
  readSchedule,
} from "./rates.js";

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
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once: a horizon outside
 * 2018–2030, a bad `fromYear` or rate (below −100 %, not a plain decimal, a year with no rate), and every
 * year with neither a known value nor an indexation (an older value is never reused).
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
  const issues: InputIssue[] = [];
  const years = forecastYears(FIRST_FORECAST_YEAR, input.horizon, "known", issues);
  const { indexation } = input;
  let factors = new Map<number, Factor>();
  if (indexation !== undefined) {
    const from = indexation.fromYear;
    if (!Number.isSafeInteger(from) || from <= FIRST_FORECAST_YEAR) {
      issues.push({
        path: "indexation.fromYear",
        message: `${describe(from)} is not a whole year after ${FIRST_FORECAST_YEAR} (an indexed year needs the year before)`,
      });
    } else {
      factors = readSchedule(
        indexation.rate,
        years.filter((y) => y >= from && knownOn(input.known, y) === undefined),
        "indexation.rate",
        issues,
      );
    }
  }
  const path: MrpYear[] = [];
  let previous: Money | undefined;
  for (const year of years) {
    const known = knownOn(input.known, year);
    if (known !== undefined) {
      path.push({ year, mrp: known.value, source: "known", citation: known.citation });
      previous = known.value;
      continue;
    }
    const factor = factors.get(year);
    if (factor === undefined) {
      if (indexation === undefined || !(year >= indexation.fromYear)) {
        issues.push({
          path: `mrp.${year}`,
          message: `no known MRP on 1 January ${year} and no indexation covers ${year}: add the value or an indexation from ${year} (an older value is never reused)`,
        });
      }
      previous = undefined;
      continue;
    }
    if (previous === undefined) continue;
    previous = applyFactor(previous, factor, 1n, 1n, WHOLE_TENGE);
    path.push({ year, mrp: previous, source: "indexed", factor: formatFactor(factor) });
  }
  throwIfIssues("MRP path", issues);
  return path;
}

/** The known value in force on 1 January of `year`, or `undefined` when the series has none. */
function knownOn(known: DatedSeries<Money>, year: number): { value: Money; citation: Citation } | undefined {
  try {
    return valueOnFirstJanuary(known, year);
  } catch (e) {
    if (e instanceof FourthLevelError && e.code === "NO_VALUE_ON_DATE") return undefined;
    throw e;
  }
}
