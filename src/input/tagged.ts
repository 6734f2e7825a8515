import * as z from "zod";
import { describeValue } from "../errors/describe.js";

/** Why a value is not one of the tagged objects of a union: missing, of another tag, or not an object. */
function notTagged(key: string, what: string, valid: string, value: unknown): string {
  if (value === undefined) return `${what} is missing: give ${valid}`;
  const given =
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? `of ${key} ${describeValue((value as Record<string, unknown>)[key])}`
      : describeValue(value);
  return `${what} ${given} is not ${valid}`;
}

/**
 * A union of objects told apart by their `key` field (`kind`, `method`…), whose message when no option
 * fits names the value given and the shapes that are valid, e.g. `a change limit of kind "other" is
 * not { kind: "percent", percent } or { kind: "amount", amount }`. The issues of the option that fits
 * are reported at their own paths.
 *
 * @param what - What the value is, for the message (`"a change limit"`).
 * @param valid - The valid shapes, for the message.
 */
export function taggedUnion<
  const Options extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
>(key: string, what: string, valid: string, options: Options) {
  return z.discriminatedUnion(key, options, {
    error: (issue) =>
      issue.code === "invalid_union" || issue.code === "invalid_type"
        ? notTagged(key, what, valid, issue.input)
        : undefined,
  });
}
