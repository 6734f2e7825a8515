import { type AttributionResult, attribute } from "../attribution/attribute.js";
import type { Receipt } from "../attribution/receipt.js";
import { FourthLevelError, type InputIssue, throwIfIssues } from "../errors/error.js";
import type { TaxResult } from "../jurisdictions/kz/taxes/tax-result.js";
import { type Vehicle, vehicleTax } from "../jurisdictions/kz/taxes/vehicle/vehicle-tax.js";
import { type BudgetCodeTotal, totalsByBudgetAndCode } from "../ledger/ledger.js";
import { Money } from "../money/money.js";
import type { Rulebook } from "../rules/rulebook.js";
import type { Territory } from "../territory/territory.js";
import { vehicleTaxDueDate } from "./due-date.js";
import type { Registry } from "./registry.js";

/** One object of the registry, assessed and collected. */
export interface Assessment {
  readonly objectId: string;
  readonly tax: TaxResult;
  /** The assessed amount × the collection rate, to the tiyn (half away from zero). */
  readonly collected: Money;
  /** The receipt the collected amount becomes (absent when nothing is collected). */
  readonly receipt?: Receipt;
}

/** The outcome of {@link revenueFromRegistry}. */
export interface RevenueResult {
  readonly year: number;
  readonly collectionRate: string;
  readonly assessments: readonly Assessment[];
  readonly assessedTotal: Money;
  readonly collectedTotal: Money;
  /** The receipts' attribution into one ledger. */
  readonly attribution: AttributionResult;
  /** What each budget receives, by EBK code: the units' tax lines. */
  readonly byBudget: readonly BudgetCodeTotal[];
}

/** Options of {@link revenueFromRegistry}. */
export interface RevenueOptions {
  readonly rulebook: Rulebook;
  readonly territory: Territory;
}

/**
 * Runs the chain from bases to budgets: each object of the registry → its tax for the year (the tax
 * calculators) → the collected amount (× the collection rate, 100 % by default) → a receipt dated on
 * the day the law makes it due, under the EBK code of the tax and keyed by the owner's place → the
 * attribution into the ledger (see `attribute`) → each budget's tax lines by EBK code. Every tenge
 * collected is posted.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every object whose tax cannot be computed
 * (with the reason: a rate not established, a missing year of manufacture…) or whose receipt cannot be
 * attributed.
 * @example
 * ```ts
 * const result = revenueFromRegistry(readRegistry(json, territory), { rulebook: kazakhstanRulebook(), territory });
 * result.collectedTotal.equals(result.attribution.postedTotal); // true
 * ```
 */
export function revenueFromRegistry(registry: Registry, options: RevenueOptions): RevenueResult {
  const rate = registry.collectionRate ?? "1";
  const issues: InputIssue[] = [];
  const assessments: Assessment[] = [];
  registry.vehicles.forEach((v, i) => {
    try {
      const tax = vehicleTax({
        year: registry.year,
        payer: v.payer,
        vehicle: v.vehicle as Vehicle, // zod leaves absent optional keys out, as exactOptionalPropertyTypes wants
        ...(v.months === undefined ? {} : { months: v.months }),
        ...(v.exemption === undefined ? {} : { exemption: v.exemption }),
        ...(v.agriculturalProducer === undefined ? {} : { agriculturalProducer: v.agriculturalProducer }),
        ...(registry.ageCoefficientScope === undefined
          ? {}
          : { ageCoefficientScope: registry.ageCoefficientScope }),
      });
      const collected = tax.amount.times(rate, "halfExpand");
      const place = v.payer === "individual" ? { residence: v.residence } : { legal_seat: v.legalSeat };
      const receipt: Receipt | undefined = collected.isZero()
        ? undefined
        : {
            id: v.id,
            ebk: v.payer === "individual" ? "104402" : "104401",
            amount: collected,
            paymentDate: vehicleTaxDueDate(registry.year, v.payer),
            payerKind: v.payer,
            places: place as Receipt["places"],
          };
      assessments.push({ objectId: v.id, tax, collected, ...(receipt === undefined ? {} : { receipt }) });
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      issues.push({ path: `vehicles[${i}]`, message: `${v.id}: ${e.message}`, code: e.code });
    }
  });
  throwIfIssues(`registry ${registry.year}`, issues);
  const receipts = assessments.flatMap((a) => (a.receipt === undefined ? [] : [a.receipt]));
  const attribution = attribute(receipts, options);
  return {
    year: registry.year,
    collectionRate: rate,
    assessments,
    assessedTotal: Money.sum(assessments.map((a) => a.tax.amount)),
    collectedTotal: Money.sum(assessments.map((a) => a.collected)),
    attribution,
    byBudget: totalsByBudgetAndCode(attribution.postings),
  };
}
