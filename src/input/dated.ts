import * as z from "zod";
import { type DatedSeries, datedSeries } from "../calendar/dated.js";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { citationSchema } from "./citation.js";
import { isoDateSchema } from "./codes.js";

/**
 * A dated series of values as {@link datedSeries} builds it (a name, entries each with `from`, `to?`,
 * `value` and a citation), checked as `datedSeries` checks it: valid dates, a citation on every entry,
 * no overlap, no gap. Used to validate law values handed to the calculators.
 */
export function datedSeriesSchema<T>(value: z.ZodType<T, unknown>): z.ZodType<DatedSeries<T>, unknown> {
  const entry = "a dated entry { from, to?, value, citation }";
  return z
    .object(
      {
        name: z.string({ error: (issue) => `${describeValue(issue.input)} is not the name of the series` }),
        entries: z
          .array(
            z.object(
              { from: isoDateSchema, to: isoDateSchema.optional(), value, citation: citationSchema },
              { error: (issue) => `${describeValue(issue.input)} is not ${entry}` },
            ),
            { error: (issue) => `${describeValue(issue.input)} is not a list of entries, each ${entry}` },
          )
          .min(1, { error: "a dated series needs at least one entry" }),
      },
      { error: (issue) => `${describeValue(issue.input)} is not a dated series { name, entries }` },
    )
    .superRefine((series, ctx) => {
      try {
        datedSeries(series.name, series.entries as DatedSeries<T>["entries"]);
      } catch (e) {
        if (!(e instanceof FourthLevelError)) throw e;
        ctx.issues.push({
          code: "custom",
          path: ["entries"],
          input: series.entries,
          message: e.message,
          params: { code: e.code },
        });
      }
    }) as unknown as z.ZodType<DatedSeries<T>, unknown>;
}
