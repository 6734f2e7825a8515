import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { asGiven } from "../../input/as-given.js";
import { katoCodeSchema } from "../../input/codes.js";
import { nonNegativeMoneySchema } from "../../input/money.js";
import { ANY_KEY, whenNoIssueAt } from "../../input/when.js";
import { forecastYearSchema } from "../forecast/forecast-years.js";
import type { PlannedTransfer } from "../plan/district-plan.js";
import { repeatedCodes } from "../plan/plan-checks.js";
import type { TransferScheduleYear } from "./types.js";

/** A planned transfer of a previous plan: its kind and amount (zero for `"none"`) are read. */
const transferSchema = z
  .looseObject(
    {
      kind: z.enum(["subvention", "withdrawal", "none"], {
        error: (issue) => `${describeValue(issue.input)} is not "subvention", "withdrawal" or "none"`,
      }),
      amount: nonNegativeMoneySchema,
    },
    {
      error: (issue) =>
        `${describeValue(issue.input)} is not a planned transfer { kind, amount, source, citation }`,
    },
  )
  .superRefine((t, ctx) => {
    if (t.kind !== "none" || t.amount.isZero() || t.amount.isNegative()) return;
    ctx.addIssue({
      code: "custom",
      path: ["amount"],
      message: `a "none" entry (no transfer) has the amount zero, got ${t.amount.toKzt()} KZT`,
      params: { code: "INVALID_AMOUNT" },
    });
  });

const yearSchema = z.looseObject(
  { year: forecastYearSchema, transfer: asGiven<PlannedTransfer>(transferSchema) },
  { error: (issue) => `${describeValue(issue.input)} is not a year of a schedule { year, transfer }` },
);

/** A unit of a previous plan: its code and its years, each year once. */
const unitSchema = z
  .looseObject(
    {
      code: katoCodeSchema,
      years: z.array(yearSchema, { error: "the unit needs a list of years { year, transfer }" }),
    },
    { error: (issue) => `${describeValue(issue.input)} is not a unit of a schedule { code, years }` },
  )
  .superRefine(
    (u, ctx) => {
      const seen = new Set<number>();
      u.years.forEach((y, j) => {
        if (seen.has(y.year))
          ctx.addIssue({
            code: "custom",
            path: ["years", j, "year"],
            message: `${y.year} already has an entry`,
          });
        seen.add(y.year);
      });
    },
    { when: whenNoIssueAt(["years", ANY_KEY, "year"]) },
  );

/**
 * The schedule in force before a re-plan (a `DistrictPlan`, a `ReplanResult` or a `TransferSchedule`):
 * units listed once each, the district when it names one.
 */
export const previousSchema = z
  .looseObject(
    {
      units: z.array(unitSchema, { error: "the previous plan needs a list of units" }),
      district: z.looseObject({ code: katoCodeSchema }).optional(),
    },
    { error: (issue) => `${describeValue(issue.input)} is not a schedule { units }` },
  )
  .superRefine(
    (p, ctx) => {
      ctx.issues.push(...repeatedCodes(p.units, "previous.units"));
    },
    {
      when: whenNoIssueAt(["units", ANY_KEY, "code"]),
    },
  );

/** A previous plan as read. */
export type CheckedPrevious = z.output<typeof previousSchema>;

/** A previous plan's unit, read: its index, its entries by year and in year order. */
export interface PreviousUnit {
  readonly index: number;
  /** The index of each year's entry in the unit's `years`. */
  readonly entryOf: ReadonlyMap<number, number>;
  readonly byYear: ReadonlyMap<number, PlannedTransfer>;
  readonly years: readonly TransferScheduleYear[];
}

/**
 * The units of a previous plan by code, each with its entries of good shape (`good(path)`: no issue at
 * the path inside `previous`): the first unit of a code, the first entry of a year.
 */
export function previousUnits(
  previous: CheckedPrevious,
  good: (path: readonly (string | number)[]) => boolean = () => true,
): Map<string, PreviousUnit> {
  const units = new Map<string, PreviousUnit>();
  previous.units.forEach((u, index) => {
    if (units.has(u.code) || !good(["units", index, "code"])) return;
    const entryOf = new Map<number, number>();
    const byYear = new Map<number, PlannedTransfer>();
    u.years.forEach((y, j) => {
      if (byYear.has(y.year) || !good(["units", index, "years", j])) return;
      entryOf.set(y.year, j);
      byYear.set(y.year, y.transfer);
    });
    const years = [...byYear].map(([year, transfer]) => ({ year, transfer })).sort((a, b) => a.year - b.year);
    units.set(u.code, { index, entryOf, byYear, years });
  });
  return units;
}
