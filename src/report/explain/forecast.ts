import type { BudgetLineKey } from "../../budget/lines.js";
import { type Citation, formatCitation } from "../../citation/citation.js";
import type { IssuePath } from "../../errors/issue.js";
import type { UnitYearPlan } from "../../transfers/plan/district-plan.js";
import { labelOf, type UnitContext } from "./context.js";
import { type Explanation, type ExplanationSource, node } from "./explanation.js";
import { readLine } from "./read-line.js";
import { ownRevenues, renamed } from "./statement-line.js";

type Schedule = string | Readonly<Record<number, unknown>>;

/** The growth factors of the years after `from` up to `to`: `(1 + 0.05) × (1 + 0.04)`. */
function factors(schedule: Schedule, from: number, to: number): string {
  const years = Array.from({ length: to - from }, (_, i) => from + 1 + i);
  const rate = (y: number) => (typeof schedule === "string" ? schedule : String(schedule[y] ?? "0"));
  return years.map((y) => `(1 + ${rate(y)})`).join(" × ");
}

/** The unit's planned year, when the scenario plans it. @internal */
export function plannedYear(ctx: UnitContext, year: number): UnitYearPlan | undefined {
  return ctx.plan?.result.plan.units
    .find((u) => u.code === ctx.unit.unit.code)
    ?.years.find((y) => y.year === year);
}

/** The unit's plan, when the scenario plans it. */
const unitPlanOf = (ctx: UnitContext) =>
  ctx.plan?.result.plan.units.find((u) => u.code === ctx.unit.unit.code);

/**
 * A base less the part the planning law keeps out of the forecast (the excluded costs, the over-plan
 * revenue): `(28849 − 1000 excluded)`, and the source of that part; the base alone without one.
 */
function lessPart(
  base: string | null,
  part:
    | {
        readonly amount: string;
        readonly what: string;
        readonly citation: Citation;
        readonly path: IssuePath;
      }
    | undefined,
): { readonly text: string; readonly sources: ExplanationSource[] } {
  if (part === undefined) return { text: String(base), sources: [] };
  return {
    text: `(${base} − ${part.amount} ${part.what})`,
    sources: [
      { kind: "scenario", citation: `the scenario file, ${part.path.join(".")}`, path: part.path },
      { kind: "law", citation: formatCitation(part.citation) },
    ],
  };
}

/** The published base of a forecast line: read from the decision, or 0 when the plan took an absent line as zero. */
function baseOf(ctx: UnitContext, key: BudgetLineKey): Explanation {
  const amount = ctx.unit.published[key];
  if (amount !== undefined) return readLine(ctx, key, amount);
  return node({
    figure: key,
    label: labelOf(ctx, key, ctx.result.year),
    value: "0",
    how: "rule",
    detail:
      "not in the base year's figures: taken as zero in the plan, as in self-sufficiency (decisions omit zero lines)",
  });
}

const ROUNDING =
  "the growth factors are multiplied exactly and the amount rounded once, half away from zero, to the tiyn";

/** An own revenue line in a planned year: the base year's line grown by the plan's rate. @internal */
export function forecastLine(
  ctx: UnitContext,
  key: BudgetLineKey,
  uy: UnitYearPlan,
): Explanation | undefined {
  const amount = uy.ownRevenues.lines[key];
  const input = ctx.plan?.input;
  if (amount === undefined || input === undefined) return undefined;
  const growth = input.revenueGrowth[key] ?? "0";
  const base = baseOf(ctx, key);
  const mrp = growth === "mrp";
  const mrpOf = (y: number) => ctx.plan?.result.plan.mrp?.find((m) => m.year === y)?.mrp.toKzt() ?? "?";
  const how = mrp
    ? `× MRP ${uy.year} ${mrpOf(uy.year)} ÷ MRP ${input.base.year} ${mrpOf(input.base.year)}`
    : `× ${factors(growth as Schedule, input.base.year, uy.year)}`;
  const over = unitPlanOf(ctx)?.overPlan;
  const overLine = over?.inForecastBase === false ? over.amounts[key] : undefined;
  const start = lessPart(
    base.value,
    over === undefined || overLine === undefined
      ? undefined
      : {
          amount: overLine.toThousandKzt(),
          what: "over the plan",
          citation: over.citation,
          path: [...ctx.path, "plan", "overPlan", key],
        },
  );
  return node({
    figure: key,
    label: labelOf(ctx, key, uy.year),
    value: amount.toThousandKzt(),
    how: "formula",
    formula: `${start.text} ${how} = ${amount.toThousandKzt()}`,
    detail: `the base year's ${key} grown by the plan's growth of ${key} (${mrp ? "the MRP path" : JSON.stringify(growth)}): an assumption of the scenario, not a forecast of the law`,
    sources: [
      {
        kind: "scenario",
        citation: `the scenario's plan: revenueGrowth.${key}`,
        path: ["plan", "revenueGrowth", key],
      },
      ...start.sources,
    ],
    notes: [ROUNDING],
    children: [base],
  });
}

/** Own revenues in a planned year: the sum of the forecast lines. @internal */
export function forecastOwnRevenues(ctx: UnitContext, uy: UnitYearPlan): Explanation {
  return ownRevenues(ctx, uy.year, (key) => forecastLine(ctx, key, uy) ?? baseOf(ctx, key));
}

/** Costs in a planned year: the base year's expenditures grown by the plan's cost growth (and population). @internal */
export function forecastCosts(ctx: UnitContext, uy: UnitYearPlan): Explanation {
  const input = ctx.plan?.input;
  const published = ctx.unit.published.expenditures;
  const base =
    published === undefined
      ? baseOf(ctx, "expenditures")
      : renamed(
          readLine(ctx, "expenditures", published),
          "costs",
          ctx,
          ctx.result.year,
          "the base year's costs are its expenditures",
        );
  const growth = input?.costGrowth;
  const population = input?.population;
  const scale =
    population === undefined ? "" : ` × population ${population.byYear[uy.year] ?? "?"} ÷ ${population.base}`;
  const excluded = unitPlanOf(ctx)?.excludedCosts;
  const start = lessPart(
    base.value,
    excluded === undefined
      ? undefined
      : {
          amount: excluded.total.toThousandKzt(),
          what: "excluded",
          citation: excluded.citation,
          path: [...ctx.path, "plan", "excludedCosts"],
        },
  );
  const formula =
    growth === undefined || input === undefined
      ? uy.costDirections.map((d) => `${d.direction}: ${d.explanation}`).join("; ")
      : `${start.text} × ${factors(growth as Schedule, input.base.year, uy.year)}${scale} = ${uy.costs.toThousandKzt()}`;
  return node({
    figure: "costs",
    label: labelOf(ctx, "costs", uy.year),
    value: uy.costs.toThousandKzt(),
    how: "formula",
    formula,
    detail: `the base year's costs grown by the plan's cost growth${population === undefined ? "" : " and scaled by the population"} (${JSON.stringify(growth ?? "by direction")}): an assumption of the scenario`,
    sources: [
      { kind: "scenario", citation: "the scenario's plan: costGrowth", path: ["plan", "costGrowth"] },
      ...start.sources,
    ],
    notes: [ROUNDING, ...uy.costDirections.map((d) => `${d.direction} (${d.kind}): ${d.explanation}`)],
    children: [base],
  });
}
