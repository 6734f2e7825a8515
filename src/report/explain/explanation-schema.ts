import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import type { Explanation } from "./explanation.js";

const text = z.string({ error: (i) => `must be text, not ${describeValue(i.input)}` });

const sourceSchema = z.strictObject({
  kind: z.enum(["decision", "scenario", "receipts", "law"]),
  citation: text,
  file: text.optional(),
  address: text.optional(),
  lineNumber: z.int().optional(),
  text: text.optional(),
  path: z.array(z.union([z.string(), z.int()])).optional(),
  ruleId: text.optional(),
  attributionKey: text.optional(),
  count: z.int().optional(),
  ids: z.array(text).optional(),
});

/** An {@link Explanation} as `explain` builds it, for the functions that render one. @internal */
export const explanationSchema: z.ZodType<Explanation> = z.lazy(() =>
  z.strictObject(
    {
      figure: text,
      label: text,
      value: text.nullable(),
      unit: z.enum(["thousand KZT", "%"]),
      how: z.enum(["read", "sum", "formula", "rule"]),
      formula: text.optional(),
      detail: text,
      sources: z.array(sourceSchema),
      notes: z.array(text),
      children: z.array(explanationSchema),
    },
    { error: (i) => `must be an explanation as explain returns it, not ${describeValue(i.input)}` },
  ),
) as z.ZodType<Explanation>;
