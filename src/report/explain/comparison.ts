import { Money } from "../../money/money.js";
import type { UnitYearPlan } from "../../transfers/plan/district-plan.js";
import { labelOf, type UnitContext } from "./context.js";
import { type Explanation, node } from "./explanation.js";
import { plannedYear } from "./forecast.js";
import { plannedBalance, plannedTransfer } from "./transfer.js";

/** The lines comparing a unit's plan with the district's alternative plan. */
export type ComparisonLine = "alternative_net" | "difference" | "alternative_balance";

/** The unit under the alternative plan: the same unit, planned by the alternative's methods. */
function alternativeOf(ctx: UnitContext): UnitContext | undefined {
  const plan = ctx.plan;
  const alternative = plan?.result.alternative;
  if (plan === undefined || alternative === undefined || plan.alternative === undefined) return undefined;
  const [districts, i] = ctx.path;
  return {
    ...ctx,
    plan: {
      result: { district: plan.result.district, plan: alternative.plan, notes: plan.result.notes },
      input: plan.alternative,
      equalisationPath: [districts ?? "districts", i ?? 0, "plan", "alternative", "equalisation"],
    },
  };
}

/** A unit's net general transfer of a year (a subvention positive, a withdrawal negative), with its reason. */
function netTransfer(ctx: UnitContext, uy: UnitYearPlan, figure: string, what: string): Explanation {
  const withdrawal = uy.transfer.kind === "withdrawal";
  const transfer = plannedTransfer(ctx, uy, withdrawal ? "withdrawal" : "subvention");
  return node({
    figure,
    label: labelOf(ctx, figure, uy.year),
    value: (withdrawal ? uy.transfer.amount.negate() : uy.transfer.amount).toThousandKzt(),
    how: "rule",
    detail: `the net general transfer ${what}: a subvention counts positive, a budget withdrawal negative`,
    children: [transfer],
  });
}

/**
 * A line of the comparison with the district's alternative plan in a planned year: the unit's net
 * transfer under the alternative, the difference alternative − plan, its balance under the alternative;
 * `undefined` when the district has no alternative. @internal
 */
export function comparisonLine(
  ctx: UnitContext,
  line: ComparisonLine,
  year: number,
): Explanation | undefined {
  const alt = alternativeOf(ctx);
  const uy = plannedYear(ctx, year);
  const altUy = alt === undefined ? undefined : plannedYear(alt, year);
  const name = ctx.plan?.result.alternative?.name ?? "";
  if (alt === undefined || uy === undefined || altUy === undefined) return undefined;
  if (line === "alternative_balance") {
    const balance = plannedBalance(alt, altUy);
    return {
      ...balance,
      figure: line,
      label: labelOf(ctx, line, year),
      detail: `under the alternative "${name}": ${balance.detail}`,
    };
  }
  const b = netTransfer(alt, altUy, "alternative_net", `under the alternative "${name}"`);
  if (line === "alternative_net") return b;
  const a = netTransfer(ctx, uy, "plan_net", "under the plan");
  const difference = Money.thousandKzt(b.value as string).minus(Money.thousandKzt(a.value as string));
  return node({
    figure: line,
    label: labelOf(ctx, line, year),
    value: difference.toThousandKzt(),
    how: "formula",
    formula: `${b.value} − (${a.value}) = ${difference.toThousandKzt()}`,
    detail: `the alternative's net transfer less the plan's: positive when the unit gains under "${name}"`,
    children: [b, a],
  });
}
