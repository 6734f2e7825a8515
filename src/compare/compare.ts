import * as z from "zod";
import { valueOn } from "../calendar/dated.js";
import { firstJanuary } from "../calendar/iso-date.js";
import type { RevenueCategory } from "../classification/category.js";
import { describeValue } from "../errors/describe.js";
import { moneySchema } from "../input/money.js";
import { parseInput } from "../input/parse.js";
import type { Law } from "../law/law.js";
import type { Posting } from "../ledger/ledger.js";
import { postingsSchema } from "../ledger/posting-schema.js";
import { Money } from "../money/money.js";
import { scenarioResultSchema } from "../report/result-schemas.js";
import type { ScenarioResult } from "../scenario/run.js";
import type { Territory } from "../territory/territory.js";
import { territorySchema } from "../territory/territory-schema.js";
import { isRevenueShareTransfer } from "../transfers/revenue-share/revenue-share-transfers.js";
import { type Flow, flowKey, flowsOf, keysOf, lineOf } from "./flows.js";
import { type UnitEffect, unitEffects } from "./unit-effects.js";

/**
 * The two views of a comparison:
 * - `"held_as_planned"` — the general transfers as planned under the law as it is: only revenues move;
 * - `"law_response"` — the transfers as the reformed law plans them: its planning law and parameters
 *   (e.g. the MRP) re-plan the planned years and its cap on withdrawals limits them. The plan forecasts
 *   from the base year's published figures, so a re-attributed revenue does not change the volumes of the
 *   cycle: they are fixed for three years (BC2025 Art. 79 p.2) and revenue over the plan is not withdrawn
 *   (Art. 76 p.4). With `compareScenario`, the next cycle within the horizon is planned anew from the base
 *   year's own revenues as the reform changes them (see the guide "Reforms").
 *
 * Targeted transfers a reform delivers (a `revenue_transfer` term) show in both views.
 *
 * @category Reforms
 */
export type ComparisonView = "held_as_planned" | "law_response";

/**
 * One row of a comparison: a budget account, a year and a revenue line (EBK code) or transfer kind, with
 * what the account receives (positive) or pays (negative) under the law as it is and under the reforms,
 * KZT.
 *
 * @category Reforms
 */
export interface ComparisonRow {
  /** The KATO code of the budget; `"unattributed"` for receipts kept aside. */
  readonly account: string;
  /** 4 a fourth-level unit; 3 a district with the revenues that go to "district or higher"; `null` unattributed. */
  readonly level: 2 | 3 | 4 | null;
  readonly name: string;
  readonly year: number;
  /** The EBK code; a transfer by its kind (`subvention`, `budget_withdrawal`, `transfers` as published). */
  readonly ebk: string;
  /** The revenue category of the line (`tax`, `non_tax`, `capital`, `transfers`…), when its postings carry one. */
  readonly category?: RevenueCategory;
  readonly baseline: Money;
  readonly reform: Money;
  /** `reform − baseline`. */
  readonly delta: Money;
}

/**
 * A budget's net effect in one year: the sum of its rows' deltas, KZT.
 *
 * @category Reforms
 */
export interface BudgetEffect {
  readonly account: string;
  readonly level: 2 | 3 | 4 | null;
  readonly name: string;
  readonly year: number;
  readonly delta: Money;
}

/**
 * The outcome of {@link compareResults}: every row, the winners and the losers, each unit's own
 * revenues and self-sufficiency before and after, each district's net effect (its own budget and its
 * units together) and the country's (all budgets; zero for a pure re-attribution), by year.
 *
 * @category Reforms
 */
export interface ScenarioComparison {
  readonly name: string;
  readonly view: ComparisonView;
  /** The label of the receipts (e.g. "GENERATED receipts, NOT real data; …"), as the note `receipts: …` says it, when they have one. */
  readonly receipts?: string;
  /** One row per budget account, year and line, in either run; level 4 first, then by code, year, line. */
  readonly rows: readonly ComparisonRow[];
  /** Budgets whose net effect is positive, largest first. */
  readonly winners: readonly BudgetEffect[];
  /** Budgets whose net effect is negative, largest loss first. */
  readonly losers: readonly BudgetEffect[];
  readonly units: readonly UnitEffect[];
  /** Per district and year: the district's budget and its units' together. */
  readonly districts: readonly BudgetEffect[];
  /** Per year: every budget together (and what is kept aside as unattributed). */
  readonly country: readonly { readonly year: number; readonly delta: Money }[];
  /** Where the receipts come from (generated ones say so), then the reformed run's notes. */
  readonly notes: readonly string[];
}

/** A result of `runScenario`, with the parts of its plan a comparison reads. */
const resultSchema = scenarioResultSchema.and(
  z.looseObject({
    plan: z
      .looseObject({
        districts: z.array(
          z.looseObject({
            plan: z.looseObject({
              postings: postingsSchema,
              units: z.array(
                z.looseObject({
                  code: z.string(),
                  years: z.array(
                    z.looseObject({ year: z.int(), ownRevenues: z.looseObject({ total: moneySchema }) }),
                  ),
                }),
              ),
            }),
          }),
        ),
      })
      .optional(),
  }),
) as unknown as z.ZodType<ScenarioResult, ScenarioResult>;

/** A comparison's view. @internal */
export const viewSchema = z.enum(["held_as_planned", "law_response"], {
  error: 'must be "held_as_planned" or "law_response"',
});

const argumentsSchema = z.strictObject({
  baseline: resultSchema,
  reform: resultSchema,
  options: z.strictObject(
    {
      law: z.custom<Law>(
        (l) => typeof l === "object" && l !== null && Array.isArray((l as Law).transfers?.entries),
        { error: "must be the reformed law, e.g. applyReforms(kazakhstanLaw(), reforms)" },
      ),
      territory: territorySchema,
      view: viewSchema.optional(),
    },
    { error: (issue) => `must be the options { law, territory, view? }, not ${describeValue(issue.input)}` },
  ),
});

/** The postings of a run that move transfers: published transfers of the year and the planned ones. */
function transfersOf(result: ScenarioResult): Posting[] {
  const receipts = new Set(result.attribution?.postings ?? []);
  return [
    ...result.ledger.filter((p) => !receipts.has(p)),
    ...(result.plan?.districts ?? []).flatMap((d) => d.plan.postings),
  ];
}

/** Planned withdrawals limited by the cap of the law in force on 1 January of their year. */
function capped(postings: readonly Posting[], result: ScenarioResult, law: Law): Posting[] {
  const own = new Map(
    (result.plan?.districts ?? []).flatMap((d) =>
      d.plan.units.flatMap((u) => u.years.map((y) => [`${u.code}|${y.year}`, y.ownRevenues.total] as const)),
    ),
  );
  return postings.flatMap((p) => {
    if (lineOf(p) !== "budget_withdrawal" || p.from.kind !== "budget") return [p];
    const year = Number(p.date.slice(0, 4));
    const cap = valueOn(law.transfers, firstJanuary(year)).value.withdrawalCap;
    const revenues = own.get(`${p.from.code}|${year}`);
    if (cap === undefined || revenues === undefined) return [p];
    const limit = revenues.times(cap.share, "floor");
    if (p.amount.compare(limit) <= 0) return [p];
    return limit.isZero() ? [] : [{ ...p, amount: limit, note: `capped at ${cap.share} of own revenues` }];
  });
}

/** Each budget's net effect by year, from the rows. */
function effectsOf(rows: readonly ComparisonRow[]): BudgetEffect[] {
  const byBudget = new Map<string, BudgetEffect>();
  for (const r of rows) {
    const key = `${r.level ?? "-"}|${r.account}|${r.year}`;
    const before = byBudget.get(key);
    byBudget.set(key, {
      account: r.account,
      level: r.level,
      name: r.name,
      year: r.year,
      delta: (before?.delta ?? Money.zero).plus(r.delta),
    });
  }
  return [...byBudget.values()];
}

/** The rows of two runs' postings: every key of either, with both amounts and the delta. */
function rowsOf(baseline: readonly Posting[], reform: readonly Posting[]): ComparisonRow[] {
  const [a, b] = [flowsOf(baseline), flowsOf(reform)];
  return keysOf(a, b).map((flow: Flow) => {
    const key = flowKey(flow);
    const [before, after] = [a.get(key)?.amount ?? Money.zero, b.get(key)?.amount ?? Money.zero];
    const { amount: _amount, ...where } = flow;
    return { ...where, baseline: before, reform: after, delta: after.minus(before) };
  });
}

/**
 * The districts' net effects, year by year: each district's own budget and every unit of it in the rows
 * (the units the territory places in the district, listed in the scenario or not).
 */
function districtEffects(
  effects: readonly BudgetEffect[],
  result: ScenarioResult,
  territory: Territory,
): BudgetEffect[] {
  const districtOf = (e: BudgetEffect) => {
    if (e.level !== 4) return e.account;
    try {
      return territory.fourthLevelUnit(e.account).district.code;
    } catch {
      return undefined;
    }
  };
  const years = [...new Set(effects.map((e) => e.year))].sort();
  return result.districts.flatMap(({ district }) =>
    years.map((year) => ({
      account: district.code,
      level: 3 as const,
      name: district.nameRu,
      year,
      delta: Money.sum(
        effects.filter((e) => e.year === year && districtOf(e) === district.code).map((e) => e.delta),
      ),
    })),
  );
}

/**
 * Options of {@link compareResults}.
 *
 * @category Reforms
 */
export interface CompareOptions {
  /** The reformed law (its cap on withdrawals applies in the `"law_response"` view). */
  readonly law: Law;
  /** The territory the scenario ran on (it places units in districts), e.g. `kazakhstanTerritory()`. */
  readonly territory: Territory;
  /** See {@link ComparisonView}; `"held_as_planned"` by default. */
  readonly view?: ComparisonView;
}

/**
 * Compares a scenario's results under the law as it is and under reforms, budget account by budget
 * account (every fourth-level unit, every district with what goes to "district or higher"), year by
 * year and line by line: receipts by their EBK code, transfers by their kind. Exact to the tiyn: a
 * reform that only re-attributes revenue nets to zero over all accounts.
 *
 * @param baseline - `runScenario` of the scenario under the law as it is.
 * @param reform - `runScenario` of the same scenario resolved under the reformed law.
 * @param options - See {@link CompareOptions}.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for results that are not `runScenario`'s, or options
 *   without the law and the territory.
 * @category Reforms
 */
export function compareResults(
  baseline: ScenarioResult,
  reform: ScenarioResult,
  options: CompareOptions,
): ScenarioComparison {
  const checked = parseInput(argumentsSchema, { baseline, reform, options }, "results to compare", {
    opaque: ["baseline", "reform", "options"],
  });
  const { law, territory, view = "held_as_planned" } = checked.options;
  return compareRuns(baseline, reform, { law, territory, view });
}

/**
 * {@link compareResults} of runs the library made itself (`compareScenario`'s, `calibrateScenario`'s):
 * their shape is not checked again. @internal
 */
export function compareRuns(
  baseline: ScenarioResult,
  reform: ScenarioResult,
  options: CompareOptions,
): ScenarioComparison {
  const { law: reformLaw, territory, view = "held_as_planned" } = options;
  const receipts = (r: ScenarioResult) => r.attribution?.postings ?? [];
  const held = transfersOf(baseline);
  // the targeted transfers a reform delivers are the reform itself: they show in both views
  const delivered = reform.ledger.filter(isRevenueShareTransfer);
  const transfers =
    view === "held_as_planned" ? [...held, ...delivered] : capped(transfersOf(reform), reform, reformLaw);
  const rows = rowsOf([...receipts(baseline), ...held], [...receipts(reform), ...transfers]);
  const effects = effectsOf(rows).filter((e) => !e.delta.isZero());
  const years = [...new Set(rows.map((r) => r.year))].sort();
  return {
    name: reform.name,
    view,
    rows,
    winners: effects.filter((e) => !e.delta.isNegative()).sort((x, y) => y.delta.compare(x.delta)),
    losers: effects.filter((e) => e.delta.isNegative()).sort((x, y) => x.delta.compare(y.delta)),
    units: unitEffects(baseline, rows),
    districts: districtEffects(effectsOf(rows), baseline, territory),
    country: years.map((year) => ({
      year,
      delta: Money.sum(rows.filter((r) => r.year === year).map((r) => r.delta)),
    })),
    ...(reform.attribution?.note === undefined ? {} : { receipts: reform.attribution.note }),
    notes: [
      ...(reform.attribution?.note === undefined ? [] : [`receipts: ${reform.attribution.note}`]),
      ...reform.notes,
    ],
  };
}
