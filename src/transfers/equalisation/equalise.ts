import { throwIssues } from "../../errors/issue.js";
import { parseInput } from "../../input/parse.js";
import { distribute } from "./distribute.js";
import { equaliseInputSchema } from "./equalise-input.js";
import { preparePool } from "./pool.js";
import type { Equalisation, EqualisationMethod, EqualisationUnit } from "./types.js";

export type {
  ChangeLimit,
  Equalisation,
  EqualisationBound,
  EqualisationConstraints,
  EqualisationMethod,
  EqualisationUnit,
  GapFillingMethod,
  SurplusTreatment,
  UnitTransfer,
  WeightsMethod,
} from "./types.js";

/**
 * Splits a district's subvention pool among its units by the chosen method, within floors and caps,
 * and (gap filling with `surpluses: { kind: "withdraw" }`) sets the budget withdrawals of the units
 * with a surplus.
 *
 * The whole pool is always distributed exactly, to the tiyn: what floors take and caps free is
 * re-distributed among the units not held at a limit, in proportion to their weights, round after round
 * (water-filling) until no floor or cap is violated; each split is by largest remainder, ties broken by
 * the order of the units. The result depends only on the inputs. Under gap filling without per-unit
 * limits, a unit with a larger gap never receives less.
 *
 * Which method, pool and limits to use is configuration: the official coefficients (Ministry of National
 * Economy typical methodology, order of 27 May 2025 No 38) are not established.
 *
 * @param units - The district's units (at least one, unique ids).
 * @param method - The method with its pool and constraints.
 * @returns Per unit the transfer and its explanation; the pool, withdrawals and net outlay.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem at once, each with its path
 * (`["units", 1, "indicators", "population"]`, `["method", "constraints", "floor"]`): missing or bad
 * inputs (forecasts, indicators, negative amounts, unknown fields or unit ids), and infeasible settings —
 * a floor above a cap for a unit, floors summing above the pool, or caps (and the floors of zero-weight
 * units) summing below it — naming the units and amounts.
 * @category Transfers
 * @example
 * ```ts
 * const r = equalise(
 *   [
 *     { id: "Akkol", indicators: { population: "1200" } },
 *     { id: "Berik", indicators: { population: "800" } },
 *     { id: "Zhana", indicators: { population: "2000" } },
 *   ],
 *   { kind: "weights", pool: Money.kzt("1000000"), indicator: "population" },
 * );
 * r.units.map((u) => u.amount.toKzt()); //=> ["300000.00", "200000.00", "500000.00"]
 * ```
 */
export function equalise(units: readonly EqualisationUnit[], method: EqualisationMethod): Equalisation {
  const input = parseInput(equaliseInputSchema, { units, method }, "equalisation");
  const pool = preparePool(input);
  throwIssues("equalisation", pool.issues);
  return distribute(input, pool);
}
