import { throwIssues } from "../errors/issue.js";
import { Money } from "../money/money.js";
import type { ResolveScenarioOptions } from "../scenario/types.js";
import type { ComparisonView, ScenarioComparison } from "./compare.js";
import { compareFlows, flowKey } from "./flows.js";
import { scenarioComparer } from "./scenario-comparer.js";
import { shapleyParts } from "./shapley.js";

/**
 * The most reforms {@link decomposeReforms} takes: it runs the scenario under each of the 2ⁿ subsets of
 * the list, 256 runs for 8.
 *
 * @category Reforms
 */
export const MAX_DECOMPOSED_REFORMS = 8;

/**
 * One figure of a decomposition: what a budget account (or a district with its units, or the country)
 * receives net in a year — for `rows`, under one revenue line — with the total effect of the reforms and
 * each reform's part of it, KZT. The parts sum exactly to `total`.
 *
 * @category Reforms
 */
export interface DecomposedEffect {
  /** The KATO code of the budget (of the district for `districts`); `"all"` for the country. */
  readonly account: string;
  /** 4 a fourth-level unit, 3 a district; `null` for the country and for receipts kept aside. */
  readonly level: 2 | 3 | 4 | null;
  readonly name: string;
  readonly year: number;
  /** The EBK code or transfer kind (`rows` only). */
  readonly ebk?: string;
  /** Under the law as it is (`rows` and `budgets` only; a district's and the country's are not summed). */
  readonly baseline?: Money;
  /** `reform − baseline` under all the reforms: the comparison's delta. */
  readonly total: Money;
  /** One part per reform, in the order of `components`; they sum to `total` exactly. */
  readonly parts: readonly Money[];
}

/**
 * The outcome of {@link decomposeReforms}: the reforms as components, the comparison under all of them,
 * and each figure's total effect split between the components.
 *
 * @category Reforms
 */
export interface ReformDecomposition {
  readonly name: string;
  readonly view: ComparisonView;
  /** The reforms of the scenario, in the file's order. */
  readonly components: readonly { readonly id: string; readonly title: string }[];
  /** The scenario under all its reforms, as `compareScenario` gives it. */
  readonly comparison: ScenarioComparison;
  /** Per budget account, year and revenue line (the comparison's rows). */
  readonly rows: readonly DecomposedEffect[];
  /** Per budget account and year: all its lines together. */
  readonly budgets: readonly DecomposedEffect[];
  /** Per district and year: its own budget and its units together. */
  readonly districts: readonly DecomposedEffect[];
  /** Per year: all budgets together. */
  readonly country: readonly DecomposedEffect[];
}

type Label = Omit<DecomposedEffect, "total" | "parts" | "baseline">;
type Figure = { readonly label: Label; readonly baseline?: Money; readonly delta: Money };

/** The rows of a comparison as figures, by their key. */
const rowFigures = (c: ScenarioComparison): Map<string, Figure> =>
  new Map(
    c.rows.map(({ account, level, name, year, ebk, baseline, delta }) => [
      flowKey({ account, level, year, ebk }),
      { label: { account, level, name, year, ebk }, baseline, delta },
    ]),
  );

/** The rows of a comparison summed per budget account and year. */
function budgetFigures(c: ScenarioComparison): Map<string, Figure> {
  const sums = new Map<string, Figure>();
  for (const { account, level, name, year, baseline, delta } of c.rows) {
    const key = `${level ?? "-"}|${account}|${year}`;
    const before = sums.get(key);
    sums.set(key, {
      label: { account, level, name, year },
      baseline: (before?.baseline ?? Money.zero).plus(baseline),
      delta: (before?.delta ?? Money.zero).plus(delta),
    });
  }
  return sums;
}

const districtFigures = (c: ScenarioComparison): Map<string, Figure> =>
  new Map(
    c.districts.map(({ account, level, name, year, delta }) => [
      `${account}|${year}`,
      { label: { account, level, name, year }, delta },
    ]),
  );

const countryFigures = (c: ScenarioComparison): Map<string, Figure> =>
  new Map(
    c.country.map(({ year, delta }) => [
      String(year),
      { label: { account: "all", level: null, name: "all budgets", year }, delta },
    ]),
  );

/**
 * Each figure of a family split between the components: `comparisons[mask]` is the comparison under the
 * components whose bits are set in `mask`; a figure missing from a comparison is zero there.
 */
function decomposeFigures(
  comparisons: readonly ScenarioComparison[],
  figuresOf: (c: ScenarioComparison) => Map<string, Figure>,
  tieOrder: readonly number[],
): DecomposedEffect[] {
  const maps = comparisons.map(figuresOf);
  const keys = new Map<string, Figure>(maps.flatMap((m) => [...m]));
  const n = tieOrder.length;
  return [...keys]
    .map(([key, { label, baseline }]) => {
      const values = maps.map((m) => m.get(key)?.delta.tiyn ?? 0n);
      return {
        ...label,
        ...(baseline === undefined ? {} : { baseline }),
        total: Money.fromTiyn(values[values.length - 1] ?? 0n),
        parts: shapleyParts(values, n, tieOrder),
      };
    })
    .sort(compareFlows);
}

/**
 * Splits the effect of a scenario's reforms between them: for every budget account, year and revenue
 * line, every budget account and year, every district and the country, each reform's part of the total
 * effect under `view` (see {@link compareScenario}).
 *
 * **Method: Shapley values.** The effect of a set S of the reforms, v(S), is the comparison's delta with
 * the reforms of S applied (in the file's order); v(∅) = 0 and v(all) is the total effect. A reform's
 * part is its marginal contribution v(S ∪ {i}) − v(S) averaged over all n! orders in which the reforms
 * can be added: φᵢ = Σ over S without i of |S|!(n−|S|−1)!/n! × (v(S ∪ {i}) − v(S)). So the parts sum to
 * the total, a reform that changes nothing gets 0, two reforms that act alike get equal parts, what two
 * reforms do only together is split evenly between them, and the parts do not depend on the order of
 * the list when the reforms commute (e.g. change different revenue lines). The scenario is run under
 * each of the 2ⁿ subsets.
 *
 * **Rounding.** A Shapley value is a fraction of a tiyn (a multiple of 1/n!). Each figure's parts are
 * rounded down to the tiyn, then the tiyn left over go one each to the parts with the largest
 * remainders (largest-remainder method, `Money.allocate`); equal remainders are served in the order of
 * the reforms' ids (code-point order), which does not depend on the order of the list. Each part lies
 * within one tiyn of its exact value and the parts sum exactly to the figure's total. Each figure is
 * rounded on its own, so where values fall between tiyn a reform's parts over budgets can differ by a
 * few tiyn from its part of their district's or the country's figure.
 *
 * @param data - The scenario file's JSON, parsed, with its `reforms` (at most
 *   {@link MAX_DECOMPOSED_REFORMS}).
 * @param options - As for `resolveScenario` (`readFile`, `territory`, `law`): the scenario is read,
 *   and every run made, on the `territory` given (the bundled one by default).
 * @param view - `"held_as_planned"` (default) or `"law_response"`.
 * @param what - What is read, for messages.
 * @throws {@link FourthLevelError} `INVALID_INPUT` with every problem of the file and its reforms, or
 *   (path `["reforms"]`) more than {@link MAX_DECOMPOSED_REFORMS} reforms.
 * @category Reforms
 * @example
 * ```ts
 * const decomposition = decomposeReforms({
 *   name: "Bel-Agach", year: 2026,
 *   districts: [{ kato: "104000000", units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }] }],
 *   receipts: { items: [{ id: "r1", ebk: "101201", amount: "1000.01", paymentDate: "2026-03-10", payerKind: "legal_entity",
 *     places: { legal_seat: "104030100", workplace: "104035100" } }] },
 *   reforms: [
 *     moveRevenueLineReform({ id: "to-units", ebk: "101201", to: "fourth_level", effectiveFrom: "2026-01-01",
 *       label: { kind: "proposal", author: "analyst", text: "IIT withheld at source to the fourth level" } }),
 *     { id: "workplace-key", title: "IIT withheld at source by the workplace", effectiveFrom: "2026-01-01",
 *       label: { kind: "proposal", author: "analyst", text: "key: the workplace" },
 *       changes: [{ kind: "rule", ebk: "101201", key: "workplace" }] },
 *   ],
 * });
 * const belAgach = decomposition.budgets.find((b) => b.account === "104035000");
 * belAgach?.parts.map((p) => p.toKzt()); //=> ["500.01", "500.00"]
 * ```
 */
export function decomposeReforms(
  data: unknown,
  options: ResolveScenarioOptions = {},
  view: ComparisonView = "held_as_planned",
  what = "scenario",
): ReformDecomposition {
  const { baseline, compare } = scenarioComparer(data, options, view, what, "decomposeReforms");
  const reforms = baseline.reforms;
  if (reforms.length > MAX_DECOMPOSED_REFORMS) {
    throwIssues(what, [
      {
        path: ["reforms"],
        code: "INVALID_INPUT",
        message: `a decomposition takes at most ${MAX_DECOMPOSED_REFORMS} reforms (it runs the scenario under each of the 2^n subsets), not ${reforms.length}: merge some reforms into one, or decompose fewer`,
      },
    ]);
  }
  const n = reforms.length;
  const full = compare(reforms); // the whole list first: its problems at their paths in the file
  const comparisons = Array.from({ length: 2 ** n }, (_, mask) =>
    mask === 2 ** n - 1 ? full : compare(reforms.filter((_, i) => (mask & (1 << i)) !== 0)),
  );
  const ids = reforms.map((r) => r.id);
  const tieOrder = ids.map((_, i) => i).sort((a, b) => ((ids[a] ?? "") < (ids[b] ?? "") ? -1 : 1));
  return {
    name: full.name,
    view: full.view,
    components: reforms.map((r) => ({ id: r.id, title: r.title })),
    comparison: full,
    rows: decomposeFigures(comparisons, rowFigures, tieOrder),
    budgets: decomposeFigures(comparisons, budgetFigures, tieOrder),
    districts: decomposeFigures(comparisons, districtFigures, tieOrder),
    country: decomposeFigures(comparisons, countryFigures, tieOrder),
  };
}
