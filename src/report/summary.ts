import { Money } from "../money/money.js";
import type { ScenarioResult } from "../scenario/run.js";
import { planTables } from "./plan.js";
import { unitSelfSufficiency } from "./self-sufficiency.js";

/** How many units the summary names as the least self-sufficient. */
const LOWEST = 3;

/**
 * The overview `fourth-level run` prints first: what was read, how the identities came out, and the
 * findings worth a look. Money as thousand-KZT decimal strings, exact; self-sufficiency in %.
 *
 * @category Reports
 */
export interface RunSummary {
  readonly scenario: string;
  readonly year: number;
  readonly districts: number;
  readonly units: number;
  /** The identity checks of every unit's statement, counted by status. */
  readonly identities: { readonly ok: number; readonly mismatch: number; readonly notCheckable: number };
  /** Each identity that does not hold: published minus computed, thousand KZT. */
  readonly mismatches: readonly {
    readonly unitCode: string;
    readonly unit: string;
    readonly identity: string;
    readonly difference: string;
  }[];
  /** Districts whose netting check fails: the ledger's transfers differ from the units' transfers lines. */
  readonly nettingMismatches: readonly {
    readonly districtCode: string;
    readonly district: string;
    readonly difference: string;
  }[];
  /**
   * Financing gaps: planned years in which a unit's own revenues and transfer do not cover its costs, the
   * balance (own revenues + subvention − withdrawal − costs, thousand KZT) negative. Not to be confused
   * with a shortfall of minimum funding (BC2025 Art. 79 p.3): `minimumFundingShortfall` is the part of one
   * counted in the year's transfer, which lowers it (a formula year's balance is then −that part), or
   * `null`.
   */
  readonly financingGaps: readonly {
    readonly unitCode: string;
    readonly unit: string;
    readonly year: number;
    readonly source: string;
    readonly balance: string;
    readonly minimumFundingShortfall: string | null;
    /** The ground of `minimumFundingShortfall`; empty without one. */
    readonly citation: string;
  }[];
  /**
   * The least self-sufficient units of the base year by their published figures, lowest first; with
   * receipts, the figure computed from them beside it.
   */
  readonly lowestSelfSufficiency: readonly {
    readonly unitCode: string;
    readonly unit: string;
    readonly published: string | null;
    readonly fromReceipts: string | null;
  }[];
  /**
   * The units whose published expenditures are 0: their self-sufficiency (own revenues ÷ costs) is
   * undefined, left blank, and said so.
   */
  readonly zeroCosts: readonly { readonly unitCode: string; readonly unit: string }[];
}

const isNegative = (thousandKzt: string) => Money.thousandKzt(thousandKzt).isNegative();

/**
 * The summary of a scenario result: units read, identities ok / mismatch / not checkable, mismatches,
 * the plan's financing gaps and the least self-sufficient units (published, and computed from receipts
 * where the scenario has them).
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for what is not a result of `runScenario`.
 * @category Reports
 * @example
 * ```ts
 * const scenario = resolveScenario({ name: "Bel-Agach 2026", year: 2026, districts: [{ kato: "104000000", units: [
 *   { kato: "104035000", figures: { revenue_total: "54959", tax_revenue: "39585", capital_sales: "2000", transfers: "13374", expenditures: "54959" } },
 * ] }] });
 * const summary = runSummary(runScenario(scenario));
 * summary.units; //=> 1
 * // 39 585 + 2 000 = 41 585 of costs 54 959: 75.7 %
 * summary.lowestSelfSufficiency[0]?.published; //=> "75.7"
 * ```
 */
export function runSummary(result: ScenarioResult): RunSummary {
  const tables = planTables(result);
  const units = result.districts.flatMap((d) => d.units);
  const checks = units.flatMap((u) => u.statement.checks.map((c) => ({ u, c })));
  const count = (status: string) => checks.filter(({ c }) => c.status === status).length;
  const lowest = units
    .map((u) => ({ u, self: unitSelfSufficiency(u) }))
    .filter(({ self }) => self.published.percent !== undefined)
    .sort((a, b) => Number(a.self.published.percent) - Number(b.self.published.percent))
    .slice(0, LOWEST);
  return {
    scenario: result.name,
    year: result.year,
    districts: result.districts.length,
    units: units.length,
    identities: { ok: count("ok"), mismatch: count("mismatch"), notCheckable: count("not_checkable") },
    mismatches: checks.flatMap(({ u, c }) =>
      c.status === "mismatch"
        ? [
            {
              unitCode: u.unit.code,
              unit: u.unit.nameRu,
              identity: c.identity,
              difference: c.difference?.toThousandKzt() ?? "",
            },
          ]
        : [],
    ),
    nettingMismatches: result.districts.flatMap((d) =>
      d.consolidation.netting.status === "mismatch"
        ? [
            {
              districtCode: d.district.code,
              district: d.district.nameRu,
              difference: d.consolidation.netting.difference?.toThousandKzt() ?? "",
            },
          ]
        : [],
    ),
    financingGaps: tables.rows.flatMap((r) =>
      r.unitCode !== null && r.year !== result.year && r.balance !== null && isNegative(r.balance)
        ? [
            {
              unitCode: r.unitCode,
              unit: r.unit,
              year: r.year,
              source: r.source ?? "",
              balance: r.balance,
              minimumFundingShortfall: r.shortfall,
              citation: r.termsCitation,
            },
          ]
        : [],
    ),
    lowestSelfSufficiency: lowest.map(({ u, self }) => ({
      unitCode: u.unit.code,
      unit: u.unit.nameRu,
      published: self.published.percent ?? null,
      fromReceipts: self.fromReceipts === undefined ? null : (self.fromReceipts.percent ?? null),
    })),
    zeroCosts: units.flatMap(({ unit, statement }) =>
      statement.selfSufficiency.costs?.isZero() === true ? [{ unitCode: unit.code, unit: unit.nameRu }] : [],
    ),
  };
}
