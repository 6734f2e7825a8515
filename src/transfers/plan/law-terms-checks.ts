import type * as z from "zod";
import { formatCitation } from "../../citation/citation.js";
import type { PlanningLaw } from "../../law/law.js";
import { Money } from "../../money/money.js";
import { plannedYears } from "./fixed-volumes.js";
import type { CheckedPlan, CheckedUnit } from "./input.js";
import { formulaYearsOf, shortfallOf } from "./law-terms.js";
import { madeInOf } from "./made-in.js";

type RawIssue = z.core.$ZodRawIssue;
type Path = readonly PropertyKey[];

const issueAt = (path: Path, message: string): RawIssue => ({
  code: "custom",
  path: [...path],
  input: undefined,
  message,
});

const lawOfYear = (madeIn: number, terms: PlanningLaw) =>
  `the planning law of plans made in ${madeIn} (${terms.id})`;

/** The excluded costs: under a law that lists them, each a category of its list, all within `base.costs`. */
function excludedCostIssues(unit: CheckedUnit, at: Path, madeIn: number, terms: PlanningLaw): RawIssue[] {
  const given = unit.base.excludedCosts;
  if (given === undefined) return [];
  const rule = terms.costExclusions;
  if (rule === undefined)
    return [
      issueAt(
        at,
        `${lawOfYear(madeIn, terms)} lists no costs its forecast leaves out: leave excludedCosts out and give the costs in full, as the formula takes them (base.costs; in a scenario file, the unit's figures.expenditures)`,
      ),
    ];
  const ids = Object.keys(rule.categories);
  const unknown = Object.keys(given)
    .filter((k) => !ids.includes(k))
    .map((k) =>
      issueAt(
        [...at, k],
        `"${k}" is not a cost the forecast leaves out under ${formatCitation(rule.citation)}: one of ${ids.join(", ")}`,
      ),
    );
  const total = Money.sum(Object.values(given));
  if (total.compare(unit.base.costs) <= 0) return unknown;
  const message = `the excluded costs ${total.toKzt()} KZT exceed the base-year costs ${unit.base.costs.toKzt()} KZT they are part of`;
  return [...unknown, issueAt(at, message)];
}

/** The over-plan revenue: under a law with the rule, for a base year in execution, each within its line. */
function overPlanIssues(unit: CheckedUnit, at: Path, input: CheckedPlan, terms: PlanningLaw): RawIssue[] {
  const given = unit.base.overPlan;
  if (given === undefined) return [];
  if (terms.overPlanRevenue === undefined)
    return [
      issueAt(
        at,
        `${lawOfYear(madeInOf(input), terms)} has no rule on revenue collected over the plan: leave overPlan out`,
      ),
    ];
  if (input.includeBaseYear === true)
    return [
      issueAt(
        at,
        `the base year ${input.baseYear} is planned (includeBaseYear): nothing is collected over its plan yet; overPlan is for a base year in execution`,
      ),
    ];
  return Object.entries(given).flatMap(([line, amount]) => {
    const of = unit.base.ownRevenues[line];
    if (of === undefined)
      return [
        issueAt(
          [...at, line],
          `"${line}" is not a line of base.ownRevenues: the over-plan part is part of a line`,
        ),
      ];
    if (amount.compare(of) <= 0) return [];
    const message = `${amount.toKzt()} KZT over the plan is more than the line's ${of.toKzt()} KZT it is part of`;
    return [issueAt([...at, line], message)];
  });
}

/** The minimum fundings: under a law with the rule, of ended years, once each; counted in a formula year. */
function minimumFundingIssues(input: CheckedPlan, i: number, at: Path, terms: PlanningLaw): RawIssue[] {
  const unit = input.units[i] as CheckedUnit;
  const given = unit.minimumFunding;
  const madeIn = madeInOf(input);
  if (given === undefined) return [];
  const rule = terms.minimumFunding;
  if (rule === undefined)
    return [
      issueAt(
        at,
        `${lawOfYear(madeIn, terms)} sets no minimum funding of spending directions: leave minimumFunding out`,
      ),
    ];
  const cited = formatCitation(rule.citation);
  const seen = new Set<string>();
  const issues = given.flatMap((m, k) => {
    const key = `${m.year} ${m.direction}`;
    const repeated = seen.has(key);
    seen.add(key);
    if (m.year >= madeIn) {
      const message = `${m.year} has not ended when the plan is made in ${madeIn}: its shortfall is counted by the plan that sets the volumes after it ends (${cited})`;
      return [issueAt([...at, k, "year"], message)];
    }
    return repeated ? [issueAt([...at, k, "direction"], `${m.direction} of ${m.year} is given twice`)] : [];
  });
  const years = plannedYears(input);
  if (
    issues.length > 0 ||
    shortfallOf(unit).isZero() ||
    formulaYearsOf(input, i, years, terms.period).length > 0
  )
    return issues;
  const period = `${years[0]}–${Math.min((years[0] ?? 0) + terms.period - 1, years.at(-1) ?? 0)}`;
  const message = `every year of the period ${period} this plan sets has a fixed volume or an equalisation method: the shortfalls of ${unit.code} are counted only in a volume set by the formula (${cited})`;
  return [issueAt(at, message)];
}

/**
 * The terms of the planning law a unit's input uses (excluded costs, over-plan revenue, minimum funding):
 * each only under a planning law of the year the plan is made in that has it, and consistent with the
 * unit. `valid` tells whether a part of the unit had no issue before.
 */
export function lawTermIssues(
  input: CheckedPlan,
  i: number,
  valid: (...parts: PropertyKey[][]) => boolean,
  terms: PlanningLaw | undefined,
): RawIssue[] {
  const unit = input.units[i] as CheckedUnit;
  const at = ["units", i];
  if (terms === undefined) return [];
  return [
    ...(valid([...at, "base"])
      ? excludedCostIssues(unit, [...at, "base", "excludedCosts"], madeInOf(input), terms)
      : []),
    ...(valid([...at, "base"]) ? overPlanIssues(unit, [...at, "base", "overPlan"], input, terms) : []),
    ...(valid([...at, "minimumFunding"], [...at, "fixedVolumes"])
      ? minimumFundingIssues(input, i, [...at, "minimumFunding"], terms)
      : []),
  ];
}
