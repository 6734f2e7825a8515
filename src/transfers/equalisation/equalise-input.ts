import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { decimalSchema } from "../../input/decimal.js";
import { fieldsSchema } from "../../input/fields.js";
import { moneySchema, nonNegativeMoneySchema } from "../../input/money.js";
import { taggedUnion } from "../../input/tagged.js";
import { ANY_KEY, whenValidAt } from "../../input/when.js";
import { Dec } from "../../money/decimal.js";

/** A union told apart by `kind`. */
const kindUnion = <
  const Options extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]],
>(
  what: string,
  valid: string,
  options: Options,
) => taggedUnion("kind", what, valid, options);

const notDecimal = (value: string) =>
  `${value} is not a plain decimal such as "1200" or "35.5" (a string, never a float), a bigint or a safe integer`;

/** An indicator of a unit (population, area, places…): a decimal of 0 or more. */
const indicatorSchema = decimalSchema({}, notDecimal).superRefine((value, ctx) => {
  if (new Dec(value).lessThan(0)) {
    ctx.addIssue({
      code: "custom",
      message: `${value} is negative: an indicator (population, area, places…) is 0 or more`,
    });
  }
});

const indicatorNameSchema = z
  .string({ error: (issue) => `${describeValue(issue.input)} is not an indicator name such as "population"` })
  .refine((name) => name.trim() !== "", {
    message: 'an empty indicator name: give one such as "population"',
  });

const unitSchema = fieldsSchema(
  {
    id: z
      .string({
        error: (issue) => `${describeValue(issue.input)} is not a unit id: give its name or KATO code`,
      })
      .refine((id) => id.trim() !== "", { message: "empty id: give the unit's name or KATO code" }),
    forecastOwnRevenues: moneySchema.optional(),
    forecastCosts: moneySchema.optional(),
    indicators: z
      .record(z.string(), indicatorSchema, {
        error: (issue) =>
          issue.code === "invalid_type"
            ? `${describeValue(issue.input)} is not a map of indicators such as { population: "1200" }`
            : undefined,
      })
      .optional(),
    lastYear: nonNegativeMoneySchema.optional(),
  },
  "a unit",
);

const changeLimitSchema = kindUnion(
  "a change limit",
  '{ kind: "percent", percent } or { kind: "amount", amount }',
  [
    fieldsSchema(
      {
        kind: z.literal("percent"),
        percent: decimalSchema({}, notDecimal).superRefine((percent, ctx) => {
          if (new Dec(percent).lessThan(0)) {
            ctx.addIssue({
              code: "custom",
              message: `${percent} % is negative: give a percent of 0 or more, e.g. "10"`,
            });
          }
        }),
      },
      'a change limit { kind: "percent", percent }',
    ),
    fieldsSchema(
      { kind: z.literal("amount"), amount: nonNegativeMoneySchema },
      'a change limit { kind: "amount", amount }',
    ),
  ],
);

const byUnitSchema = z.record(z.string(), nonNegativeMoneySchema).optional();

const constraintsSchema = fieldsSchema(
  {
    floor: nonNegativeMoneySchema.optional(),
    floorByUnit: byUnitSchema,
    cap: nonNegativeMoneySchema.optional(),
    capByUnit: byUnitSchema,
    capPerCapita: fieldsSchema(
      { amount: nonNegativeMoneySchema, indicator: indicatorNameSchema },
      "a per-capita cap",
    ).optional(),
    maxChange: changeLimitSchema.optional(),
  },
  "the constraints",
).optional();

const surplusSchema = kindUnion("a surplus treatment", '{ kind: "keep" } or { kind: "withdraw", cap? }', [
  fieldsSchema({ kind: z.literal("keep") }, '{ kind: "keep" }'),
  fieldsSchema(
    { kind: z.literal("withdraw"), cap: nonNegativeMoneySchema.optional() },
    '{ kind: "withdraw", cap? }',
  ),
]);

export const methodSchema = kindUnion(
  "the equalisation method",
  'one of { kind: "gap_filling", surpluses, pool?, constraints? }, { kind: "weights", pool, indicator, constraints? }',
  [
    fieldsSchema(
      {
        kind: z.literal("gap_filling"),
        pool: nonNegativeMoneySchema.optional(),
        surpluses: surplusSchema,
        constraints: constraintsSchema,
      },
      "a gap_filling method",
    ),
    fieldsSchema(
      {
        kind: z.literal("weights"),
        pool: nonNegativeMoneySchema,
        indicator: indicatorNameSchema,
        constraints: constraintsSchema,
      },
      "a weights method",
    ),
  ],
);

const shapeSchema = z.object({
  units: z
    .array(unitSchema, { error: (issue) => `${describeValue(issue.input)} is not a list of units` })
    .min(1, { message: "no units: give at least one" }),
  method: methodSchema,
});

type Shape = z.output<typeof shapeSchema>;
type Ctx = z.RefinementCtx<Shape>;

const UNIT_IDS = ["units", ANY_KEY, "id"] as const;

function uniqueIds({ units }: Shape, ctx: Ctx): void {
  const first = new Map<string, number>();
  units.forEach((unit, i) => {
    const earlier = first.get(unit.id);
    if (earlier === undefined) first.set(unit.id, i);
    else {
      ctx.addIssue({
        code: "custom",
        path: ["units", i, "id"],
        message: `id ${JSON.stringify(unit.id)} is given twice (also units[${earlier}]): each unit needs its own`,
      });
    }
  });
}

function knownUnitIds({ units, method }: Shape, ctx: Ctx): void {
  const ids = [...new Set(units.map((u) => u.id))];
  for (const key of ["floorByUnit", "capByUnit"] as const) {
    for (const id of Object.keys(method.constraints?.[key] ?? {})) {
      if (!ids.includes(id)) {
        ctx.addIssue({
          code: "custom",
          path: ["method", "constraints", key, id],
          message: `no unit has id ${JSON.stringify(id)}; the units are ${ids.join(", ")}`,
        });
      }
    }
  }
}

/** An issue for each unit without the indicator `name`, which `use` needs. */
function requireIndicator({ units }: Shape, ctx: Ctx, name: string, use: string): void {
  units.forEach((unit, i) => {
    if (unit.indicators?.[name] === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["units", i, "indicators", name],
        message: `unit ${JSON.stringify(unit.id)} has no indicator ${JSON.stringify(name)}: ${use}`,
      });
    }
  });
}

function forecastsPresent({ units, method }: Shape, ctx: Ctx): void {
  if (method.kind !== "gap_filling") return;
  units.forEach((unit, i) => {
    const missing = (["forecastOwnRevenues", "forecastCosts"] as const).filter((f) => unit[f] === undefined);
    if (missing.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["units", i],
        message: `unit ${JSON.stringify(unit.id)} has no ${missing.join(" and ")}: gap filling needs forecastOwnRevenues and forecastCosts`,
      });
    }
  });
}

/**
 * What {@link equalise} checks once: the units (at least one, unique non-empty ids, amounts as Money,
 * indicators as decimals ≥ 0, last year's subvention ≥ 0) and the method with its configuration (exactly
 * the fields of its kind, amounts ≥ 0); then across them, each check run when the parts it reads are
 * well formed, so that every problem is reported at once: per-unit floors and caps name existing units,
 * the weights indicator and the per-capita indicator are given for every unit, gap filling has both
 * forecasts of every unit.
 */
export const equaliseInputSchema = shapeSchema
  .superRefine(uniqueIds, { when: whenValidAt(UNIT_IDS) })
  .superRefine(knownUnitIds, {
    when: whenValidAt(
      UNIT_IDS,
      ["method", "constraints", "floorByUnit"],
      ["method", "constraints", "capByUnit"],
    ),
  })
  .superRefine(
    (input, ctx) => {
      if (input.method.kind === "weights") {
        requireIndicator(input, ctx, input.method.indicator, "the weights method splits the pool by it");
      }
    },
    {
      when: whenValidAt(
        ["units", ANY_KEY, "indicators"],
        UNIT_IDS,
        ["method", "kind"],
        ["method", "indicator"],
      ),
    },
  )
  .superRefine(
    (input, ctx) => {
      const perCapita = input.method.constraints?.capPerCapita;
      if (perCapita !== undefined) {
        requireIndicator(input, ctx, perCapita.indicator, "the per-capita cap multiplies by it");
      }
    },
    {
      when: whenValidAt(["units", ANY_KEY, "indicators"], UNIT_IDS, [
        "method",
        "constraints",
        "capPerCapita",
      ]),
    },
  )
  .superRefine(forecastsPresent, {
    when: whenValidAt(
      ["units", ANY_KEY, "forecastOwnRevenues"],
      ["units", ANY_KEY, "forecastCosts"],
      UNIT_IDS,
      ["method", "kind"],
    ),
  });

/** The input of {@link equalise} as checked: indicators and percentages as canonical decimal strings. */
export type CheckedEqualisation = z.output<typeof equaliseInputSchema>;

/** One unit as checked. */
export type CheckedUnit = CheckedEqualisation["units"][number];

/** A method as checked. */
export type CheckedMethod = CheckedEqualisation["method"];

/** Floors and caps as checked. */
export type CheckedConstraints = NonNullable<CheckedMethod["constraints"]>;

/** A change limit as checked. */
export type CheckedChangeLimit = NonNullable<CheckedConstraints["maxChange"]>;
