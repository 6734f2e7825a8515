import { describe, expect, it } from "vitest";
import { TERRITORY } from "../../../../test/arbitraries/receipts.js";
import { errorOf } from "../../../../test/support.js";
import { settlementPlotSchema } from "../taxes/land/land-input.js";
import { landTax } from "../taxes/land/land-tax.js";
import { vehicleSchema } from "../taxes/vehicle/vehicle-input.js";
import { vehicleTax } from "../taxes/vehicle/vehicle-tax.js";
import { readRegistry } from "./read-registry.js";
import { registryApiSchema, registrySchema } from "./registry-schema.js";

describe("the registry is composed of the calculators' own pieces", () => {
  it("its vehicle and settlement plot are the calculators' schemas, in the file and in the API form", () => {
    for (const schema of [registrySchema, registryApiSchema]) {
      const vehicles = schema.shape.vehicles.unwrap().element.options;
      expect(vehicles.map((o) => o.shape.vehicle)).toEqual([vehicleSchema, vehicleSchema]);
      expect(schema.shape.landPlots.unwrap().element.shape.plot).toBe(settlementPlotSchema);
    }
  });

  it("a vehicle or a plot the calculator refuses is refused by the registry with the same message", () => {
    const vehicle = { kind: "passenger_car", engineCc: 0 } as const;
    const byCalculator = errorOf(() => vehicleTax({ year: 2025, payer: "individual", vehicle })).issues;
    const byRegistry = errorOf(() =>
      readRegistry(
        { year: 2025, vehicles: [{ id: "v", payer: "individual", residence: "104035100", vehicle }] },
        TERRITORY,
      ),
    ).issues;
    expect(byCalculator.map((i) => [i.path, i.message])).toEqual([
      [["vehicle", "engineCc"], "engine volume 0 must be a whole number of cm³, 1 or more"],
    ]);
    expect(byRegistry.map((i) => [i.path, i.message])).toEqual([
      [["vehicles", 0, "vehicle", "engineCc"], "engine volume 0 must be a whole number of cm³, 1 or more"],
    ]);
    // a town without the way its rate is set
    const plot = { kind: "settlement", areaM2: "100", category: "city_of_district_significance" } as const;
    const landMessages = errorOf(() =>
      landTax({ year: 2026, payer: "legal_entity", plot } as never),
    ).issues.map((i) => i.message);
    const registryMessages = errorOf(() =>
      readRegistry(
        { year: 2026, landPlots: [{ id: "p", payer: "legal_entity", location: "104057500", plot }] },
        TERRITORY,
      ),
    ).issues.map((i) => i.message);
    expect(registryMessages).toEqual(landMessages);
    expect(landMessages).toHaveLength(1);
  });

  it("file amounts are decimal strings, API amounts are Money: the same dwelling in both forms", () => {
    const dwelling = { id: "d", owner: "o", location: "104035100", assessedValue: "9000000" };
    const registry = readRegistry({ year: 2025, dwellings: [dwelling] }, TERRITORY);
    expect(registry.dwellings[0]?.assessedValue.toKzt()).toBe("9000000.00");
    // the API form refuses the string and takes the Money that readRegistry made
    expect(registryApiSchema.safeParse({ year: 2025, dwellings: [dwelling] }).success).toBe(false);
    expect(registryApiSchema.safeParse(registry).success).toBe(true);
    // a file amount is a decimal string, never a JSON number
    expect(
      errorOf(() =>
        readRegistry({ year: 2025, dwellings: [{ ...dwelling, assessedValue: 9000000 }] }, TERRITORY),
      ).issues.map((i) => i.path),
    ).toEqual([["dwellings", 0, "assessedValue"]]);
  });
});
