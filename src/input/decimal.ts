import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { Dec, type DecimalInput } from "../money/decimal.js";

/** The longest decimal string read as a quantity (an area, a rate, a coefficient). */
export const MAX_DECIMAL_LENGTH = 40;

const PLAIN_DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** What was given, for a message: `missing` for nothing, else `got <value>`. */
export function got(value: unknown): string {
  return value === undefined ? "missing" : `got ${describeValue(value)}`;
}

function isDecimalInput(value: unknown): value is DecimalInput {
  if (typeof value === "string") return value.length <= MAX_DECIMAL_LENGTH && PLAIN_DECIMAL.test(value);
  if (typeof value === "bigint") return true;
  return typeof value === "number" && Number.isSafeInteger(value);
}

/**
 * Bounds of a {@link decimalSchema}: inclusive `min` / `max`, exclusive `above`; `why` says where they come
 * from, after the bounds in the message.
 */
export interface DecimalBounds {
  readonly min?: DecimalInput;
  readonly max?: DecimalInput;
  readonly above?: DecimalInput;
  readonly why?: string;
}

function boundsProblem(d: Dec, bounds: DecimalBounds): string | undefined {
  const range = [
    bounds.above === undefined ? undefined : `above ${String(bounds.above)}`,
    bounds.min === undefined ? undefined : `at least ${String(bounds.min)}`,
    bounds.max === undefined ? undefined : `at most ${String(bounds.max)}`,
  ].filter((part) => part !== undefined);
  const outside =
    (bounds.above !== undefined && !d.greaterThan(new Dec(String(bounds.above)))) ||
    (bounds.min !== undefined && d.lessThan(new Dec(String(bounds.min)))) ||
    (bounds.max !== undefined && d.greaterThan(new Dec(String(bounds.max))));
  if (!outside) return undefined;
  return `${d.toFixed()} must be ${range.join(" and ")}${bounds.why === undefined ? "" : `: ${bounds.why}`}`;
}

const notADecimal = (value: string) =>
  `${value} is not a decimal: give a plain decimal string such as "1.5" (never a float), a bigint or a safe integer`;

/**
 * A decimal quantity (an area, a rate, a coefficient, a percentage) given without a float: a plain
 * decimal string (`"0.7"`, `"-12"`, at most {@link MAX_DECIMAL_LENGTH} characters), a bigint or a safe
 * integer, within `bounds`; read as its canonical decimal string (`"1.50"` → `"1.5"`, `1000` → `"1000"`),
 * which is itself a valid input.
 *
 * @param notDecimal - The message for a value that is not a decimal, given the value as described.
 */
export function decimalSchema(
  bounds: DecimalBounds = {},
  notDecimal: (value: string) => string = notADecimal,
) {
  return z
    .custom<DecimalInput>(isDecimalInput, {
      error: (issue) => notDecimal(describeValue(issue.input)),
    })
    .transform((value, ctx) => {
      const d = new Dec(typeof value === "bigint" ? value.toString() : value);
      const problem = boundsProblem(d, bounds);
      if (problem !== undefined) ctx.issues.push({ code: "custom", message: problem, input: value });
      return d.toFixed();
    });
}

/** A decimal quantity above zero (an area, a load capacity, an engine power). */
export const positiveDecimalSchema = decimalSchema({ above: 0 });

/** A decimal quantity of 0 or more (a rate, an area that may be empty). */
export const nonNegativeDecimalSchema = decimalSchema({ min: 0 });

/**
 * A whole number from `min` to `max`; `message` says what is wrong with the value given (it is named
 * in the message). A number that is not whole stops the checks of this value only (unlike zod's `int`,
 * which stops the checks across fields of every object around it too), so that the problems elsewhere in
 * the input are reported with it.
 */
export function wholeNumberSchema(
  min: number,
  max: number,
  message: (value: string) => string = (value) => `${value} is not a whole number from ${min} to ${max}`,
) {
  const error = (issue: { readonly input?: unknown }) => message(describeValue(issue.input));
  return z
    .number({ error })
    .check((payload) => {
      if (!Number.isInteger(payload.value)) {
        payload.issues.push({
          code: "custom",
          input: payload.value,
          message: error({ input: payload.value }),
        });
      }
    })
    .min(min, { error })
    .max(max, { error });
}

/**
 * A {@link decimalSchema} quantity as a file (or a reform) writes it: a decimal string (`"0.5"`), never a
 * JSON number; read as its canonical decimal string. In JSON Schema: a string with its pattern.
 */
export function decimalTextSchema(bounds: DecimalBounds, notDecimal: (value: string) => string) {
  return z
    .string({ error: (issue) => notDecimal(describeValue(issue.input)) })
    .meta({ pattern: "^[+-]?\\d+(\\.\\d+)?$" })
    .pipe(decimalSchema(bounds, notDecimal) as unknown as z.ZodType<string, string>);
}
