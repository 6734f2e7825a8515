import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { moneySchema } from "../input/money.js";
import { parseInput } from "../input/parse.js";
import type { Money } from "../money/money.js";
import type { BudgetEffect, ComparisonRow, ScenarioComparison } from "./compare.js";
import type { UnitEffect } from "./unit-effects.js";

const level = z.union([z.literal(2), z.literal(3), z.literal(4), z.null()]);
const place = { account: z.string(), level, name: z.string(), year: z.int() };
const optionalMoney = moneySchema.optional();

/** A comparison as `compareScenario` returns it, each part read by the JSON checked. */
const comparisonSchema = z.looseObject(
  {
    name: z.string(),
    view: z.enum(["held_as_planned", "law_response"]),
    receipts: z.string().optional(),
    rows: z.array(
      z.looseObject({
        ...place,
        ebk: z.string(),
        baseline: moneySchema,
        reform: moneySchema,
        delta: moneySchema,
      }),
    ),
    winners: z.array(z.looseObject({ ...place, delta: moneySchema })),
    losers: z.array(z.looseObject({ ...place, delta: moneySchema })),
    districts: z.array(z.looseObject({ ...place, delta: moneySchema })),
    units: z.array(
      z.looseObject({
        code: z.string(),
        name: z.string(),
        district: z.string(),
        year: z.int(),
        ownRevenues: z.looseObject({ baseline: optionalMoney, reform: optionalMoney }),
        selfSufficiency: z.looseObject({ baseline: z.string().optional(), reform: z.string().optional() }),
        selfSufficiencyBasis: z.enum(["published", "computed_from_receipts"]),
        delta: moneySchema,
      }),
    ),
    country: z.array(z.looseObject({ year: z.int(), delta: moneySchema })),
    notes: z.array(z.string()),
  },
  {
    error: (issue) => `must be a comparison as compareScenario returns it, not ${describeValue(issue.input)}`,
  },
) as unknown as z.ZodType<ScenarioComparison, ScenarioComparison>;

const argumentsSchema = z
  .strictObject({
    comparison: comparisonSchema,
    year: z.int({ error: "must be a whole year" }).optional(),
  })
  .superRefine(({ comparison, year }, ctx) => {
    const years = [...new Set([...comparison.country, ...comparison.rows].map((y) => y.year))].sort(
      (a, b) => a - b,
    );
    if (year === undefined || years.includes(year)) return;
    const span = years.length === 0 ? "it has none" : `${years[0]} to ${years.at(-1)}`;
    ctx.addIssue({
      code: "custom",
      path: ["year"],
      message: `${year} is not a year of the scenario: ${span}`,
    });
  });

const kzt = (m: Money | undefined) => (m === undefined ? null : m.toKzt());

const rowJson = (r: ComparisonRow) => ({
  account: r.account,
  level: r.level,
  name: r.name,
  year: r.year,
  ebk: r.ebk,
  baseline: r.baseline.toKzt(),
  reform: r.reform.toKzt(),
  delta: r.delta.toKzt(),
});

const effectJson = (e: BudgetEffect) => ({
  account: e.account,
  level: e.level,
  name: e.name,
  year: e.year,
  delta: e.delta.toKzt(),
});

const unitJson = (u: UnitEffect) => ({
  account: u.code,
  name: u.name,
  district: u.district,
  year: u.year,
  ownRevenues: { baseline: kzt(u.ownRevenues.baseline), reform: kzt(u.ownRevenues.reform) },
  selfSufficiencyPercent: {
    baseline: u.selfSufficiency.baseline ?? null,
    reform: u.selfSufficiency.reform ?? null,
  },
  selfSufficiencyBasis: u.selfSufficiencyBasis,
  delta: u.delta.toKzt(),
});

/**
 * The JSON form of a comparison (`fourth-level compare --json`): `rows`, one per budget account, year
 * and revenue line, each `{ account, level, name, year, ebk, baseline, reform, delta }`; the winners, the
 * losers, the units (own revenues and self-sufficiency before and after), the districts' and the
 * country's net effects, by year; `receipts`, the scenario's label of its receipts, when it has one. Money as KZT decimal strings; `year` keeps that year only.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not a comparison, or a year that is not whole
 *   or not a year of the comparison.
 * @category Reports
 * @example
 * ```ts
 * const json = comparisonToJson(compareScenario({
 *   name: "Bel-Agach", year: 2026,
 *   districts: [{ kato: "104000000", units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }] }],
 * }));
 * json.rows; //=> []
 * ```
 */
export function comparisonToJson(comparison: ScenarioComparison, year?: number) {
  const checked = parseInput(
    argumentsSchema,
    { comparison, ...(year === undefined ? {} : { year }) },
    "comparison",
    { opaque: ["comparison"] },
  );
  const c = checked.comparison;
  const keep = <T extends { readonly year: number }>(items: readonly T[]) =>
    checked.year === undefined ? items : items.filter((i) => i.year === checked.year);
  return {
    name: c.name,
    view: c.view,
    ...(c.receipts === undefined ? {} : { receipts: c.receipts }),
    rows: keep(c.rows).map(rowJson),
    winners: keep(c.winners).map(effectJson),
    losers: keep(c.losers).map(effectJson),
    units: keep(c.units).map(unitJson),
    districts: keep(c.districts).map(effectJson),
    country: keep(c.country).map((y) => ({ year: y.year, delta: y.delta.toKzt() })),
    notes: c.notes,
  };
}
