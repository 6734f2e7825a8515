import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { FourthLevelError } from "../../errors/error.js";
import { type Issue, tryRead } from "../../errors/issue.js";
import { ANY_KEY, noIssueAt, type PathPattern, whenNoIssueAt } from "../../input/when.js";
import { type PlanningLaw, planningLawOf } from "../../law/law.js";
import { fixedVolumeIssues, plannedYears } from "./fixed-volumes.js";
import { type CheckedPlan, type CheckedUnit, planShapeSchema } from "./input.js";
import { planningTermsOf } from "./law-terms.js";
import { lawTermIssues } from "./law-terms-checks.js";
import { madeInOf } from "./made-in.js";
import { planMrp } from "./mrp.js";
import { moveIssues } from "./paths.js";
import type { PlanLaw } from "./types.js";
import { unitCosts } from "./unit-costs.js";
import { consumersOf, populationByYear, unitRevenueLines } from "./unit-forecast.js";

type Ctx = z.RefinementCtx<CheckedPlan>;

const validAt = (ctx: Ctx, ...patterns: PathPattern[]) =>
  noIssueAt(ctx as unknown as z.core.ParsePayload, ...patterns);
const whenValid = whenNoIssueAt;

const raw = (issues: readonly Issue[]): z.core.$ZodRawIssue[] =>
  issues.map((i) => ({
    code: "custom",
    path: [...i.path],
    input: undefined,
    message: i.message,
    params: { code: i.code },
  }));

const HEADER: PathPattern[] = [["baseYear"], ["horizon"], ["includeBaseYear"]];

/** The horizon after the base year, and a planning law for the year the plan is made in. */
function header(input: CheckedPlan, ctx: Ctx, law: PlanLaw): void {
  const { baseYear, horizon } = input;
  if (horizon < baseYear + 1) {
    ctx.addIssue({
      code: "custom",
      path: ["horizon"],
      message: `horizon ${horizon} must be at least the year after the base year (${baseYear + 1})`,
    });
  }
  const madeIn = madeInOf(input);
  try {
    planningLawOf(madeIn, law);
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    const message = `the plan is made in ${madeIn} (the year before its first planned year), a year the planning law does not cover: ${e.message}`;
    ctx.addIssue({ code: "custom", path: ["baseYear"], message });
  }
}

/** A code given to two units, at the second (`["units", i, "code"]`), naming the first as in `list`. */
export function repeatedCodes(
  units: readonly { readonly code: string }[],
  list = "units",
): z.core.$ZodRawIssue[] {
  const first = new Map<string, number>();
  return units.flatMap((u, i): z.core.$ZodRawIssue[] => {
    const earlier = first.get(u.code);
    if (earlier === undefined) first.set(u.code, i);
    if (earlier === undefined) return [];
    const message = `${u.code} is the code of ${list}[${earlier}] too`;
    return [{ code: "custom", path: ["units", i, "code"], input: u.code, message }];
  });
}

function uniqueCodes({ units }: CheckedPlan, ctx: Ctx): void {
  ctx.issues.push(...repeatedCodes(units));
}

/**
 * A population's numbers for every planned year after the unit's base year, and none other for that year:
 * read from the map as given, whatever else in the population is wrong (a bad number is an issue of its
 * own, at its year), so that every missing or bad year is reported at once.
 */
function populationIssues(
  unit: CheckedUnit,
  at: readonly PropertyKey[],
  years: readonly number[],
  horizon: number,
): z.core.$ZodRawIssue[] {
  const { population, base } = unit;
  const byYear: unknown = population?.byYear;
  if (population === undefined || typeof byYear !== "object" || byYear === null) return [];
  const given = byYear as Readonly<Record<number, unknown>>;
  const issues: z.core.$ZodRawIssue[] = [];
  for (let year = base.year; year <= horizon; year++) {
    const path = [...at, "population", "byYear", String(year)];
    const n = given[year];
    if (year === base.year && n !== undefined && n !== population.base) {
      const message = `${year} is the unit's base year: its population is population.base (${describeValue(population.base)}), not ${describeValue(n)}`;
      issues.push({ code: "custom", path, input: n, message });
    } else if (year !== base.year && n === undefined && years.includes(year)) {
      issues.push({
        code: "custom",
        path,
        input: n,
        message: `no forecast population for ${year}, a planned year`,
      });
    }
  }
  return issues;
}

/** The checks of one unit whose base year is valid: its forecasts can be made, its fixed volumes are planned. */
function unitChecks(
  input: CheckedPlan,
  i: number,
  ctx: Ctx,
  law: PlanLaw,
  terms: PlanningLaw | undefined,
): void {
  const unit = input.units[i] as CheckedUnit;
  const at = ["units", i];
  const years = plannedYears(input);
  if (unit.base.year > input.baseYear) {
    const message = `${unit.base.year} is not a whole year from 2018 to the plan's base year ${input.baseYear}`;
    ctx.addIssue({ code: "custom", path: [...at, "base", "year"], message });
    return;
  }
  ctx.issues.push(...populationIssues(unit, at, years, input.horizon));
  ctx.issues.push(...lawTermIssues(input, i, (...parts) => validAt(ctx, ...parts), terms));
  if (validAt(ctx, [...at, "base", "ownRevenues"], [...at, "base", "overPlan"], [...at, "revenueGrowth"])) {
    const lines = tryRead([], () => unitRevenueLines(unit, input.horizon, undefined, terms));
    ctx.issues.push(...raw(moveIssues(lines[1], at)));
  }
  const costParts: PathPattern[] = [
    [...at, "base", "costs"],
    [...at, "base", "excludedCosts"],
    [...at, "costGrowth"],
    [...at, "costDirections"],
    [...at, "population"],
  ];
  if (validAt(ctx, ...costParts)) {
    const population = populationByYear(unit, input.horizon);
    const consumers =
      population === undefined ? undefined : consumersOf(population, unit.base.year, input.horizon);
    const costs = tryRead([], () => unitCosts(unit, madeInOf(input), input.horizon, consumers, law));
    ctx.issues.push(...raw(moveIssues(costs[1], at)));
  }
  if (validAt(ctx, [...at, "fixedVolumes"])) {
    ctx.issues.push(
      ...fixedVolumeIssues(unit.fixedVolumes ?? [], [...at, "fixedVolumes"], years, input.baseYear),
    );
  }
}

/** Every equalisation year planned, and not one where every unit has a fixed volume. */
function equalisationYears(input: CheckedPlan, ctx: Ctx): void {
  const years = plannedYears(input);
  const fixedEverywhere = (year: number) =>
    input.units.every((u) => (u.fixedVolumes ?? []).some((v) => v.year === year));
  const byYear: unknown = input.equalisation?.byYear;
  if (typeof byYear !== "object" || byYear === null) return;
  for (const year of Object.keys(byYear).map(Number).filter(Number.isSafeInteger)) {
    const path = ["equalisation", "byYear", String(year)];
    if (!years.includes(year))
      ctx.addIssue({ code: "custom", path, message: `${year} is not a planned year` });
    else if (
      Array.isArray(input.units) &&
      validAt(ctx, ["units", ANY_KEY, "fixedVolumes"]) &&
      fixedEverywhere(year)
    ) {
      ctx.addIssue({
        code: "custom",
        path,
        message: `every unit has a fixed volume in ${year}: the method has no unit to apply to`,
      });
    }
  }
}

/**
 * The checks across a plan's fields, added to `schema` (the plan's shape, or a plan already read), each run
 * when the parts it reads are well formed so that every problem is reported at once: the horizon after the
 * base year and a planning law for the year the plan is made in; unique unit codes; each unit's base year
 * not after the plan's, its revenue and cost forecasts (every line with a growth, every year with a rate,
 * consumer number or capital amount, directions summing to `base.costs`, exactly one of `costGrowth` and
 * `costDirections`), its population for every planned year, its fixed volumes in planned years, one per
 * year; equalisation years planned and not all fixed; the MRP path when a line or `mrp` asks for it.
 */
function withPlanChecks<S extends z.ZodType<CheckedPlan>>(schema: S, law: PlanLaw) {
  return schema
    .superRefine((input, ctx) => header(input, ctx, law), { when: whenValid(...HEADER) })
    .superRefine(uniqueCodes, { when: whenValid(["units", ANY_KEY, "code"]) })
    .superRefine(
      (input, ctx) => {
        if (plannedYears(input).length === 0 || !Array.isArray(input.units)) return;
        const terms = planningTermsOf(madeInOf(input), law);
        input.units.forEach((_, i) => {
          if (validAt(ctx, ["units", i, "base", "year"])) unitChecks(input, i, ctx, law, terms);
        });
      },
      { when: whenValid(...HEADER) },
    )
    .superRefine(equalisationYears, { when: whenValid(...HEADER) })
    .superRefine(
      (input, ctx) => {
        if (plannedYears(input).length > 0)
          ctx.issues.push(...raw(tryRead([], () => planMrp(input, law))[1]));
      },
      {
        when: whenValid(...HEADER, ["mrp"], ["units", ANY_KEY, "revenueGrowth"], ["units", ANY_KEY, "base"]),
      },
    );
}

/** What {@link planDistrict} checks once, with the law it is handed: the shape, then across fields. */
export function planInputSchema(law: PlanLaw) {
  return withPlanChecks(planShapeSchema, law);
}

/**
 * The checks across the fields of a plan already read (e.g. a re-plan's input with the kept volumes
 * added), without reading its shape again.
 */
export function planChecksSchema(law: PlanLaw) {
  return withPlanChecks(
    z.custom<CheckedPlan>(() => true),
    law,
  );
}
