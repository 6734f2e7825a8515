import type { ResolveScenarioOptions } from "../scenario/types.js";
import type { ComparisonView, ScenarioComparison } from "./compare.js";
import { scenarioComparer } from "./scenario-comparer.js";

/**
 * Compares a scenario under the law as it is with the same scenario under its `reforms` (see
 * {@link compareResults}): resolves the file under the law (the one given in `options`, else
 * `kazakhstanLaw()` with the file's `openCodes`) and again under `applyReforms(law, reforms)` — the
 * files it names read once, only what depends on the law read again — runs both and compares them. Scenarios carry receipts, not tax bases: a `tax_rate` change that scales a table whose
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
