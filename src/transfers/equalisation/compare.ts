import type { Issue } from "../../errors/issue.js";
import { throwIssues } from "../../errors/issue.js";
import { checkInput } from "../../input/parse.js";
import { Money } from "../../money/money.js";
import { distribute } from "./distribute.js";
import { type CheckedEqualisation, equaliseInputSchema } from "./equalise-input.js";
import { type PreparedPool, preparePool } from "./pool.js";
import type { Equalisation, EqualisationMethod, EqualisationUnit, UnitTransfer } from "./types.js";

/**
 * One unit under two methods: amounts signed from the unit's side (withdrawals negative).
 *
 * @category Transfers
 */
export interface UnitComparison {
  /** The unit's `id`. */
  readonly unit: string;
  /** Its net transfer under method A. */
  readonly a: Money;
  /** Its net transfer under method B. */
  readonly b: Money;
  /** `b − a`: positive when the unit gains from B. */
  readonly difference: Money;
  /** Whether the unit gains, loses or stays the same under B compared with A. */
  readonly change: "gains" | "loses" | "same";
}

/**
 * The result of {@link compareEqualisation}.
 *
 * @category Transfers
 */
export interface EqualisationComparison {
  /** The full result of method A. */
  readonly a: Equalisation;
  /** The full result of method B. */
  readonly b: Equalisation;
  /** Per unit, in the order given. */
  readonly units: readonly UnitComparison[];
  /** The district's net outlay under A and under B (equal when both use the same fixed pool and no withdrawals). */
  readonly outlay: { readonly a: Money; readonly b: Money };
}

/** How a unit fares under B against A, from the difference `b − a`. @internal */
export function changeOf(difference: Money): "gains" | "loses" | "same" {
  const sign = difference.compare(Money.zero);
  return sign > 0 ? "gains" : sign < 0 ? "loses" : "same";
}

/** An issue of one method's equalisation placed under `methodA` or `methodB`; the units' own issues once. */
const underMethod = (name: "methodA" | "methodB") => (issue: Issue) =>
  issue.path[0] === "method" ? { ...issue, path: [name, ...issue.path.slice(1)] } : issue;

/** Both methods checked and prepared, or every problem of either, at once. */
function prepareBoth(
  units: readonly EqualisationUnit[],
  methodA: EqualisationMethod,
  methodB: EqualisationMethod,
): [CheckedEqualisation, PreparedPool][] {
  const checked = [methodA, methodB].map((method) =>
    checkInput(equaliseInputSchema, { units, method }, "equalisation"),
  );
  const prepared = checked.map((c) => (c.value === undefined ? undefined : preparePool(c.value)));
  const [issuesA, issuesB] = checked.map((c, i) => [...c.issues, ...(prepared[i]?.issues ?? [])]);
  const own = new Set((issuesA ?? []).map((i) => JSON.stringify(i)));
  throwIssues("equalisation comparison", [
    ...(issuesA ?? []).map(underMethod("methodA")),
    ...(issuesB ?? [])
      .filter((i) => i.path[0] === "method" || !own.has(JSON.stringify(i)))
      .map(underMethod("methodB")),
  ]);
  return checked.map((c, i) => [c.value as CheckedEqualisation, prepared[i] as PreparedPool]);
}

/**
 * Who gains and who loses when the district switches from method A to method B: per unit the net
 * transfer under each (subventions positive, withdrawals negative) and the difference, and the district's
 * net outlay under each.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` as {@link equalise} does, for either method, all at
 * once: the problems of a method at paths starting `methodA` or `methodB`, those of the units once.
 * @category Transfers
 * @example
 * ```ts
 * // gaps 600 and 200 filled from a pool of 800, or the pool split 1 000 : 3 000 by population (200 / 600)
 * const units = [
 *   { id: "Akkol", forecastOwnRevenues: Money.kzt("100"), forecastCosts: Money.kzt("700"),
 *     indicators: { population: "1000" } },
 *   { id: "Berik", forecastOwnRevenues: Money.kzt("100"), forecastCosts: Money.kzt("300"),
 *     indicators: { population: "3000" } },
 * ];
 * const gapFilling = { kind: "gap_filling", pool: Money.kzt("800"), surpluses: { kind: "keep" } } as const;
 * const byPopulation = { kind: "weights", pool: Money.kzt("800"), indicator: "population" } as const;
 * const c = compareEqualisation(units, gapFilling, byPopulation);
 * c.units.filter((u) => u.change === "gains").map((u) => u.unit); //=> ["Berik"]
 * ```
 */
export function compareEqualisation(
  units: readonly EqualisationUnit[],
  methodA: EqualisationMethod,
  methodB: EqualisationMethod,
): EqualisationComparison {
  const [a, b] = prepareBoth(units, methodA, methodB).map(([input, pool]) => distribute(input, pool)) as [
    Equalisation,
    Equalisation,
  ];
  return {
    a,
    b,
    units: a.units.map((ua, i) => {
      const nb = (b.units[i] as UnitTransfer).net;
      const difference = nb.minus(ua.net);
      return { unit: ua.unit, a: ua.net, b: nb, difference, change: changeOf(difference) };
    }),
    outlay: { a: a.netOutlay, b: b.netOutlay },
  };
}
