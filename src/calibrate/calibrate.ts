import type * as z from "zod";
import type { ComparisonView, ScenarioComparison } from "../compare/compare.js";
import { scenarioComparer } from "../compare/scenario-comparer.js";
import { FourthLevelError } from "../errors/error.js";
import { type Issue, type IssuePath, throwIssues } from "../errors/issue.js";
import { parseInput } from "../input/parse.js";
import type { Reform } from "../reform/reform-schema.js";
import type { ScenarioResult } from "../scenario/run.js";
import type { ResolveScenarioOptions, Scenario } from "../scenario/types.js";
import { bisect, type Grid, type Point } from "./bisect.js";
import { calibrationOptionsSchema, gridOf, pickUnknown } from "./options.js";
import { compareRatios, minus, type Ratio, ratioText } from "./ratio.js";
import { costsOf, isPercent, measure, targetIssues, targetText, wanted } from "./target.js";
import { pathText, type Unknown, withUnknown } from "./unknown.js";

/**
 * What a calibration solves: the id of one of the scenario's `reforms`, the parameter of it that is
 * unknown, the values to search, the step of the answer and the target. See {@link calibrateScenario}.
 * @category Reforms
 */
export type CalibrationOptions = z.input<typeof calibrationOptionsSchema>;

/**
 * A value of the parameter and what the target's indicator is there (KZT or percent, see `unit`).
 * @category Reforms
 */
export interface CalibrationPoint {
  readonly parameter: string;
  readonly achieved: string;
}

/**
 * The outcome of {@link calibrateScenario}.
 * @category Reforms
 */
export interface Calibration {
  /** The scenario's name. */
  readonly name: string;
  /** The scenario's label of its receipts (e.g. "ILLUSTRATIVE receipts, NOT published data"), when it has one. */
  readonly receipts?: string;
  readonly reform: string;
  /** The parameter solved: its path in the reform, e.g. `changes.0.shares.0.share`. */
  readonly unknown: string;
  readonly view: ComparisonView;
  readonly year: number;
  /** The target in words. */
  readonly target: string;
  /** The unit of `achieved` and `residual`: KZT (a net effect) or % (a self-sufficiency). */
  readonly unit: "KZT" | "%";
  readonly range: readonly [string, string];
  readonly precision: string;
  /** The first value of the grid (`range[0]`, + `precision`, …) at which the target is reached or passed. */
  readonly parameter: string;
  /** The indicator at `parameter`: KZT exact, percent to 6 decimals (half to even). */
  readonly achieved: string;
  /** `achieved − target`, in the same unit. */
  readonly residual: string;
  /** Whether the target holds exactly at `parameter` (compared as exact fractions). */
  readonly exact: boolean;
  /** The grid point one step before `parameter`, on the other side of the target (absent at the range's low end). */
  readonly neighbour?: CalibrationPoint;
  /** The indicator at both ends of the range. */
  readonly ends: readonly [CalibrationPoint, CalibrationPoint];
  /** Halvings of the bracket. */
  readonly steps: number;
  /** Runs of the scenario under the reform, the two ends included. */
  readonly evaluations: number;
  /** The comparison with the law as it is at `parameter`. */
  readonly comparison: ScenarioComparison;
}

type Parsed = z.output<typeof calibrationOptionsSchema>;

interface SetUp {
  readonly reform: Reform;
  readonly unknown: Unknown;
  readonly grid: Grid;
}

/** The reform, its unknown and the grid; or every problem with them. */
function setUp(scenario: Scenario, o: Parsed): SetUp | Issue[] {
  const reform = scenario.reforms.find((r) => r.id === o.reform);
  if (reform === undefined) {
    const ids = scenario.reforms.map((r) => r.id).join(", ") || "none";
    return [
      {
        path: ["reform"],
        code: "INVALID_INPUT",
        message: `the scenario has no reform ${o.reform}: its reforms are ${ids}`,
      },
    ];
  }
  const unknown = pickUnknown(reform, o.unknown as IssuePath | undefined);
  if ("code" in unknown) return [unknown];
  const grid = gridOf(unknown, o.range, o.precision ?? "0.0001");
  return Array.isArray(grid) ? grid : { reform, unknown, grid };
}

/** The problems of the target's year: the scenario's year to its plan's horizon. */
function yearIssues(year: number, first: number, last: number): Issue[] {
  return year < first || year > last
    ? [
        {
          path: ["year"],
          code: "INVALID_INPUT",
          message: `${year} is not a year of the scenario: ${first} to ${last}`,
        },
      ]
    : [];
}

/**
 * Solves one parameter of a scenario's reform so that a target holds: a net effect (KZT) reaching a
 * value — `"0"`, revenue-neutral, by default — for all budgets, a district (its budget and its units) or
 * one budget account; or a self-sufficiency reaching a value (percent): one unit's, or the median of a
 * district's units in the scenario. The parameter is a rule change's share (a share of 0 is no share), a
 * parameter change's scale or a withdrawal cap's share; the other reforms of the scenario stay as they
 * are. The effect of such a parameter is monotone and piecewise constant (receipts are split to the
 * tiyn), so the parameter is found by bisection on the grid `range[0]`, `range[0] + precision`, … `range[1]`,
 * every value compared exactly (fractions of whole tiyn, no float): the answer is the first grid value at
 * which the target is reached or passed, and the value one step before it lies on the other side.
 *
 * @param data - The scenario file's JSON, parsed, with its `reforms` (as for `compareScenario`).
 * @param calibration - See {@link CalibrationOptions}: `reform` (id), `target`, optionally `unknown`
 *   (the path of the parameter in the reform; needed when it has several), `range` (default `["0", "1"]`
 *   for a share; required for a scale), `precision` (default `"0.0001"`), `view` and `year`.
 * @param options - As for `resolveScenario` (`readFile`, `territory`, `law`): the scenario is read,
 *   and every run made, on the `territory` given (the bundled one by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the scenario and the
 *   calibration; `TARGET_UNREACHABLE` when the target is not between the values at the range's two ends
 *   (`details.low`, `details.high`); `TARGET_INSENSITIVE` when the target's value is the same at both
 *   ends (the parameter does not move it: the country's net effect of a re-attribution, always 0);
 *   `NOT_MONOTONE` when the effect is found rising and falling.
 * @category Reforms
 * @example
 * ```ts
 * const found = calibrateScenario(
 *   {
 *     name: "Bel-Agach", year: 2026,
 *     districts: [{ kato: "104000000", units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }] }],
 *     receipts: { items: [{ id: "r1", ebk: "101201", amount: "1000", paymentDate: "2026-03-10", payerKind: "individual",
 *       places: { legal_seat: "104000000", workplace: "104035100" } }] },
 *     reforms: [{ id: "wp", title: "IIT where work is done", effectiveFrom: "2026-01-01",
 *       label: { kind: "proposal", author: "analyst", text: "a share of withheld IIT to the workplace" },
 *       changes: [{ kind: "rule", ebk: "101201", shares: [{ share: "0.5", key: "workplace", recipient: "fourth_level", rounding: "halfEven" }] }] }],
 *   },
 *   { reform: "wp", target: { kind: "account", account: "104035000", value: "300" }, precision: "0.01" },
 * );
 * [found.parameter, found.achieved, found.exact]; //=> ["0.3", "300.00", true]
 * ```
 */
export function calibrateScenario(
  data: unknown,
  calibration: CalibrationOptions,
  options: ResolveScenarioOptions = {},
  what = "scenario",
): Calibration {
  const o = parseInput(calibrationOptionsSchema, calibration, "calibration");
  const view = o.view ?? "held_as_planned";
  const comparer = scenarioComparer(data, options, view, what, "calibration");
  const { baseline, baselineRun: baseRun } = comparer;
  const year = o.year ?? baseline.year;
  const setup = setUp(baseline, o);
  throwIssues(`calibration of ${what}`, [
    ...(Array.isArray(setup) ? setup : []),
    ...yearIssues(year, baseline.year, baseRun.plan?.horizon ?? baseline.year),
    ...targetIssues(o.target, baseRun, year),
  ]);
  const { reform, unknown, grid } = setup as SetUp;
  const costs = costsOf(baseRun);
  const evaluate = (s: string) => {
    const reforms = baseline.reforms.map((r) => (r === reform ? withUnknown(r, unknown, s) : r));
    const comparison = comparer.compare(reforms);
    return { value: measure(o.target, comparison, costs, year), extra: comparison };
  };
  const percent = isPercent(o.target);
  // a net effect is in tiyn: shown in KZT (exact: two decimals); a self-sufficiency in percent
  const show = (r: Ratio) => (percent ? ratioText(r, 6) : ratioText({ num: r.num, den: r.den * 100n }, 2));
  const target = wanted(o.target);
  const shown = (p: Point<ScenarioComparison>) => ({ parameter: p.parameter, achieved: show(p.value) });
  const text = targetText(o.target, year);
  const result = bisect(
    grid,
    { value: target, text },
    evaluate,
    (r) => `${show(r)} ${percent ? "%" : "KZT"}`,
    (low, high) => {
      accountCheck(o, baseRun)(low, high);
      insensitiveCheck(o.target.kind, text, low, high, (r) => `${show(r)} ${percent ? "%" : "KZT"}`);
    },
  );
  const residual = minus(result.found.value, target);
  return {
    name: baseline.name,
    ...(baseline.receipts?.note === undefined ? {} : { receipts: baseline.receipts.note }),
    reform: reform.id,
    unknown: pathText(unknown.path),
    view,
    year,
    target: text,
    unit: percent ? "%" : "KZT",
    range: [grid.low, grid.high],
    precision: grid.step,
    parameter: result.found.parameter,
    achieved: show(result.found.value),
    residual: show(residual),
    exact: residual.num === 0n,
    ...(result.neighbour === undefined ? {} : { neighbour: shown(result.neighbour) }),
    ends: [shown(result.low), shown(result.high)],
    steps: result.steps,
    evaluations: result.evaluations,
    comparison: result.found.extra,
  };
}

/**
 * Refuses a target that gives the same value at both ends of the range: the parameter does not move it,
 * so every value of the range would "reach" it (or none would).
 */
function insensitiveCheck(
  kind: string,
  text: string,
  low: Point<ScenarioComparison>,
  high: Point<ScenarioComparison>,
  show: (r: Ratio) => string,
): void {
  if (compareRatios(low.value, high.value) !== 0) return;
  const why = kind === "country" ? " (a re-attribution between budgets nets to zero for the country)" : "";
  throw new FourthLevelError(
    "TARGET_INSENSITIVE",
    `the parameter does not move the target (${text}): it gives ${show(low.value)} both at ${low.parameter} and at ${high.parameter}${why}; give a target the parameter moves: a district's net effect, a budget account's (a unit's) or a unit's self-sufficiency`,
    {
      target: text,
      low: { parameter: low.parameter, value: show(low.value) },
      high: { parameter: high.parameter, value: show(high.value) },
    },
  );
}

/**
 * For an account target: the account must be a budget of the scenario (a district or a unit) or have a
 * row at one end of the range at least.
 */
function accountCheck(o: Parsed, baseRun: ScenarioResult) {
  const known = baseRun.districts.flatMap((d) => [d.district.code, ...d.units.map((u) => u.unit.code)]);
  return (low: Point<ScenarioComparison>, high: Point<ScenarioComparison>) => {
    if (o.target.kind !== "account") return;
    const account = o.target.account;
    const rows = [...low.extra.rows, ...high.extra.rows];
    if (known.includes(account) || rows.some((r) => r.account === account)) return;
    const accounts = [...new Set([...known, ...rows.map((r) => r.account)])].join(", ");
    throwIssues("calibration target", [
      {
        path: ["target", "account"],
        code: "INVALID_INPUT",
        message: `no budget account ${account} in the scenario or the comparison: one of ${accounts}`,
      },
    ]);
  };
}
