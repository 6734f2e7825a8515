import * as z from "zod";
import type { Citation } from "../../../../citation/citation.js";
import { citationSchema } from "../../../../input/citation.js";
import {
  decimalSchema,
  got,
  nonNegativeDecimalSchema,
  positiveDecimalSchema,
} from "../../../../input/decimal.js";
import { moneySchema, nonNegativeMoneySchema } from "../../../../input/money.js";
import type { DecimalInput } from "../../../../money/decimal.js";
import type { Money } from "../../../../money/money.js";
import { monthsOwnedSchema, taxYearSchema } from "../tax-input.js";
import { type LandPlot, landPlotSchema } from "./land.js";
import type { NamedPropertyTaxBenefit } from "./property-law.js";

/**
 * One taxable object (dwelling, dacha, garage, parking place, other building) of the individual.
 * @category Taxes
 */
export interface PropertyObject {
  /** A name for the breakdown, e.g. `"flat, Abay St 1"`; `"object N"` when absent. */
  readonly label?: string | undefined;
  /**
   * The value set by the State Corporation "Government for Citizens" (2017 Code Art. 529; 2026 Code
   * Art. 600 p.2), KZT, 0 or more. For 2026 give it without the luxury factor Kроск, which
   * {@link PropertyObject.luxuryCoefficient} applies.
   */
  readonly assessedValue: Money;
  /**
   * Months the object was owned in the tax year, a whole number 1–12 (12 when absent): from the 1st of
   * the month of acquisition to the 1st of the month of transfer (2026 Code Art. 603); see
   * `ownershipMonths`.
   */
  readonly months?: number | undefined;
  /**
   * The maslikhat's luxury coefficient Kроск (2026 Code Art. 600 p.2), a decimal within the law's range
   * (1 to 1.5 in 2026; 1 when absent). Years without a range accept only 1.
   */
  readonly luxuryCoefficient?: DecimalInput | undefined;
}

/**
 * A benefit that exempts part of the total value: a benefit the law of the year names (2018–2025:
 * `"within_1000_mrp"` — Heroes, "Халық қаһарманы", "Қазақстанның Еңбек Ері", Order of Glory (3 degrees),
 * Order "Отан"; `"within_1500_mrp"` — WWII and combat veterans and equated persons, home-front award
 * holders, persons with disabilities; 2017 Code Art. 526 p.2), or, where the law read names none (2026,
 * whose benefit article was not read), the MRP multiple with the caller's legal citation.
 * @category Taxes
 */
export type PropertyTaxBenefit =
  | NamedPropertyTaxBenefit
  | {
      /** How many MRP of value are exempt, e.g. `"1500"`. */
      readonly mrp: DecimalInput;
      /** Where the caller read the benefit. */
      readonly citation: Citation;
      /** Who the benefit is for, for the breakdown. */
      readonly description?: string | undefined;
    };

/**
 * One row of a caller-supplied rate table (2018–2025 values above 150 mn).
 * @category Taxes
 */
export interface PropertyTaxRowInput {
  /** Lower edge, KZT (exclusive). */
  readonly over: Money;
  /** Upper edge, KZT (inclusive); absent only on an open last row. */
  readonly upTo?: Money | undefined;
  /** Fixed sum, KZT: must equal the tax at `over` (a marginal schedule). */
  readonly fixed: Money;
  /** Rate on the excess over `over`, percent (`"0.7"` = 0.7 %), 0–100. */
  readonly ratePercent: DecimalInput;
}

/**
 * The rows of a scale above the rows the law read (2017 Code Art. 531 p.1 above 150 000 000 KZT). The
 * first row must start at the last read row's upper edge with the tax there as its fixed sum (150 000 000
 * and 796 600); rows must be contiguous, and each fixed sum must equal the tax at its lower edge.
 * @category Taxes
 */
export interface CallerRateTable {
  readonly rows: readonly PropertyTaxRowInput[];
  /** What the rows rest on, in words (e.g. "own reading of Art. 531 p.1, ed. 2023"), shown in the breakdown. */
  readonly source: string;
  /** The legal citation, when the caller read the rows in a legal text. */
  readonly citation?: Citation | undefined;
}

/**
 * What {@link propertyTax} computes the tax of.
 * @category Taxes
 */
export interface PropertyTaxInput {
  /** The tax year, 2018–2026. */
  readonly year: number;
  /** The individual's objects: all of them, since the benefit and (2026) the 450 mn rule use the total. */
  readonly objects: readonly PropertyObject[];
  /** A benefit of the owner, if any (see {@link PropertyTaxBenefit}). */
  readonly benefit?: PropertyTaxBenefit | undefined;
  /**
   * Where the law read stops below the top (2018–2025: above 150 mn), the rows above it. Required when a
   * taxable value exceeds the rows read; refused where the scale is read to the top (2026).
   */
  readonly upperRows?: CallerRateTable | undefined;
  /** Tax year 2026 only: the individual's land plots (2026 Code Art. 599 p.1(2), Art. 602 p.2–4). */
  readonly land?: readonly LandPlot[] | undefined;
}

/**
 * The fields of a taxable object with the amount schema of its source: `Money` in the API, a decimal
 * string in registry files. Shared by {@link propertyTax} and the registry of dwellings.
 */
export function propertyObjectFields<A extends z.ZodType<Money>>(assessedValue: A) {
  return {
    assessedValue,
    months: monthsOwnedSchema.optional(),
    luxuryCoefficient: positiveDecimalSchema.optional(),
  };
}

/** The schema of a {@link PropertyObject}. */
export const propertyObjectSchema = z.strictObject(
  {
    label: z.string().min(1).max(200).optional(),
    ...propertyObjectFields(nonNegativeMoneySchema),
  },
  { error: "must be an object { assessedValue: Money, months?, luxuryCoefficient?, label? }" },
);

/** The benefits the law names, as a schema. */
export const namedBenefitSchema = z.enum(["within_1000_mrp", "within_1500_mrp"]);

/** The schema of a {@link PropertyTaxBenefit}. */
export const propertyTaxBenefitSchema = z.union(
  [
    namedBenefitSchema,
    z.strictObject({
      mrp: nonNegativeDecimalSchema,
      citation: citationSchema,
      description: z.string().optional(),
    }),
  ],
  {
    error: (issue) =>
      `must be "within_1000_mrp", "within_1500_mrp" or { mrp, citation } (${got(issue.input)})`,
  },
);

const rowSchema = z
  .strictObject({
    over: moneySchema,
    upTo: moneySchema.optional(),
    fixed: nonNegativeMoneySchema,
    ratePercent: decimalSchema({ min: 0, max: 100 }),
  })
  .refine((r) => r.upTo === undefined || r.upTo.compare(r.over) > 0, {
    path: ["upTo"],
    message: "the upper edge must exceed the lower edge (over)",
  });

/** The schema of a {@link CallerRateTable}: the rows themselves (how they continue the law's scale is checked against it). */
export const callerRateTableSchema = z.strictObject({
  rows: z
    .array(rowSchema)
    .min(1, { error: "give at least one row, starting where the rows read end" })
    .refine((rows) => rows.slice(0, -1).every((r) => r.upTo !== undefined), {
      message: "only the last row may be open (no upper edge)",
    }),
  source: z.string().trim().min(1, { error: "say what the rows rest on (a reading, a publication)" }),
  citation: citationSchema.optional(),
});

/** The schema of {@link PropertyTaxInput} (what the law of the year allows is checked against it after). */
export const propertyTaxInputSchema = z.strictObject(
  {
    year: taxYearSchema,
    objects: z.array(propertyObjectSchema, {
      error: "give a list of objects (it may be empty when only land is taxed)",
    }),
    benefit: propertyTaxBenefitSchema.optional(),
    upperRows: callerRateTableSchema.optional(),
    land: z.array(landPlotSchema).optional(),
  },
  { error: "must be an object { year, objects, benefit?, upperRows?, land? }" },
);

/** A {@link PropertyTaxInput} as its schema outputs it. */
export type CheckedPropertyTaxInput = z.output<typeof propertyTaxInputSchema>;
