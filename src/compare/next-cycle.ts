import { LINE_OF_CATEGORY, OWN_REVENUE_LINES } from "../budget/statement.js";
import { fiscalYearOf } from "../calendar/iso-date.js";
import { formatCitation } from "../citation/citation.js";
import { FourthLevelError } from "../errors/error.js";
import type { Law } from "../law/law.js";
import { Money } from "../money/money.js";
import type { DistrictPlanResult } from "../scenario/plan-types.js";
import type { ScenarioResult } from "../scenario/run.js";
import type { Scenario } from "../scenario/types.js";
import { generalTransfer } from "../transfers/equalisation/general-transfer.js";
import { districtYear } from "../transfers/plan/assemble.js";
import {
  type DistrictPlanInput,
  planDistrict,
  type UnitPlan,
  type UnitYearPlan,
  volumeKindOf,
} from "../transfers/plan/district-plan.js";
import { signedAmount } from "../transfers/plan/net-transfer.js";
import { plannedGeneralTransfers } from "../transfers/postings/transfer-postings.js";
import { replanWindow } from "../transfers/replan/replan.js";
import { flowsOf } from "./flows.js";

/** Per unit, the change of its own revenues in the base year by line (KZT): the reform's receipts − the law's. */
type OwnDeltas = ReadonlyMap<string, Readonly<Record<string, Money>>>;

const OWN = OWN_REVENUE_LINES as readonly string[];

/** Each unit's change of own revenues in the base year, by line, from the two runs' receipts. */
function ownDeltas(baseline: ScenarioResult, reform: ScenarioResult): OwnDeltas {
  const deltas = new Map<string, Record<string, Money>>();
  const add = (run: ScenarioResult, sign: 1 | -1) => {
    for (const f of flowsOf(run.attribution?.postings ?? []).values()) {
      const line = f.category === undefined ? undefined : LINE_OF_CATEGORY[f.category];
      if (f.level !== 4 || f.year !== baseline.year || line === undefined || !OWN.includes(line)) continue;
      const lines = deltas.get(f.account) ?? {};
      lines[line] = (lines[line] ?? Money.zero).plus(sign === 1 ? f.amount : f.amount.negate());
      deltas.set(f.account, lines);
    }
  };
  add(reform, 1);
  add(baseline, -1);
  return deltas;
}

/**
 * The first year whose volumes a plan made in the base year or later sets: the next year under rolling
 * rules or when it opens a cycle, else the first year of the next three-year cycle; `undefined` when the
 * planning law has no rules for plans made in the base year. @internal
 */
export function nextCycleStart(year: number, law: Law): number | undefined {
  try {
    const w = replanWindow(year, law);
    return w.regime === "rolling" || w.startsCycle ? year + 1 : (w.cycle?.end ?? year) + 1;
  } catch (e) {
    if (e instanceof FourthLevelError) return undefined;
    throw e;
  }
}

/** A unit of the plan from `start`: the fresh plan's years, the formula's made in `start − 1`, re-posted. */
function unitFrom(
  kept: UnitPlan,
  fresh: UnitPlan,
  start: number,
  plan: DistrictPlanResult["plan"],
  law: Law,
) {
  const later = fresh.years
    .filter((y) => y.year >= start)
    .map((y): UnitYearPlan => {
      const transfer =
        y.transfer.source === "formula"
          ? { ...generalTransfer(y.ownRevenues.total, y.costs, start - 1, law), source: "formula" as const }
          : y.transfer;
      return { ...y, transfer, balance: y.ownRevenues.total.plus(signedAmount(transfer)).minus(y.costs) };
    });
  const volumes = later.flatMap((y) =>
    y.transfer.kind === "none"
      ? []
      : [{ year: y.year, kind: volumeKindOf(y.transfer.kind), amount: y.transfer.amount }],
  );
  return {
    ...kept,
    years: [...kept.years.filter((y) => y.year < start), ...later],
    postings: [
      ...kept.postings.filter((p) => fiscalYearOf(p.date) < start),
      ...plannedGeneralTransfers(plan.district, kept.account, volumes, law),
    ],
  };
}

/** The input with each unit's base-year own revenues changed as the reform changes them. */
function reformedBasis(input: DistrictPlanInput, deltas: OwnDeltas): DistrictPlanInput {
  return {
    ...input,
    units: input.units.map((u) => {
      const change = deltas.get(u.code) ?? {};
      const lines = { ...u.base.ownRevenues };
      for (const [line, delta] of Object.entries(change))
        lines[line] = (lines[line] ?? Money.zero).plus(delta);
      return { ...u, base: { ...u.base, ownRevenues: lines } };
    }),
  };
}

/** One district's plan with the years from `start` planned anew from the reformed basis. */
function replanned(
  result: DistrictPlanResult,
  input: DistrictPlanInput,
  deltas: OwnDeltas,
  start: number,
  law: Law,
): DistrictPlanResult {
  const { plan } = result;
  const fresh = planDistrict(reformedBasis(input, deltas), law);
  const units = plan.units.map((u, i) => unitFrom(u, fresh.units[i] as UnitPlan, start, plan, law));
  const byYear = plan.byYear.map((y) =>
    y.year < start ? y : districtYear(y.year, units, plan.district, law),
  );
  return { ...result, plan: { ...plan, units, byYear, postings: units.flatMap((u) => u.postings) } };
}

/**
 * The reform's run with the next cycle re-planned (the `law_response` view): from the first year whose
 * volumes a plan made after the base year sets ({@link nextCycleStart}; under BC2025 Art. 79 p.2 the next
 * three-year cycle) to the horizon, each district's units are planned anew under the reformed law, the
 * forecast basis being the base year's own revenues as the reform changes them (the published lines plus
 * the change of each unit's own-revenue receipts), and the formula made in the year before that start.
 * Earlier years keep the plan's volumes. A scenario without a plan, or whose horizon ends before the next
 * cycle, is returned as it is. @internal
 *
 * @returns The run, and a note per district re-planned.
 */
export function withNextCycle(
  baseline: ScenarioResult,
  reform: ScenarioResult,
  scenario: Scenario,
  law: Law,
): { readonly result: ScenarioResult; readonly notes: readonly string[] } {
  const start = nextCycleStart(reform.year, law);
  const plan = reform.plan;
  if (plan === undefined || start === undefined || start > plan.horizon) return { result: reform, notes: [] };
  const deltas = ownDeltas(baseline, reform);
  const inputs = scenario.plan?.districts ?? [];
  const districts = plan.districts.map((d, i) => {
    const input = inputs[i]?.input;
    return input === undefined ? d : replanned(d, input, deltas, start, law);
  });
  const rule = formatCitation(replanWindow(start - 1, law).citation);
  const notes = districts.map(
    (d) =>
      `${d.district.nameRu}: ${start}–${plan.horizon} re-planned as made in ${start - 1} under the reformed law, from the ${reform.year} own revenues as the reform changes them (volumes change when a cycle starts: ${rule}); the years before keep the plan's volumes`,
  );
  return { result: { ...reform, plan: { ...plan, districts } }, notes };
}
