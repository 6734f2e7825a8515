import * as z from "zod";
import { type AttributionResult, attribute } from "../../../attribution/attribute.js";
import type { Receipt } from "../../../attribution/receipt.js";
import { throwIssues } from "../../../errors/issue.js";
import { checkInput } from "../../../input/parse.js";
import { type BudgetCodeTotal, totalsByBudgetAndCode } from "../../../ledger/ledger.js";
import { Money } from "../../../money/money.js";
import type { Rulebook } from "../../../rules/rulebook.js";
import { rulebookSchema } from "../../../rules/rulebook-schema.js";
import type { Territory } from "../../../territory/territory.js";
import { territorySchema } from "../../../territory/territory-schema.js";
import { checkedTaxLaw, KAZAKHSTAN_TAX_LAW, type TaxLaw } from "../taxes/law/tax-law.js";
import type { TaxResult } from "../taxes/tax-result.js";
import { type Charge, chargesOf } from "./charges.js";
import { registryIssues } from "./registry-checks.js";
import { type Registry, registryApiSchema } from "./registry-schema.js";

/**
 * One tax computed for the registry: whom it is charged to, under which code, keyed by which place.
 * @category Taxes
 */
export interface Assessment {
  /** The registry object (or, for property tax, the owner) the tax is computed for. */
  readonly objectId: string;
  readonly tax: TaxResult;
  /** The assessed amount × the collection rate, to the tiyn (half away from zero). */
  readonly collected: Money;
  /** The receipts the collected amount becomes (one per object and payment date). */
  readonly receipts: readonly Receipt[];
}

/**
 * The outcome of {@link revenueFromRegistry}.
 * @category Taxes
 */
export interface RevenueResult {
  /** The tax year of the registry. */
  readonly year: number;
  /**
   * The share of the assessed tax collected, from 0 to 1, as the registry's decimal string (`"0.95"` =
   * 95 %); `"1"` when the registry gives none.
   */
  readonly collectionRate: string;
  /** One per tax computed, in registry order. */
  readonly assessments: readonly Assessment[];
  /** The sum of the assessed taxes, KZT. */
  readonly assessedTotal: Money;
  /** The sum of the collected amounts (assessed × collection rate, each to the tiyn), KZT. */
  readonly collectedTotal: Money;
  /** The receipts' attribution into one ledger. */
  readonly attribution: AttributionResult;
  /** What each budget receives, by EBK code: the units' tax lines. */
  readonly byBudget: readonly BudgetCodeTotal[];
}

/**
 * Options of {@link revenueFromRegistry}.
 * @category Taxes
 */
export interface RevenueOptions {
  readonly rulebook: Rulebook;
  readonly territory: Territory;
}

const optionsSchema = z.strictObject(
  { rulebook: rulebookSchema, territory: territorySchema },
  {
    error:
      "must be { rulebook, territory }, e.g. { rulebook: kazakhstanRulebook(), territory: kazakhstanTerritory() }",
  },
);

/** Splits a collected amount over the charge's installments in proportion to their weights, exactly. */
function receiptsOf(charge: Charge, collected: Money): Receipt[] {
  if (collected.isZero()) return [];
  const weights = charge.installments.map((i) => i.weight.tiyn);
  const parts = weights.every((w) => w === 0n)
    ? collected.allocate(weights.map(() => 1))
    : collected.allocate(weights);
  return charge.installments.flatMap((inst, i) => {
    const amount = parts[i] ?? Money.zero;
    return amount.isZero()
      ? []
      : [
          {
            id: inst.id,
            ebk: charge.ebk,
            amount,
            paymentDate: inst.date,
            payerKind: charge.payerKind,
            places: { [inst.key]: inst.place },
          },
        ];
  });
}

/**
 * Runs the chain from bases to budgets: each object of the registry → its tax for the year under `law`
 * (the tax calculators: vehicles, dwellings per owner, settlement land plots, outdoor advertisements
 * month by month, self-declared incomes) → the collected amount (× the collection rate, 100 % by default)
 * → receipts dated on the day the law makes them due (see `dueDate`), under the EBK code of the tax and
 * keyed by the place the law names (residence, seat, object or advertisement location) → the attribution
 * into one ledger (see `attribute`) → each budget's tax lines by EBK code. An owner's property tax is
 * spread over the owner's objects in proportion to each object's amount (largest remainder), so each
 * object's share reaches the budget where it lies. Every tenge collected is posted.
 *
 * @param registry - A registry as `readRegistry` returns it, or one built in code (amounts as `Money`);
 * checked again here against the same per-object schemas and the territory.
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the registry or the options,
 * then every object whose tax cannot be computed (with the reason and its code: a rate not established, a
 * missing due date or open EBK code…) or whose receipt cannot be attributed.
 * @category Taxes
 * @example
 * ```ts
 * import { kazakhstanRulebook, kazakhstanTerritory, readRegistry, revenueFromRegistry } from "fourth-level-budget";
 * const territory = kazakhstanTerritory();
 * const registry = readRegistry(
 *   { year: 2025, vehicles: [{ id: "car", payer: "individual", residence: "104035100", vehicle: { kind: "tractor" } }] },
 *   territory,
 * );
 * // a tractor, 2025: 3 × 3 932 = 11 796, to the budget of Bel-Agach rural district
 * revenueFromRegistry(registry, { rulebook: kazakhstanRulebook(), territory }).collectedTotal.toKzt(); //=> "11796.00"
 * ```
 */
export function revenueFromRegistry(
  registry: Registry,
  options: RevenueOptions,
  law: TaxLaw = KAZAKHSTAN_TAX_LAW,
): RevenueResult {
  const checkedLaw = checkedTaxLaw(law);
  const read = checkInput(registryApiSchema, registry, "registry");
  const opts = checkInput(optionsSchema, options, "options");
  throwIssues("registry and options", [
    ...read.issues,
    ...opts.issues.map((i) => ({ ...i, path: ["options", ...i.path] })),
  ]);
  const checked = read.value as Registry;
  const { territory, rulebook } = opts.value as RevenueOptions;
  throwIssues(`registry ${checked.year}`, registryIssues(checked, territory));
  const { charges, issues } = chargesOf(checked, checkedLaw);
  throwIssues(`registry ${checked.year}`, issues);
  const rate = checked.collectionRate ?? "1";
  const assessments = charges.map((charge): Assessment => {
    const collected = charge.tax.amount.times(rate, "halfExpand");
    return { objectId: charge.objectId, tax: charge.tax, collected, receipts: receiptsOf(charge, collected) };
  });
  const attribution = attribute(
    assessments.flatMap((a) => a.receipts),
    { rulebook, territory },
  );
  return {
    year: checked.year,
    collectionRate: rate,
    assessments,
    assessedTotal: Money.sum(assessments.map((a) => a.tax.amount)),
    collectedTotal: Money.sum(assessments.map((a) => a.collected)),
    attribution,
    byBudget: totalsByBudgetAndCode(attribution.postings),
  };
}
