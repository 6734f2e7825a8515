import type { Receipt } from "../attribution/receipt.js";
import { readReceiptsCsv, readReceiptsJson } from "../attribution/receipts-input.js";
import type { BudgetFigures, BudgetLineKey } from "../budget/lines.js";
import {
  collectIssues,
  FourthLevelError,
  type InputIssue,
  throwIfIssues,
  zodIssues,
} from "../errors/error.js";
import { parseDecisionText } from "../jurisdictions/kz/decisions/parse-text.js";
import { kazakhstanLaw } from "../jurisdictions/kz/law.js";
import { kazakhstanTerritory } from "../jurisdictions/kz/territory.js";
import { type Law, rulebookOf } from "../law/law.js";
import { Money } from "../money/money.js";
import type { Rulebook } from "../rules/rulebook.js";
import type { DistrictBudgetRef, Territory } from "../territory/territory.js";
import { type PlanBaseUnit, readScenarioPlan, type ScenarioPlan, scenarioPlanIssues } from "./plan.js";
import { type ScenarioFile, scenarioSchema } from "./schema.js";

/**
 * A fourth-level unit of a scenario, with its published figures read.
 *
 * @category Scenario
 */
export interface ScenarioUnit {
  readonly kato: string;
  readonly source?: string;
  readonly decision?: string;
  readonly figures: BudgetFigures;
  /** What reading the decision text noticed (unit-label errors, signed zeros, lines it could not read). */
  readonly readingNotes: readonly string[];
  /** Lines in the decision text whose amount could not be read. */
  readonly unreadLines: ReadonlySet<BudgetLineKey>;
}

/**
 * A district of a scenario.
 *
 * @category Scenario
 */
export interface ScenarioDistrict {
  readonly kato: string;
  readonly districtBudget?: { readonly source?: string; readonly figures: BudgetFigures };
  readonly units: readonly ScenarioUnit[];
}

/**
 * A scenario with every file it names read and every code checked; run it with `runScenario`.
 *
 * @category Scenario
 */
export interface Scenario {
  readonly name: string;
  readonly note?: string;
  readonly year: number;
  readonly ownBudgetSince?: Readonly<Record<string, string>>;
  readonly openCodes?: Readonly<Record<string, string>>;
  readonly districts: readonly ScenarioDistrict[];
  readonly receipts?: {
    readonly note?: string;
    readonly unattributed: boolean;
    readonly items: readonly Receipt[];
  };
  /** The multi-year plan, when the file has one. */
  readonly plan?: ScenarioPlan;
  /**
   * The law the scenario is read and run under: the one given to {@link resolveScenario}, else
   * `kazakhstanLaw()` with the file's `openCodes`.
   */
  readonly law: Law;
}

function figuresOf(raw: Readonly<Partial<Record<BudgetLineKey, string>>>): BudgetFigures {
  return Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, Money.thousandKzt(v as string)]),
  ) as BudgetFigures;
}

/**
 * A file named in a scenario, read: its path as messages and sources show it, and its text.
 *
 * @category Scenario
 */
export interface ScenarioFileText {
  readonly path: string;
  readonly text: string;
}

/**
 * Reads a file that a scenario names (a unit's `decisionFile`, `receipts.file`), given its name as the
 * scenario writes it and what it is (`"decision text"`, `"receipts file"`) for messages.
 * @throws {@link FourthLevelError} when the file cannot be read.
 * @category Scenario
 */
export type ReadScenarioFile = (name: string, what: string) => ScenarioFileText;

/**
 * Options of {@link resolveScenario}.
 *
 * @category Scenario
 */
export interface ResolveScenarioOptions {
  /**
   * Reads the files the scenario names; without it, a scenario that names a file is refused. In Node,
   * `scenarioFileReader(folder)` of `fourth-level-budget/node` reads them relative to a folder.
   */
  readonly readFile?: ReadScenarioFile;
  /** The territory to check KATO codes against; the bundled classifier by default. */
  readonly territory?: Territory;
  /**
   * The law to read and run the scenario under, e.g. a reform's; by default `kazakhstanLaw()` with the
   * file's `openCodes` (which are then ignored when a law is given).
   */
  readonly law?: Law;
}

/** The reader of a scenario resolved without one: it names the file it cannot read. */
const noFileReader: ReadScenarioFile = (name, what) => {
  throw new FourthLevelError(
    "INVALID_INPUT",
    `the ${what} ${name} cannot be read without a file reader: give resolveScenario a readFile option, or load the scenario with loadScenario of fourth-level-budget/node`,
    { file: name },
  );
};

type RawUnitPlan = NonNullable<ScenarioFile["districts"][number]["units"][number]["plan"]>;

function readUnit(
  raw: ScenarioFile["districts"][number]["units"][number],
  path: string,
  year: number,
  readFile: ReadScenarioFile,
  issues: InputIssue[],
): ScenarioUnit | undefined {
  const base = {
    kato: raw.kato,
    ...(raw.source === undefined ? {} : { source: raw.source }),
    ...(raw.decision === undefined ? {} : { decision: raw.decision }),
  };
  if (raw.figures !== undefined) {
    return { ...base, figures: figuresOf(raw.figures), readingNotes: [], unreadLines: new Set() };
  }
  const read = collectIssues(issues, `${path}.decisionFile`, () =>
    readFile(raw.decisionFile as string, "decision text"),
  );
  if (read === undefined) return undefined;
  const file = read.path;
  const parsed = collectIssues(issues, `${path}.decisionFile`, () => parseDecisionText(read.text, { file }));
  if (parsed === undefined) return undefined;
  if (parsed.budgetYear !== undefined && parsed.budgetYear !== year) {
    issues.push({
      path: `${path}.decisionFile`,
      message: `the decision's figures are for ${parsed.budgetYear}, the scenario's year is ${year}`,
    });
  }
  const readingNotes = [
    ...parsed.lines.flatMap((l) => l.notes.map((n) => `line ${l.lineNumber} (${l.key}): ${n}`)),
    ...parsed.problems.map((p) => `line ${p.lineNumber}: not read — ${p.reason}`),
  ];
  return {
    ...base,
    source: raw.source ?? parsed.source ?? file,
    figures: parsed.figures,
    readingNotes,
    unreadLines: new Set(parsed.problems.flatMap((p) => (p.key === undefined ? [] : [p.key]))),
  };
}

/** What reading the parts of a scenario needs, and where it gathers their problems. */
interface ReadContext {
  readonly territory: Territory;
  readonly year: number;
  readonly readFile: ReadScenarioFile;
  readonly issues: InputIssue[];
  /** The units read so far, to name a unit listed twice. */
  readonly seenUnits: Set<string>;
}

/** A unit read, with its raw plan: a unit not read leaves no gap between the two. */
interface PlanBase {
  readonly unit: ScenarioUnit;
  readonly plan?: RawUnitPlan;
}

function readDistrict(
  d: ScenarioFile["districts"][number],
  path: string,
  { territory, year, readFile, issues, seenUnits }: ReadContext,
): { readonly district: ScenarioDistrict; readonly bases: readonly PlanBase[] } {
  const units = collectIssues(issues, `${path}.kato`, () => territory.unitsOfDistrict(d.kato)) ?? [];
  const own = new Set(units.map((u) => u.code));
  const read = d.units.flatMap((u, j): PlanBase[] => {
    const unitPath = `${path}.units[${j}]`;
    if (units.length > 0 && !own.has(u.kato)) {
      const place = collectIssues(issues, `${unitPath}.kato`, () => territory.place(u.kato));
      if (place !== undefined) {
        issues.push({
          path: `${unitPath}.kato`,
          message: `${u.kato} (${place.nameRu}) is not a fourth-level unit of district ${d.kato}`,
          code: "UNKNOWN_KATO",
        });
      }
    }
    if (seenUnits.has(u.kato))
      issues.push({ path: `${unitPath}.kato`, message: `unit ${u.kato} is listed twice` });
    seenUnits.add(u.kato);
    const unit = readUnit(u, unitPath, year, readFile, issues);
    return unit === undefined ? [] : [{ unit, ...(u.plan === undefined ? {} : { plan: u.plan }) }];
  });
  const district: ScenarioDistrict = {
    kato: d.kato,
    ...(d.districtBudget === undefined
      ? {}
      : {
          districtBudget: {
            ...(d.districtBudget.source === undefined ? {} : { source: d.districtBudget.source }),
            figures: figuresOf(d.districtBudget.figures),
          },
        }),
    units: read.map((r) => r.unit),
  };
  return { district, bases: read };
}

function readReceipts(
  r: NonNullable<ScenarioFile["receipts"]>,
  rulebook: Rulebook | undefined,
  { territory, readFile, issues }: ReadContext,
): Scenario["receipts"] {
  // Unless receipts may be kept aside, check them against the rules now, with every other problem.
  const readOptions = r.unattributed === true || rulebook === undefined ? {} : { rulebook };
  const inline =
    collectIssues(issues, "receipts.items", () =>
      readReceiptsJson(JSON.stringify(r.items ?? []), territory, readOptions),
    ) ?? [];
  const fromFile =
    r.file === undefined
      ? []
      : (collectIssues(issues, "receipts.file", () => {
          const { path, text } = readFile(r.file as string, "receipts file");
          return path.toLowerCase().endsWith(".csv")
            ? readReceiptsCsv(text, territory, readOptions)
            : readReceiptsJson(text, territory, readOptions);
        }) ?? []);
  return {
    ...(r.note === undefined ? {} : { note: r.note }),
    unattributed: r.unattributed ?? false,
    items: [...inline, ...fromFile],
  };
}

/**
 * Validates a parsed scenario file and reads the files it names: schema (zod), then every KATO code
 * (districts must be districts, units fourth-level units of their district), the decision texts (their
 * year must be the scenario's), the receipts, the open codes and the plan's own settings (horizon,
 * `madeIn`, previous volumes, plan parts without a plan). All of these problems are collected and
 * thrown together. A shape problem stops before the rest is read; the districts are planned, and their
 * planning problems found, only when every figure was read without a problem.
 *
 * @param data - The scenario file's JSON, parsed.
 * @param what - What is being read, at the head of the error message (`"scenario examples/x.json"`
 *   from `loadScenario` of `fourth-level-budget/node`); `"scenario"` by default.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its JSON path.
 * @category Scenario
 * @example
 * ```ts
 * const scenario = resolveScenario(
 *   { name: "Bel-Agach 2026", year: 2026, districts: [{ kato: "104000000", units: [
 *     { kato: "104035000", figures: { tax_revenue: "39585", capital_sales: "2000", expenditures: "54959" } },
 *   ] }] },
 *   {},
 *   "Bel-Agach scenario",
 * );
 * ```
 */
export function resolveScenario(
  data: unknown,
  options: ResolveScenarioOptions = {},
  what = "scenario",
): Scenario {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) throwIfIssues(what, zodIssues(parsed.error.issues));
  const file = parsed.data as ScenarioFile;
  const issues: InputIssue[] = [];
  const givenLaw = collectIssues(
    issues,
    "openCodes",
    () => options.law ?? kazakhstanLaw(file.openCodes === undefined ? {} : { openCodes: file.openCodes }),
  );
  const rulebook =
    givenLaw === undefined ? undefined : collectIssues(issues, "openCodes", () => rulebookOf(givenLaw));
  const law = givenLaw ?? kazakhstanLaw();
  const territory =
    collectIssues(issues, "ownBudgetSince", () =>
      file.ownBudgetSince === undefined
        ? (options.territory ?? kazakhstanTerritory({}, law))
        : kazakhstanTerritory({ ownBudgetSince: file.ownBudgetSince }, law),
    ) ?? kazakhstanTerritory({}, law);
  const readFile = options.readFile ?? noFileReader;
  const context: ReadContext = { territory, year: file.year, readFile, issues, seenUnits: new Set() };
  const read = file.districts.map((d, i) => readDistrict(d, `districts[${i}]`, context));
  const districts = read.map((r) => r.district);
  const planBases = read.map((r) => r.bases);
  const receipts = file.receipts === undefined ? undefined : readReceipts(file.receipts, rulebook, context);
  // the plan's own problems are reported with every other; planning the districts needs their figures
  const figuresRead = issues.length === 0;
  issues.push(...scenarioPlanIssues(file));
  const plan = !figuresRead
    ? undefined
    : readScenarioPlan(
        file,
        districts.map((d, i) => ({
          district: territory.districts().find((x) => x.code === d.kato) as DistrictBudgetRef,
          units: (planBases[i] ?? []).map(
            ({ unit, plan }): PlanBaseUnit => ({
              unit: territory.fourthLevelUnit(unit.kato),
              figures: unit.figures,
              ...(plan === undefined ? {} : { plan }),
            }),
          ),
        })),
        territory,
        law,
        issues,
      );
  throwIfIssues(what, issues);
  return {
    name: file.name,
    ...(file.note === undefined ? {} : { note: file.note }),
    year: file.year,
    ...(file.ownBudgetSince === undefined ? {} : { ownBudgetSince: file.ownBudgetSince }),
    ...(file.openCodes === undefined ? {} : { openCodes: file.openCodes }),
    districts,
    ...(receipts === undefined ? {} : { receipts }),
    ...(plan === undefined ? {} : { plan }),
    law,
  };
}
