import * as z from "zod";
import { type DatedSeries, valueOn } from "../calendar/dated.js";
import type { IsoDate } from "../calendar/iso-date.js";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { isoDateSchema } from "../input/codes.js";
import { datedSeriesSchema } from "../input/dated.js";
import { parseInput } from "../input/parse.js";

/**
 * The revenue categories of a budget: tax revenues, non-tax revenues, receipts from the sale of fixed
 * capital, receipts of transfers, and special receipts (a category some editions of a classification
 * have and others do not).
 *
 * @category Rules
 */
export type RevenueCategory = "tax" | "non_tax" | "capital" | "transfers" | "special";

/** Every {@link RevenueCategory}. @internal */
export const REVENUE_CATEGORIES: readonly RevenueCategory[] = [
  "tax",
  "non_tax",
  "capital",
  "transfers",
  "special",
];

/**
 * The first digit of the revenue codes of each category under one edition of the budget classification;
 * a category the edition does not have is left out.
 *
 * @category Rules
 * @example
 * ```ts
 * const numbering: EbkCategoryNumbering = { tax: 1, non_tax: 2, capital: 3, transfers: 4 };
 * ```
 */
export type EbkCategoryNumbering = Readonly<Partial<Record<RevenueCategory, number>>>;

/**
 * The part of a law that numbers the revenue categories: the numbering in force by date (e.g.
 * `kazakhstanLaw()`, where transfers move from category 4 to 5 on 1 Jan 2026).
 *
 * @category Rules
 */
export interface EbkNumberingLaw {
  /** The numbering of the revenue categories, by date. */
  readonly ebkCategories: DatedSeries<EbkCategoryNumbering>;
}

const categorySchema = z.enum(REVENUE_CATEGORIES as [RevenueCategory, ...RevenueCategory[]], {
  error: (issue) =>
    `${describeValue(issue.input)} is not a revenue category: the categories are ${REVENUE_CATEGORIES.join(", ")}`,
});

const numberingSchema = z.partialRecord(
  categorySchema,
  z.int({ error: "must be the digit of the category, 1 to 9" }).min(1).max(9),
  { error: "must be a numbering of the categories, e.g. { tax: 1, non_tax: 2, capital: 3, transfers: 4 }" },
);

/** The part of a law that numbers the revenue categories (see {@link EbkNumberingLaw}). @internal */
export const ebkNumberingLawSchema = z.looseObject(
  { ebkCategories: datedSeriesSchema(numberingSchema) },
  {
    error: (issue) =>
      `must be a law with its numbering of the revenue categories by date (ebkCategories), e.g. kazakhstanLaw(), not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<EbkNumberingLaw, EbkNumberingLaw>;

/**
 * The first digit of the EBK revenue codes of a category on a date, under the numbering of the law.
 *
 * @param law - The numbering by date, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `NO_RULE` for a category the numbering in force does not have (e.g.
 * special receipts in Kazakhstan before 2026); `NO_VALUE_ON_DATE` for a date the law does not cover;
 * `INVALID_INPUT` for a category that is not one, a date that is not `YYYY-MM-DD`, or a law without its
 * numbering.
 * @category Rules
 * @example
 * ```ts
 * const law = kazakhstanLaw();
 * revenueCategoryNumber("transfers", "2025-06-30", law); //=> 4
 * revenueCategoryNumber("transfers", "2026-01-01", law); //=> 5
 * ```
 */
export function revenueCategoryNumber(
  category: RevenueCategory,
  date: IsoDate,
  law: EbkNumberingLaw,
): number {
  const checked = parseInput(
    z.strictObject({ category: categorySchema, date: isoDateSchema, law: ebkNumberingLawSchema }),
    { category, date, law },
    "revenue category and date",
  );
  const numbering = valueOn(checked.law.ebkCategories, checked.date);
  const digit = numbering.value[checked.category];
  if (digit === undefined) {
    throw new FourthLevelError(
      "NO_RULE",
      `the revenue classification in force on ${checked.date} has no category "${checked.category}" (its categories: ${describe(numbering.value)})`,
      { category: checked.category, date: checked.date },
    );
  }
  return digit;
}

const EBK_CODE = /^\d{6}$/;

function describe(numbering: EbkCategoryNumbering): string {
  return Object.entries(numbering)
    .sort(([, a], [, b]) => (a ?? 0) - (b ?? 0))
    .map(([category, digit]) => `${digit} ${category}`)
    .join(", ");
}

/**
 * The category of a 6-digit EBK revenue code (category 1 digit + class 2 + subclass 1 + specific 2) on
 * a date, reading the first digit with the numbering of the law in force then.
 *
 * @param law - The numbering by date, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `UNKNOWN_EBK` for a code that is not six digits with a category digit
 * of the numbering in force on that date; `NO_VALUE_ON_DATE` for a date the law does not cover;
 * `INVALID_INPUT` for a code that is not a string, a date that is not `YYYY-MM-DD`, or a law without its
 * numbering.
 * @category Rules
 * @example
 * ```ts
 * const law = kazakhstanLaw();
 * categoryOfEbk("401201", "2025-12-31", law); //=> "transfers"
 * categoryOfEbk("501201", "2026-01-01", law); //=> "transfers"
 * ```
 */
export function categoryOfEbk(code: string, date: IsoDate, law: EbkNumberingLaw): RevenueCategory {
  const checked = parseInput(
    z.strictObject({
      code: z.string({ error: 'must be a 6-digit EBK code as a string, e.g. "104402"' }),
      date: isoDateSchema,
      law: ebkNumberingLawSchema,
    }),
    { code, date, law },
    "EBK code and date",
  );
  return categoryOnDate(checked.code, checked.date, checked.law);
}

/** {@link categoryOfEbk} on arguments already checked. @internal */
export function categoryOnDate(code: string, date: IsoDate, law: EbkNumberingLaw): RevenueCategory {
  const numbering = valueOn(law.ebkCategories, date).value;
  const digit = EBK_CODE.test(code) ? Number(code[0]) : Number.NaN;
  const found = (Object.entries(numbering) as [RevenueCategory, number][]).find(([, d]) => d === digit);
  if (found === undefined) {
    throw new FourthLevelError(
      "UNKNOWN_EBK",
      `EBK code ${JSON.stringify(code)} is not a revenue code valid on ${date}: six digits, the first the digit of a category (${describe(numbering)})`,
      { code, date },
    );
  }
  return found[0];
}
