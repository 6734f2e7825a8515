import * as z from "zod";
import { ebkCodeSchema, isoDateSchema, katoCodeSchema, yearSchema } from "../../../input/codes.js";
import { decimalSchema, positiveDecimalSchema } from "../../../input/decimal.js";
import { kztTextSchema, nonNegativeMoneySchema } from "../../../input/money.js";
import type { Money } from "../../../money/money.js";
import { adMonthsSchema, adObjectTypeSchema, adSidesSchema } from "../taxes/advertising/advertising-input.js";
import { iitPayerSchema } from "../taxes/iit/iit-input.js";
import { settlementPlotSchema } from "../taxes/land/land-input.js";
import { namedBenefitSchema, propertyObjectFields } from "../taxes/property/property-input.js";
import { monthsOwnedSchema, payerSchema } from "../taxes/tax-input.js";
import {
  ageCoefficientScopeSchema,
  vehicleExemptionSchema,
  vehicleSchema,
} from "../taxes/vehicle/vehicle-input.js";

const id = z.string({ error: "must be an id (a string)" }).min(1).max(200);

const vehicleFields = {
  id,
  vehicle: vehicleSchema,
  months: monthsOwnedSchema.optional(),
  exemption: vehicleExemptionSchema.optional(),
  agriculturalProducer: z.boolean().optional(),
  leasedOut: z
    .boolean()
    .optional()
    .describe("transferred for use, trust management or lease: the farm exemptions do not apply (2026 →)"),
};

/** A vehicle of the registry: an individual's keyed by residence, a legal entity's by its seat. */
const registryVehicleSchema = z.discriminatedUnion(
  "payer",
  [
    z.strictObject({
      ...vehicleFields,
      payer: z.literal("individual"),
      residence: katoCodeSchema.describe("the owner's place of residence (KATO)"),
    }),
    z.strictObject({
      ...vehicleFields,
      payer: z.literal("legal_entity"),
      legalSeat: katoCodeSchema.describe("the seat in the founding documents (KATO)"),
    }),
  ],
  {
    error:
      'must be a vehicle of the registry: payer "individual" with residence, or "legal_entity" with legalSeat',
  },
);

/** A dwelling with its owner and location; its value in the amount form of the source. */
const registryDwellingSchema = <A extends z.ZodType<Money>>(amount: A) =>
  z.strictObject({
    id,
    owner: z.string().min(1).max(200).describe("the owner's id: one owner's objects are taxed together"),
    location: katoCodeSchema.describe("where the object lies (KATO): the tax goes to that place's budget"),
    ...propertyObjectFields(amount),
    benefit: namedBenefitSchema
      .optional()
      .describe("the owner's benefit (give it on any one of the owner's objects)"),
  });

/** A settlement land plot with its payer and location (land tax on settlement land). */
const registryLandPlotSchema = z.strictObject({
  id,
  payer: payerSchema,
  location: katoCodeSchema.describe("where the plot lies (KATO)"),
  plot: settlementPlotSchema,
  months: monthsOwnedSchema.optional(),
  paymentDate: isoDateSchema
    .optional()
    .describe("needed where the law read sets no due date (legal entities to 2025)"),
});

/** An outdoor advertisement in column C with its location. */
const registryAdvertisementSchema = z.strictObject({
  id,
  payer: z.enum(["individual", "individual_entrepreneur", "legal_entity"]),
  location: katoCodeSchema.describe("where the advertisement stands (KATO)"),
  objectType: adObjectTypeSchema,
  areaM2: positiveDecimalSchema.optional(),
  sides: adSidesSchema.default(1),
  months: adMonthsSchema.describe("months of placement in the year"),
  notified: z.boolean().default(true),
});

/** A self-declared income: an individual's keyed by residence, an entrepreneur's or practitioner's by registration. */
function registryIncomeSchema<A extends z.ZodType<Money>>(amount: A) {
  const fields = {
    id,
    taxableIncome: amount.describe("annual taxable income after deductions, KZT"),
    paymentDate: isoDateSchema.describe("when the declared tax is paid (the due date was not read: give it)"),
  };
  return z.discriminatedUnion(
    "payer",
    [
      z.strictObject({ ...fields, payer: z.literal("individual"), residence: katoCodeSchema }),
      z.strictObject({
        ...fields,
        payer: iitPayerSchema.exclude(["individual"]),
        registeredLocation: katoCodeSchema.describe(
          "an entrepreneur's or practitioner's registered location (KATO)",
        ),
      }),
    ],
    {
      error:
        'must be an income: payer "individual" with residence, or an entrepreneur or practitioner with registeredLocation',
    },
  );
}

/**
 * The registry for one kind of amount: decimal strings in KZT in files (`"9000000"`), `Money` in the
 * API. Every field of a taxed object is the calculator's own piece (the vehicle, the settlement plot, a
 * dwelling's value, months and coefficient, an advertisement's months and sides…), so the registry and
 * the calculators cannot drift apart.
 */
function registrySchemaFor<A extends z.ZodType<Money>>(amount: A) {
  return z.strictObject(
    {
      $schema: z.string().optional(),
      note: z
        .string()
        .optional()
        .describe("where the registry comes from; say so plainly if it is not real data"),
      year: yearSchema(2018, 2100, "the tax year"),
      collectionRate: decimalSchema({ min: 0, max: 1 })
        .optional()
        .describe("share of the assessed tax collected, 1 (100 %) by default"),
      ageCoefficientScope: ageCoefficientScopeSchema.optional(),
      reductionOnLeasedMachinery: z
        .boolean()
        .optional()
        .describe(
          "whether an agricultural legal entity's listed machinery leased out takes the 70 % reduction (open in the 2026 Code)",
        ),
      openCodes: z
        .record(z.string(), ebkCodeSchema)
        .optional()
        .describe(
          "EBK codes for revenue lines the law leaves open (e.g. legal entities' settlement land tax)",
        ),
      vehicles: z.array(registryVehicleSchema).default([]),
      dwellings: z.array(registryDwellingSchema(amount)).default([]),
      landPlots: z.array(registryLandPlotSchema).default([]),
      advertisements: z.array(registryAdvertisementSchema).default([]),
      incomes: z.array(registryIncomeSchema(amount)).default([]),
    },
    { error: "must be a registry { year, vehicles?, dwellings?, landPlots?, advertisements?, incomes?, … }" },
  );
}

/** A file amount of 0 or more: a decimal string in KZT, read as Money. */
const nonNegativeKztText = kztTextSchema.refine((m) => !m.isNegative(), {
  message: "must not be negative",
  params: { code: "INVALID_AMOUNT" },
});

/**
 * A registry of taxable objects for one tax year as written in a JSON file (amounts as decimal strings in
 * KZT): read by `readRegistry`.
 * @category Taxes
 */
export const registrySchema = registrySchemaFor(nonNegativeKztText);

/** A registry built in code (amounts as `Money`): what `revenueFromRegistry` takes. */
export const registryApiSchema = registrySchemaFor(nonNegativeMoneySchema);

/**
 * A validated registry (amounts as Money, decimals as canonical strings, defaults filled in).
 * @category Taxes
 */
export type Registry = z.output<typeof registrySchema>;

/**
 * A registry as written in a JSON file (before defaults).
 * @category Taxes
 */
export type RegistryInput = z.input<typeof registrySchema>;
