import { negativeFlows } from "../budget/figures-schema.js";
import { type Issue, type IssuePath, tryRead } from "../errors/issue.js";
import { parseDecisionText } from "../jurisdictions/kz/decisions/parse-text.js";
import { kazakhstanPlaceSpelling } from "../jurisdictions/kz/place-spelling.js";
import { readySpelling } from "../territory/find/read-name.js";
import { checkWrittenName } from "../territory/find/written-name.js";
import type { Territory } from "../territory/territory.js";
import type { FileUnitPlan } from "./plan-types.js";
import type { ScenarioFile } from "./schema.js";
import type { ReadScenarioFile, ScenarioDistrict, ScenarioUnit } from "./types.js";

type FileDistrict = ScenarioFile["districts"][number];
type FileUnit = FileDistrict["units"][number];

/** What reading the districts of a scenario needs. @internal */
export interface ReadContext {
  readonly territory: Territory;
  readonly year: number;
  readonly readFile: ReadScenarioFile;
}

/** A unit read, with its part of the plan: a unit not read leaves no gap between the two. @internal */
export interface UnitRead {
  readonly unit: ScenarioUnit;
  readonly plan?: FileUnitPlan;
}

/** A district read: the district, its units read with their plans, and the problems found. @internal */
export interface DistrictRead {
  readonly district: ScenarioDistrict;
  readonly units: readonly UnitRead[];
  readonly issues: readonly Issue[];
}

/**
 * Whether the unit a decision's heading names (`unitName`, in its case form) is the scenario's unit or
 * one of its localities: an issue when it names another place (ending with `advice`), a note when it
 * names none. @internal
 */
export function unitNamed(
  unitName: string | undefined,
  kato: string,
  path: IssuePath,
  territory: Territory,
  advice = "attach the text to the unit it names, or give this unit its own decision",
): [Issue[], string[]] {
  const unknown = "check by hand that the text is this unit's decision";
  if (unitName === undefined) return [[], [`the decision's heading names no unit: ${unknown}`]];
  const [places] = tryRead(path, () => [territory.place(kato), ...territory.placesOfUnit(kato)]);
  if (places === undefined) return [[], []]; // an unknown code is reported where the unit is checked
  const named = checkWrittenName(unitName, places, readySpelling(kazakhstanPlaceSpelling()));
  if (named.kind === "same") return [[], []];
  if (named.kind === "none") {
    return [[], [`the decision's heading names no fourth-level unit ("${unitName}"): ${unknown}`]];
  }
  const unit = places[0] as (typeof places)[number];
  const message = `the decision text names "${unitName}", not unit ${kato} (${unit.nameRu} / ${unit.nameKk}): ${advice}`;
  return [[{ path, code: "INVALID_INPUT", message }], []];
}

/** A unit's figures read from its decision text; the text's year must be the scenario's and its unit the file's. */
function readDecision(
  raw: FileUnit,
  base: Pick<ScenarioUnit, "kato" | "source" | "decision">,
  at: IssuePath,
  { year, readFile, territory }: ReadContext,
): [ScenarioUnit | undefined, Issue[]] {
  const path = [...at, "decisionFile"];
  const [parsed, issues] = tryRead(path, () => {
    const read = readFile(raw.decisionFile as string, "decision text");
    return { file: read.path, text: parseDecisionText(read.text, { file: read.path }) };
  });
  if (parsed === undefined) return [undefined, issues];
  const { file, text } = parsed;
  const otherYear =
    text.budgetYear !== undefined && text.budgetYear !== year
      ? [
          {
            path,
            code: "INVALID_INPUT" as const,
            message: `the decision's figures are for ${text.budgetYear}, the scenario's year is ${year}`,
          },
        ]
      : [];
  const [otherUnit, unitNotes] = unitNamed(text.unitName, base.kato, path, territory);
  const negative = negativeFlows(text.figures, []).map((i) => ({
    ...i,
    path,
    message: `the decision's ${i.message}`,
  }));
  const unit: ScenarioUnit = {
    ...base,
    source: raw.source ?? text.source ?? file,
    heading: {
      kind: text.kind,
      ...(text.reference === undefined ? {} : { reference: text.reference }),
      ...(text.amends === undefined ? {} : { amends: text.amends }),
      ...(text.planningPeriod === undefined ? {} : { planningPeriod: text.planningPeriod }),
    },
    figures: text.figures,
    figuresFrom: `read from the decision text ${raw.decisionFile} (the scenario file's ${path.join(".")})`,
    readingNotes: [
      ...unitNotes,
      ...text.lines.flatMap((l) => l.notes.map((n) => `line ${l.lineNumber} (${l.key}): ${n}`)),
      ...text.problems.map((p) => `line ${p.lineNumber}: not read — ${p.reason}`),
    ],
    unreadLines: new Set(text.problems.flatMap((p) => (p.key === undefined ? [] : [p.key]))),
    decisionText: {
      file,
      ...(text.reference === undefined ? {} : { reference: text.reference }),
      lines: text.lines,
      problems: text.problems,
    },
  };
  return [unit, [...otherYear, ...otherUnit, ...negative]];
}

/** A unit: its figures as the file gives them, or read from its decision text. */
function readUnit(raw: FileUnit, at: IssuePath, context: ReadContext): [ScenarioUnit | undefined, Issue[]] {
  const base = {
    kato: raw.kato,
    ...(raw.source === undefined ? {} : { source: raw.source }),
    ...(raw.decision === undefined ? {} : { decision: raw.decision }),
  };
  if (raw.figures === undefined) return readDecision(raw, base, at, context);
  const figuresFrom = `given inline in the scenario file at ${[...at, "figures"].join(".")}`;
  return [{ ...base, figures: raw.figures, figuresFrom, readingNotes: [], unreadLines: new Set() }, []];
}

/**
 * A unit that is not a fourth-level unit of its district (by the classifier's ownership), named with the
 * district it is filed under and the district that owns it, or what it is when it is no unit.
 */
function foreignUnit(raw: FileUnit, district: string, at: IssuePath, territory: Territory): Issue[] {
  const path = [...at, "kato"];
  const [place, issues] = tryRead(path, () => territory.place(raw.kato));
  if (place === undefined) return issues;
  const filed = territory.place(district);
  const under = `${filed.code} (${filed.nameRu})`;
  const owner = territory.owner(raw.kato);
  const message =
    owner.kind === "fourth_level" && owner.unit.code === raw.kato
      ? `unit ${raw.kato} (${place.nameRu}) is listed under ${under}, but it belongs to district ${owner.district.code} (${owner.district.nameRu}): list it under ${owner.district.code}`
      : `${raw.kato} (${place.nameRu}, a ${place.type.replaceAll("_", " ")}) is not a fourth-level unit of ${under}: give the code of one of its units (\`fourth-level units --district ${filed.code}\` lists them)`;
  return [{ path, code: "UNKNOWN_KATO", message }];
}

/**
 * Reads a district of a scenario file: its code must be a district of the territory, each unit a
 * fourth-level unit of it; a unit's figures are the file's or read from its decision text.
 * @internal
 */
export function readDistrict(raw: FileDistrict, at: IssuePath, context: ReadContext): DistrictRead {
  const [own, districtIssues] = tryRead([...at, "kato"], () => context.territory.unitsOfDistrict(raw.kato));
  const codes = new Set((own ?? []).map((u) => u.code));
  const read = raw.units.map((u, j) => {
    const unitAt = [...at, "units", j];
    const foreign =
      own !== undefined && !codes.has(u.kato) ? foreignUnit(u, raw.kato, unitAt, context.territory) : [];
    const [unit, issues] = readUnit(u, unitAt, context);
    return { unit, plan: u.plan, issues: [...foreign, ...issues] };
  });
  const units = read.flatMap(({ unit, plan }): UnitRead[] =>
    unit === undefined ? [] : [{ unit, ...(plan === undefined ? {} : { plan }) }],
  );
  const budget = raw.districtBudget;
  const district: ScenarioDistrict = {
    kato: raw.kato,
    ...(budget === undefined
      ? {}
      : {
          districtBudget: {
            ...(budget.source === undefined ? {} : { source: budget.source }),
            figures: budget.figures,
          },
        }),
    units: units.map((r) => r.unit),
  };
  return { district, units, issues: [...districtIssues, ...read.flatMap((r) => r.issues)] };
}
