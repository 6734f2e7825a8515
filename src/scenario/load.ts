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
import { readReceipts } from "./read-receipts.js";
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

/** The law, rulebook and territory the scenario is read under, with the problems of its `openCodes` and `ownBudgetSince`. */
function lawOf(
  file: ScenarioFile,
  options: ResolveScenarioOptions,
): { law: Law; rulebook?: Rulebook; territory: Territory; issues: Issue[] } {
  const [given, lawIssues] = tryRead(
    ["openCodes"],
    () => options.law ?? kazakhstanLaw(file.openCodes === undefined ? {} : { openCodes: file.openCodes }),
  );
  const [rulebook, rulebookIssues] =
    given === undefined ? [undefined, []] : tryRead(["openCodes"], () => rulebookOf(given));
  const law = given ?? kazakhstanLaw();
  const [territory, territoryIssues] = tryRead(["ownBudgetSince"], () =>
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
  return {
    law,
    ...(rulebook === undefined ? {} : { rulebook }),
    territory: territory ?? kazakhstanTerritory({}, law),
    issues: [...lawIssues, ...rulebookIssues, ...territoryIssues, ...both],
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
  const args = checkInput(argumentsSchema, { options, what }, "scenario options", { opaque: ["options"] });
  throwIssues("scenario options", args.issues);
  const parsed = checkInput(scenarioShape, data, what);
  throwIssues(what, parsed.issues);
  const file = parsed.value as ScenarioFile;
  const { law, rulebook, territory, issues: lawIssues } = lawOf(file, options);
  const context: ReadContext = { territory, year: file.year, readFile: options.readFile ?? noFileReader };
  const listed = new Set(file.districts.flatMap((d) => d.units.map((u) => u.kato)));
  const [fromCsv, csvIssues] =
    file.unitBudgets === undefined ? [new Map(), []] : readUnitBudgets(file.unitBudgets, listed, context);
  const read = withUnitBudgets(
    file.districts.map((d, i) => readDistrict(d, ["districts", i], context)),
    fromCsv,
  );
  const [receipts, receiptIssues] =
    file.receipts === undefined ? [undefined, []] : readReceipts(file.receipts, rulebook, context);
  const issues = [
    ...lawIssues,
    ...read.flatMap((r) => r.issues),
    ...csvIssues,
    ...receiptIssues,
    ...scenarioFileIssues(file),
  ];
  throwIssues(what, issues);
  const [plan, planIssues] = readScenarioPlan(
    file,
    read.map((r) => ({
      district: territory.districts().find((x) => x.code === r.district.kato) as DistrictBudgetRef,
      units: r.units.map(({ unit, plan }) => ({
        unit: territory.fourthLevelUnit(unit.kato),
        figures: unit.figures,
        ...(plan === undefined ? {} : { plan }),
      })),
    })),
    territory,
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
    districts: read.map((r) => r.district),
    ...(receipts === undefined ? {} : { receipts }),
    ...(plan === undefined ? {} : { plan }),
    reforms: (data as { reforms?: Reform[] }).reforms ?? [],
    law,
  };
}
