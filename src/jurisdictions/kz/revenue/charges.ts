import type { IsoDate } from "../../../calendar/iso-date.js";
import { FourthLevelError } from "../../../errors/error.js";
import type { Issue } from "../../../errors/issue.js";
import { Money } from "../../../money/money.js";
import type { AttributionKey, PayerKind } from "../../../rules/rule.js";
import { openCodeMessage } from "../open-codes.js";
import { lineCodesOn } from "../revenue-lists.js";
import { advertisingFee } from "../taxes/advertising/advertising-fee.js";
import { selfAssessedIit } from "../taxes/iit/self-assessed-iit.js";
import { landTax } from "../taxes/land/land-tax.js";
import type { TaxLaw } from "../taxes/law/tax-law.js";
import { propertyTax } from "../taxes/property/property-tax.js";
import type { TaxResult } from "../taxes/tax-result.js";
import { vehicleTax } from "../taxes/vehicle/vehicle-tax.js";
import { dueDate } from "./due-date.js";
import type { Registry } from "./registry-schema.js";

/** One payment a charge is collected in: a share of its amount, on a date, keyed by a place. */
export interface Installment {
  readonly id: string;
  /** The share of the charge's amount (allocation weight). */
  readonly weight: Money;
  readonly date: IsoDate;
  readonly key: AttributionKey;
  readonly place: string;
}

/** One tax computed for the registry: whom it is charged to, under which code, in which installments. */
export interface Charge {
  readonly objectId: string;
  readonly tax: TaxResult;
  readonly ebk: string;
  readonly payerKind: PayerKind;
  readonly installments: readonly Installment[];
}

function refuse(message: string): never {
  throw new FourthLevelError("INVALID_INPUT", message);
}

function needDate(date: IsoDate | undefined): IsoDate {
  return date ?? refuse("the law read sets no due date for this year and payer; give paymentDate");
}

function vehicleCharge(registry: Registry, v: Registry["vehicles"][number], law: TaxLaw): Charge {
  const { year } = registry;
  const tax = vehicleTax(
    {
      year,
      payer: v.payer,
      vehicle: v.vehicle,
      ...(v.months === undefined ? {} : { months: v.months }),
      ...(v.exemption === undefined ? {} : { exemption: v.exemption }),
      ...(v.agriculturalProducer === undefined ? {} : { agriculturalProducer: v.agriculturalProducer }),
      ...(v.leasedOut === undefined ? {} : { leasedOut: v.leasedOut }),
      ...(registry.reductionOnLeasedMachinery === undefined
        ? {}
        : { reductionOnLeasedMachinery: registry.reductionOnLeasedMachinery }),
      ...(registry.ageCoefficientScope === undefined
        ? {}
        : { ageCoefficientScope: registry.ageCoefficientScope }),
    },
    law,
  );
  const individual = v.payer === "individual";
  const installment = individual
    ? { key: "residence" as const, place: v.residence }
    : { key: "legal_seat" as const, place: v.legalSeat };
  return {
    objectId: v.id,
    tax,
    ebk: individual ? "104402" : "104401",
    payerKind: v.payer,
    installments: [
      { id: v.id, weight: tax.amount, date: needDate(dueDate("vehicle", year, v.payer)), ...installment },
    ],
  };
}

/**
 * An owner's property tax, spread over the owner's objects in proportion to each object's amount, so that
 * each object's share reaches the budget of the place where it lies (BC Art. 27 p.1(2)).
 */
function ownerCharge(
  registry: Registry,
  owner: string,
  dwellings: Registry["dwellings"],
  law: TaxLaw,
): Charge {
  const benefit = dwellings.find((d) => d.benefit !== undefined)?.benefit;
  const tax = propertyTax(
    {
      year: registry.year,
      objects: dwellings.map((d) => ({
        label: d.id,
        assessedValue: d.assessedValue,
        ...(d.months === undefined ? {} : { months: d.months }),
        ...(d.luxuryCoefficient === undefined ? {} : { luxuryCoefficient: d.luxuryCoefficient }),
      })),
      ...(benefit === undefined ? {} : { benefit }),
    },
    law,
  );
  const date = needDate(dueDate("property", registry.year, "individual"));
  return {
    objectId: owner,
    tax,
    ebk: "104102",
    payerKind: "individual",
    installments: dwellings.map((d, i) => ({
      id: d.id,
      weight: tax.objects[i]?.due ?? Money.zero,
      date,
      key: "object_location" as const,
      place: d.location,
    })),
  };
}

function landCharge(registry: Registry, l: Registry["landPlots"][number], law: TaxLaw): Charge {
  const tax = landTax(
    {
      year: registry.year,
      payer: l.payer,
      plot: l.plot,
      ...(l.months === undefined ? {} : { months: l.months }),
    },
    law,
  );
  const date = l.paymentDate ?? needDate(dueDate("land", registry.year, l.payer));
  const line =
    l.payer === "individual" ? "land-tax-settlements-individuals" : "land-tax-settlements-legal-entities";
  const ebk = lineCodesOn(line, date)?.[0] ?? registry.openCodes?.[line] ?? refuse(openCodeMessage(line));
  return {
    objectId: l.id,
    tax,
    ebk,
    payerKind: l.payer,
    installments: [{ id: l.id, weight: tax.amount, date, key: "object_location", place: l.location }],
  };
}

/** An advertisement pays month by month (Art. 656): one computation and one receipt per month. */
function advertisementCharge(registry: Registry, a: Registry["advertisements"][number], law: TaxLaw): Charge {
  const { year } = registry;
  const monthly = a.months.map((month) => ({
    month,
    tax: advertisingFee(
      {
        year,
        months: [month],
        sides: a.sides,
        location: { kind: "fourth_level_column_c", objectType: a.objectType },
        ...(a.areaM2 === undefined ? {} : { areaM2: a.areaM2 }),
        notified: a.notified,
      },
      law,
    ),
  }));
  // 105430 in every edition: published to 2025, tabled from 2022 (the 2026 line included)
  const ebk = "105430";
  const total = Money.sum(monthly.map((m) => m.tax.amount));
  return {
    objectId: a.id,
    tax: { tax: "advertising", year, amount: total, breakdown: monthly.flatMap((m) => m.tax.breakdown) },
    ebk,
    payerKind: a.payer,
    installments: monthly.map((m) => ({
      id: `${a.id}/${String(m.month).padStart(2, "0")}`,
      weight: m.tax.amount,
      date: needDate(dueDate("advertising", year, a.payer, m.month)),
      key: "advertisement_location" as const,
      place: a.location,
    })),
  };
}

function incomeCharge(registry: Registry, v: Registry["incomes"][number], law: TaxLaw): Charge {
  const tax = selfAssessedIit(
    { year: registry.year, payer: v.payer, income: { kind: "taxable", amount: v.taxableIncome } },
    law,
  );
  const installment =
    v.payer === "individual"
      ? { key: "residence" as const, place: v.residence }
      : { key: "registered_location" as const, place: v.registeredLocation };
  return {
    objectId: v.id,
    tax,
    ebk: "101202",
    payerKind: v.payer === "individual" ? "individual" : "individual_entrepreneur",
    installments: [{ id: v.id, weight: tax.amount, date: v.paymentDate, ...installment }],
  };
}

/** Runs `build`; a library error becomes one issue at `path` naming the object. */
function guarded(path: Issue["path"], id: string, build: () => Charge): Charge | Issue {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    return { path, code: e.code, message: `${id}: ${e.message}` };
  }
}

/**
 * The charges of a registry, one per taxed object (per owner for property tax), and an issue for every
 * object whose tax cannot be computed (a rate not established, a missing due date or open EBK code…).
 */
export function chargesOf(
  registry: Registry,
  law: TaxLaw,
): { readonly charges: Charge[]; readonly issues: Issue[] } {
  const owners = new Map<
    string,
    { readonly first: number; readonly dwellings: Registry["dwellings"][number][] }
  >();
  registry.dwellings.forEach((d, i) => {
    const owned = owners.get(d.owner);
    if (owned === undefined) owners.set(d.owner, { first: i, dwellings: [d] });
    else owned.dwellings.push(d);
  });
  const outcomes = [
    ...registry.vehicles.map((v, i) => guarded(["vehicles", i], v.id, () => vehicleCharge(registry, v, law))),
    ...[...owners].map(([owner, { first, dwellings }]) =>
      guarded(["dwellings", first], `owner ${owner}`, () => ownerCharge(registry, owner, dwellings, law)),
    ),
    ...registry.landPlots.map((l, i) => guarded(["landPlots", i], l.id, () => landCharge(registry, l, law))),
    ...registry.advertisements.map((a, i) =>
      guarded(["advertisements", i], a.id, () => advertisementCharge(registry, a, law)),
    ),
    ...registry.incomes.map((v, i) => guarded(["incomes", i], v.id, () => incomeCharge(registry, v, law))),
  ];
  return {
    charges: outcomes.filter((o): o is Charge => "installments" in o),
    issues: outcomes.filter((o): o is Issue => !("installments" in o)),
  };
}
