import { type Issue, throwIssues, tryRead } from "../../errors/issue.js";
import type { PlanningLaw } from "../../law/law.js";
import { Money } from "../../money/money.js";
import { equalise } from "../equalisation/equalise.js";
import { generalTransfer, generalTransferCitation } from "../equalisation/general-transfer.js";
import type { EqualisationMethod, EqualisationUnit } from "../equalisation/types.js";
import { fixedTransfer } from "./fixed-volumes.js";
import type { CheckedPlan } from "./input.js";
import { shortfallShares, withShortfall } from "./law-terms.js";
import type { PlannedTransfer } from "./result-types.js";
import type { PlanLaw } from "./types.js";

/** What the transfers of a year are computed from, per unit (by index) and year. */
export interface PlanFigures {
  readonly own: (unit: number, year: number) => Money;
  readonly costs: (unit: number, year: number) => Money;
  readonly population: (unit: number, year: number) => number | undefined;
}

/** The plan's context: the input as read, the years, the year it is made in and its planning law. */
export interface PlanContext {
  readonly input: CheckedPlan;
  readonly years: readonly number[];
  readonly madeIn: number;
  /** The planning law of `madeIn`: its rule of fixed volumes, its minimum funding rule. */
  readonly terms: PlanningLaw;
}

type Transfers = Map<number, PlannedTransfer>[];

/** The equalisation of one year among the units without a fixed volume; its issues at the plan's paths. */
function equalised(
  ctx: PlanContext,
  figures: PlanFigures,
  transfers: Transfers,
  year: number,
  method: EqualisationMethod,
  free: readonly number[],
  law: PlanLaw,
): Issue[] {
  const previous = ctx.years[ctx.years.indexOf(year) - 1];
  const eqUnits = free.map((i): EqualisationUnit => {
    const u = ctx.input.units[i] as CheckedPlan["units"][number];
    const before = previous === undefined ? undefined : transfers[i]?.get(previous);
    const last =
      before === undefined ? u.base.subvention : before.kind === "subvention" ? before.amount : Money.zero;
    const population = figures.population(i, year);
    const indicators =
      population === undefined ? u.indicators : { ...u.indicators, population: String(population) };
    return {
      id: u.code,
      forecastOwnRevenues: figures.own(i, year),
      forecastCosts: figures.costs(i, year),
      ...(indicators === undefined ? {} : { indicators }),
      ...(last === undefined ? {} : { lastYear: last }),
    };
  });
  const [result, issues] = tryRead([], () => equalise(eqUnits, method));
  const citation = generalTransferCitation(ctx.madeIn, law);
  result?.units.forEach((t, k) => {
    transfers[free[k] as number]?.set(year, {
      kind: t.kind,
      amount: t.amount,
      source: "equalisation",
      citation,
    });
  });
  const at = ["equalisation", "byYear", String(year)];
  return issues.map((i) => {
    const [head, k, ...rest] = i.path;
    if (head === "method") return { ...i, path: [...at, ...(k === undefined ? [] : [k]), ...rest] };
    if (head === "units" && typeof k === "number")
      return { ...i, path: [...at, "units", free[k] ?? k, ...rest] };
    return { ...i, path: [...at, ...i.path] };
  });
}

/**
 * The general transfer of every unit in every planned year, year by year: a fixed volume wins; in a year
 * with an equalisation method the other units are equalised (last year's subvention from the previous
 * planned year, whatever its source, or `base.subvention` in the first); else the law's formula, less
 * the unit's minimum-funding shortfalls counted in the year (`shortfallShares`).
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what `equalise` refuses, at
 * `["equalisation", "byYear", "<year>", …]`.
 */
export function planTransfers(ctx: PlanContext, figures: PlanFigures, law: PlanLaw): Transfers {
  const { input } = ctx;
  const fixedOf = input.units.map((u) => new Map((u.fixedVolumes ?? []).map((v) => [v.year, v])));
  const transfers: Transfers = input.units.map(() => new Map());
  const shares = shortfallShares(input, ctx.years, ctx.terms);
  const issues: Issue[] = [];
  for (const year of ctx.years) {
    const method = input.equalisation?.byYear[year];
    const free: number[] = [];
    input.units.forEach((_, i) => {
      const f = fixedOf[i]?.get(year);
      if (f !== undefined) transfers[i]?.set(year, fixedTransfer(f, ctx.terms.fixedVolumes));
      else if (method === undefined) {
        const formula = generalTransfer(figures.own(i, year), figures.costs(i, year), ctx.madeIn, law);
        transfers[i]?.set(year, withShortfall({ ...formula, source: "formula" }, shares[i]?.get(year)));
      } else free.push(i);
    });
    if (method !== undefined) {
      // the schema read it as an equalisation method; optional fields are left out, never undefined
      const m = method as EqualisationMethod;
      issues.push(...equalised(ctx, figures, transfers, year, m, free, law));
    }
  }
  throwIssues("district plan", issues);
  return transfers;
}
