import { FourthLevelError } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import { changeOf } from "../equalisation/compare.js";
import { signedAmount } from "./net-transfer.js";
import type { DistrictPlan } from "./result-types.js";

/**
 * One unit in one year under two plans: net transfers (subventions positive, withdrawals negative), KZT.
 *
 * @category Planning
 */
export interface PlanComparisonRow {
  /** The unit's code. */
  readonly unit: string;
  /** The unit's name. */
  readonly name: string;
  readonly year: number;
  /** Net transfer under plan A. */
  readonly a: Money;
  /** Net transfer under plan B. */
  readonly b: Money;
  /** `b − a`: positive when the unit gains under B. */
  readonly difference: Money;
  /** The unit's balance (own revenues + subvention − withdrawal − costs) under B: a surplus or a need. */
  readonly balanceB: Money;
  /** Whether the unit gains, loses or stays the same under B. */
  readonly change: "gains" | "loses" | "same";
}

/**
 * The district in one year under two plans, KZT.
 *
 * @category Planning
 */
export interface PlanComparisonYear {
  readonly year: number;
  /** The district's transfer outlay (Σ subventions − Σ withdrawals) under A. */
  readonly outlayA: Money;
  /** The same under B. */
  readonly outlayB: Money;
  /** `outlayB − outlayA`. */
  readonly difference: Money;
}

/**
 * The result of {@link comparePlans}.
 *
 * @category Planning
 */
export interface PlanComparison {
  /** Per unit (in plan order), then per year. */
  readonly rows: readonly PlanComparisonRow[];
  /** Per planned year. */
  readonly byYear: readonly PlanComparisonYear[];
}

/**
 * Who gains and who loses, year by year, when a district plans its general transfers another way (for
 * example another equalisation method): the same units and years planned twice with `planDistrict`.
 * Amounts are exact; a unit whose net transfer is equal under both is `"same"`.
 *
 * @category Planning
 * @param a - The reference plan (e.g. the law's formula).
 * @param b - The alternative plan.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when the plans differ in district, units or years.
 * @example
 * ```ts
 * // the formula gives subventions of 600 and 200 KZT; a pool of 800 split by population gives 200 and 600
 * const unit = (code: string, name: string, costs: string, population: string) => ({
 *   code, name, base: { year: 2026, ownRevenues: { tax: Money.kzt("100") }, costs: Money.kzt(costs) },
 *   revenueGrowth: { tax: "0" }, costGrowth: "0", indicators: { population },
 * });
 * const input = {
 *   district: { code: "394800000", name: "Камыстинский район" }, baseYear: 2026, horizon: 2027,
 *   units: [
 *     unit("394845000", "с. Дружба", "700", "1000"),
 *     unit("394830000", "Камыстинский с.о.", "300", "3000"),
 *   ],
 * };
 * const byPopulation = { kind: "weights", pool: Money.kzt("800"), indicator: "population" } as const;
 * const law = kazakhstanLaw();
 * const equalised = { ...input, equalisation: { byYear: { 2027: byPopulation } } };
 * const c = comparePlans(planDistrict(input, law), planDistrict(equalised, law));
 * c.rows.filter((r) => r.change === "loses").map((r) => `${r.name} ${r.year}`); //=> ["с. Дружба 2027"]
 * ```
 */
export function comparePlans(a: DistrictPlan, b: DistrictPlan): PlanComparison {
  const shape = (p: unknown): p is DistrictPlan =>
    p !== null &&
    typeof p === "object" &&
    ["units", "years", "byYear"].every((key) => Array.isArray((p as Record<string, unknown>)[key]));
  if (!shape(a) || !shape(b)) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      "comparePlans needs two plans made by planDistrict (a replanDistrict result carries one as .plan)",
      {
        a: typeof a,
        b: typeof b,
      },
    );
  }
  const summary = (p: DistrictPlan) =>
    `district ${p.district.code}, units ${p.units.map((u) => u.code).join(", ")}, years ${p.years.join(", ")}`;
  const sameUnits = a.units.length === b.units.length && a.units.every((u, i) => u.code === b.units[i]?.code);
  const sameYears = a.years.length === b.years.length && a.years.every((y, i) => y === b.years[i]);
  if (a.district.code !== b.district.code || !sameUnits || !sameYears) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `plans of different districts, units or years cannot be compared (A: ${summary(a)}; B: ${summary(b)})`,
      { a: a.district.code, b: b.district.code },
    );
  }
  const rows = a.units.flatMap((ua, i) =>
    ua.years.map((ya, j): PlanComparisonRow => {
      const yb = b.units[i]?.years[j];
      const netA = signedAmount(ya.transfer);
      const netB = yb === undefined ? Money.zero : signedAmount(yb.transfer);
      const difference = netB.minus(netA);
      return {
        unit: ua.code,
        name: ua.name,
        year: ya.year,
        a: netA,
        b: netB,
        difference,
        balanceB: yb?.balance ?? Money.zero,
        change: changeOf(difference),
      };
    }),
  );
  const byYear = a.byYear.map((ya, j): PlanComparisonYear => {
    const outlayB = b.byYear[j]?.outlay ?? Money.zero;
    return { year: ya.year, outlayA: ya.outlay, outlayB, difference: outlayB.minus(ya.outlay) };
  });
  return { rows, byYear };
}
