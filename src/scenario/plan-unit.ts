import { OWN_REVENUE_LINES } from "../budget/statement.js";
import type { Issue, IssuePath } from "../errors/issue.js";
import { Money } from "../money/money.js";
import type { Territory } from "../territory/territory.js";
import type { PlanRevenueGrowth, PlanUnitInput } from "../transfers/plan/district-plan.js";
import type { PlanBaseUnit } from "./plan-types.js";
import type { ScenarioFile } from "./schema.js";

type FilePlan = NonNullable<ScenarioFile["plan"]>;
type Line = (typeof OWN_REVENUE_LINES)[number];

const issue = (path: IssuePath, message: string): Issue => ({ path, code: "INVALID_INPUT", message });

/** The base year's lines the plan needs: costs and tax revenues (an absent line is unknown, not zero). */
function baseIssues({ unit, figures }: PlanBaseUnit, year: number, at: IssuePath): Issue[] {
  return [
    ...(figures.expenditures !== undefined
      ? []
      : [
          issue(
            at,
            `the plan needs ${unit.nameRu}'s expenditures of ${year} (its costs), which its figures do not give`,
          ),
        ]),
    ...(figures.tax_revenue !== undefined
      ? []
      : [
          issue(
            at,
            `the plan needs ${unit.nameRu}'s tax_revenue of ${year}, which its figures do not give (an absent line is unknown, not zero)`,
          ),
        ]),
  ];
}

/** A growth rate for every line the unit has, and none for a line it does not have. */
function growthIssues(
  { unit, figures, plan: own }: PlanBaseUnit,
  plan: FilePlan,
  year: number,
  at: IssuePath,
) {
  const missing = OWN_REVENUE_LINES.filter(
    (line) =>
      figures[line] !== undefined && (own?.revenueGrowth?.[line] ?? plan.revenueGrowth[line]) === undefined,
  ).map((line) =>
    issue(
      ["plan", "revenueGrowth", line],
      `no growth for ${line}, which units have in ${year}: give it here or in each unit's plan.revenueGrowth`,
    ),
  );
  const idle = (Object.keys(own?.revenueGrowth ?? {}) as Line[])
    .filter((line) => figures[line] === undefined)
    .map((line) =>
      issue(
        [...at, "plan", "revenueGrowth", line],
        `${unit.nameRu} has no ${line} in ${year}: a growth rate for it has nothing to grow`,
      ),
    );
  return [...missing, ...idle];
}

/** What the reader must know of a unit's base year: lines taken as zero, special receipts left out. */
function baseNotes({ unit, figures }: PlanBaseUnit, year: number): string[] {
  const absent = OWN_REVENUE_LINES.filter((l) => figures[l] === undefined && l !== "tax_revenue");
  const special = figures.special_receipts;
  return [
    ...(figures.tax_revenue === undefined || absent.length === 0
      ? []
      : [
          `${unit.nameRu}: ${absent.join(" and ")} not in the ${year} figures, taken as zero in the plan as in self-sufficiency (decisions omit zero lines)`,
        ]),
    ...(special === undefined || special.isZero()
      ? []
      : [
          `${unit.nameRu}: special receipts of ${special.toThousandKzt()} thousand KZT are not own revenues in the plan (self-sufficiency counts tax, non-tax and capital sales)`,
        ]),
  ];
}

/** A unit's input of `planDistrict`, or the problems of its base year and growth. @internal */
export interface UnitInputRead {
  readonly input?: PlanUnitInput;
  readonly issues: readonly Issue[];
  readonly notes: readonly string[];
}

/**
 * A unit of a scenario as `planDistrict` takes it: its published own revenues (tax, non-tax, capital
 * sales; an absent line other than tax is zero, as in self-sufficiency) and expenditures (its costs),
 * the transfers as the base year's subvention, the growth of its own plan or else the scenario's, its
 * indicators with `places`, the number of its places in the classifier.
 * @internal
 */
export function unitInput(
  base: PlanBaseUnit,
  plan: FilePlan,
  year: number,
  at: IssuePath,
  territory: Territory,
): UnitInputRead {
  const issues = [...baseIssues(base, year, at), ...growthIssues(base, plan, year, at)];
  const notes = baseNotes(base, year);
  const { unit, figures, plan: own } = base;
  const costs = figures.expenditures;
  if (issues.length > 0 || costs === undefined) return { issues, notes };
  const growth = (line: Line) => own?.revenueGrowth?.[line] ?? plan.revenueGrowth[line];
  const transfers = figures.transfers;
  const input: PlanUnitInput = {
    code: unit.code,
    name: unit.nameRu,
    base: {
      year,
      ownRevenues: Object.fromEntries(OWN_REVENUE_LINES.map((l) => [l, figures[l] ?? Money.zero])),
      costs,
      ...(transfers === undefined || transfers.isNegative() ? {} : { subvention: transfers }),
      ...(own?.excludedCosts === undefined ? {} : { excludedCosts: own.excludedCosts }),
      ...(own?.overPlan === undefined ? {} : { overPlan: own.overPlan }),
    },
    revenueGrowth: Object.fromEntries(
      OWN_REVENUE_LINES.map((l) => [l, figures[l] === undefined ? "0" : growth(l)]),
    ) as PlanRevenueGrowth,
    costGrowth: own?.costGrowth ?? plan.costGrowth,
    indicators: { places: String(territory.placesOfUnit(unit.code).length), ...own?.indicators },
    ...(own?.population === undefined ? {} : { population: own.population }),
    ...(own?.fixedVolumes === undefined ? {} : { fixedVolumes: own.fixedVolumes }),
    ...(own?.minimumFunding === undefined ? {} : { minimumFunding: own.minimumFunding }),
  };
  return { input, issues, notes };
}
