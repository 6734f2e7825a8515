import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyValue, nearMiss } from "../../../test/arbitraries/near-miss.js";
import { TERRITORY } from "../../../test/arbitraries/receipts.js";
import { errorOf } from "../../../test/support.js";
import type { Citation } from "../../citation/citation.js";
import { FourthLevelError } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import { kazakhstanRulebook } from "./law.js";
import { revenueFromRegistry } from "./revenue/chain.js";
import { dueDate } from "./revenue/due-date.js";
import { readRegistry } from "./revenue/read-registry.js";
import { readVehicleRegistryCsv } from "./revenue/vehicle-registry-csv.js";
import { advertisingFee } from "./taxes/advertising/advertising-fee.js";
import { iitBandEdge } from "./taxes/iit/band-edge.js";
import { basicDeductionForMonth } from "./taxes/iit/basic-deduction.js";
import { IE_GENERAL_REGIME_2026_AS_PUBLISHED, isIitSchedule } from "./taxes/iit/rates.js";
import { selfAssessedIit } from "./taxes/iit/self-assessed-iit.js";
import { landTax } from "./taxes/land/land-tax.js";
import { landTaxMonths } from "./taxes/land/land-tax-months.js";
import { landUsePayment } from "./taxes/land/land-use-payment.js";
import { singleLandTax } from "./taxes/land/single-land-tax.js";
import { KAZAKHSTAN_TAX_LAW } from "./taxes/law/tax-law.js";
import { ownershipMonths } from "./taxes/months.js";
import { INFERRED_UPPER_ROWS } from "./taxes/property/inferred-upper-rows.fixture.js";
import { propertyTax } from "./taxes/property/property-tax.js";
import { roundTax, tiynRoundingBefore } from "./taxes/round-tax.js";
import { vehicleTax } from "./taxes/vehicle/vehicle-tax.js";

const citation: Citation = {
  act: "Tax Code of 25 Dec 2017 No 120-VI",
  article: "605",
  versionDate: "2025-01-01",
};

const settlementPlot = {
  kind: "settlement",
  areaM2: "1000",
  category: "city_of_district_significance",
  townRate: { kind: "share_of_oblast_centre", oblastCentre: "kostanay" },
  industrialCutPercent: "10",
};

const registryJson = {
  year: 2026,
  collectionRate: "0.9",
  ageCoefficientScope: "whole_amount",
  openCodes: { "land-tax-settlements-legal-entities": "104309" },
  vehicles: [
    {
      id: "car",
      payer: "individual",
      residence: "104035100",
      vehicle: { kind: "passenger_car", engineCc: 2400, manufacturedYear: 2012 },
      months: 6,
    },
    {
      id: "truck",
      payer: "legal_entity",
      legalSeat: "104030100",
      vehicle: { kind: "truck", payloadTonnes: "8" },
    },
  ],
  dwellings: [
    { id: "house", owner: "o", location: "104035100", assessedValue: "9000000", luxuryCoefficient: "1.2" },
  ],
  landPlots: [
    {
      id: "plot",
      payer: "legal_entity",
      location: "104057500",
      plot: { kind: "settlement", areaM2: "100", category: "village" },
    },
  ],
  incomes: [
    {
      id: "income",
      payer: "individual",
      residence: "104049100",
      taxableIncome: "6000000",
      paymentDate: "2027-04-10",
    },
  ],
};
const CSV =
  "# a note\nid,payer,residence,legal_seat,category,engine_cc,payload_t,months\ncar,individual,104035100,,passenger_car,1600,,6\ntruck,legal_entity,,104030100,truck,,8,\n";

/** Every public function of the Kazakh taxes and the registry chain, with valid arguments to start from. */
const PUBLIC: readonly (readonly [string, (...args: never[]) => unknown, readonly unknown[]])[] = [
  [
    "vehicleTax",
    vehicleTax,
    [
      {
        year: 2026,
        payer: "individual",
        vehicle: { kind: "passenger_car", engineCc: 2000, manufacturedYear: 2012 },
        months: 6,
        ageCoefficientScope: "mrp_part",
        rates: { bus: [{ over: 25, mrp: "20" }] },
      },
    ],
  ],
  [
    "propertyTax 2025",
    propertyTax,
    [
      {
        year: 2025,
        objects: [{ label: "a", assessedValue: Money.kzt("200000000"), months: 6, luxuryCoefficient: "1" }],
        benefit: "within_1000_mrp",
        upperRows: INFERRED_UPPER_ROWS,
      },
    ],
  ],
  [
    "propertyTax 2026",
    propertyTax,
    [
      {
        year: 2026,
        objects: [{ assessedValue: Money.kzt("300000000") }, { assessedValue: Money.kzt("200000000") }],
        benefit: { mrp: "1000", citation, description: "a caller's benefit" },
        land: [
          { kind: "housing", areaM2: "150", category: "village", zoningFactor: "1.2", months: 6 },
          { kind: "adjacent", areaM2: "1500", settlement: "city", rateAboveThreshold: "1" },
          { kind: "household", areaHa: "0.8" },
        ],
      },
    ],
  ],
  [
    "landTax",
    landTax,
    [{ year: 2026, payer: "legal_entity", plot: settlementPlot, months: 6, rates: { semey: "8.68" } }],
  ],
  [
    "landTax agricultural",
    landTax,
    [
      {
        year: 2025,
        payer: "legal_entity",
        plot: { kind: "agricultural", areaHa: "100", zone: "steppe", bonitet: 25, unused: true },
        rates: { "steppe:25": "30" },
      },
    ],
  ],
  [
    "landUsePayment",
    landUsePayment,
    [
      {
        year: 2025,
        payer: "legal_entity",
        plot: { ...settlementPlot, industrialCutPercent: undefined },
        contractAnnualAmount: Money.kzt("4000"),
        maslikhatAdjustmentPercent: "-10",
      },
    ],
  ],
  ["singleLandTax", singleLandTax, [{ year: 2023, objectOfTaxation: Money.kzt("1234567.89") }]],
  [
    "landTaxMonths",
    landTaxMonths,
    [2026, { acquired: { date: "2026-03-10", how: "state_grant" }, transferred: "2026-11-02" }],
  ],
  [
    "advertisingFee",
    advertisingFee,
    [
      {
        year: 2025,
        months: [3, 1],
        sides: 2,
        location: { kind: "fourth_level_column_c", objectType: "non_video" },
        areaM2: "3",
        notified: false,
        maslikhatAdjustmentPercent: "0",
        rateTable: {
          columnC: { non_video: [{ upToM2: "3", mrp: "0.7" }, { mrp: "2" }] },
          withoutNotificationFactor: "2",
          citation,
        },
      },
    ],
  ],
  [
    "advertisingFee road",
    advertisingFee,
    [
      {
        year: 2026,
        months: [1],
        sides: 1,
        location: { kind: "republican_road_right_of_way", roadCategory: "III" },
        areaM2: "6",
        notified: true,
      },
    ],
  ],
  [
    "selfAssessedIit",
    selfAssessedIit,
    [
      {
        year: 2026,
        payer: "individual_entrepreneur",
        income: {
          kind: "gross",
          amount: Money.kzt("1000000000"),
          deductions: [{ label: "costs", amount: Money.kzt("1000") }],
        },
        incomeAlreadyInBands: Money.kzt("1000"),
        schedule: IE_GENERAL_REGIME_2026_AS_PUBLISHED,
      },
    ],
  ],
  ["ownershipMonths", ownershipMonths, [2026, { acquired: "2026-03-01", transferred: "2026-09-01" }]],
  ["roundTax", roundTax, [Money.kzt("2162.50"), 2026]],
  ["tiynRoundingBefore", tiynRoundingBefore, [2026]],
  ["basicDeductionForMonth", basicDeductionForMonth, ["2026-01"]],
  ["iitBandEdge", iitBandEdge, [2026, "individual"]],
  ["isIitSchedule", isIitSchedule, [IE_GENERAL_REGIME_2026_AS_PUBLISHED]],
  ["dueDate", dueDate, ["advertising", 2026, "legal_entity", 3]],
  ["readRegistry", readRegistry, [registryJson, TERRITORY, "registry.json"]],
  ["readVehicleRegistryCsv", readVehicleRegistryCsv, [CSV, 2025, TERRITORY, "vehicles.csv"]],
  [
    "revenueFromRegistry",
    revenueFromRegistry,
    [
      readRegistry(registryJson, TERRITORY),
      { rulebook: kazakhstanRulebook({ openCodes: registryJson.openCodes }), territory: TERRITORY },
    ],
  ],
];

/** Calls `f` with `args` (spread when a list); anything thrown must be the library's error. */
function returnsOrThrowsLibraryError(f: (...args: never[]) => unknown, args: unknown): void {
  try {
    (f as (...a: unknown[]) => unknown)(...(Array.isArray(args) ? args : [args]));
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
  }
}

describe("any JavaScript value given to the Kazakh taxes and the registry chain", () => {
  it.each(PUBLIC.map(([name, f, args]) => [name, f, args] as const))(
    "%s: the valid arguments compute",
    (_, f, args) => {
      expect(() => (f as (...a: unknown[]) => unknown)(...args)).not.toThrow();
    },
  );

  it.each(PUBLIC.map(([name, f, args]) => [name, f, args] as const))(
    "property: %s returns or throws a FourthLevelError for any value and any near miss of valid arguments",
    (_, f, args) => {
      fc.assert(
        fc.property(nearMiss(args), (near) => returnsOrThrowsLibraryError(f, near)),
        { numRuns: 200 },
      );
    },
  );

  it("property: a calculator given any value as its law (but nothing: the bundled law) throws a FourthLevelError naming the law", () => {
    fc.assert(
      fc.property(
        anyValue.filter((law) => law !== undefined),
        (law) => {
          const e = errorOf(() =>
            vehicleTax(
              { year: 2025, payer: "individual", vehicle: { kind: "tractor" } },
              law as typeof KAZAKHSTAN_TAX_LAW,
            ),
          );
          expect(e.message).toContain("tax law");
        },
      ),
    );
  });

  it("property: a law value with one table entry replaced by any value is checked before it is read", () => {
    const laws = nearMiss({ ...KAZAKHSTAN_TAX_LAW, vehicle: { ...KAZAKHSTAN_TAX_LAW.vehicle } });
    fc.assert(
      fc.property(laws, (law) =>
        returnsOrThrowsLibraryError(vehicleTax as (...args: never[]) => unknown, [
          { year: 2025, payer: "individual", vehicle: { kind: "passenger_car", engineCc: 2000 } },
          law,
        ]),
      ),
      { numRuns: 300 },
    );
  });

  it("the TypeErrors found by testing are library errors naming the field", () => {
    const call = (f: (input: never) => unknown, input: unknown) => errorOf(() => f(input as never));
    // landTax without plot
    expect(call(landTax, { year: 2026, payer: "legal_entity" }).issues.map((i) => i.path)).toEqual([
      ["plot"],
    ]);
    // propertyTax with a null object, and null for the whole input
    expect(call(propertyTax, { year: 2025, objects: [null] }).issues.map((i) => i.path)).toEqual([
      ["objects", 0],
    ]);
    expect(call(propertyTax, null).code).toBe("INVALID_INPUT");
    // advertisingFee without location
    const noLocation = { year: 2026, months: [1], sides: 1, areaM2: "2", notified: true };
    expect(call(advertisingFee, noLocation).issues.map((i) => i.path)).toEqual([["location"]]);
  });
});
