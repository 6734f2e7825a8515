import { type AttributionResult, attribute } from "../attribution/attribute.js";
import { consolidateDistrict, type DistrictConsolidation } from "../budget/consolidation.js";
import type { BudgetFigures } from "../budget/lines.js";
import { type BudgetStatement, buildStatement } from "../budget/statement.js";
import { firstJanuary, fiscalYearOf } from "../calendar/iso-date.js";
import { FourthLevelError } from "../errors/error.js";
import { transfersCitationOn } from "../jurisdictions/kz/revenue-lists.js";
import { kazakhstanTerritory } from "../jurisdictions/kz/territory.js";
import { rulebookOf } from "../law/law.js";
import type { Posting } from "../ledger/ledger.js";
import { Money } from "../money/money.js";
import type { DistrictBudgetRef, FourthLevelUnit, Territory } from "../territory/territory.js";
import type { Scenario, ScenarioUnit } from "./load.js";
import { type DistrictPlanResult, runScenarioPlan } from "./plan.js";

/**
 * One unit's part of a scenario result.
 *
 * @category Scenario
 */
export interface UnitResult {
  readonly unit: FourthLevelUnit;
  readonly source?: string;
  readonly decision?: string;
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
  /** The multi-year plan from the scenario's year to the horizon, when the scenario has one. */
  readonly plan?: {
    readonly horizon: number;
    readonly note?: string;
    readonly districts: readonly DistrictPlanResult[];
  };
}

function publishedTransfersPosting(
  district: DistrictBudgetRef,
  unit: FourthLevelUnit,
  u: ScenarioUnit,
  year: number,
): Posting[] {
  const amount = u.figures.transfers;
  if (amount === undefined || amount.tiyn <= 0n) return [];
  const date = firstJanuary(year);
  return [
    {
      id: `transfers:${district.code}>${unit.code}:${year}`,
      date,
      from: { kind: "budget", level: 3, code: district.code, name: district.nameRu },
      to: { kind: "budget", level: 4, code: unit.code, name: unit.nameRu },
      amount,
      category: "transfers",
      ruleId: "kz.transfers-from-district",
      citation: transfersCitationOn(date),
      sourceId: `published:${unit.code}:${year}:transfers`,
      note: "transfers as published for the year (subvention and targeted transfers together)",
    },
  ];
}

/**
 * Runs a scenario: attributes its receipts (if any), posts each unit's published transfers as a
 * district → unit posting, builds every unit's budget statement (identities, self-sufficiency) and
 * consolidates each district. Pure: the same scenario always gives the same result.
 *
 * @category Scenario
 * @param territory - Overrides the bundled territory (the scenario's `ownBudgetSince` still applies when
 * no territory is given).
 * @throws {@link FourthLevelError} `INVALID_INPUT` when the receipts cannot be attributed (unless the
 * scenario keeps them aside with `unattributed`).
 * @example
 * ```ts
 * const result = runScenario(loadScenario("examples/kz-2026-published.json"));
 * for (const d of result.districts) for (const u of d.units) console.log(u.unit.nameRu, u.statement.selfSufficiency.percent);
 * ```
 */
export function runScenario(scenario: Scenario, territory?: Territory): ScenarioResult {
  const { law } = scenario;
  const land =
    territory ??
    kazakhstanTerritory(
      scenario.ownBudgetSince === undefined ? {} : { ownBudgetSince: scenario.ownBudgetSince },
      law,
    );
  const rulebook = rulebookOf(law);
  const attribution =
    scenario.receipts === undefined
      ? undefined
      : {
          ...attribute(scenario.receipts.items, {
            rulebook,
            territory: land,
            law,
            unattributed: scenario.receipts.unattributed,
          }),
          ...(scenario.receipts.note === undefined ? {} : { note: scenario.receipts.note }),
        };
  const resolved = scenario.districts.map((d) => {
    const district = land.districts().find((x) => x.code === d.kato);
    if (district === undefined) {
      throw new FourthLevelError(
        "UNKNOWN_KATO",
        `${d.kato} is not a district or city of regional significance`,
        { code: d.kato },
      );
    }
    const units = d.units.map((u) => ({ unit: land.fourthLevelUnit(u.kato), input: u }));
    return {
      d,
      district,
      units,
      transfers: units.flatMap(({ unit, input }) =>
        publishedTransfersPosting(district, unit, input, scenario.year),
      ),
    };
  });
  const ledger = [...(attribution?.postings ?? []), ...resolved.flatMap((r) => r.transfers)];
  const districts = resolved.map(({ d, district, units }) => {
    const unitResults = units.map(({ unit, input }) => ({
      unit,
      ...(input.source === undefined ? {} : { source: input.source }),
      ...(input.decision === undefined ? {} : { decision: input.decision }),
      readingNotes: input.readingNotes,
      published: input.figures,
      statement: buildStatement({
        unit: { code: unit.code, name: unit.nameRu },
        year: scenario.year,
        published: input.figures,
        postings: ledger,
        unreadLines: input.unreadLines,
      }),
    }));
    return {
      district,
      units: unitResults,
      consolidation: consolidateDistrict({
        district: { code: district.code, name: district.nameRu },
        year: scenario.year,
        units: unitResults.map((u) => u.statement),
        ...(d.districtBudget === undefined ? {} : { districtFigures: d.districtBudget.figures }),
        postings: ledger,
      }),
    };
  });
  const callerSet = Object.keys(scenario.ownBudgetSince ?? {});
  const otherYears = (attribution?.postings ?? []).filter((p) => fiscalYearOf(p.date) !== scenario.year);
  const early = resolved.flatMap(({ units }) =>
    units
      .filter(({ unit }) => unit.ownBudgetSince > firstJanuary(scenario.year))
      .map(
        ({ unit }) =>
          `${unit.nameRu} (${unit.code}) has a ${scenario.year} budget in the scenario but its own budget starts ${unit.ownBudgetSince} (${unit.ownBudgetSinceSource}): set ownBudgetSince for it`,
      ),
  );
  const notes = [
    ...early,
    ...(otherYears.length === 0
      ? []
      : [
          `${otherYears.length} receipt(s) totalling ${Money.sum(otherYears.map((p) => p.amount)).toKzt()} KZT are dated outside ${
            scenario.year
          } and are in no statement: ${otherYears.map((p) => `${p.sourceId} (${p.date})`).join(", ")}`,
        ]),
  ];
  return {
    name: scenario.name,
    ...(scenario.note === undefined ? {} : { note: scenario.note }),
    year: scenario.year,
    ownBudgetSinceNote:
      callerSet.length === 0
        ? "own budget since 2020-01-01 for every unit (the default: which units over 2,000 people had a budget in 2018-2019 is not in the bundled data)"
        : `own budget since: set by the scenario for ${callerSet.join(", ")}; 2020-01-01 (default) for the others`,
    ...(attribution === undefined ? {} : { attribution }),
    ledger,
    notes,
    districts,
    ...(scenario.plan === undefined
      ? {}
      : {
          plan: {
            horizon: scenario.plan.horizon,
            ...(scenario.plan.note === undefined ? {} : { note: scenario.plan.note }),
            districts: runScenarioPlan(scenario.plan),
          },
        }),
  };
}
