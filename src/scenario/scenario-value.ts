import * as z from "zod";
import type { Receipt } from "../attribution/receipt.js";
import { budgetFiguresSchema, unreadLinesSchema } from "../budget/figures-schema.js";
import { describeValue } from "../errors/describe.js";
import { katoCodeSchema } from "../input/codes.js";
import type { Law } from "../law/law.js";
import { territorySchema } from "../territory/territory-schema.js";
import type { ScenarioPlan } from "./plan-types.js";
import type { Scenario } from "./types.js";

const text = z.string({ error: (issue) => `must be text, not ${describeValue(issue.input)}` });
const texts = z.array(text, {
  error: (issue) => `must be a list of texts, not ${describeValue(issue.input)}`,
});

/** The parts of a law that running a scenario reads (its rulebook, territory, transfers and plans). */
const LAW_PARTS = [
  "revenueRules",
  "revenueLists",
  "transfers",
  "planning",
  "parameters",
  "fourthLevelBudgets",
];

/** A law, checked by the parts a scenario reads; each function that reads a part checks it further. @internal */
export const scenarioLawSchema = z.custom<Law>(
  (law) =>
    typeof law === "object" &&
    law !== null &&
    LAW_PARTS.every((part) => typeof (law as Record<string, unknown>)[part] === "object"),
  { error: (issue) => `must be a law such as kazakhstanLaw(), not ${describeValue(issue.input)}` },
);

const unitSchema = z.looseObject({
  kato: katoCodeSchema,
  source: text.optional(),
  decision: text.optional(),
  figures: budgetFiguresSchema,
  readingNotes: texts,
  unreadLines: unreadLinesSchema,
});

const districtSchema = z.looseObject({
  kato: katoCodeSchema,
  districtBudget: z.looseObject({ source: text.optional(), figures: budgetFiguresSchema }).optional(),
  units: z.array(unitSchema),
});

/** A plan as `resolveScenario` resolves it: its districts' results are the library's own output. */
const planSchema = z.looseObject({
  horizon: z.int(),
  note: text.optional(),
  districts: z.array(z.looseObject({ result: z.looseObject({}) })),
}) as unknown as z.ZodType<ScenarioPlan, ScenarioPlan>;

/** A scenario as `resolveScenario` returns it, given to `runScenario`, and the territory to run it on. @internal */
export const runArgumentsSchema = z.strictObject({
  scenario: z.looseObject(
    {
      name: text,
      note: text.optional(),
      year: z.int({ error: "must be a whole year" }),
      ownBudgetSince: z.record(z.string(), text).optional(),
      districts: z.array(districtSchema),
      receipts: z
        .looseObject({
          note: text.optional(),
          unattributed: z.boolean(),
          items: z.array(z.custom<Receipt>(() => true)),
        })
        .optional(),
      plan: planSchema.optional(),
      law: scenarioLawSchema,
    },
    {
      error: (issue) =>
        `must be a scenario as resolveScenario or loadScenario returns it, not ${describeValue(issue.input)}`,
    },
  ) as unknown as z.ZodType<Scenario, Scenario>,
  territory: territorySchema.optional(),
});
