import { Money } from "../../money/money.js";
import type { DistrictResult } from "../../scenario/run.js";
import type { UnitContext } from "./context.js";
import { type Explanation, node } from "./explanation.js";
import { plannedYear } from "./forecast.js";
import { baseTransfer, plannedTransfer } from "./transfer.js";

/**
 * A district's transfer outlay of a year, as the plan's total row shows it: in the base year the sum of
 * its units' published transfers; in a planned year Σ subventions − Σ withdrawals of its units.
 * @internal
 */
export function districtOutlay(
  district: DistrictResult,
  units: readonly UnitContext[],
  year: number,
): Explanation {
  const label = `district_outlay of ${district.district.nameRu} (${district.district.code}), ${year}`;
  const first = units[0];
  const planned = first?.plan?.result.plan.byYear.find((y) => y.year === year);
  if (planned === undefined || year === first?.result.year) {
    const children = units.map((u) => baseTransfer(u, "subvention"));
    const known = children.every((c) => c.value !== null);
    const total = known
      ? Money.sum(children.map((c) => Money.thousandKzt(c.value as string))).toThousandKzt()
      : null;
    return node({
      figure: "district_outlay",
      label,
      value: total,
      how: "sum",
      formula: `${children.map((c) => c.value ?? "?").join(" + ")} = ${total ?? "unknown"}`,
      detail:
        "in the base year the district's outlay is the sum of the transfers its units' decisions publish",
      children,
    });
  }
  const children = units.flatMap((u) => {
    const uy = plannedYear(u, year);
    if (uy === undefined) return [];
    return [plannedTransfer(u, uy, uy.transfer.kind === "withdrawal" ? "withdrawal" : "subvention")];
  });
  return node({
    figure: "district_outlay",
    label,
    value: planned.outlay.toThousandKzt(),
    how: "formula",
    formula: `Σ subventions ${planned.subventions.toThousandKzt()} − Σ withdrawals ${planned.withdrawals.toThousandKzt()} = ${planned.outlay.toThousandKzt()}`,
    detail:
      "the district budget's outlay on general transfers: the subventions it pays its units less the budget withdrawals it receives from them",
    children,
  });
}
