import type { Issue } from "../../errors/issue.js";
import { throwIssues } from "../../errors/issue.js";
import type { Consumers, CostDirection, CostForecast, CostForecastInput } from "../forecast/cost-types.js";
import { forecastCosts } from "../forecast/costs.js";
import type { CheckedUnit } from "./input.js";
import { costBaseOf } from "./law-terms.js";
import { type PathRenames, readMoved } from "./paths.js";
import type { PlanLaw } from "./types.js";

/** The name of the one current direction that carries `costGrowth` and the population. */
const CURRENT_COSTS = "current costs";

/** Where a forecast's paths are in a unit, by the method the unit's costs are forecast with. */
const BY_DIRECTION: PathRenames = [
  [["baseYear"], ["base", "year"]],
  [["directions"], ["costDirections"]],
];
const BY_GROWTH: PathRenames = [[["growth"], ["costGrowth"]]];
const BY_POPULATION: PathRenames = [
  [["baseYear"], ["base", "year"]],
  [
    ["directions", 0, "base"],
    ["base", "costs"],
  ],
  [["directions", 0, "indexation"], ["costGrowth"]],
  [["directions", 0, "consumers"], ["population"]],
];

const issue = (path: Issue["path"], message: string): Issue => ({ path, code: "INVALID_INPUT", message });

/** The forecast input of a unit's costs, and where its paths are in the unit; or the issue why none. */
function costInput(
  unit: CheckedUnit,
  madeIn: number,
  horizon: number,
  consumers: Consumers | undefined,
): { input: CostForecastInput; renames: PathRenames } | Issue {
  const { costGrowth, costDirections, base } = unit;
  if (costGrowth === undefined && costDirections === undefined)
    return issue(["costGrowth"], "give the costs' growth (costGrowth) or costDirections");
  if (costGrowth !== undefined && costDirections !== undefined)
    return issue(["costDirections"], "give costGrowth or costDirections, not both");
  if (costDirections !== undefined) {
    const directions = (costDirections as readonly CostDirection[]).map((d) =>
      d.kind === "current" && d.consumers === undefined && consumers !== undefined ? { ...d, consumers } : d,
    );
    const input = { method: "by_direction", baseYear: base.year, madeIn, directions, horizon } as const;
    return { input, renames: BY_DIRECTION };
  }
  const growth = costGrowth as NonNullable<typeof costGrowth>;
  if (consumers === undefined) {
    return {
      input: { method: "growth", base: { year: base.year, costs: costBaseOf(unit) }, growth, horizon },
      renames: BY_GROWTH,
    };
  }
  const current = {
    direction: CURRENT_COSTS,
    kind: "current",
    base: costBaseOf(unit),
    indexation: growth,
    consumers,
  } as const;
  const input = {
    method: "by_direction",
    baseYear: base.year,
    madeIn,
    directions: [current],
    horizon,
  } as const;
  return { input, renames: BY_POPULATION };
}

/**
 * The unit's cost forecast, from its base year to `horizon`: by `costGrowth` (scaled by the population
 * when given: one current direction) or by `costDirections` (a current direction without consumers of its
 * own scaled by the population), whose base amounts must sum to `base.costs` less `base.excludedCosts`.
 * Both start from `base.costs` less `base.excludedCosts` (`costBaseOf`).
 *
 * @param consumers - The unit's population as consumers (see `consumersOf`), when given.
 * @throws {@link FourthLevelError} `INVALID_INPUT` with paths inside the unit (`["costDirections", 0, …]`).
 */
export function unitCosts(
  unit: CheckedUnit,
  madeIn: number,
  horizon: number,
  consumers: Consumers | undefined,
  law: PlanLaw,
): CostForecast {
  const prepared = costInput(unit, madeIn, horizon, consumers);
  if (!("input" in prepared)) throwIssues("unit costs", [prepared]);
  const { input, renames } = prepared as { input: CostForecastInput; renames: PathRenames };
  const [forecast, issues] = readMoved([], renames, () => forecastCosts(input, law));
  const sum = forecast?.years[0]?.total;
  if (
    input.method === "by_direction" &&
    renames === BY_DIRECTION &&
    sum !== undefined &&
    !sum.equals(costBaseOf(unit))
  ) {
    const net =
      unit.base.excludedCosts === undefined
        ? ""
        : ` less the excluded costs, ${costBaseOf(unit).toKzt()} KZT,`;
    issues.push(
      issue(
        ["base", "costs"],
        `the base-year costs ${unit.base.costs.toKzt()} KZT${net} differ from the sum of the directions' base amounts ${sum.toKzt()} KZT`,
      ),
    );
  }
  throwIssues("unit costs", issues);
  return forecast as CostForecast;
}
