import * as z from "zod";
import type { Issue } from "../../errors/issue.js";
import { fieldsSchema } from "../../input/fields.js";
import { checkInput } from "../../input/parse.js";
import { ANY_KEY, noIssueAt, type PathPattern, whenNoIssueAt } from "../../input/when.js";
import { yearsFrom } from "../forecast/forecast-years.js";
import type { PlanLaw } from "../plan/district-plan.js";
import { planShapeSchema } from "../plan/input.js";
import { byPlace } from "../plan/paths.js";
import { planChecksSchema } from "../plan/plan-checks.js";
import { issuesInArgs, prepare } from "./prepare.js";
import { type PreviousUnit, previousSchema, previousUnits } from "./previous.js";
import { ruleText, yearsText } from "./text.js";
import type { ReplanWindow } from "./types.js";
import { refusedMethods, sortVolumes } from "./volumes.js";
import { madeInSchema, windowChecks, windowOf } from "./window.js";

const argsShape = fieldsSchema(
  {
    previous: previousSchema.optional(),
    madeIn: madeInSchema,
    input: planShapeSchema,
    cycleStart: z.unknown().optional(),
  },
  "the re-plan { previous?, madeIn, input, cycleStart? }",
);

/** A re-plan's arguments as read. */
export type CheckedArgs = z.output<typeof argsShape>;
type Ctx = z.RefinementCtx<CheckedArgs>;

const isObject = (value: unknown) => typeof value === "object" && value !== null;
const payloadOf = (ctx: Ctx) => ctx as unknown as z.core.ParsePayload;

/**
 * Where the checks across fields are: `ok` tells whether a part had no issue before they began (its shape,
 * the window, the new plan's own checks), so that one check's problem does not hide another's.
 */
interface Checks {
  readonly ctx: Ctx;
  readonly ok: (...patterns: PathPattern[]) => boolean;
}
const okAt = (c: Checks | Ctx, ...patterns: PathPattern[]) =>
  "ok" in c ? c.ok(...patterns) : noIssueAt(payloadOf(c), ...patterns);
const add = (c: Checks, path: (string | number)[], message: string) =>
  c.ctx.addIssue({ code: "custom", path, message });

/** The window, when `madeIn` and `cycleStart` are right. */
function windowIn(args: CheckedArgs, ctx: Checks | Ctx, law: PlanLaw): ReplanWindow | undefined {
  return okAt(ctx, ["madeIn"], ["cycleStart"])
    ? windowOf(args.madeIn, args.cycleStart as number | undefined, law)
    : undefined;
}

/** The planned years the window keeps: a mid-cycle re-plan's years up to the horizon. */
export const keptOf = (w: ReplanWindow, horizon: number): number[] =>
  w.keptYears.filter((y) => yearsFrom(w.firstYear, horizon).includes(y));

/** The previous plan's units of good shape; `null` when there is a previous plan but no list of units. */
function previousIn(args: CheckedArgs, ctx: Checks | Ctx): Map<string, PreviousUnit> | null | undefined {
  if (args.previous === undefined) return undefined;
  if (!isObject(args.previous) || !Array.isArray(args.previous.units)) return null;
  return previousUnits(args.previous, (path) => okAt(ctx, ["previous", ...path]));
}

/** The new plan's own checks on the input as the re-plan passes it on (kept volumes added). */
function planChecks(args: CheckedArgs, ctx: Ctx, law: PlanLaw): void {
  const w = windowIn(args, ctx, law);
  const previous = previousIn(args, ctx);
  if (w === undefined || previous === null || args.input.baseYear !== w.madeIn) return;
  const prepared = prepare(args.input, w, keptOf(w, args.input.horizon), previous);
  const issues = checkInput(planChecksSchema(law), prepared.input, "re-plan").issues;
  for (const issue of issuesInArgs(byPlace(issues), prepared)) {
    ctx.issues.push({
      code: "custom",
      path: [...issue.path],
      input: undefined,
      message: issue.message,
      params: { code: issue.code },
    });
  }
}

/** The base year, the base year in execution and the horizon against the window. */
function header(args: CheckedArgs, k: Checks, law: PlanLaw): void {
  const w = windowIn(args, k, law);
  if (w === undefined || !isObject(args.input)) return;
  const { baseYear, includeBaseYear, horizon } = args.input;
  if (okAt(k, ["input", "baseYear"]) && baseYear !== w.madeIn)
    add(
      k,
      ["input", "baseYear"],
      `${baseYear} must be ${w.madeIn}, the year the plan is made in: its figures are the base and the plan covers ${w.firstYear} onwards`,
    );
  if (includeBaseYear === true)
    add(
      k,
      ["input", "includeBaseYear"],
      `${w.madeIn} is in execution: a re-plan never changes it (${ruleText(w)}); leave includeBaseYear out`,
    );
  if (!okAt(k, ["input", "horizon"])) return;
  const c = w.cycle;
  const legalEnd = c === undefined ? w.lastYear : c.end;
  if (horizon > legalEnd) {
    const message =
      c === undefined
        ? `${horizon} is past the planning period ${w.firstYear}–${legalEnd} of a plan made in ${w.madeIn} (${ruleText(w)})`
        : w.startsCycle
          ? `${horizon} is past the cycle ${c.start}–${c.end} this plan opens (${ruleText(w)}: volumes for the cycle); the next cycle is set by the plan made in ${c.end}`
          : `${horizon} is past the end of the cycle ${c.start}–${c.end}: a mid-cycle re-plan keeps ${yearsText(w.keptYears)} and does not plan ${c.end + 1} onwards, which belong to the next cycle, set by the plan made in ${c.end} (${ruleText(w)})`;
    add(k, ["input", "horizon"], message);
  } else if (w.keptYears.length > 0 && horizon >= w.firstYear && horizon < w.lastYear) {
    add(
      k,
      ["input", "horizon"],
      `${horizon} stops before the end of the cycle ${c?.start}–${c?.end}: the volumes of ${yearsText(w.keptYears)} stay in force (${ruleText(w)}), so a mid-cycle re-plan shows them all; set the horizon to ${w.lastYear}`,
    );
  }
}

/** A previous plan that names its district must be of the district re-planned. */
function sameDistrict(args: CheckedArgs, c: Checks): void {
  const previous = args.previous?.district?.code;
  if (previous !== undefined && previous !== args.input.district.code)
    add(
      c,
      ["previous", "district", "code"],
      `the previous plan is of district ${previous}, the re-plan of ${args.input.district.code}`,
    );
}

/** The units of the previous plan are the input's. */
function sameUnits(args: CheckedArgs, c: Checks): void {
  const previous = previousIn(args, c);
  if (previous === undefined || previous === null) return;
  const codes = new Set<string>(args.input.units.map((u) => u.code));
  args.input.units.forEach((u, i) => {
    if (!previous.has(u.code))
      add(
        c,
        ["input", "units", i, "code"],
        `${u.code} is not a unit of the previous plan: a re-plan keeps the previous plan's units`,
      );
  });
  for (const [code, p] of previous) {
    if (!codes.has(code))
      add(
        c,
        ["previous", "units", p.index, "code"],
        `${code} of the previous plan is not a unit of the input: a re-plan keeps the previous plan's units`,
      );
  }
}

/** Mid-cycle: the previous plan gives every unit's volume of every kept year. */
function keptGiven(args: CheckedArgs, c: Checks, law: PlanLaw): void {
  const w = windowIn(args, c, law);
  if (w === undefined || !okAt(c, ["input", "horizon"])) return;
  const kept = keptOf(w, args.input.horizon);
  if (kept.length === 0) return;
  const cycleText = `${w.cycle?.start}–${w.cycle?.end}`;
  const previous = previousIn(args, c);
  if (previous === undefined) {
    add(
      c,
      ["previous"],
      `a re-plan made in ${w.madeIn} is in the middle of the cycle ${cycleText}: the volumes of ${yearsText(kept)} are kept (${ruleText(w)}), give the previous plan that fixed them`,
    );
    return;
  }
  for (const u of args.input.units) {
    const p = previous?.get(u.code);
    const missing = kept.filter((y) => p !== undefined && !p.byYear.has(y));
    if (p !== undefined && missing.length > 0)
      add(
        c,
        ["previous", "units", p.index, "years"],
        `${u.code} has no volume for ${missing.join(", ")}: under ${ruleText(w)} it was fixed for the cycle ${cycleText} and is kept by a re-plan made in ${w.madeIn}`,
      );
  }
}

/** No fixed volume or equalisation method for an executed year, none that would change a kept year. */
function keptUnchanged(args: CheckedArgs, c: Checks, law: PlanLaw): void {
  const w = windowIn(args, c, law);
  const previous = previousIn(args, c);
  if (w === undefined || previous === null || !okAt(c, ["input", "horizon"])) return;
  const kept = new Set(keptOf(w, args.input.horizon));
  if (!Array.isArray(args.input.units)) return;
  args.input.units.forEach((u, i) => {
    const at = ["input", "units", i, "fixedVolumes"];
    const parts = [
      [...at, ANY_KEY, "year"],
      [...at, ANY_KEY, "kind"],
      ["input", "units", i, "code"],
    ];
    if (kept.size > 0 && u.minimumFunding !== undefined)
      add(
        c,
        ["input", "units", i, "minimumFunding"],
        `the plan made in ${w.madeIn} keeps the volumes of the cycle ${w.cycle?.start}–${w.cycle?.end} (${ruleText(w)}): minimum-funding shortfalls are counted in the volumes of the next cycle, set by the plan made in ${w.cycle?.end}`,
      );
    if (!Array.isArray(u.fixedVolumes ?? []) || !okAt(c, ...parts)) return;
    for (const r of sortVolumes(u.fixedVolumes ?? [], w, kept, previous?.get(u.code)).refused)
      add(c, [...at, r.at, "year"], r.message);
  });
  const byYear = args.input.equalisation?.byYear;
  if (byYear === undefined || !okAt(c, ["input", "equalisation", "byYear"])) return;
  for (const r of refusedMethods(Object.keys(byYear).map(Number), w, kept))
    add(c, ["input", "equalisation", "byYear", String(r.at)], r.message);
}

const HEAD: PathPattern[] = [["madeIn"], ["cycleStart"]];
const UNIT_CODES: PathPattern[] = [
  ["input", "units", ANY_KEY, "code"],
  ["previous", "units", ANY_KEY, "code"],
];

/** The checks of the input against the window and the previous plan, each when the parts it reads were right. */
function acrossFields(args: CheckedArgs, ctx: Ctx, law: PlanLaw): void {
  const before = { issues: [...payloadOf(ctx).issues] } as z.core.ParsePayload;
  const c: Checks = { ctx, ok: (...patterns) => noIssueAt(before, ...patterns) };
  if (c.ok(...HEAD) && isObject(args.input)) header(args, c, law);
  if (c.ok(["previous", "district"], ["input", "district"])) sameDistrict(args, c);
  if (c.ok(...UNIT_CODES)) sameUnits(args, c);
  if (c.ok(...HEAD, ...UNIT_CODES)) keptGiven(args, c, law);
  if (c.ok(...HEAD, ["input", "horizon"])) keptUnchanged(args, c, law);
}

/**
 * What {@link replanDistrict} checks once, with the law it is handed: the shape of its arguments (the
 * previous plan, `madeIn`, the plan's input by the plan's own shape), the window against the law, the new
 * plan's own checks on the input as passed on (kept volumes added), then the input against the window
 * and the previous plan; each check run when the parts it reads are well formed, every problem at once.
 */
export function replanInputSchema(law: PlanLaw) {
  return argsShape
    .superRefine(windowChecks(law), { when: whenNoIssueAt() })
    .superRefine((args, ctx) => planChecks(args, ctx, law), { when: whenNoIssueAt(...HEAD, ["input"]) })
    .superRefine((args, ctx) => acrossFields(args, ctx, law), { when: whenNoIssueAt() });
}

/** The issues of a re-plan's arguments, grouped by place. */
export function replanIssues(args: unknown, law: PlanLaw): { value?: CheckedArgs; issues: readonly Issue[] } {
  // the previous plan is a value the library built and is handed back (a plan with its postings): its
  // schema reads the parts a re-plan uses, without a walk through all of it
  const checked = checkInput(replanInputSchema(law), args, "re-plan", { opaque: ["previous"] });
  return { ...checked, issues: byPlace(checked.issues) };
}
