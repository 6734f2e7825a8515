import type { Receipt } from "../attribution/receipt.js";
import type { BudgetFigures, BudgetLineKey } from "../budget/lines.js";
import type { DecisionReference } from "../jurisdictions/kz/decisions/references.js";
import type { DecisionLine, DecisionProblem, ParsedDecision } from "../jurisdictions/kz/decisions/types.js";
import type { Law } from "../law/law.js";
import type { Reform } from "../reform/reform-schema.js";
import type { Territory } from "../territory/territory.js";
import type { ScenarioPlan } from "./plan-types.js";

/**
 * What the heading of a unit's decision text says of the decision: `decision` or `amendment`, its number
 * and date, the decision it amends, and the planning period ("на 2026-2028 годы").
 *
 * @category Scenario
 */
export type DecisionHeading = Pick<ParsedDecision, "kind" | "reference" | "amends" | "planningPeriod">;

/**
 * A fourth-level unit of a scenario, with its published figures read.
 *
 * @category Scenario
 */
export interface ScenarioUnit {
  readonly kato: string;
  readonly source?: string;
  readonly decision?: string;
  /** When the figures were read from a decision text: what its heading says of the decision. */
  readonly heading?: DecisionHeading;
  readonly figures: BudgetFigures;
  /**
   * Where the figures were read, in words: `"given inline in the scenario file at
   * districts.0.units.1.figures"`, `"read from the decision text ../data/decisions/….txt (the scenario
   * file's districts.0.units.1.decisionFile)"` or `"read from the unit budgets file units.csv, line 3 (the
   * scenario file's unitBudgets.file)"`; files named as the scenario file names them.
   */
  readonly figuresFrom: string;
  /** What reading the decision text noticed (unit-label errors, signed zeros, lines it could not read). */
  readonly readingNotes: readonly string[];
  /** Lines in the decision text whose amount could not be read. */
  readonly unreadLines: ReadonlySet<BudgetLineKey>;
  /**
   * Where the figures were read, when they come from a decision text: the file as the reader named it,
   * the decision's date and number when its heading states them, each line read with its line number and
   * text, and the lines seen but not read (what `explain` cites).
   */
  readonly decisionText?: {
    readonly file: string;
    readonly reference?: DecisionReference;
    readonly lines: readonly DecisionLine[];
    readonly problems: readonly DecisionProblem[];
  };
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
   * The file's reforms as written (validated), in order; empty when it has none. `runScenario` runs the
   * law as it is (`law`); `compareScenario` runs the law under these reforms beside it.
   */
  readonly reforms: readonly Reform[];
  /**
   * The law the scenario is read and run under: the one given to {@link resolveScenario}, else
   * `kazakhstanLaw()` with the file's `openCodes`.
   */
  readonly law: Law;
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
  /**
   * The territory to check KATO codes against, and that `compareScenario`, `decomposeReforms` and
   * `calibrateScenario` run the scenario on; the bundled classifier by default. Refused with a file
   * that sets `ownBudgetSince` (which builds the bundled one): give one of them.
   */
  readonly territory?: Territory;
  /**
   * The law to read and run the scenario under, e.g. a reform's; by default `kazakhstanLaw()` with the
   * file's `openCodes` (which are then ignored when a law is given).
   */
  readonly law?: Law;
  /**
   * Told, as each district's plan is computed, how many districts of how many are planned (e.g. for a
   * progress bar; planning is most of the time of reading a large scenario).
   */
  readonly onProgress?: (done: number, total: number) => void;
}
