import type { AttributionResult } from "../attribution/attribute.js";
import type { DistrictConsolidation, LineSum } from "../budget/consolidation.js";
import type { BudgetStatement } from "../budget/statement.js";
import { formatCitation } from "../citation/citation.js";
import { parseInput } from "../input/parse.js";
import { accountId, accountLabel, totalsByBudgetAndCode } from "../ledger/ledger.js";
import type { ScenarioResult } from "../scenario/run.js";
import { attributionResultSchema, scenarioResultSchema } from "./result-schemas.js";
import { type UnitSelfSufficiency, unitSelfSufficiency } from "./self-sufficiency.js";

/** A result is the library's own output: it is looked into for forbidden keys only at its top level. */
const RESULT_PARTS = { opaque: ["postings", "unattributed", "ledger", "attribution", "districts", "plan"] };

/** A result handed to a report, checked (see {@link attributionResultSchema}, {@link scenarioResultSchema}). @internal */
export const checkedAttribution = (result: AttributionResult, what: string): AttributionResult =>
  parseInput(attributionResultSchema, result, what, RESULT_PARTS);

/** A scenario result handed to a report, checked. @internal */
export const checkedScenarioResult = (result: ScenarioResult, what: string): ScenarioResult =>
  parseInput(scenarioResultSchema, result, what, RESULT_PARTS);

/**
 * The JSON form of an attribution (`fourth-level attribute --json`): totals per receiving account and
 * EBK code, the receipts kept aside, and the conservation line. Money as KZT decimal strings.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not an attribution as `attribute` returns it.
 * @category Reports
 * @example
 * ```ts
 * const receipts = [
 *   { id: "r-1", ebk: "104402", amount: Money.kzt("21625"), paymentDate: "2026-03-10", payerKind: "individual", places: { residence: "104035100" } },
 * ] as const;
 * const result = attribute(receipts, { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() });
 * attributionToJson(result).conservation; //=> { receiptsKzt: "21625.00", postingsKzt: "21625.00", exact: true }
 * ```
 */
export function attributionToJson(result: AttributionResult) {
  return attributionJson(checkedAttribution(result, "attributionToJson"));
}

/** {@link attributionToJson} of a result already checked. */
function attributionJson(result: AttributionResult) {
  return {
    totals: totalsByBudgetAndCode(result.postings).map((row) => ({
      account: accountId(row.account),
      budget: accountLabel(row.account),
      level: row.account.kind === "budget" ? row.account.level : null,
      ebk: row.ebk ?? null,
      category: row.category ?? null,
      receipts: row.postings,
      amountKzt: row.amount.toKzt(),
    })),
    notes: result.postings.flatMap((p) =>
      p.note === undefined || p.to.kind === "unattributed" ? [] : [{ receiptId: p.sourceId, note: p.note }],
    ),
    unattributed: result.unattributed.map((u) => ({
      receiptId: u.receiptId,
      amountKzt: u.amount.toKzt(),
      code: u.code,
      reason: u.reason,
    })),
    conservation: {
      receiptsKzt: result.receiptsTotal.toKzt(),
      postingsKzt: result.postedTotal.toKzt(),
      exact: result.receiptsTotal.equals(result.postedTotal),
    },
  };
}

function statementToJson(s: BudgetStatement, self: UnitSelfSufficiency) {
  return {
    lines: Object.fromEntries(
      Object.entries(s.lines).map(([k, l]) => [
        k,
        { thousandKzt: l.amount.toThousandKzt(), source: l.source },
      ]),
    ),
    revenueByEbk: s.revenueByEbk.map((r) => ({
      ebk: r.ebk ?? null,
      category: r.category ?? null,
      thousandKzt: r.amount.toThousandKzt(),
      postings: r.postings,
    })),
    checks: s.checks.map((c) => ({
      identity: c.identity,
      status: c.status,
      rule: c.rule,
      ...(c.difference === undefined ? {} : { difference: c.difference.toThousandKzt() }),
      ...(c.reason === undefined ? {} : { reason: c.reason }),
      ...(c.absentTakenAsZero === undefined ? {} : { absentTakenAsZero: c.absentTakenAsZero }),
    })),
    /** The statement's: computed from receipts when `selfSufficiencyBasis` is `receipts`, else as published. */
    selfSufficiencyPercent: s.selfSufficiency.percent ?? null,
    ...(s.selfSufficiency.reason === undefined ? {} : { selfSufficiencyReason: s.selfSufficiency.reason }),
    selfSufficiencyBasis: self.fromReceipts === undefined ? "published" : "receipts",
    publishedSelfSufficiencyPercent: self.published.percent ?? null,
    notes: s.notes,
  };
}

function sumToJson(sum: LineSum) {
  return sum.kind === "sum" ? { thousandKzt: sum.amount.toThousandKzt() } : { missing: sum.missing };
}

function consolidationToJson(c: DistrictConsolidation) {
  return {
    unitCount: c.unitCount,
    mutualTransfers: {
      toUnitsThousandKzt: c.mutualTransfers.toUnits.toThousandKzt(),
      toDistrictThousandKzt: c.mutualTransfers.toDistrict.toThousandKzt(),
      postings: c.mutualTransfers.postings,
    },
    totals: {
      revenue_total: sumToJson(c.totals.revenue_total),
      expenditures: sumToJson(c.totals.expenditures),
      deficit: sumToJson(c.totals.deficit),
    },
    unitsOwnRevenue: sumToJson(c.unitsOwnRevenue),
    consolidated:
      c.consolidated === undefined
        ? null
        : {
            revenueThousandKzt: c.consolidated.revenue.toThousandKzt(),
            expendituresThousandKzt: c.consolidated.expenditures.toThousandKzt(),
            deficitThousandKzt: c.consolidated.deficit?.toThousandKzt() ?? null,
          },
    netting: {
      status: c.netting.status,
      ...(c.netting.difference === undefined ? {} : { difference: c.netting.difference.toThousandKzt() }),
      ...(c.netting.reason === undefined ? {} : { reason: c.netting.reason }),
    },
    notes: c.notes,
  };
}

/** The JSON form of a scenario's plan: each district's plan, re-plan, MRP path and excluded lines. */
function planToJson(plan: NonNullable<ScenarioResult["plan"]>) {
  return {
    horizon: plan.horizon,
    note: plan.note ?? null,
    districts: plan.districts.map((d) => ({
      district: d.district.code,
      years: d.plan.years,
      alternative: d.alternative?.name ?? null,
      replan:
        d.replan === undefined
          ? null
          : {
              madeIn: d.replan.madeIn,
              regime: d.replan.regime,
              citation: formatCitation(d.replan.citation),
              schedule: d.replan.units.map((u) => ({
                unit: u.code,
                years: u.years.map((y) => ({
                  year: y.year,
                  status: y.status,
                  kind: y.transfer.kind,
                  thousandKzt: y.transfer.amount.toThousandKzt(),
                })),
              })),
              notes: d.replan.notes,
            },
      mrp: d.plan.mrp?.map((y) => ({ year: y.year, kzt: y.mrp.toKzt(), source: y.source })) ?? null,
      excludedLines: d.plan.units.flatMap((u) =>
        u.years.flatMap((y) =>
          y.excludedLines.map((e) => ({
            unit: u.code,
            year: y.year,
            line: e.line,
            forecastThousandKzt: e.forecast.toThousandKzt(),
            reason: e.reason,
          })),
        ),
      ),
      notes: d.notes,
    })),
  };
}

/**
 * The JSON form of a scenario result (`fourth-level run --json`): money as thousand-KZT decimal strings
 * (the unit of published decisions), receipts as KZT decimal strings.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not a scenario result as `runScenario`
 * returns it (each problem at its path, e.g. `["districts", 0, "units", 1, "statement"]`).
 * @category Reports
 */
export function scenarioResultToJson(result: ScenarioResult) {
  return scenarioJson(checkedScenarioResult(result, "scenarioResultToJson"));
}

/** {@link scenarioResultToJson} of a result already checked. */
function scenarioJson(result: ScenarioResult) {
  return {
    name: result.name,
    note: result.note ?? null,
    year: result.year,
    ownBudgetSince: result.ownBudgetSinceNote,
    notes: result.notes,
    attribution:
      result.attribution === undefined
        ? null
        : { note: result.attribution.note ?? null, ...attributionJson(result.attribution) },
    transfers: result.ledger
      .filter((p) => p.category === "transfers")
      .map((p) => ({
        from: accountId(p.from),
        to: accountId(p.to),
        thousandKzt: p.amount.toThousandKzt(),
        citation: p.citation === undefined ? null : formatCitation(p.citation),
      })),
    districts: result.districts.map((d) => ({
      district: { code: d.district.code, name: d.district.nameRu, region: d.district.region.nameRu },
      units: d.units.map((u) => ({
        unit: {
          code: u.unit.code,
          name: u.unit.nameRu,
          type: u.unit.type,
          ownBudgetSince: u.unit.ownBudgetSince,
          ownBudgetSinceSource: u.unit.ownBudgetSinceSource,
        },
        source: u.source ?? null,
        decision: u.decision ?? null,
        readingNotes: u.readingNotes,
        statement: statementToJson(u.statement, unitSelfSufficiency(u)),
      })),
      consolidation: consolidationToJson(d.consolidation),
    })),
    assumptions: result.assumptions,
    plan: result.plan === undefined ? null : planToJson(result.plan),
  };
}
