import type { Issue, IssuePath } from "../errors/issue.js";
import type { ScenarioFile } from "./schema.js";

type FileDistrict = ScenarioFile["districts"][number];

/** Where a unit's part of a `planDistrict` issue is in the file: its figures, its plan or the scenario's plan. */
function unitPath(path: IssuePath, at: IssuePath, raw: FileDistrict | undefined): IssuePath {
  const [, index, field, ...rest] = path;
  const unitAt = [...at, "units", index as number];
  const own = raw?.units[index as number]?.plan;
  if (field === "base") {
    const [part, ...inside] = rest;
    if (part === "ownRevenues") return [...unitAt, "figures", ...inside];
    if (part === "costs") return [...unitAt, "figures", "expenditures", ...inside];
    if (part === "subvention") return [...unitAt, "figures", "transfers", ...inside];
    if (part === "excludedCosts" || part === "overPlan") return [...unitAt, "plan", part, ...inside];
  }
  if (field === "revenueGrowth") {
    const mine = own?.revenueGrowth?.[rest[0] as keyof NonNullable<typeof own.revenueGrowth>] !== undefined;
    return mine ? [...unitAt, "plan", field, ...rest] : ["plan", field, ...rest];
  }
  if (field === "costGrowth") {
    return own?.costGrowth === undefined ? ["plan", field, ...rest] : [...unitAt, "plan", field, ...rest];
  }
  if (field === "fixedVolumes" || field === "population" || field === "minimumFunding")
    return [...unitAt, "plan", field, ...rest];
  return [...at, ...path];
}

/** Where a re-plan's issue about the plan in force is: the units' `previousVolumes`. */
function previousPath(path: IssuePath, at: IssuePath): IssuePath {
  const [, units, index, years, entry, ...rest] = path;
  if (units !== "units" || typeof index !== "number") return [...at, "units"];
  const inEntry = rest[0] === "transfer" ? rest.slice(1) : rest;
  return [
    ...at,
    "units",
    index,
    "plan",
    "previousVolumes",
    ...(years === "years" && entry !== undefined ? [entry, ...inEntry] : []),
  ];
}

/**
 * The path in the scenario file of a `planDistrict` (or `replanDistrict`) issue of the district at `at`:
 * a unit's base year to its figures; its growth to the unit's own `plan` when it has one there, else to
 * the scenario's `plan`; the plan in force to the units' `previousVolumes`; the MRP to
 * `plan.mrpIndexation`; the base year to `year`; an equalisation year to the district's plan (or its
 * alternative). @internal
 */
export function scenarioPath(
  path: IssuePath,
  at: IssuePath,
  raw: FileDistrict | undefined,
  alternative: boolean,
): IssuePath {
  const [head, ...rest] = path;
  if (head === "input") return scenarioPath(rest, at, raw, alternative);
  if (head === "madeIn" || head === "horizon") return ["plan", head, ...rest];
  if (head === "baseYear") return ["year"];
  if (head === "previous") return previousPath(path, at);
  if (head === "mrp") return ["plan", "mrpIndexation", ...(rest[0] === "indexation" ? rest.slice(1) : rest)];
  if (head === "equalisation" && rest[0] === "byYear" && rest[1] !== undefined) {
    const inMethod = rest.slice(2).filter((part) => part !== "method");
    const where = alternative ? ["alternative", "equalisation"] : ["equalisation"];
    return [...at, "plan", ...where, rest[1], ...(inMethod[0] === "units" ? [] : inMethod)];
  }
  if (head === "units" && typeof rest[0] === "number") return unitPath(path, at, raw);
  return [...at, ...path];
}

/** `planDistrict`'s issues at their places in the scenario file, messages as it words them. @internal */
export const toScenario = (
  issues: readonly Issue[],
  at: IssuePath,
  raw: FileDistrict | undefined,
  alternative: boolean,
): Issue[] => issues.map((i) => ({ ...i, path: scenarioPath(i.path, at, raw, alternative) }));
