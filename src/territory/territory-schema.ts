import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { citationSchema } from "../input/citation.js";
import { isoDateSchema, katoCodeSchema } from "../input/codes.js";
import type { FourthLevelBudgetDates, Territory, TerritoryLaw } from "./budgets.js";
import { KATO_PLACE_TYPES, type KatoPlace, type KatoPlaceInput, type KatoPlaceType } from "./kato-place.js";

const name = z
  .string({ error: (issue) => `must be a name, not ${describeValue(issue.input)}` })
  .min(1, { error: "must not be empty" });

/** One of the {@link KATO_PLACE_TYPES}. */
export const katoPlaceTypeSchema = z.enum(KATO_PLACE_TYPES as [KatoPlaceType, ...KatoPlaceType[]], {
  error: (issue) => `${describeValue(issue.input)} is not a KATO type: one of ${KATO_PLACE_TYPES.join(", ")}`,
});

/**
 * A classifier row given to `createTerritory` (see {@link KatoPlace}): codes as 9-digit strings, read as
 * {@link KatoCode}s. Whether the rows fit together (parents, units, districts, regions) is checked on the
 * whole list, after each row.
 */
export const katoPlaceSchema = z.strictObject(
  {
    code: katoCodeSchema,
    parentCode: katoCodeSchema.optional(),
    type: katoPlaceTypeSchema,
    classifierLevel: z
      .int({ error: "must be the classifier level, 1 (region) to 5 (minor locality)" })
      .min(1, { error: "must be the classifier level, 1 (region) to 5 (minor locality)" })
      .max(5, { error: "must be the classifier level, 1 (region) to 5 (minor locality)" }),
    nameRu: name,
    nameKk: name,
    pop2023: z.int({ error: "must be a whole number of people" }).min(0).optional(),
    isFourthLevelUnit: z.boolean({ error: "must be true or false" }),
    unit4Code: katoCodeSchema.optional(),
    districtCode: katoCodeSchema.optional(),
    regionCode: katoCodeSchema,
  },
  {
    error: (issue) =>
      `must be a classifier row { code, type, classifierLevel, nameRu, nameKk, isFourthLevelUnit, regionCode, … }, not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<KatoPlace, KatoPlaceInput>;

/** When fourth-level units got budgets of their own (see {@link FourthLevelBudgetDates}). */
const budgetDatesSchema = z.looseObject({
  firstDay: isoDateSchema,
  allUnitsFrom: isoDateSchema,
  citation: citationSchema,
}) as unknown as z.ZodType<FourthLevelBudgetDates, FourthLevelBudgetDates>;

/** The part of a law a territory reads (a whole `Law` will do). */
export const territoryLawSchema = z.looseObject(
  { fourthLevelBudgets: budgetDatesSchema },
  {
    error: (issue) =>
      `must be the law (e.g. kazakhstanLaw()) with the dates fourth-level budgets began (fourthLevelBudgets), not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<TerritoryLaw, TerritoryLaw>;

/** The options of `createTerritory` and `kazakhstanTerritory`: each unit's first day of its own budget. */
export const territoryOptionsSchema = z.strictObject(
  {
    ownBudgetSince: z
      .record(katoCodeSchema, isoDateSchema, {
        error: 'must be dates by unit code, e.g. { "104035000": "2018-01-01" }',
      })
      .optional(),
  },
  { error: (issue) => `must be options { ownBudgetSince? }, not ${describeValue(issue.input)}` },
);

const TERRITORY_METHODS = [
  "place",
  "places",
  "budget",
  "owner",
  "budgetOwnerOn",
  "fourthLevelUnits",
  "fourthLevelUnit",
  "unitsOfDistrict",
  "placesOfUnit",
  "districts",
  "findByName",
] as const satisfies readonly (keyof Territory)[];

/** Whether `t` is shaped as a territory: an object with every method of {@link Territory}. */
export const isTerritory = (t: unknown): t is Territory =>
  typeof t === "object" &&
  t !== null &&
  TERRITORY_METHODS.every((m) => typeof (t as Record<string, unknown>)[m] === "function");

/** A territory as `kazakhstanTerritory()` or `createTerritory` builds it (checked by shape: its methods). */
export const territorySchema = z.custom<Territory>(isTerritory, {
  error: "must be the territory, e.g. kazakhstanTerritory()",
});
