import type * as z from "zod";
import type { Citation } from "../../citation/citation.js";
import { Money } from "../../money/money.js";
import type { CheckedFixedVolume, CheckedPlan } from "./input.js";
import { transferKindOf } from "./net-transfer.js";
import type { PlannedTransfer } from "./result-types.js";

/** The planned years of a plan: `baseYear + 1` (or `baseYear` with `includeBaseYear`) to the horizon. */
export function plannedYears(input: Pick<CheckedPlan, "baseYear" | "horizon" | "includeBaseYear">): number[] {
  const first = input.includeBaseYear === true ? input.baseYear : input.baseYear + 1;
  return Array.from({ length: Math.max(0, input.horizon - first + 1) }, (_, i) => first + i);
}

/** Issues (for a refinement) of a unit's fixed volumes: each in a planned year, one per year. */
export function fixedVolumeIssues(
  volumes: readonly CheckedFixedVolume[],
  at: readonly PropertyKey[],
  years: readonly number[],
  baseYear: number,
): z.core.$ZodRawIssue[] {
  const seen = new Set<number>();
  return volumes.flatMap((v, j): z.core.$ZodRawIssue[] => {
    const path = [...at, j, "year"];
    const repeated = seen.has(v.year);
    seen.add(v.year);
    if (!years.includes(v.year)) {
      const why = v.year === baseYear ? ": the base year is planned only with includeBaseYear" : "";
      const message = `${v.year} is not a planned year (${years[0]}–${years.at(-1)})${why}`;
      return [{ code: "custom", path, input: v.year, message }];
    }
    return repeated
      ? [{ code: "custom", path, input: v.year, message: `${v.year} already has a fixed volume` }]
      : [];
  });
}

/** The planned transfer of a fixed volume; its ground is the rule under which the maslikhat fixes volumes. */
export function fixedTransfer(f: CheckedFixedVolume, citation: Citation): PlannedTransfer {
  if (f.kind === "none") return { kind: "none", amount: Money.zero, source: "fixed", citation };
  return { kind: transferKindOf(f.kind), amount: f.amount, source: "fixed", citation };
}
