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
import { resolveScenario } from "../scenario/load.js";
import { runScenario } from "../scenario/run.js";
import type { ResolveScenarioOptions, Scenario } from "../scenario/types.js";
import type { Territory } from "../territory/territory.js";
import { type ComparisonView, compareResults, type ScenarioComparison, viewSchema } from "./compare.js";
import { withNextCycle } from "./next-cycle.js";
import { type RatedReceipts, receiptsUnderRates } from "./rate-receipts.js";

/**
 * Compares a scenario under the law as it is with the same scenario under its `reforms` (see
 * {@link compareResults}): resolves the file twice — under the law (the one given in `options`, else
 * `kazakhstanLaw()` with the file's `openCodes`) and under `applyReforms(law, reforms)` — runs both and
 * compares them. Scenarios carry receipts, not tax bases: a `tax_rate` change that scales a table whose
 * lines' receipts are proportional to it (land tax on settlement land 104302, self-declared IIT 101202,
 * the advertising fee 105430) scales those receipts by its factor — an assumption (the same base, full
 * collection) stated in the comparison's `notes`; any other rate change leaves the receipts as they
 * are, and a note says so. A file without reforms (or with `"reforms": []`) compares the law with itself:
 * every delta is zero, and the first note says so ({@link NO_REFORMS}).
 *
 * @param data - The scenario file's JSON, parsed (as for `resolveScenario`).
 * @param options - As for `resolveScenario` (`readFile`, `territory`, `law`): the scenario is read,
 *   and both runs made, on the `territory` given (the bundled one by default).
 * @param view - `"held_as_planned"` (default) or `"law_response"`; see {@link ComparisonView}.
 * @param what - What is read, for messages.
 * @throws {@link FourthLevelError} `INVALID_INPUT` with every problem of the file (paths in the file)
 *   and of its reforms (paths `["reforms", i, …]`: e.g. a reformed rulebook with overlapping rules).
 * @category Reforms
 * @example
 * ```ts
 * const comparison = compareScenario({
 *   name: "Bel-Agach", year: 2026,
 *   districts: [{ kato: "104000000", units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }] }],
 *   receipts: { items: [{ id: "r1", ebk: "101201", amount: "1000", paymentDate: "2026-03-10", payerKind: "individual",
 *     places: { legal_seat: "104000000", workplace: "104035100" } }] },
 *   reforms: [{ id: "wp", title: "IIT where work is done", effectiveFrom: "2026-01-01",
 *     label: { kind: "proposal", author: "analyst", text: "half of withheld IIT to the workplace" },
 *     changes: [{ kind: "rule", ebk: "101201", shares: [{ share: "0.5", key: "workplace", recipient: "fourth_level", rounding: "halfEven" }] }] }],
 * });
 * comparison.rows.map((r) => [r.account, r.ebk, r.delta.toKzt()]);
 * //=> [["104035000", "101201", "500.00"], ["104000000", "101201", "-500.00"]]
 * ```
 */
export function compareScenario(
  data: unknown,
  options: ResolveScenarioOptions = {},
  view: ComparisonView = "held_as_planned",
  what = "scenario",
): ScenarioComparison {
  const { baseline, compare } = scenarioComparer(data, options, view, what, "compareScenario");
  return compare(baseline.reforms);
}

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

/**
 * The territory a scenario resolved under `options` runs on, the one it was resolved under: the given
 * one, else the bundled one with the scenario's `ownBudgetSince` (`resolveScenario` refuses both). @internal
 */
export function territoryOf(scenario: Scenario, options: ResolveScenarioOptions): Territory {
  return (
    options.territory ??
    kazakhstanTerritory(
      scenario.ownBudgetSince === undefined ? {} : { ownBudgetSince: scenario.ownBudgetSince },
      scenario.law,
    )
  );
}

/**
 * A scenario file's data resolved under the law as it is (`baseline`, the view checked once) and the
 * comparison of it with itself under any list of reforms (see {@link comparerOf}). @internal
 */
export function scenarioComparer(
  data: unknown,
  options: ResolveScenarioOptions,
  view: ComparisonView,
  what: string,
  caller: string,
): { readonly baseline: Scenario; readonly compare: (reforms: readonly Reform[]) => ScenarioComparison } {
  const checkedView = parseInput(z.strictObject({ view: viewSchema }), { view }, caller).view;
  const baseline = resolveScenario(data, options, what);
  const resolveUnder = (law: Scenario["law"]) => resolveScenario(data, { ...options, law }, what);
  const territory = territoryOf(baseline, options);
  return { baseline, compare: comparerOf(baseline, resolveUnder, checkedView, what, territory) };
}

/**
 * Compares a resolved scenario with the scenario resolved again under its reformed law (`resolveUnder`),
 * each reform's problems at its path. @internal
 */
export function compareResolved(
  baseline: Scenario,
  resolveUnder: (law: Scenario["law"]) => Scenario,
  view: ComparisonView,
  what: string,
  territory: Territory,
): ScenarioComparison {
  return comparerOf(baseline, resolveUnder, view, what, territory)(baseline.reforms ?? []);
}

/**
 * The comparison of a resolved scenario with itself under any list of reforms (e.g. some of its own):
 * the baseline is run once; each list's law is checked (its problems at their paths), the scenario
 * resolved under it (`resolveUnder`) and run. An empty list compares the baseline with itself. @internal
 */
function comparerOf(
  baseline: Scenario,
  resolveUnder: (law: Scenario["law"]) => Scenario,
  view: ComparisonView,
  what: string,
  territory: Territory,
): (reforms: readonly Reform[]) => ScenarioComparison {
  const baselineRun = runScenario(baseline, territory);
  return (reforms) => {
    const [law, issues] = tryRead([], () => applyReforms(baseline.law, reforms));
    throwIssues(what, issues);
    // the reformed rules as a rulebook: one rule per code, day and payer kind, shares summing to at most 1
    throwIssues(what, tryRead(["reforms"], () => rulebookOf(law ?? baseline.law))[1]);
    const reformLaw = law ?? baseline.law;
    // the rate changes checked as the tax calculators take them (paths, values, the Code's limits)
    throwIssues(what, tryRead([], () => applyTaxReforms(KAZAKHSTAN_TAX_LAW, reforms))[1]);
    const [rated, rateIssues] = tryRead([], () =>
      receiptsUnderRates(
        reforms.length === 0 ? baseline : resolveUnder(reformLaw),
        reforms,
        KAZAKHSTAN_RATE_TABLES,
      ),
    );
    throwIssues(what, rateIssues);
    const { scenario: reformed, notes } = rated as RatedReceipts;
    const reformRun = runScenario(reformed, territory);
    // the transfer law's response: the next cycle planned anew from the reformed revenues
    const next =
      view === "law_response" && reforms.length > 0
        ? withNextCycle(baselineRun, reformRun, reformed, reformLaw)
        : { result: reformRun, notes: [] };
    const comparison = compareResults(baselineRun, next.result, { law: reformLaw, territory, view });
    const none = reforms.length === 0 ? [NO_REFORMS] : [];
    return { ...comparison, notes: [...none, ...comparison.notes, ...next.notes, ...notes] };
  };
}
