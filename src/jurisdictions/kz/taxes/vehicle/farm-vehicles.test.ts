// The farm rules of the 2026 Code's vehicle tax, as read in the Code's text (adilet.zan.kz K2500000214):
// - Art. 563 p.3(1): agricultural legal entities (Art. 357 p.2(1)–(2)) and the head or members of a peasant
//   farm are not taxpayers for the specialised agricultural machinery on the authority's list;
// - Art. 563 p.3, last part: items 1, 2 and 4 do not apply to vehicles transferred for use, trust
//   management or lease;
// - Art. 566 p.2: agricultural legal entities reduce the tax by 70 %, "except the vehicles specified in
//   Art. 563 p.3(1)".
// Hand computations with the MRP of 1 January 2026 (4 325 KZT); 2026 amounts are whole tenge.
import { describe, expect, it } from "vitest";
import { codeOf, inputIssuesOf } from "../../../../../test/support.js";
import type { VehicleTaxInput } from "./vehicle-input.js";
import { vehicleTax } from "./vehicle-tax.js";

const tractor = (extra: Partial<VehicleTaxInput> = {}) =>
  vehicleTax({ year: 2026, payer: "legal_entity", vehicle: { kind: "tractor" }, ...extra });
const amount = (extra: Partial<VehicleTaxInput> = {}) => tractor(extra).amount.toKzt();
const farmProducer = { agriculturalProducer: true } as const;
const machinery = { exemption: "specialised_farm_machinery" } as const;

describe("vehicle tax 2026: agricultural producers and listed specialised machinery", () => {
  it("a tractor pays 3 MRP = 12 975; an agricultural legal entity's unlisted tractor pays 30 %: 3 892.50 → 3 893", () => {
    expect(amount()).toBe("12975.00");
    // 12 975 − 70 % × 12 975 (9 082.50) = 3 892.50, whole tenge half up
    expect(amount(farmProducer)).toBe("3893.00");
  });

  it("listed machinery of an agricultural legal entity pays nothing (Art. 563 p.3(1)), not 30 %", () => {
    const result = tractor({ ...farmProducer, ...machinery });
    expect(result.amount.toKzt()).toBe("0.00");
    const exemption = result.breakdown.find((s) => s.step === "exemption");
    expect(exemption?.citation).toMatchObject({ article: "563", paragraph: "3(1)" });
    expect(result.breakdown.some((s) => s.step === "reduction")).toBe(false);
  });

  it("listed machinery of the head or a member of a peasant farm pays nothing; a farm has no 70 % reduction", () => {
    const individual = (extra: Partial<VehicleTaxInput> = {}) =>
      vehicleTax({ year: 2026, payer: "individual", vehicle: { kind: "tractor" }, ...extra });
    expect(individual(machinery).amount.toKzt()).toBe("0.00");
    // the reduction of Art. 566 p.2 names legal entities only
    expect(inputIssuesOf(() => individual(farmProducer))).toEqual([
      expect.objectContaining({ path: ["agriculturalProducer"] }),
    ]);
  });

  it("the exemption is refused for a legal entity that is not an agricultural producer, and before 2026", () => {
    expect(inputIssuesOf(() => tractor(machinery))).toEqual([
      expect.objectContaining({ path: ["agriculturalProducer"] }),
    ]);
    expect(
      inputIssuesOf(() =>
        vehicleTax({ year: 2025, payer: "individual", vehicle: { kind: "tractor" }, ...machinery }),
      ),
    ).toEqual([expect.objectContaining({ path: ["exemption"] })]);
  });

  it("leased-out listed machinery is taxed; whether it keeps the 70 % reduction is the caller's reading", () => {
    const leased = { ...farmProducer, ...machinery, leasedOut: true } as const;
    expect(codeOf(() => tractor(leased))).toBe("INVALID_INPUT");
    expect(inputIssuesOf(() => tractor(leased))).toEqual([
      expect.objectContaining({ path: ["reductionOnLeasedMachinery"] }),
    ]);
    // Art. 566 p.2 excludes the machinery of Art. 563 p.3(1): no reduction, 3 MRP = 12 975
    const full = tractor({ ...leased, reductionOnLeasedMachinery: false });
    expect(full.amount.toKzt()).toBe("12975.00");
    expect(full.breakdown.find((s) => s.step === "exemption")?.citation?.paragraph).toBe("3 (last part)");
    // the other reading: 30 % of 12 975 = 3 892.50 → 3 893
    expect(amount({ ...leased, reductionOnLeasedMachinery: true })).toBe("3893.00");
    // a peasant farmer's leased-out machinery: taxed in full, no choice to make
    expect(
      vehicleTax({
        year: 2026,
        payer: "individual",
        vehicle: { kind: "tractor" },
        ...machinery,
        leasedOut: true,
      }).amount.toKzt(),
    ).toBe("12975.00");
  });

  it("a peasant farm's car leased out loses its exemption too (Art. 563 p.3(2), last part)", () => {
    const car = (leasedOut: boolean) =>
      vehicleTax({
        year: 2026,
        payer: "individual",
        vehicle: { kind: "passenger_car", engineCc: 2000, manufacturedYear: 2020 },
        exemption: "peasant_farm_passenger_car",
        leasedOut,
      }).amount.toKzt();
    expect(car(false)).toBe("0.00");
    // 3 MRP × 4 325 + 7 × (2 000 − 1 500) = 12 975 + 3 500 = 16 475 (6 years of operation: no coefficient)
    expect(car(true)).toBe("16475.00");
  });

  it("a personal exemption is lost only by a car over 4 000 cc that changed owner after 2013 (Art. 563 p.4)", () => {
    const veteran = (engineCc: number) =>
      vehicleTax({
        year: 2026,
        payer: "individual",
        vehicle: { kind: "passenger_car", engineCc, manufacturedYear: 2020 },
        exemption: "veteran_or_award",
        ownerChangedAfter2013: true,
      }).amount.toKzt();
    expect(veteran(2000)).toBe("0.00");
    // 117 MRP × 4 325 + 7 × (4 500 − 4 000) = 506 025 + 3 500 = 509 525
    expect(veteran(4500)).toBe("509525.00");
  });
});
