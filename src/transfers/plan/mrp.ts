import { type Issue, throwIssues, tryRead } from "../../errors/issue.js";
import type { Money } from "../../money/money.js";
import { type MrpYear, mrpPath } from "../forecast/mrp-path.js";
import type { CheckedPlan } from "./input.js";
import type { PlanLaw } from "./types.js";
import { mrpLinesOf } from "./unit-forecast.js";

/** The MRP path of a plan: the path from the earliest base year and its value per year. */
export interface PlanMrp {
  readonly path: readonly MrpYear[] | undefined;
  readonly values: ReadonlyMap<number, Money> | undefined;
}

const NONE: PlanMrp = { path: undefined, values: undefined };

/** The issues of a path that could not be built, where the plan's caller can fix them. */
function placed(
  inner: readonly Issue[],
  input: CheckedPlan,
  law: PlanLaw,
  users: readonly Issue["path"][],
): Issue[] {
  const missing = inner
    .filter((i) => i.path.length === 2 && i.path[0] === "mrp")
    .map((i) => Number(i.path[1]));
  const indexation = input.mrp?.indexation;
  if (inner.length === 0) return [];
  if (input.mrp === undefined && missing.length === inner.length) {
    const lastKnown = law.parameters.mrp.entries.at(-1)?.from.slice(0, 4);
    const span = missing.length === 1 ? `${missing[0]}` : `${missing[0]}–${missing.at(-1)}`;
    return users.map((path) => ({
      path,
      code: "INVALID_INPUT",
      message: `grows with the MRP, but the law's MRP values end with ${lastKnown} and no indexation covers ${span}: give an MRP indexation`,
    }));
  }
  // a year without an MRP is a fault of the indexation (missing, or starting too late)
  return inner.map((i) => {
    const yearGap = i.path.length === 2 && i.path[0] === "mrp";
    const at = yearGap
      ? ["mrp", "indexation", ...(indexation === undefined ? [] : ["fromYear"])]
      : ["mrp", ...i.path];
    return { ...i, path: at };
  });
}

/**
 * The plan's MRP path when `input.mrp` is given or a line grows `"mrp"`: the law's MRP values, then the
 * caller's indexation, to the horizon (reported from the earliest base year).
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT`: problems of the indexation at `["mrp", "indexation", …]`,
 * or without `input.mrp` at every line that needs the missing years.
 */
export function planMrp(input: CheckedPlan, law: PlanLaw): PlanMrp {
  const users = input.units.flatMap((u, i) =>
    mrpLinesOf(u).map((line) => ["units", i, "revenueGrowth", line]),
  );
  if (input.mrp === undefined && users.length === 0) return NONE;
  const indexation = input.mrp?.indexation;
  const [path, inner] = tryRead([], () =>
    mrpPath({
      known: law.parameters.mrp,
      ...(indexation === undefined ? {} : { indexation }),
      horizon: input.horizon,
    }),
  );
  throwIssues("MRP path", placed(inner, input, law, users));
  const earliest = Math.min(input.baseYear, ...input.units.map((u) => u.base.year));
  const full = path ?? [];
  return { path: full.filter((y) => y.year >= earliest), values: new Map(full.map((y) => [y.year, y.mrp])) };
}
