import { describe, expect, it } from "vitest";
import { TERRITORY } from "../../../../test/arbitraries/receipts.js";
import { errorOf } from "../../../../test/support.js";
import { kazakhstanRulebook } from "../law.js";
import { settlementPlotSchema } from "../taxes/land/land-input.js";
import { landTax } from "../taxes/land/land-tax.js";
import { vehicleSchema } from "../taxes/vehicle/vehicle-input.js";
import { vehicleTax } from "../taxes/vehicle/vehicle-tax.js";
import { revenueFromRegistry } from "./chain.js";
import { readRegistry } from "./read-registry.js";
import { registryApiSchema, registrySchema } from "./registry-schema.js";
import { readVehicleRegistryCsv } from "./vehicle-registry-csv.js";

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

describe("the farm rules of the 2026 vehicle tax through the registry (Art. 563 p.3(1), 566 p.2)", () => {
  const csv = [
    "id,payer,legal_seat,category,exemption,agricultural_producer,leased_out",
    "combine,legal_entity,104035100,tractor,specialised_farm_machinery,true,",
    "leased,legal_entity,104035100,tractor,specialised_farm_machinery,true,true",
    "tractor,legal_entity,104035100,tractor,,true,",
  ].join("\n");

  it("listed machinery pays nothing, an unlisted one 30 %, a leased-out one as the registry reads the Code", () => {
    const registry = readVehicleRegistryCsv(csv, 2026, TERRITORY);
    expect(registry.vehicles.map((v) => v.leasedOut)).toEqual([undefined, true, undefined]);
    const run = (reductionOnLeasedMachinery?: boolean) =>
      revenueFromRegistry(
        { ...registry, ...(reductionOnLeasedMachinery === undefined ? {} : { reductionOnLeasedMachinery }) },
        { rulebook: kazakhstanRulebook(), territory: TERRITORY },
      );
    // the open question is asked, not guessed
    expect(
      errorOf(() => run()).issues.map((i) => [i.path, i.message.includes("reductionOnLeasedMachinery")]),
    ).toEqual([[["vehicles", 1], true]]);
    // 3 MRP × 4 325 = 12 975: exempt 0; leased without reduction 12 975; unlisted −70 %: 3 892.50 → 3 893
    const amounts = run(false).assessments.map((a) => [a.objectId, a.tax.amount.toKzt()]);
    expect(amounts).toEqual([
      ["combine", "0.00"],
      ["leased", "12975.00"],
      ["tractor", "3893.00"],
    ]);
  });
});
