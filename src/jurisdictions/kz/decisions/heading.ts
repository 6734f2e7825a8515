import type { Clause } from "./clauses.js";
import { type DecisionReference, referenceIn } from "./references.js";
import type { DecisionProblem } from "./types.js";

/** What the heading of a budget list states: the unit, the year of the figures, the planning period. */
interface Heading {
  readonly unitName?: string;
  readonly budgetYear?: number;
  readonly planningPeriod?: { readonly first: number; readonly last: number };
  readonly problems: readonly DecisionProblem[];
}

const PLANNING_PERIOD = /(?<first>\d{4})\s*[-–—]\s*(?<last>\d{4})\s*(?:год(?:ы|ов)|жылдар\p{L}*)/u;
const BUDGET_YEAR = /(?<year>\d{4})\s*(?:год(?!\p{L})|жылға(?!\p{L}))/u;
const UNIT_NAME_RU = /бюджет(?!\p{L})\s*(?<unit>.+?)\s+на\s+\d{4}/u;
const UNIT_NAME_KK = /жылдарға арналған\s+(?<unit>.+?)\s+бюджет(?:і|іне)(?!\p{L})/u;
/** The unit before the period: "Қарасай ауданы Қаскелең қаласының 2025-2027 жылдарға арналған бюджеті". */
const UNIT_NAME_KK_FIRST = /^(?<unit>[^"«».:\d]+?)\s+\d{4}\s*[-–—]\s*\d{4}\s*жылдарға арналған\s+бюджет/u;
/** A planning period is three years (BC2008 Art. 3; BC2025 Art. 3). */
const PERIOD_YEARS = 3;

/** Reads the heading of a budget list: the nearest clause before it that names a year or a period. */
export function headingOf(clauses: readonly Clause[], start: number): Heading {
  const clause = clauses
    .slice(0, start)
    .reverse()
    .find((c) => BUDGET_YEAR.test(c.body) || PLANNING_PERIOD.test(c.body));
  if (clause === undefined) return { problems: [] };
  const period = PLANNING_PERIOD.exec(clause.body)?.groups;
  const year = BUDGET_YEAR.exec(clause.body)?.groups?.year;
  const unitName = [UNIT_NAME_RU, UNIT_NAME_KK, UNIT_NAME_KK_FIRST]
    .map((p) => p.exec(clause.body)?.groups?.unit)
    .find((u) => u !== undefined);
  const planningPeriod =
    period?.first === undefined || period.last === undefined
      ? undefined
      : { first: Number(period.first), last: Number(period.last) };
  const problems: DecisionProblem[] = [];
  const problem = (reason: string) =>
    problems.push({ lineNumber: clause.lineNumber, text: clause.text, reason });
  if (planningPeriod !== undefined && planningPeriod.last !== planningPeriod.first + PERIOD_YEARS - 1) {
    problem(
      `planning period '${planningPeriod.first}-${planningPeriod.last}' is not three years (a typo in the published text?)`,
    );
  } else if (
    planningPeriod !== undefined &&
    year !== undefined &&
    (Number(year) < planningPeriod.first || Number(year) > planningPeriod.last)
  ) {
    problem(
      `budget year ${year} is outside the planning period '${planningPeriod.first}-${planningPeriod.last}' (a typo in the published text?)`,
    );
  }
  return {
    problems,
    ...(unitName === undefined ? {} : { unitName }),
    ...(year === undefined ? {} : { budgetYear: Number(year) }),
    ...(planningPeriod === undefined ? {} : { planningPeriod }),
  };
}

/** The heading of the decision itself: "Решение … от 24 декабря 2025 года № 432", "… № 180 шешімі". */
const OWN_HEADING = /^решение\s|шешімі\.?$/iu;
/** Where the decision's heading is over: its operative part begins. */
const OPERATIVE = /РЕШИЛ|ШЕШТІ|ШЕШІМ ҚАБЫЛДАДЫ/u;

/** The decision's own date and number, from its heading (before "РЕШИЛ:" / "ШЕШТІ:"). */
export function ownReferenceOf(clauses: readonly Clause[]): DecisionReference | undefined {
  const end = clauses.findIndex((c) => OPERATIVE.test(c.body));
  const heading = clauses.slice(0, end < 0 ? clauses.length : end).find((c) => OWN_HEADING.test(c.body));
  return heading === undefined ? undefined : referenceIn(heading.body);
}
