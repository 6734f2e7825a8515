import { describe, expect, it } from "vitest";
import { errorOf } from "../../../../../test/support.js";
import { type DatedSeries, datedSeries } from "../../../../calendar/dated.js";
import { Money } from "../../../../money/money.js";
import { selfAssessedIit } from "../iit/self-assessed-iit.js";
import { landTax } from "../land/land-tax.js";
import { SETTLEMENT_RATES_2026 } from "../land/rates.js";
import { singleLandTax } from "../land/single-land-tax.js";
import { propertyTax } from "../property/property-tax.js";
import { vehicleTax } from "../vehicle/vehicle-tax.js";
import { KAZAKHSTAN_TAX_LAW, type TaxLaw, taxLawSchema } from "./tax-law.js";

/** `series` with the value of the entry starting on `from` replaced: a dated overlay, as a reform would make it. */
function withValue<T>(series: DatedSeries<T>, from: string, value: T): DatedSeries<T> {
  expect(series.entries.some((e) => e.from === from)).toBe(true);
  return datedSeries(
    series.name,
    series.entries.map((e) => (e.from === from ? { ...e, value } : e)),
  );
}

const car2000 = {
  year: 2025,
  payer: "individual",
  vehicle: { kind: "passenger_car", engineCc: 2000 },
} as const;

describe("the tax law is one value the calculators read", () => {
  it("the bundled law passes its own schema", () => {
    expect(taxLawSchema.safeParse(KAZAKHSTAN_TAX_LAW).success).toBe(true);
  });

  it("vehicle tax reads a replaced scale from the law it is handed (1 500–2 000 cc: 3 → 4 MRP)", () => {
    const scales = KAZAKHSTAN_TAX_LAW.vehicle.scales;
    const tc2017 = scales.entries[0]?.value ?? {};
    const car = tc2017.passenger_car;
    if (car === undefined) throw new Error("the 2017 car scale is bundled");
    const raised = { ...car, bands: car.bands.map((b) => (b.over === 1500 ? { ...b, mrp: "4" } : b)) };
    const law: TaxLaw = {
      ...KAZAKHSTAN_TAX_LAW,
      vehicle: {
        ...KAZAKHSTAN_TAX_LAW.vehicle,
        scales: withValue(scales, "2018-01-01", { ...tc2017, passenger_car: raised }),
      },
    };
    // 4 × 3 932 + 7 × (2 000 − 1 500) = 15 728 + 3 500 = 19 228; the bundled law still gives 3 × 3 932 + 3 500
    expect(vehicleTax(car2000, law).amount.toKzt()).toBe("19228.00");
    expect(vehicleTax(car2000).amount.toKzt()).toBe("15296.00");
  });

  it("every calculator reads the MRP from the law it is handed", () => {
    const law: TaxLaw = {
      ...KAZAKHSTAN_TAX_LAW,
      mrp: withValue(KAZAKHSTAN_TAX_LAW.mrp, "2025-01-01", Money.kzt(4000)),
    };
    // vehicle: 3 × 4 000 + 3 500 = 15 500
    expect(vehicleTax(car2000, law).amount.toKzt()).toBe("15500.00");
    // property benefit of 1 000 MRP = 4 000 000: 10 000 000 − 4 000 000 = 6 000 000 → 2 600 + 0.1 % × 2 000 000 = 4 600
    const house = {
      year: 2025,
      objects: [{ assessedValue: Money.kzt("10000000") }],
      benefit: "within_1000_mrp",
    } as const;
    expect(propertyTax(house, law).amount.toKzt()).toBe("4600.00");
    expect(propertyTax(house).amount.toKzt()).toBe("4702.00");
  });

  it("land tax reads a changed settlement rate and a changed maslikhat limit (a coefficient reform)", () => {
    const village = {
      ...SETTLEMENT_RATES_2026.rows.village,
      other: { kind: "fixed", perM2: "0.60" } as const,
    };
    const table = { ...SETTLEMENT_RATES_2026, rows: { ...SETTLEMENT_RATES_2026.rows, village } };
    const land = KAZAKHSTAN_TAX_LAW.land;
    const law: TaxLaw = {
      ...KAZAKHSTAN_TAX_LAW,
      land: {
        ...land,
        settlement: withValue(land.settlement, "2026-01-01", table),
        maslikhatAdjustmentLimitPercent: withValue(land.maslikhatAdjustmentLimitPercent, "2026-01-01", "60"),
      },
    };
    const plot = {
      year: 2026,
      payer: "legal_entity",
      plot: { kind: "settlement", areaM2: "1000", category: "village" },
    } as const;
    // 1 000 m² × 0.60 × (1 + 55 %) = 930; the bundled law refuses +55 % (its limit is ±50 %)
    expect(landTax({ ...plot, maslikhatAdjustmentPercent: "55" }, law).amount.toKzt()).toBe("930.00");
    expect(
      errorOf(() => landTax({ ...plot, maslikhatAdjustmentPercent: "55" })).issues.map((i) => i.path),
    ).toEqual([["maslikhatAdjustmentPercent"]]);
  });

  it("IIT reads a replaced scale, and the single land tax its status, from the law", () => {
    const rates = KAZAKHSTAN_TAX_LAW.iit.selfAssessed;
    const year2026 = rates.entries.find((e) => e.from === "2026-01-01")?.value;
    if (year2026 === undefined) throw new Error("the 2026 IIT rates are bundled");
    const twelve = {
      bands: [{ rate: "0.12" }],
      citation: { act: "a reform", article: "1", versionDate: "2026-01-01" },
    };
    const law: TaxLaw = {
      ...KAZAKHSTAN_TAX_LAW,
      iit: {
        ...KAZAKHSTAN_TAX_LAW.iit,
        selfAssessed: withValue(rates, "2026-01-01", { ...year2026, individual: twelve }),
      },
      land: {
        ...KAZAKHSTAN_TAX_LAW.land,
        singleLandTax: datedSeries("single land tax", [
          ...KAZAKHSTAN_TAX_LAW.land.singleLandTax.entries.filter((e) => e.from < "2022-01-01"),
          {
            from: "2022-01-01",
            to: "2023-12-31",
            value: { status: "in_force", rate: "0.005" },
            citation: twelve.citation,
          },
          { from: "2024-01-01", value: { status: "abolished" }, citation: twelve.citation },
        ]),
      },
    };
    // 12 % × 1 000 000 = 120 000
    const income = { kind: "taxable", amount: Money.kzt("1000000") } as const;
    expect(selfAssessedIit({ year: 2026, payer: "individual", income }, law).amount.toKzt()).toBe(
      "120000.00",
    );
    expect(errorOf(() => singleLandTax({ year: 2024, objectOfTaxation: Money.kzt("1000") }, law)).code).toBe(
      "ABOLISHED_TAX",
    );
    expect(singleLandTax({ year: 2024, objectOfTaxation: Money.kzt("1000") }).amount.toKzt()).toBe("5.00");
  });

  it("refuses a malformed law value with the path of each problem", () => {
    const overlapping = {
      ...KAZAKHSTAN_TAX_LAW.mrp,
      entries: [...KAZAKHSTAN_TAX_LAW.mrp.entries, ...KAZAKHSTAN_TAX_LAW.mrp.entries.slice(-1)],
    };
    const e = errorOf(() =>
      vehicleTax(car2000, { ...KAZAKHSTAN_TAX_LAW, mrp: overlapping, rounding: null } as unknown as TaxLaw),
    );
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [["mrp", "entries"], "DATED_OVERLAP"],
      [["rounding"], "INVALID_INPUT"],
    ]);
  });
});
