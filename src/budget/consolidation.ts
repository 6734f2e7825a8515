import { fiscalYearOf } from "../calendar/iso-date.js";
import { parseInput } from "../input/parse.js";
import type { Posting } from "../ledger/ledger.js";
import { Money } from "../money/money.js";
import { identitySum } from "./identities.js";
import type { BudgetFigures, BudgetLineKey } from "./lines.js";
import type { BudgetStatement } from "./statement.js";
import { consolidationInputSchema } from "./statement-schema.js";

/**
 * A line summed over several budgets, or the budgets that lack the line (then there is no sum). The
 * amount is exact {@link Money} (tiyn); published figures were read from thousand KZT, so a sum of
 * published lines is a whole number of thousand KZT (print it with `toThousandKzt()`).
 *
 * @category Budget
 */
export type LineSum =
  | {
      readonly kind: "sum";
      /** The sum, in KZT as {@link Money}. */
      readonly amount: Money;
    }
  | {
      readonly kind: "incomplete";
      /** The names of the budgets (units, district) without the line. */
      readonly missing: readonly string[];
    };

/**
 * The outcome of {@link consolidateDistrict}.
 *
 * @category Budget
 */
export interface DistrictConsolidation {
  /** The district (KATO code and name) as given. */
  readonly district: { readonly code: string; readonly name: string };
  /** The budget year. */
  readonly year: number;
  /** How many unit statements were consolidated (one aggregate statement counts once). */
  readonly unitCount: number;
  /** Transfers in the ledger (postings of category `transfers`) between the district and its units in the year. */
  readonly mutualTransfers: {
    /** District → units: subventions and targeted transfers. */
    readonly toUnits: Money;
    /** Units → district: budget withdrawals (изъятия) and returned targeted transfers. */
    readonly toDistrict: Money;
    /** How many postings were found (a count, not an amount). */
    readonly postings: number;
  };
  /**
   * Revenues, costs and deficits summed as published over the units (and the district, when its figures
   * are given): mutual transfers are still in them, counted once as the payer's cost and once as the
   * receiver's revenue.
   */
  readonly totals: Readonly<Record<"revenue_total" | "expenditures" | "deficit", LineSum>>;
  /** The units' revenues without the transfers they received from the district (their own revenues). */
  readonly unitsOwnRevenue: LineSum;
  /**
   * The budget of the district in the analytical sense (e.g. BC2008 Art. 6 p.3): district budget plus its
   * fourth-level budgets without mutual transfers. Present only when the district's own figures are given.
   * `revenue` is {@link DistrictConsolidation.totals} revenue less both directions of
   * {@link DistrictConsolidation.mutualTransfers}; `expenditures` likewise; `deficit` is revenue −
   * expenditures − the summed net lending − the summed financial-asset balance (absent when a budget
   * lacks one of those lines). Amounts in KZT as {@link Money}.
   */
  readonly consolidated?: { readonly revenue: Money; readonly expenditures: Money; readonly deficit?: Money };
  /**
   * Netting check: the transfers the ledger moved from the district to the units in the year (what the
   * consolidation nets out of revenues) must equal the `transfers` revenue lines of the units'
   * statements — a unit's transfers all come from its district budget. A wrong transfer total in the
   * ledger, or a unit whose statement shows other transfers, makes it a `mismatch`. `difference` is the
   * ledger's transfers to the units minus the units' transfers lines, in KZT. `not_checkable` (with
   * `reason`) without the district's own figures (there is no consolidated budget then) or when a unit's
   * statement has no transfers line.
   */
  readonly netting: {
    readonly status: "ok" | "mismatch" | "not_checkable";
    readonly difference?: Money;
    readonly reason?: string;
  };
  /** What a reader must know: published totals that differ from their parts, what the sums cover. */
  readonly notes: readonly string[];
}

/**
 * Input of {@link consolidateDistrict}.
 *
 * @category Budget
 */
export interface ConsolidationInput {
  readonly district: { readonly code: string; readonly name: string };
  readonly year: number;
  /** The statements of the district's fourth-level units for `year`. */
  readonly units: readonly BudgetStatement[];
  /** The district budget's own figures, when known (they are not in the bundled data). */
  readonly districtFigures?: BudgetFigures;
  /** The ledger; postings between the district's level-3 account and the units' accounts are netted. */
  readonly postings: readonly Posting[];
}

function sumLine(
  key: BudgetLineKey,
  units: readonly BudgetStatement[],
  district: BudgetFigures | undefined,
  districtName: string,
): LineSum {
  const amounts = units.map((u) => ({ name: u.unit.name, amount: u.lines[key]?.amount }));
  if (district !== undefined) amounts.push({ name: districtName, amount: district[key] });
  const missing = amounts.filter((a) => a.amount === undefined).map((a) => a.name);
  if (missing.length > 0) return { kind: "incomplete", missing };
  return { kind: "sum", amount: Money.sum(amounts.map((a) => a.amount as Money)) };
}

/**
 * Consolidates a district: sums its fourth-level units' statements, finds the transfers between the
 * district and its units in the ledger, and — when the district's own figures are given — the budget of
 * the district without mutual transfers (e.g. BC2008 Art. 6 p.3): revenues and costs each less the transfers,
 * with a check that the transfers netted are those the units' statements show (the netting check).
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the input with its path: a
 * code that is not 9 digits, a year outside 1900–2100, a unit that is not a statement as `buildStatement`
 * builds it, district figures that are not budget figures, postings that are not postings.
 * @category Budget
 * @example
 * ```ts
 * // Bel-Agach rural district, 2026, as published (thousand KZT), and its subvention in the ledger
 * const unit = { code: "104035000", name: "Бель-Агачский с.о." };
 * const published = {
 *   revenue_total: Money.thousandKzt("54959"),
 *   tax_revenue: Money.thousandKzt("39585"),
 *   non_tax_revenue: Money.thousandKzt("0"),
 *   capital_sales: Money.thousandKzt("2000"),
 *   transfers: Money.thousandKzt("13374"),
 *   expenditures: Money.thousandKzt("54959"),
 * };
 * const subvention = {
 *   id: "s-1", sourceId: "decision", date: "2026-01-15", ruleId: "subvention", ebk: "transfers", category: "transfers",
 *   from: { kind: "budget", level: 3, code: "104000000", name: "Бородулихинский район" },
 *   to: { kind: "budget", level: 4, ...unit },
 *   amount: Money.thousandKzt("13374"),
 * } as const;
 * const c = consolidateDistrict({
 *   district: { code: "104000000", name: "Бородулихинский район" },
 *   year: 2026,
 *   units: [buildStatement({ unit, year: 2026, published })],
 *   postings: [subvention],
 * });
 * c.mutualTransfers.toUnits.toThousandKzt(); //=> "13374"
 * c.unitsOwnRevenue; //=> { kind: "sum", amount: Money.thousandKzt("41585") }
 * ```
 */
export function consolidateDistrict(input: ConsolidationInput): DistrictConsolidation {
  const checked = parseInput(consolidationInputSchema, input, "district consolidation");
  const { district, year, units, districtFigures } = checked;
  const mutualTransfers = mutualTransfersOf(checked);
  const sum = (key: BudgetLineKey) => sumLine(key, units, districtFigures, district.name);
  const totals = {
    revenue_total: sum("revenue_total"),
    expenditures: sum("expenditures"),
    deficit: sum("deficit"),
  };
  const unitsRevenue = sumLine("revenue_total", units, undefined, district.name);
  const unitsOwnRevenue: LineSum =
    unitsRevenue.kind === "sum"
      ? { kind: "sum", amount: unitsRevenue.amount.minus(mutualTransfers.toUnits) }
      : unitsRevenue;
  const notes = revenueMismatchNotes(units);
  const base = { district, year, unitCount: units.length, mutualTransfers, totals, unitsOwnRevenue, notes };
  if (districtFigures === undefined) {
    notes.push(
      "the district budget's own figures are not given: the consolidation covers the fourth-level units only; the transfers they received from the district are district money and are netted out of their own revenues",
    );
    return {
      ...base,
      netting: { status: "not_checkable", reason: "the district budget's own figures are not given" },
    };
  }
  if (totals.revenue_total.kind !== "sum" || totals.expenditures.kind !== "sum") {
    const missing = [totals.revenue_total, totals.expenditures].flatMap((t) =>
      t.kind === "incomplete" ? t.missing : [],
    );
    return {
      ...base,
      netting: {
        status: "not_checkable",
        reason: `revenues or costs missing for ${[...new Set(missing)].join(", ")}`,
      },
    };
  }
  const netted = mutualTransfers.toUnits.plus(mutualTransfers.toDistrict);
  return {
    ...base,
    consolidated: withoutMutualTransfers(
      totals.revenue_total.amount,
      totals.expenditures.amount,
      netted,
      sum,
    ),
    netting: nettingCheck(mutualTransfers.toUnits, units),
  };
}

/** The transfers in the ledger between the district and its units in the year, each way. */
function mutualTransfersOf(
  input: Pick<ConsolidationInput, "district" | "year" | "units" | "postings">,
): DistrictConsolidation["mutualTransfers"] {
  const unitCodes = new Set(input.units.map((u) => u.unit.code));
  const isDistrict = (p: Posting["from"]) =>
    p.kind === "budget" && p.level === 3 && p.code === input.district.code;
  const isUnit = (p: Posting["from"]) => p.kind === "budget" && p.level === 4 && unitCodes.has(p.code);
  // Transfers only: a cash-gap credit or loan between the same budgets is not revenue and is not netted.
  const inYear = input.postings.filter(
    (p) => fiscalYearOf(p.date) === input.year && p.category === "transfers",
  );
  const toUnits = inYear.filter((p) => isDistrict(p.from) && isUnit(p.to));
  const toDistrict = inYear.filter((p) => isUnit(p.from) && isDistrict(p.to));
  return {
    toUnits: Money.sum(toUnits.map((p) => p.amount)),
    toDistrict: Money.sum(toDistrict.map((p) => p.amount)),
    postings: toUnits.length + toDistrict.length,
  };
}

/** A published total that differs from its parts is summed as published: say so, never hide it. */
function revenueMismatchNotes(units: readonly BudgetStatement[]): string[] {
  return units.flatMap((u) =>
    u.checks
      .filter((c) => c.identity === "revenue" && c.status === "mismatch")
      .map(
        (c) =>
          `${u.unit.name} (${u.unit.code}): its published revenue_total differs from its parts by ${c.difference?.toThousandKzt() ?? "?"} thousand KZT; the sums and the units' own revenues use the published total`,
      ),
  );
}

/**
 * The budget of the district without mutual transfers: revenues and costs less the transfers netted, and
 * the deficit when every budget has its net lending and financial-asset balance.
 */
function withoutMutualTransfers(
  revenueTotal: Money,
  expendituresTotal: Money,
  netted: Money,
  sum: (key: BudgetLineKey) => LineSum,
): NonNullable<DistrictConsolidation["consolidated"]> {
  const revenue = revenueTotal.minus(netted);
  const expenditures = expendituresTotal.minus(netted);
  const lending = sum("net_lending");
  const finAssets = sum("fin_assets_balance");
  const deficit =
    lending.kind === "sum" && finAssets.kind === "sum"
      ? identitySum("balance", {
          revenue_total: revenue,
          expenditures,
          net_lending: lending.amount,
          fin_assets_balance: finAssets.amount,
        })
      : undefined;
  return { revenue, expenditures, ...(deficit === undefined ? {} : { deficit }) };
}

/** The netting check of {@link DistrictConsolidation.netting}. */
function nettingCheck(toUnits: Money, units: readonly BudgetStatement[]): DistrictConsolidation["netting"] {
  const transfers = sumLine("transfers", units, undefined, "");
  if (transfers.kind === "incomplete") {
    return {
      status: "not_checkable",
      reason: `the transfers line is missing for ${transfers.missing.join(", ")}: the transfers netted cannot be compared with the units' statements`,
    };
  }
  const difference = toUnits.minus(transfers.amount);
  return difference.isZero()
    ? { status: "ok", difference }
    : {
        status: "mismatch",
        difference,
        reason: `the ledger's transfers from the district to the units (${toUnits.toThousandKzt()} thousand KZT) differ from the units' transfers lines (${transfers.amount.toThousandKzt()} thousand KZT)`,
      };
}
