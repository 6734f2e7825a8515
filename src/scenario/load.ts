import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { FourthLevelError } from "../errors/error.js";
import { type Issue, throwIssues, tryRead } from "../errors/issue.js";
import { checkInput } from "../input/parse.js";
import { kazakhstanLaw } from "../jurisdictions/kz/law.js";
import { kazakhstanTerritory } from "../jurisdictions/kz/territory.js";
import { type Law, rulebookOf } from "../law/law.js";
import type { Reform } from "../reform/reform-schema.js";
import type { Rulebook } from "../rules/rulebook.js";
import type { DistrictBudgetRef, Territory } from "../territory/territory.js";
import { territorySchema } from "../territory/territory-schema.js";
import { scenarioFileIssues } from "./file-checks.js";
import { readScenarioPlan } from "./plan.js";
import { type ReadContext, readDistrict } from "./read-districts.js";
import { fromWorkers, readReceipts } from "./read-receipts.js";
import { readUnitBudgets, withUnitBudgets } from "./read-unit-budgets.js";
import { scenarioLawSchema } from "./scenario-value.js";
import { type ScenarioFile, scenarioShape } from "./schema.js";
import type { ReadScenarioFile, ResolveScenarioOptions, Scenario } from "./types.js";

/** The reader of a scenario resolved without one: it names the file it cannot read. */
const noFileReader: ReadScenarioFile = (name, what) => {
  throw new FourthLevelError(
    "INVALID_INPUT",
    `the ${what} ${name} cannot be read without a file reader: give resolveScenario a readFile option, or load the scenario with loadScenario of fourth-level-budget/node`,
    { file: name },
  );
};

const argumentsSchema = z.strictObject({
  options: z
    .strictObject(
      {
        readFile: z
          .custom<ReadScenarioFile>((f) => typeof f === "function", {
            error: "must be a function (name, what) => { path, text }, e.g. scenarioFileReader(folder)",
          })
          .optional(),
        territory: territorySchema.optional(),
        law: scenarioLawSchema.optional(),
        onProgress: z
          .custom<(done: number, total: number) => void>((f) => typeof f === "function", {
            error: "must be a function (done, total) => void",
          })
          .optional(),
      },
      {
        error: (issue) =>
          `must be the options { readFile?, territory?, law?, onProgress? }, not ${describeValue(issue.input)}`,
      },
    )
    .optional(),
  what: z.string({ error: 'must be text that names what is read, e.g. "scenario x.json"' }),
});

/** The law and rulebook the scenario is read under, with the problems of its `openCodes`. */
function lawOf(file: ScenarioFile, options: ResolveScenarioOptions): LawRead {
  const [given, lawIssues] = tryRead(
    ["openCodes"],
    () => options.law ?? kazakhstanLaw(file.openCodes === undefined ? {} : { openCodes: file.openCodes }),
  );
  const [rulebook, rulebookIssues] =
    given === undefined ? [undefined, []] : tryRead(["openCodes"], () => rulebookOf(given));
  return {
    law: given ?? kazakhstanLaw(),
    ...(rulebook === undefined ? {} : { rulebook }),
    issues: [...lawIssues, ...rulebookIssues],
  };
}

interface LawRead {
  readonly law: Law;
  readonly rulebook?: Rulebook;
  readonly issues: readonly Issue[];
}

/** The territory the scenario is read on under `law`, with the problems of its `ownBudgetSince`. */
function landOf(file: ScenarioFile, options: ResolveScenarioOptions, law: Law) {
  const [territory, issues] = tryRead(["ownBudgetSince"], () =>
    file.ownBudgetSince === undefined
      ? (options.territory ?? kazakhstanTerritory({}, law))
      : kazakhstanTerritory({ ownBudgetSince: file.ownBudgetSince }, law),
  );
  const both: Issue[] =
    file.ownBudgetSince !== undefined && options.territory !== undefined
      ? [
          {
            path: ["ownBudgetSince"],
            code: "INVALID_INPUT",
            message:
              "the scenario sets ownBudgetSince, which builds the bundled territory, and a territory was given too: give one of them (e.g. the territory built with kazakhstanTerritory({ ownBudgetSince }))",
          },
        ]
      : [];
  return { territory: territory ?? kazakhstanTerritory({}, law), issues: [...issues, ...both] };
}

/**
 * What a scenario file names, read on its territory: the districts (with the unit budgets' file), the
 * receipts of the worker records, and their problems and those across the file's fields. None of it
 * depends on the law but for the territory.
 */
function readOn(file: ScenarioFile, territory: Territory, options: ResolveScenarioOptions) {
  const context: ReadContext = { territory, year: file.year, readFile: options.readFile ?? noFileReader };
  const listed = new Set(file.districts.flatMap((d) => d.units.map((u) => u.kato)));
  const [fromCsv, csvIssues] =
    file.unitBudgets === undefined ? [new Map(), []] : readUnitBudgets(file.unitBudgets, listed, context);
  const districts = withUnitBudgets(
    file.districts.map((d, i) => readDistrict(d, ["districts", i], context)),
    fromCsv,
  );
  const workers = file.receipts === undefined ? undefined : fromWorkers(file.receipts, context);
  return { context, districts, workers, csvIssues, fileIssues: scenarioFileIssues(file) };
}

/** A scenario file read on its territory (`land`, `read`) resolved under a law: its receipts' rules, its plan. */
function resolvedUnder(
  data: unknown,
  file: ScenarioFile,
  { law, rulebook, issues: lawIssues }: LawRead,
  land: ReturnType<typeof landOf>,
  read: ReturnType<typeof readOn>,
  options: ResolveScenarioOptions,
  what: string,
): Scenario {
  const { context, districts, workers } = read;
  const [receipts, receiptIssues] =
    file.receipts === undefined ? [undefined, []] : readReceipts(file.receipts, rulebook, context, workers);
  const issues = [
    ...lawIssues,
    ...land.issues,
    ...districts.flatMap((r) => r.issues),
    ...read.csvIssues,
    ...receiptIssues,
    ...read.fileIssues,
  ];
  throwIssues(what, issues);
  const [plan, planIssues] = readScenarioPlan(
    file,
    districts.map((r) => ({
      district: land.territory.districts().find((x) => x.code === r.district.kato) as DistrictBudgetRef,
      units: r.units.map(({ unit, plan }) => ({
        unit: land.territory.fourthLevelUnit(unit.kato),
        figures: unit.figures,
        ...(plan === undefined ? {} : { plan }),
      })),
    })),
    land.territory,
    law,
    options.onProgress,
  );
  throwIssues(what, planIssues);
  return {
    name: file.name,
    ...(file.note === undefined ? {} : { note: file.note }),
    year: file.year,
    ...(file.ownBudgetSince === undefined ? {} : { ownBudgetSince: file.ownBudgetSince }),
    ...(file.openCodes === undefined ? {} : { openCodes: file.openCodes }),
    districts: districts.map((r) => r.district),
    ...(receipts === undefined ? {} : { receipts }),
    ...(plan === undefined ? {} : { plan }),
    reforms: (data as { reforms?: Reform[] }).reforms ?? [],
    law,
  };
}

/**
 * A scenario file resolved as {@link resolveScenario} does, and the same file resolved under another
 * law (`under`, e.g. a reform of its law): the file is checked, and the files it names are read, once;
 * under a law with the same dates of fourth-level budgets (the same territory) only what depends on the
 * law is read again: the listed receipts checked against its rules, and the plan. @internal
 */
export function scenarioResolver(
  data: unknown,
  options: ResolveScenarioOptions,
  what: string,
): { readonly scenario: Scenario; readonly under: (law: Law) => Scenario } {
  const args = checkInput(argumentsSchema, { options, what }, "scenario options", { opaque: ["options"] });
  throwIssues("scenario options", args.issues);
  const parsed = checkInput(scenarioShape, data, what);
  throwIssues(what, parsed.issues);
  const file = parsed.value as ScenarioFile;
  const rules = lawOf(file, options);
  const land = landOf(file, options, rules.law);
  const read = readOn(file, land.territory, options);
  return {
    scenario: resolvedUnder(data, file, rules, land, read, options, what),
    under: (law) =>
      law.fourthLevelBudgets === rules.law.fourthLevelBudgets
        ? resolvedUnder(data, file, lawOf(file, { ...options, law }), land, read, options, what)
        : resolveScenario(data, { ...options, law }, what),
  };
}

/**
 * Validates a parsed scenario file and reads the files it names: its fields (see `scenarioSchema`), every
 * KATO code (districts must be districts, units fourth-level units of their district), the decision texts
 * (their year must be the scenario's), the receipts, the open codes, the checks across the file's fields
 * (horizon, `madeIn`, previous volumes, years of schedules, equalisation indicators, plan parts without a
 * plan) and, when all of these pass, the plan of every district. Each problem is reported with its path
 * in the file, all together; a problem of a field stops before the rest is read.
 *
 * @param data - The scenario file's JSON, parsed.
 * @param options - See {@link ResolveScenarioOptions}.
 * @param what - What is being read, at the head of the error message (`"scenario examples/x.json"`
 *   from `loadScenario` of `fourth-level-budget/node`); `"scenario"` by default.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path in the file
 *   (`issues`, each `{ path, code, message }`).
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
 * scenario.districts[0]?.units[0]?.figures.expenditures?.toThousandKzt(); //=> "54959"
 * ```
 */
export function resolveScenario(
  data: unknown,
  options: ResolveScenarioOptions = {},
  what = "scenario",
): Scenario {
  return scenarioResolver(data, options, what).scenario;
}
