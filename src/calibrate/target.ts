import * as z from "zod";
import type { ScenarioComparison } from "../compare/compare.js";
import type { Issue } from "../errors/issue.js";
import { katoCodeSchema } from "../input/codes.js";
import { decimalTextSchema } from "../input/decimal.js";
import { kztTextSchema } from "../input/money.js";
import { taggedUnion } from "../input/tagged.js";
import type { Money } from "../money/money.js";
import type { ScenarioResult } from "../scenario/run.js";
import { compareRatios, meanOf, type Ratio, ratioOf, whole } from "./ratio.js";

const kzt = kztTextSchema
  .optional()
  .describe('The net effect to reach, KZT (e.g. "-500000"); "0" (unchanged: revenue-neutral) by default');
const percent = decimalTextSchema(
  { min: 0 },
  (v) => `${v} is not a percentage: give a decimal string of 0 or more, e.g. "35"`,
).describe('The self-sufficiency to reach, percent (e.g. "35")');

/**
 * What a calibration solves for: a net effect (reform − law as it is, KZT, in a year) reaching `value`
 * (`"0"`, revenue-neutral, by default) — of all budgets (`country`), of a district (its own budget and its
 * units), or of one budget account — or a self-sufficiency (own revenues ÷ costs, percent, exact)
 * reaching `value`: one unit's, or the median of a district's units in the scenario.
 *
 * @category Reforms
 */
export const calibrationTargetSchema = taggedUnion(
  "kind",
  "a calibration target",
  '{ kind: "country" }, { kind: "district", district }, { kind: "account", account }, { kind: "self_sufficiency", unit, value } or { kind: "median_self_sufficiency", district, value }',
  [
    z.strictObject({ kind: z.literal("country"), value: kzt }),
    z.strictObject({ kind: z.literal("district"), district: katoCodeSchema, value: kzt }),
    z.strictObject({ kind: z.literal("account"), account: katoCodeSchema, value: kzt }),
    z.strictObject({ kind: z.literal("self_sufficiency"), unit: katoCodeSchema, value: percent }),
    z.strictObject({ kind: z.literal("median_self_sufficiency"), district: katoCodeSchema, value: percent }),
  ],
);

/**
 * A calibration target as a caller writes it: see {@link calibrationTargetSchema}.
 * @category Reforms
 */
export type CalibrationTarget = z.input<typeof calibrationTargetSchema>;
type Target = z.output<typeof calibrationTargetSchema>;

/** Whether the target is a self-sufficiency (percent) rather than a net effect (KZT). */
export const isPercent = (t: Target): boolean =>
  t.kind === "self_sufficiency" || t.kind === "median_self_sufficiency";

/** The value the target asks for: tiyn for a net effect, percent for a self-sufficiency. */
export const wanted = (t: Target): Ratio =>
  isPercent(t) ? ratioOf(t.value as string) : whole((t.value as Money | undefined)?.tiyn ?? 0n);

/** The target in words, e.g. `the net effect of district 104000000 in 2026 = 0.00 KZT`. */
export function targetText(t: Target, year: number): string {
  const value = isPercent(t)
    ? `${t.value as string} %`
    : `${(t.value as Money | undefined)?.toKzt() ?? "0.00"} KZT`;
  switch (t.kind) {
    case "country":
      return `the net effect of all budgets in ${year} = ${value}`;
    case "district":
      return `the net effect of district ${t.district} (its budget and its units) in ${year} = ${value}`;
    case "account":
      return `the net effect of budget account ${t.account} in ${year} = ${value}`;
    case "self_sufficiency":
      return `the self-sufficiency of unit ${t.unit} in ${year} = ${value}`;
    case "median_self_sufficiency":
      return `the median self-sufficiency of the units of district ${t.district} in the scenario, ${year} = ${value}`;
  }
}

/** Each unit's costs of the scenario's year, by KATO code, where its self-sufficiency can be computed. */
export function costsOf(baseline: ScenarioResult): Map<string, Money> {
  return new Map(
    baseline.districts.flatMap(({ units }) =>
      units.flatMap(({ unit, statement }) => {
        const { costs, ownRevenues } = statement.selfSufficiency;
        return costs === undefined || ownRevenues === undefined || costs.isZero()
          ? []
          : [[unit.code, costs] as const];
      }),
    ),
  );
}

/** The problems of a target on a scenario's baseline run (paths under `["target"]`). */
export function targetIssues(t: Target, baseline: ScenarioResult, year: number): Issue[] {
  const issue = (field: string, message: string): Issue[] => [
    { path: ["target", field], code: "INVALID_INPUT", message },
  ];
  const districts = baseline.districts.map((d) => d.district.code);
  const costs = costsOf(baseline);
  if ((t.kind === "district" || t.kind === "median_self_sufficiency") && !districts.includes(t.district))
    return issue(
      "district",
      `${t.district} is not a district of the scenario: one of ${districts.join(", ")}`,
    );
  if (isPercent(t) && year !== baseline.year)
    return issue(
      "kind",
      `a self-sufficiency is computed for the scenario's year ${baseline.year} only, not ${year}`,
    );
  if (t.kind === "self_sufficiency" && !costs.has(t.unit)) {
    const units = [...costs.keys()].join(", ");
    return issue(
      "unit",
      `${t.unit} is no unit of the scenario with a self-sufficiency (own revenues and costs): one of ${units}`,
    );
  }
  if (t.kind === "median_self_sufficiency") {
    const units = baseline.districts.find((d) => d.district.code === t.district)?.units ?? [];
    const without = units.filter(({ unit }) => !costs.has(unit.code)).map(({ unit }) => unit.code);
    if (units.length === 0) return issue("district", `district ${t.district} has no unit in the scenario`);
    if (without.length > 0)
      return issue(
        "district",
        `the self-sufficiency of ${without.join(", ")} cannot be computed (no costs or own revenues), so there is no median`,
      );
  }
  return [];
}

/** A unit's self-sufficiency under the reform, percent, exactly: own revenues × 100 ÷ costs. */
function selfSufficiencyOf(
  comparison: ScenarioComparison,
  costs: ReadonlyMap<string, Money>,
  unit: string,
): Ratio {
  const effect = comparison.units.find((u) => u.code === unit);
  const own = effect?.ownRevenues.reform;
  const cost = costs.get(unit);
  if (own === undefined || cost === undefined) throw new Error(`unit ${unit} has no self-sufficiency`);
  return { num: own.tiyn * 100n, den: cost.tiyn };
}

/** The median of ratios: the middle one, or the mean of the two middle ones. */
function median(values: readonly Ratio[]): Ratio {
  const sorted = [...values].sort(compareRatios);
  const mid = Math.floor(sorted.length / 2);
  const [lower, upper] = [sorted[mid - 1], sorted[mid] as Ratio];
  return sorted.length % 2 === 1 || lower === undefined ? upper : meanOf(lower, upper);
}

/** The value a comparison gives the target (tiyn or percent, exactly) in `year`; checked by {@link targetIssues}. */
export function measure(
  t: Target,
  comparison: ScenarioComparison,
  costs: ReadonlyMap<string, Money>,
  year: number,
): Ratio {
  const inYear = <T extends { readonly year: number; readonly delta: Money }>(items: readonly T[]) =>
    whole(items.filter((i) => i.year === year).reduce((sum, i) => sum + i.delta.tiyn, 0n));
  switch (t.kind) {
    case "country":
      return inYear(comparison.country);
    case "district":
      return inYear(comparison.districts.filter((d) => d.account === t.district));
    case "account":
      return inYear(comparison.rows.filter((r) => r.account === t.account));
    case "self_sufficiency":
      return selfSufficiencyOf(comparison, costs, t.unit);
    case "median_self_sufficiency":
      return median(
        comparison.units
          .filter((u) => u.district === t.district)
          .map((u) => selfSufficiencyOf(comparison, costs, u.code)),
      );
  }
}
