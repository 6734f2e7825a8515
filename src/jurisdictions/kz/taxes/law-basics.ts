import * as z from "zod";
import type { DatedSeries } from "../../../calendar/dated.js";
import { datedSeriesSchema } from "../../../input/dated.js";
import { moneySchema } from "../../../input/money.js";
import { parseInput } from "../../../input/parse.js";
import { ROUNDING_MODES } from "../../../money/decimal.js";
import type { Money } from "../../../money/money.js";
import { MRP_FOR_TAXES } from "../parameters.js";
import { TAX_ROUNDING, type TaxRoundingRule } from "./rounding.js";

/**
 * What every local tax reads from the law: the MRP for taxes and fines (KZT, dated) and how computed taxes
 * are rounded in each tax year. Each calculator's law is these and its own tables; `TaxLaw` is all of them.
 * @category Kazakhstan law
 */
export interface TaxLawBasics {
  readonly mrp: DatedSeries<Money>;
  readonly rounding: DatedSeries<TaxRoundingRule>;
}

/** The bundled MRP (`MRP_FOR_TAXES`) and rounding (`TAX_ROUNDING`). */
export const TAX_LAW_BASICS: TaxLawBasics = { mrp: MRP_FOR_TAXES, rounding: TAX_ROUNDING };

/** The schema of the rounding series. */
export const roundingSchema = datedSeriesSchema(
  z.object({ step: moneySchema.optional(), mode: z.enum(ROUNDING_MODES), explanation: z.string() }),
);

/** The fields of {@link TaxLawBasics} as schemas, to compose each calculator's law schema. */
export const taxLawBasicsShape = { mrp: datedSeriesSchema(moneySchema), rounding: roundingSchema };

/** Law values already checked, by schema (law values are immutable data: checking one once is enough). */
const CHECKED = new WeakMap<object, WeakSet<object>>();

/**
 * `law` checked against `schema` (once per value and schema): the law a calculator is handed.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the law value with its path.
 */
export function checkedLaw<T>(schema: z.ZodType<unknown, unknown>, law: unknown): T {
  const checked = CHECKED.get(schema) ?? new WeakSet<object>();
  if (typeof law === "object" && law !== null && checked.has(law)) return law as T;
  parseInput(schema, law, "tax law");
  checked.add(law as object);
  CHECKED.set(schema, checked);
  return law as T;
}
