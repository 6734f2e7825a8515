import * as z from "zod";
import { FourthLevelError } from "../errors/error.js";
import { MAX_INPUT_TEXT, Money } from "../money/money.js";
import { got } from "./decimal.js";

/**
 * The longest decimal string read as an amount, checked before the amount's value: an amount is at most
 * 10^15 KZT (16 digits of tenge), so 28 characters hold any amount with its decimals and sign.
 */
export const MAX_AMOUNT_LENGTH = 28;

/** The message of an amount longer than {@link MAX_AMOUNT_LENGTH}: the bound on its value. */
export const TOO_LONG_AMOUNT = `is longer than ${MAX_AMOUNT_LENGTH} characters: an amount must be ${MAX_INPUT_TEXT}`;

const amountCode = { code: "INVALID_AMOUNT" } as const;

/** The amount given, for a message: `-1.00 KZT`. */
const given = (input: unknown) => (input instanceof Money ? `, got ${input.toKzt()} KZT` : "");

/** An API amount: a {@link Money}. */
export const moneySchema = z.custom<Money>((v) => v instanceof Money, {
  error: (issue) =>
    `must be a Money amount (${got(issue.input)}): build one with Money.kzt("1250.50") or Money.thousandKzt("54959")`,
  params: amountCode,
});

/** An API amount that is not negative. */
export const nonNegativeMoneySchema = moneySchema.refine((m) => !m.isNegative(), {
  error: (issue) => `must not be negative${given(issue.input)}`,
  params: amountCode,
});

/** An API amount above zero. */
export const positiveMoneySchema = moneySchema.refine((m) => !m.isNegative() && !m.isZero(), {
  error: (issue) => `must be more than 0${given(issue.input)}`,
  params: amountCode,
});

/**
 * The transform of an amount's text into {@link Money} by `read`: an amount Money refuses (one above
 * {@link MAX_INPUT_TEXT}) becomes an `INVALID_AMOUNT` issue at the amount's path, not a thrown error.
 */
export function readMoney(read: (text: string) => Money) {
  return (text: string, ctx: z.RefinementCtx<unknown>): Money => {
    try {
      return read(text);
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      ctx.issues.push({ code: "custom", input: text, message: e.message, params: amountCode });
      return z.NEVER;
    }
  };
}

function decimalText(unit: string, decimals: number, example: string, toMoney: (text: string) => Money) {
  const pattern = new RegExp(`^-?\\d+(\\.\\d{1,${decimals}})?$`);
  const valid = `a decimal string of ${unit} such as ${example}, at most ${decimals} decimals`;
  return z
    .string({ error: `must be ${valid} (not a JSON number)` })
    .max(MAX_AMOUNT_LENGTH, { message: `${TOO_LONG_AMOUNT}, ${valid}` })
    .refine((text) => pattern.test(text), {
      error: (issue) => `must be ${valid}, ${got(issue.input)}`,
      params: amountCode,
    })
    .meta({ pattern: pattern.source })
    .transform(readMoney(toMoney));
}

/** A file amount in KZT: a decimal string with at most two decimals (`"21625.00"`), read as {@link Money}. */
export const kztTextSchema = decimalText("KZT", 2, '"21625.50"', (t) => Money.kzt(t));

/**
 * A file amount in thousand KZT, the unit of published decisions: a decimal string with at most five
 * decimals (`"54959"`, `"-1642.4"`), read as {@link Money}.
 */
export const thousandKztTextSchema = decimalText("thousand KZT", 5, '"54959" or "-1642.4"', (t) =>
  Money.thousandKzt(t),
);
