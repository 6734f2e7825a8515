import { type AttributionResult, attribute } from "../attribution/attribute.js";
import type { Receipt } from "../attribution/receipt.js";
import type { IsoDate } from "../calendar/iso-date.js";
import { FourthLevelError, type InputIssue, throwIfIssues } from "../errors/error.js";
import { advertisingFee } from "../jurisdictions/kz/taxes/advertising/advertising-fee.js";
import type { AdObjectType } from "../jurisdictions/kz/taxes/advertising/rates.js";
import { selfAssessedIit } from "../jurisdictions/kz/taxes/iit/self-assessed-iit.js";
import { landTax, type SettlementCategory } from "../jurisdictions/kz/taxes/land/land-tax.js";
import type { NamedCity } from "../jurisdictions/kz/taxes/land/rates.js";
import { propertyTax } from "../jurisdictions/kz/taxes/property/property-tax.js";
import type { TaxResult } from "../jurisdictions/kz/taxes/tax-result.js";
import { type Vehicle, vehicleTax } from "../jurisdictions/kz/taxes/vehicle/vehicle-tax.js";
import { type BudgetCodeTotal, totalsByBudgetAndCode } from "../ledger/ledger.js";
import { Money } from "../money/money.js";
import type { AttributionKey, PayerKind } from "../rules/rule.js";
import type { Rulebook } from "../rules/rulebook.js";
import type { Territory } from "../territory/territory.js";
import { dueDate } from "./due-date.js";
import { type Registry, type RegistryInput, readRegistry } from "./registry.js";

/** One payment a charge is collected in: part of its amount, on a date, to a place. */
interface Installment {
  readonly id: string;
  /** The share of the charge's amount (allocation weight). */
  readonly weight: Money;
  readonly date: IsoDate;
}

/** One tax computed for the registry: whom it is charged to, under which code, keyed by which place. */
export interface Assessment {
  /** The registry object (or, for property tax, the owner) the tax is computed for. */
  readonly objectId: string;
  readonly tax: TaxResult;
  /** The assessed amount × the collection rate, to the tiyn (half away from zero). */
  readonly collected: Money;
  /** The receipts the collected amount becomes (one per object and payment date). */
  readonly receipts: readonly Receipt[];
}

/** The outcome of {@link revenueFromRegistry}. */
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

/** Options of {@link revenueFromRegistry}. */
export interface RevenueOptions {
  readonly rulebook: Rulebook;
  readonly territory: Territory;
}

interface Charge {
  readonly objectId: string;
  readonly tax: TaxResult;
  readonly ebk: string;
  readonly payerKind: PayerKind;
  /** Each installment's place key and KATO code. */
  readonly installments: readonly (Installment & { readonly key: AttributionKey; readonly place: string })[];
}

function needDate(date: IsoDate | undefined, what: string): IsoDate {
  if (date === undefined) {
    throw new FourthLevelError(
      "INVALID_INPUT",
      `${what}: the law read sets no due date for this year and payer; give paymentDate`,
      {},
    );
  }
  return date;
}

/** Splits a collected amount over the charge's installments in proportion to their weights, exactly. */
function receiptsOf(charge: Charge, collected: Money): Receipt[] {
  if (collected.isZero()) return [];
  const weights = charge.installments.map((i) => i.weight.tiyn);
  const parts = weights.every((w) => w === 0n)
    ? collected.allocate(weights.map(() => 1))
    : collected.allocate(weights);
  return charge.installments.flatMap((inst, i) => {
    const amount = parts[i] as Money;
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

/** The charges of a registry: one per taxed object (per owner for property tax). */
function chargesOf(registry: Registry): { charges: Charge[]; issues: InputIssue[] } {
  const year = registry.year;
  const charges: Charge[] = [];
  const issues: InputIssue[] = [];
  const guard = (path: string, id: string, build: () => Charge | undefined) => {
    try {
      const charge = build();
      if (charge !== undefined) charges.push(charge);
    } catch (e) {
      if (!(e instanceof FourthLevelError)) throw e;
      issues.push({ path, message: `${id}: ${e.message}`, code: e.code });
    }
  };
  for (const [i, v] of registry.vehicles.entries()) {
    guard(`vehicles[${i}]`, v.id, () => {
      const tax = vehicleTax({
        year,
        payer: v.payer,
        vehicle: v.vehicle as Vehicle, // zod leaves absent optional keys out, as exactOptionalPropertyTypes wants
        ...(v.months === undefined ? {} : { months: v.months }),
        ...(v.exemption === undefined ? {} : { exemption: v.exemption }),
        ...(v.agriculturalProducer === undefined ? {} : { agriculturalProducer: v.agriculturalProducer }),
        ...(registry.ageCoefficientScope === undefined
          ? {}
          : { ageCoefficientScope: registry.ageCoefficientScope }),
      });
      const individual = v.payer === "individual";
      return {
        objectId: v.id,
        tax,
        ebk: individual ? "104402" : "104401",
        payerKind: v.payer,
        installments: [
          {
            id: v.id,
            weight: tax.amount,
            date: dueDate("vehicle", year, v.payer) as IsoDate,
            key: individual ? "residence" : "legal_seat",
            place: (individual ? v.residence : v.legalSeat) as string,
          },
        ],
      };
    });
  }
  const owners = new Map<string, Registry["dwellings"][number][]>();
  for (const d of registry.dwellings) {
    const owned = owners.get(d.owner);
    if (owned === undefined) owners.set(d.owner, [d]);
    else owned.push(d);
  }
  for (const [owner, dwellings] of owners) {
    guard(`dwellings (owner ${owner})`, owner, () => {
      const benefit = dwellings.find((d) => d.benefit !== undefined)?.benefit;
      const tax = propertyTax({
        year,
        objects: dwellings.map((d) => ({
          label: d.id,
          assessedValue: d.assessedValue,
          ...(d.months === undefined ? {} : { months: d.months }),
          ...(d.luxuryCoefficient === undefined ? {} : { luxuryCoefficient: d.luxuryCoefficient }),
        })),
        ...(benefit === undefined ? {} : { benefit }),
      });
      const date = dueDate("property", year, "individual") as IsoDate;
      // The owner's tax is spread over the objects in proportion to each object's amount, so that each
      // object's share reaches the budget of the place where it lies (BC Art. 27 p.1(2)).
      return {
        objectId: owner,
        tax,
        ebk: "104102",
        payerKind: "individual",
        installments: dwellings.map((d, i) => ({
          id: d.id,
          weight: tax.objects[i]?.due ?? Money.zero,
          date,
          key: "object_location",
          place: d.location,
        })),
      };
    });
  }
  for (const [i, l] of registry.landPlots.entries()) {
    guard(`landPlots[${i}]`, l.id, () => {
      const tax = landTax({
        year,
        payer: l.payer,
        plot: {
          kind: "settlement",
          areaM2: l.areaM2,
          category: l.category as SettlementCategory,
          ...(l.oblastCentre === undefined ? {} : { oblastCentre: l.oblastCentre as NamedCity }),
          ...(l.regionRow === undefined ? {} : { regionRow: l.regionRow }),
          ...(l.use === undefined ? {} : { use: l.use }),
        },
        ...(l.months === undefined ? {} : { months: l.months }),
      });
      const individual = l.payer === "individual";
      const open = registry.openCodes?.["land-tax-settlements-legal-entities"];
      if (!individual && open === undefined) {
        throw new FourthLevelError(
          "INVALID_INPUT",
          'the EBK code of legal entities\' land tax on settlement land is not established: give openCodes["land-tax-settlements-legal-entities"]',
          {},
        );
      }
      return {
        objectId: l.id,
        tax,
        ebk: individual ? "104302" : (open as string),
        payerKind: l.payer,
        installments: [
          {
            id: l.id,
            weight: tax.amount,
            date: l.paymentDate ?? needDate(dueDate("land", year, l.payer), l.id),
            key: "object_location",
            place: l.location,
          },
        ],
      };
    });
  }
  for (const [i, a] of registry.advertisements.entries()) {
    guard(`advertisements[${i}]`, a.id, () => {
      // the fee is paid month by month (Art. 656): one computation and one receipt per month
      const monthly = a.months.map((month) => ({
        month,
        tax: advertisingFee({
          year,
          months: [month],
          sides: a.sides,
          location: { kind: "fourth_level_column_c", objectType: a.objectType as AdObjectType },
          ...(a.areaM2 === undefined ? {} : { areaM2: a.areaM2 }),
          notified: a.notified,
        }),
      }));
      const total = Money.sum(monthly.map((m) => m.tax.amount));
      const code = year >= 2026 ? registry.openCodes?.["outdoor-advertising-fee-2026"] : "105430";
      if (code === undefined) {
        throw new FourthLevelError(
          "INVALID_INPUT",
          'the 2026 EBK code of the advertising fee is not established: give openCodes["outdoor-advertising-fee-2026"]',
          {},
        );
      }
      return {
        objectId: a.id,
        tax: { tax: "advertising", year, amount: total, breakdown: monthly.flatMap((m) => m.tax.breakdown) },
        ebk: code,
        payerKind: a.payer,
        installments: monthly.map((m) => ({
          id: `${a.id}/${String(m.month).padStart(2, "0")}`,
          weight: m.tax.amount,
          date: needDate(dueDate("advertising", year, a.payer, m.month), a.id),
          key: "advertisement_location",
          place: a.location,
        })),
      };
    });
  }
  for (const [i, v] of registry.incomes.entries()) {
    guard(`incomes[${i}]`, v.id, () => {
      const tax = selfAssessedIit({ year, payer: v.payer, taxableIncome: v.taxableIncome });
      const individual = v.payer === "individual";
      const place = individual ? v.residence : v.registeredLocation;
      if (place === undefined) {
        throw new FourthLevelError(
          "INVALID_INPUT",
          `give ${individual ? "residence" : "registeredLocation"}`,
          {},
        );
      }
      return {
        objectId: v.id,
        tax,
        ebk: "101202",
        payerKind: individual ? "individual" : "individual_entrepreneur",
        installments: [
          {
            id: v.id,
            weight: tax.amount,
            date: v.paymentDate,
            key: individual ? "residence" : "registered_location",
            place,
          },
        ],
      };
    });
  }
  return { charges, issues };
}

/**
 * Runs the chain from bases to budgets: each object of the registry → its tax for the year (the tax
 * calculators: vehicles, dwellings per owner, settlement land plots, outdoor advertisements month by
 * month, self-declared incomes) → the collected amount (× the collection rate, 100 % by default) →
 * receipts dated on the day the law makes them due (see `dueDate`), under the EBK code of the tax and
 * keyed by the place the law names (residence, seat, object or advertisement location) → the attribution
 * into one ledger (see `attribute`) → each budget's tax lines by EBK code. An owner's property tax is
 * spread over the owner's objects in proportion to each object's amount (largest remainder), so each
 * object's share reaches the budget where it lies. Every tenge collected is posted.
 *
 * @param input - A registry as read by `readRegistry`, or its JSON form (validated again here).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the registry, then every object whose tax cannot be computed
 * (with the reason: a rate not established, a missing due date or open EBK code…) or whose receipt
 * cannot be attributed.
 * @example
 * ```ts
 * const result = revenueFromRegistry(readRegistry(json, territory), { rulebook: kazakhstanRulebook(), territory });
 * result.collectedTotal.equals(result.attribution.postedTotal); // true
 * ```
 */
export function revenueFromRegistry(input: RegistryInput, options: RevenueOptions): RevenueResult {
  // Validated here as well, so that a registry built in code (or plain JavaScript) gets the same checks.
  const registry = readRegistry(input, options.territory);
  const rate = registry.collectionRate ?? "1";
  const { charges, issues } = chargesOf(registry);
  throwIfIssues(`registry ${registry.year}`, issues);
  const assessments = charges.map((charge): Assessment => {
    const collected = charge.tax.amount.times(rate, "halfExpand");
    return { objectId: charge.objectId, tax: charge.tax, collected, receipts: receiptsOf(charge, collected) };
  });
  const attribution = attribute(
    assessments.flatMap((a) => a.receipts),
    options,
  );
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
