import * as z from "zod";
import type { DatedSeries } from "../../../../calendar/dated.js";
import { citationSchema } from "../../../../input/citation.js";
import { datedSeriesSchema } from "../../../../input/dated.js";
import { decimalSchema, wholeNumberSchema } from "../../../../input/decimal.js";
import { TAX_LAW_BASICS, type TaxLawBasics, taxLawBasicsShape } from "../law-basics.js";
import {
  type BasicDeduction,
  IIT_BASIC_DEDUCTION,
  IIT_PAYER_KINDS,
  IIT_SELF_ASSESSED_RATES,
  type IitRatesOfYear,
  type IitSchedule,
} from "./rates.js";

/**
 * What the IIT calculators read from the law, by date (the MRP and the rounding are the whole law's):
 * the scales of self-declared income by payer kind (or why there is none), and the basic monthly
 * deduction of employees.
 * @category Kazakhstan law
 */
export interface IitLaw {
  readonly selfAssessed: DatedSeries<IitRatesOfYear>;
  readonly basicDeduction: DatedSeries<BasicDeduction>;
}

/** The IIT law as published (see the series for what each period rests on). */
export const IIT_LAW: IitLaw = { selfAssessed: IIT_SELF_ASSESSED_RATES, basicDeduction: IIT_BASIC_DEDUCTION };

/** The most an IIT rate may be: a rate is a share of the income, at most 1 (100 %). */
export const MAX_IIT_RATE = 1;

const bandSchema = z.strictObject(
  {
    upToMrp: wholeNumberSchema(
      1,
      10_000_000,
      (v) => `band edge ${v} must be a whole number of MRP, 1 or more`,
    ).optional(),
    rate: decimalSchema(
      {
        min: 0,
        max: MAX_IIT_RATE,
        why: 'an IIT rate is a share of the income (1 = 100 %), e.g. "0.1" for 10 %',
      },
      (v) => `${v} is not a rate: give a decimal string from 0 to 1, e.g. "0.1" for 10 %`,
    ),
  },
  { error: 'must be a band { upToMrp?, rate } such as { upToMrp: 8500, rate: "0.1" }' },
);

/**
 * A marginal IIT scale `{ bands, citation }`: band edges in whole MRP rising, rates from 0 to 1, every
 * band but the last with an edge. A malformed scale is an issue with code `INVALID_RULE`.
 */
export const iitScheduleSchema: z.ZodType<IitSchedule, unknown> = z
  .strictObject(
    { bands: z.array(bandSchema), citation: citationSchema },
    { error: "must be a scale { bands: [{ upToMrp?, rate }], citation }" },
  )
  .superRefine((schedule, ctx) => {
    const add = (i: number, message: string) =>
      ctx.issues.push({
        code: "custom",
        path: ["bands", i, "upToMrp"],
        input: schedule,
        message,
        params: { code: "INVALID_RULE" },
      });
    if (schedule.bands.length === 0) {
      ctx.issues.push({
        code: "custom",
        path: ["bands"],
        input: schedule,
        message: "give at least one band",
        params: { code: "INVALID_RULE" },
      });
    }
    schedule.bands.forEach((band, i) => {
      const last = i === schedule.bands.length - 1;
      const previous = schedule.bands[i - 1]?.upToMrp ?? 0;
      if (band.upToMrp === undefined && !last) add(i, "only the last band may be open (no upToMrp)");
      if (band.upToMrp !== undefined && last) add(i, "the last band must be open (no upToMrp)");
      if (band.upToMrp !== undefined && band.upToMrp <= previous)
        add(i, `the band edge ${band.upToMrp} must be above ${previous}`);
    });
  }) as z.ZodType<IitSchedule, unknown>;

const gapSchema = z.object({ missing: z.string(), published: z.string().optional() });

/**
 * A scale, or a gap `{ missing }` where there is none: read by the one its fields name, so a scale's
 * problems are reported at their own paths (a rate above 1 at its `bands[i].rate`).
 */
const scheduleOrGapSchema = z.unknown().transform((value, ctx) => {
  const isGap = typeof value === "object" && value !== null && "missing" in value && !("bands" in value);
  const read = (isGap ? gapSchema : iitScheduleSchema).safeParse(value);
  if (read.success) return read.data;
  for (const issue of read.error.issues) ctx.issues.push({ ...issue, input: value } as never);
  return z.NEVER;
});

/** The schema of the IIT scales of a period by payer kind ({@link IitRatesOfYear}). */
export const iitRatesOfYearSchema = z.record(z.enum(IIT_PAYER_KINDS), scheduleOrGapSchema);

/** The schema of {@link IitLaw}, for law values handed to `selfAssessedIit`. */
export const iitLawSchema = z.object({
  selfAssessed: datedSeriesSchema(iitRatesOfYearSchema),
  basicDeduction: datedSeriesSchema(
    z.object({
      monthlyMrp: z.number().nonnegative().finite(),
      annualCapMrp: z.number().nonnegative().finite().optional(),
    }),
  ),
});

/**
 * The part of the tax law the IIT calculators read: the MRP, the rounding and the `iit` tables. `TaxLaw` (all of the
 * law, e.g. `KAZAKHSTAN_TAX_LAW`) is one.
 * @category Kazakhstan law
 */
export interface LawForIit extends TaxLawBasics {
  readonly iit: IitLaw;
}

/** The bundled law for the IIT calculators: the same tables as `KAZAKHSTAN_TAX_LAW`. */
export const LAW_FOR_IIT: LawForIit = { ...TAX_LAW_BASICS, iit: IIT_LAW };

/** The schema of {@link LawForIit}. */
export const lawForIitSchema = z.object(
  { ...taxLawBasicsShape, iit: iitLawSchema },
  { error: "must be a tax law value such as KAZAKHSTAN_TAX_LAW" },
);
