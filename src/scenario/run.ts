import { type AttributionResult, attribute } from "../attribution/attribute.js";
import type { DistrictConsolidation } from "../budget/consolidation.js";
import type { BudgetFigures } from "../budget/lines.js";
import type { BudgetStatement } from "../budget/statement.js";
import { firstJanuary, fiscalYearOf } from "../calendar/iso-date.js";
import { parseInput } from "../input/parse.js";
import { kazakhstanTerritory } from "../jurisdictions/kz/territory.js";
import { type Law, rulebookOf } from "../law/law.js";
import type { Posting } from "../ledger/ledger.js";
import { Money } from "../money/money.js";
import type { DistrictBudgetRef, FourthLevelUnit, Territory } from "../territory/territory.js";
import { revenueShareTransfers } from "../transfers/revenue-share/revenue-share-transfers.js";
import { type ScenarioAssumptions, scenarioAssumptions } from "./assumptions.js";
import { runScenarioPlan } from "./plan.js";
import type { DistrictPlanResult } from "./plan-types.js";
import { type DistrictInTerritory, districtResult, districtsIn, postingsByBudget } from "./run-districts.js";
import { runArgumentsSchema } from "./scenario-value.js";
import type { DecisionHeading, Scenario } from "./types.js";

/**
 * One unit's part of a scenario result.
 *
 * @category Scenario
 */
export interface UnitResult {
  readonly unit: FourthLevelUnit;
  readonly source?: string;
  /** Where the figures were read: inline in the scenario file (its path), a decision text, a unit budgets file. */
  readonly figuresFrom: string;
  readonly decision?: string;
  /** When the figures were read from a decision text: its kind, number, date and planning period. */
  readonly heading?: DecisionHeading;
  readonly readingNotes: readonly string[];
  /** The figures as published (thousand-KZT lines read from the decision or the file). */
  readonly published: BudgetFigures;
  /** The statement: the published figures with the ledger's tax lines and transfers where it has them. */
  readonly statement: BudgetStatement;
}

/**
 * One district's part of a scenario result.
 *
 * @category Scenario
 */
export interface DistrictResult {
  readonly district: DistrictBudgetRef;
  readonly units: readonly UnitResult[];
  readonly consolidation: DistrictConsolidation;
}

/**
 * The outcome of {@link runScenario}.
 *
 * @category Scenario
 */
export interface ScenarioResult {
  readonly name: string;
  readonly note?: string;
  readonly year: number;
  /** Whether each unit's "own budget since" date is the default (1 Jan 2020) or set by the scenario. */
  readonly ownBudgetSinceNote: string;
  /** The receipts' attribution, when the scenario has receipts. */
  readonly attribution?: AttributionResult & { readonly note?: string };
  /** Every posting: receipts, then transfers from districts to units. */
  readonly ledger: readonly Posting[];
  /** What a reader must know about the run as a whole (e.g. receipts dated outside the year). */
  readonly notes: readonly string[];
  readonly districts: readonly DistrictResult[];
  /**
   * The rates and choices the results rest on: sources, growth rates, the MRP path, equalisation, the
   * planning law's settings and the terms of it each unit's plan applies.
   */
  readonly assumptions: ScenarioAssumptions;
  /** The multi-year plan from the scenario's year to the horizon, when the scenario has one. */
  readonly plan?: {
    readonly horizon: number;
    readonly note?: string;
    readonly districts: readonly DistrictPlanResult[];
  };
}

/** The scenario's receipts attributed under its law, when it has receipts. */
function attributionOf(
  receipts: Scenario["receipts"],
  territory: Territory,
  law: Law,
): ScenarioResult["attribution"] {
  if (receipts === undefined) return undefined;
  return {
    ...attribute(receipts.items, {
      rulebook: rulebookOf(law),
      territory,
      law,
      unattributed: receipts.unattributed,
    }),
    ...(receipts.note === undefined ? {} : { note: receipts.note }),
  };
}

/** Units budgeted before their own budget starts, and receipts dated outside the scenario's year. */
function runNotes(
  year: number,
  districts: readonly DistrictInTerritory[],
  receipts: readonly Posting[],
): string[] {
  const early = districts.flatMap(({ units }) =>
    units
      .filter(({ unit }) => unit.ownBudgetSince > firstJanuary(year))
      .map(
        ({ unit }) =>
          `${unit.nameRu} (${unit.code}) has a ${year} budget in the scenario but its own budget starts ${unit.ownBudgetSince} (${unit.ownBudgetSinceSource}): set ownBudgetSince for it`,
      ),
  );
  const otherYears = receipts.filter((p) => fiscalYearOf(p.date) !== year);
  if (otherYears.length === 0) return early;
  // a receipt split by shares makes several postings: named once
  const named = [...new Set(otherYears.map((p) => `${p.sourceId} (${p.date})`))];
  const shown = named.length > 5 ? [...named.slice(0, 5), `and ${named.length - 5} more`] : named;
  return [
    ...early,
    `${named.length} receipt(s) totalling ${Money.sum(otherYears.map((p) => p.amount)).toKzt()} KZT are dated outside ${year} and are in no statement: ${shown.join(", ")}`,
  ];
}

/** Whose "own budget since" dates the scenario sets, and the default for the others. */
function ownBudgetSinceNote(scenario: Scenario): string {
  const set = Object.keys(scenario.ownBudgetSince ?? {});
  return set.length === 0
    ? "own budget since 2020-01-01 for every unit (the default: which units over 2,000 people had a budget in 2018-2019 is not in the bundled data)"
    : `own budget since: set by the scenario for ${set.join(", ")}; 2020-01-01 (default) for the others`;
}

/**
 * Runs a scenario: attributes its receipts (if any), posts each unit's published transfers as a
 * district → unit posting, builds every unit's budget statement (identities, self-sufficiency) and
 * consolidates each district. Pure: the same scenario always gives the same result.
 *
 * @category Scenario
 * @param scenario - A scenario as `resolveScenario` (or `loadScenario` of `fourth-level-budget/node`) returns it.
 * @param territory - Overrides the bundled territory (the scenario's `ownBudgetSince` still applies when
 * no territory is given).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not a scenario or a territory, or when the
 * receipts cannot be attributed (unless the scenario keeps them aside with `unattributed`).
 * @example
 * ```ts
 * const result = runScenario(loadScenario("examples/kz-2026-published.json"));
 * for (const d of result.districts) for (const u of d.units) console.log(u.unit.nameRu, u.statement.selfSufficiency.percent);
 * ```
 */
export function runScenario(scenario: Scenario, territory?: Territory): ScenarioResult {
  parseInput(runArgumentsSchema, { scenario, territory }, "scenario", {
    opaque: ["law", "plan", "receipts"].map(String),
  });
  return runResolved(scenario, territory);
}

/**
 * {@link runScenario} of a scenario the library resolved itself (e.g. `compareScenario`'s, under a
 * reform): its shape is not checked again. @internal
 */
export function runResolved(scenario: Scenario, territory?: Territory): ScenarioResult {
  const { law, year } = scenario;
  const land =
    territory ??
    kazakhstanTerritory(
      scenario.ownBudgetSince === undefined ? {} : { ownBudgetSince: scenario.ownBudgetSince },
      law,
    );
  const attribution = attributionOf(scenario.receipts, land, law);
  const resolved = districtsIn(scenario.districts, land, year);
  // targeted transfers the transfer law computes from the receipts (none under the law in force)
  const delivered =
    scenario.receipts === undefined ? [] : revenueShareTransfers(scenario.receipts.items, law, land);
  const ledger = [...(attribution?.postings ?? []), ...resolved.flatMap((r) => r.transfers), ...delivered];
  const byBudget = postingsByBudget(ledger);
  const districts = resolved.map((d) => districtResult(d, year, byBudget));
  const planned = scenario.plan === undefined ? [] : runScenarioPlan(scenario.plan);
  const units = districts.flatMap((d) => d.units);
  return {
    name: scenario.name,
    ...(scenario.note === undefined ? {} : { note: scenario.note }),
    year,
    ownBudgetSinceNote: ownBudgetSinceNote(scenario),
    ...(attribution === undefined ? {} : { attribution }),
    ledger,
    notes: runNotes(year, resolved, attribution?.postings ?? []),
    districts,
    assumptions: scenarioAssumptions(year, units, scenario.plan, planned, law),
    ...(scenario.plan === undefined
      ? {}
      : {
          plan: {
            horizon: scenario.plan.horizon,
            ...(scenario.plan.note === undefined ? {} : { note: scenario.plan.note }),
            districts: planned,
          },
        }),
  };
}
