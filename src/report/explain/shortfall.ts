import { formatCitation } from "../../citation/citation.js";
import { Money } from "../../money/money.js";
import type { UnitYearPlan } from "../../transfers/plan/district-plan.js";
import { entryShortfall } from "../../transfers/plan/law-terms.js";
import { labelOf, type UnitContext } from "./context.js";
import { type Explanation, node } from "./explanation.js";

/** One direction's minimum funding in an ended year: minimum − financed, zero when it was reached. */
function entryNode(
  ctx: UnitContext,
  m: { readonly year: number; readonly direction: string; readonly minimum: Money; readonly financed: Money },
  k: number,
): Explanation {
  const path = [...ctx.path, "plan", "minimumFunding", k];
  const [minimum, financed] = [m.minimum.toThousandKzt(), m.financed.toThousandKzt()];
  const shortfall = entryShortfall(m).toThousandKzt();
  return node({
    figure: "minimum_funding",
    label: `minimum funding of ${m.direction}, ${m.year}`,
    value: shortfall,
    how: "formula",
    formula: `${minimum} − ${financed} = ${m.minimum.minus(m.financed).toThousandKzt()}${
      m.financed.compare(m.minimum) > 0 ? " → 0 (financed above the minimum)" : ""
    }`,
    detail: `the minimum funding of ${m.direction} set for ${m.year} less what was financed by the year's end; a shortfall when positive`,
    sources: [{ kind: "scenario", citation: `the scenario file, ${path.join(".")}`, path }],
  });
}

/**
 * The minimum-funding shortfall counted in a planned year's transfer: the shortfalls of ended years
 * (minimum − financed of each direction and year, the scenario's `plan.minimumFunding`), all in the first
 * formula year of the period or in equal parts over its formula years (to the tiyn, the remainder to the
 * earliest); `undefined` when the year counts none. @internal
 */
export function countedShortfall(ctx: UnitContext, uy: UnitYearPlan): Explanation | undefined {
  const counted = uy.transfer.shortfall;
  const given = ctx.plan?.input.minimumFunding ?? [];
  if (counted === undefined || given.length === 0) return undefined;
  const entries = given.map((m, k) => entryNode(ctx, m, k));
  const total = Money.sum(given.map(entryShortfall)).toThousandKzt();
  const unitPlan = ctx.plan?.result.plan.units.find((u) => u.code === ctx.unit.unit.code);
  const years = (unitPlan?.years ?? []).filter((y) => y.transfer.shortfall !== undefined).map((y) => y.year);
  const shortfalls =
    entries.length === 1
      ? `shortfall ${total}`
      : `Σ shortfalls ${entries.map((e) => e.value).join(" + ")} = ${total}`;
  const spread =
    years.length === 1
      ? `all counted in ${years[0]}`
      : `÷ ${years.length} formula years of the period (${years.join(", ")})`;
  return node({
    figure: "minimum_funding_shortfall",
    label: labelOf(ctx, "minimum_funding_shortfall", uy.year),
    value: counted.amount.toThousandKzt(),
    how: "formula",
    formula: `${shortfalls} ${spread} → ${counted.amount.toThousandKzt()}`,
    detail:
      "the shortfall of minimum funding of ended years lowers the net general transfer of the formula years of the period the plan sets (a smaller subvention or a larger budget withdrawal)",
    sources: [
      {
        kind: "scenario",
        citation: `the scenario file, ${[...ctx.path, "plan", "minimumFunding"].join(".")}`,
        path: [...ctx.path, "plan", "minimumFunding"],
      },
      { kind: "law", citation: formatCitation(counted.citation) },
    ],
    notes:
      years.length > 1 ? ["the parts are equal to the tiyn, the remainder going to the earliest years"] : [],
    children: entries,
  });
}
