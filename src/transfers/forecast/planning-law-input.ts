import * as z from "zod";
import { type DatedSeries, valueOn } from "../../calendar/dated.js";
import { firstJanuary } from "../../calendar/iso-date.js";
import { FourthLevelError } from "../../errors/error.js";
import { citationSchema } from "../../input/citation.js";
import { datedSeriesSchema } from "../../input/dated.js";
import { parseInput } from "../../input/parse.js";
import { assertLaw, type FormulaTerms } from "../../law/law.js";

/** What the general transfer and the cost forecast read of each planning law: the grounds they cite. */
const planningGroundsSchema = z.object({
  generalTransfer: citationSchema,
  costForecast: citationSchema.optional(),
  formulaTerms: z.custom<FormulaTerms>((t) => typeof t === "object" && t !== null).optional(),
});

/** The grounds of the planning law in force in each year plans are made in. */
export type PlanningGrounds = DatedSeries<z.output<typeof planningGroundsSchema>>;

const planningPartSchema = z.object({ planning: datedSeriesSchema(planningGroundsSchema) });

/**
 * The planning part of a law as the general transfer and the cost forecast read it: a dated series whose
 * every entry cites the general-transfer formula (and the cost-forecast method, if any).
 *
 * @param what - The function, for the message, e.g. `"generalTransfer"`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when the law is missing or its planning part is not
 * such a series (each problem with its path, e.g. `["planning", "entries", 0, "value", "generalTransfer"]`).
 */
export function planningGrounds(law: unknown, what: string): PlanningGrounds {
  assertLaw(law, ["planning"], what);
  const { planning } = law;
  const known = typeof planning === "object" && planning !== null ? CHECKED.get(planning) : undefined;
  if (known !== undefined) return known;
  const grounds = parseInput(planningPartSchema, { planning }, `${what}: the law`).planning;
  if (typeof planning === "object" && planning !== null) CHECKED.set(planning, grounds);
  return grounds;
}

/**
 * Planning parts already checked (law values are immutable data: checking one once is enough; a plan
 * computes a general transfer for every unit and year otherwise).
 */
const CHECKED = new WeakMap<object, PlanningGrounds>();

/**
 * The grounds of the planning law of the year `madeIn` (its entry in force on 1 January), or
 * `undefined` when the law does not cover that year.
 */
export function groundsOf(
  madeIn: number,
  grounds: PlanningGrounds,
): z.output<typeof planningGroundsSchema> | undefined {
  try {
    return valueOn(grounds, firstJanuary(madeIn)).value;
  } catch (e) {
    if (e instanceof FourthLevelError && e.code === "NO_VALUE_ON_DATE") return undefined;
    throw e;
  }
}

/** The first year the planning law covers, for a message. */
export const firstPlanningYear = (grounds: PlanningGrounds): string =>
  grounds.entries[0]?.from.slice(0, 4) ?? "?";
