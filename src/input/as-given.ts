import * as z from "zod";

/**
 * A value checked by `schema` and passed on as it was given (the very same object), not as `schema`
 * outputs it: for values the library built and is handed back, whose identity a result keeps (a planned
 * transfer copied into a schedule). The issues of `schema` are reported at their paths inside the value.
 */
export function asGiven<T>(schema: z.ZodType) {
  return z
    .custom<T>(() => true)
    .check((payload) => {
      const result = schema.safeParse(payload.value);
      if (!result.success) payload.issues.push(...(result.error.issues as z.core.$ZodRawIssue[]));
    });
}
