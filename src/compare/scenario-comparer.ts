import * as z from "zod";
import { throwIssues, tryRead } from "../errors/issue.js";
import { parseInput } from "../input/parse.js";
import { applyTaxReforms } from "../jurisdictions/kz/taxes/law/apply-tax-reforms.js";
import { KAZAKHSTAN_RATE_TABLES } from "../jurisdictions/kz/taxes/law/rate-tables.js";
import { KAZAKHSTAN_TAX_LAW } from "../jurisdictions/kz/taxes/law/tax-law.js";
import { kazakhstanTerritory } from "../jurisdictions/kz/territory.js";
import { rulebookOf } from "../law/law.js";
import { applyReforms } from "../reform/apply.js";
import type { Reform } from "../reform/reform-schema.js";
import { scenarioResolver } from "../scenario/load.js";
import { runResolved, type ScenarioResult } from "../scenario/run.js";
import type { ResolveScenarioOptions, Scenario } from "../scenario/types.js";
import { type ComparisonView, compareRuns, type ScenarioComparison, viewSchema } from "./compare.js";
import { withNextCycle } from "./next-cycle.js";
import { type RatedReceipts, receiptsUnderRates } from "./rate-receipts.js";

/**
 * The first note of a comparison without reforms, which then shows every row unchanged.
 *
 * @category Reforms
 * @example
 * ```ts
 * NO_REFORMS; //=> "no reforms: the law as it is; no change"
 * ```
 */
export const NO_REFORMS = "no reforms: the law as it is; no change";

/** A scenario file resolved under the law as it is, run once, and its comparison with itself under any reforms. @internal */
export interface ScenarioComparer {
  readonly baseline: Scenario;
  readonly baselineRun: ScenarioResult;
  /** The comparison under a list of reforms (e.g. some of the file's, or one with a parameter set). */
  readonly compare: (reforms: readonly Reform[]) => ScenarioComparison;
}

/**
 * The runner of `compareScenario`, `decomposeReforms` and `calibrateScenario`: the view is checked, the
 * scenario file resolved (its files read once) and run under the law as it is, on the territory it was
 * resolved under: `options.territory`, else the bundled one with the file's `ownBudgetSince`. Each list of reforms given to `compare` has its law checked (its
 * problems at their paths), the scenario resolved under it (only what depends on the law read again) and
 * run; an empty list compares the baseline with itself. @internal
 */
export function scenarioComparer(
  data: unknown,
  options: ResolveScenarioOptions,
  view: ComparisonView,
  what: string,
  caller: string,
): ScenarioComparer {
  const checkedView = parseInput(z.strictObject({ view: viewSchema }), { view }, caller).view;
  const { scenario: baseline, under } = scenarioResolver(data, options, what);
  const territory =
    options.territory ??
    kazakhstanTerritory(
      baseline.ownBudgetSince === undefined ? {} : { ownBudgetSince: baseline.ownBudgetSince },
      baseline.law,
    );
  const baselineRun = runResolved(baseline, territory);
  const compare = (reforms: readonly Reform[]): ScenarioComparison => {
    const reformLaw = checkedLaw(baseline.law, reforms, what);
    const [rated, rateIssues] = tryRead([], () =>
      receiptsUnderRates(reforms.length === 0 ? baseline : under(reformLaw), reforms, KAZAKHSTAN_RATE_TABLES),
    );
    throwIssues(what, rateIssues);
    const { scenario: reformed, notes } = rated as RatedReceipts;
    const reformRun = runResolved(reformed, territory);
    // the transfer law's response: the next cycle planned anew from the reformed revenues
    const next =
      checkedView === "law_response" && reforms.length > 0
        ? withNextCycle(baselineRun, reformRun, reformed, reformLaw)
        : { result: reformRun, notes: [] };
    const comparison = compareRuns(baselineRun, next.result, {
      law: reformLaw,
      territory,
      view: checkedView,
    });
    const none = reforms.length === 0 ? [NO_REFORMS] : [];
    return { ...comparison, notes: [...none, ...comparison.notes, ...next.notes, ...notes] };
  };
  return { baseline, baselineRun, compare };
}

/** The law under a list of reforms, checked: its rules as a rulebook, its rate changes as the tax calculators take them. */
function checkedLaw(law: Scenario["law"], reforms: readonly Reform[], what: string): Scenario["law"] {
  const [reformed, issues] = tryRead([], () => applyReforms(law, reforms));
  throwIssues(what, issues);
  // the reformed rules as a rulebook: one rule per code, day and payer kind, shares summing to at most 1
  throwIssues(what, tryRead(["reforms"], () => rulebookOf(reformed ?? law))[1]);
  // the rate changes checked as the tax calculators take them (paths, values, the Code's limits)
  throwIssues(what, tryRead([], () => applyTaxReforms(KAZAKHSTAN_TAX_LAW, reforms))[1]);
  return reformed ?? law;
}
