import { describe, expect, it } from "vitest";
import { codeOf, errorOf } from "../../../../../test/support.js";
import { Money } from "../../../../money/money.js";
import { landUsePayment } from "./land-use-payment.js";
import { kostanayTown, plotOf } from "./plots.fixture.js";
import { singleLandTax } from "./single-land-tax.js";

describe("land-use payment", () => {
  const pay = (year: number, contract: string, months?: number) =>
    landUsePayment({
      year,
      payer: "legal_entity",
      plot: { kind: "settlement", areaM2: 1000, category: "village" },
      contractAnnualAmount: Money.kzt(contract),
      ...(months === undefined ? {} : { months }),
    });

  it("not lower than the land tax of the plot", () => {
    // contract 300 < land tax 480 → 480; contract 600 > 480 → 600
    const low = pay(2025, "300");
    expect(low.amount.toKzt()).toBe("480.00");
    expect(low.breakdown.some((s) => s.step === "floor" && s.value.includes("max(contract 300.00"))).toBe(
      true,
    );
    expect(pay(2025, "600").amount.toKzt()).toBe("600.00");
    expect(pay(2026, "300").amount.toKzt()).toBe("480.00");
    // months: 600 ÷ 12 × 6 = 300
    expect(pay(2026, "600", 6).amount.toKzt()).toBe("300.00");
    // a contract of Money works too
    expect(
      landUsePayment({
        year: 2025,
        payer: "legal_entity",
        plot: plotOf(1000, "city_of_district_significance", kostanayTown),
        contractAnnualAmount: Money.kzt("4000"),
      }).amount.toKzt(),
    ).toBe("4702.50");
  });

  it("refuses an individual's housing land (floor is the property tax) and a negative contract", () => {
    expect(
      codeOf(() =>
        landUsePayment({
          year: 2026,
          payer: "individual",
          plot: { kind: "settlement", areaM2: 1000, category: "village", use: "housing" },
          contractAnnualAmount: Money.kzt("100"),
        }),
      ),
    ).toBe("NO_RULE");
    expect(codeOf(() => pay(2025, "-1"))).toBe("INVALID_INPUT");
  });
});

describe("single land tax", () => {
  it("2022–2025: 0.5 % of the object of taxation", () => {
    // 0.005 × 10 000 000 = 50 000; 0.005 × 1 234 567.89 = 6 172.83945 → 6 172.84
    expect(singleLandTax({ year: 2023, objectOfTaxation: Money.kzt("10000000") }).amount.toKzt()).toBe(
      "50000.00",
    );
    expect(singleLandTax({ year: 2025, objectOfTaxation: Money.kzt("1234567.89") }).amount.toKzt()).toBe(
      "6172.84",
    );
  });

  it("2018–2021 not established; 2026 abolished", () => {
    expect(codeOf(() => singleLandTax({ year: 2021, objectOfTaxation: Money.kzt("1000") }))).toBe(
      "NO_ESTABLISHED_RATE",
    );
    expect(codeOf(() => singleLandTax({ year: 2026, objectOfTaxation: Money.kzt("1000") }))).toBe(
      "ABOLISHED_TAX",
    );
    expect(codeOf(() => singleLandTax({ year: 2030, objectOfTaxation: Money.kzt("1000") }))).toBe(
      "ABOLISHED_TAX",
    );
    expect(errorOf(() => singleLandTax({ year: 2026, objectOfTaxation: Money.kzt("1000") })).message).toMatch(
      /abolished/,
    );
    expect(codeOf(() => singleLandTax({ year: 2023, objectOfTaxation: Money.kzt("-1") }))).toBe(
      "INVALID_INPUT",
    );
  });
});
