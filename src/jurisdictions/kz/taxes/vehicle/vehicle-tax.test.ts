import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeOf, errorOf } from "../../../../../test/support.js";
import { Money } from "../../../../money/money.js";
import { ownershipMonths } from "../months.js";
import type { VehicleTaxInput } from "./vehicle-input.js";
import { vehicleTax } from "./vehicle-tax.js";

interface Example {
  id: string;
  tax: string;
  year: number;
  inputs: Record<string, unknown>;
  expectedTenge: number | null;
  verdict: string;
}
const examples = (
  JSON.parse(readFileSync(join(__dirname, "../../../../../data/tax/tax-examples.json"), "utf8")) as Example[]
).filter((e) => e.tax === "vehicle");

const car = (year: number, engineCc: number, extra: Partial<VehicleTaxInput> = {}) =>
  vehicleTax({ year, payer: "individual", vehicle: { kind: "passenger_car", engineCc }, ...extra });

describe("published vehicle-tax examples (data/tax/tax-examples.json)", () => {
  const correct = examples.filter((e) => e.verdict === "correct" && e.year >= 2018);
  it.each(correct.map((e) => [e.id, e] as const))("%s: the published amount is the legal amount", (_, e) => {
    const engineCc = e.inputs.engineCc as number;
    const result = car(e.year, engineCc, {
      vehicle: {
        kind: "passenger_car",
        engineCc,
        ...(e.inputs.importedOrMadeAfter2013 === true ? { madeOrImportedAfter2013: true } : {}),
      },
    });
    expect(result.amount.toKzt()).toBe(Money.kzt(e.expectedTenge as number).toKzt());
    // the published examples state their MRP: it must be the one in force on 1 January of the year
    expect(result.breakdown[0]?.value).toContain(Money.kzt(e.inputs.mrp as number).toKzt());
  });

  it("veh-16 (2012, the 2008 Code) is before the library's range: the year is refused, not guessed", () => {
    expect(codeOf(() => car(2012, 4700))).toBe("INVALID_INPUT");
  });

  it("veh-18 (2022, 117 MRP as a maximum) is only the base: the surcharge grows above 4 000 cc", () => {
    // 117 × 3 063 = 358 371 is the base at 4 000 < cc; at 4 700 cc: 358 371 + 7 × 700 = 363 271
    expect(car(2022, 4700).amount.toKzt()).toBe("363271.00");
    expect(car(2022, 4001).amount.toKzt()).toBe("358378.00");
  });

  it("veh-20 (2025 'ordinary' cars from 35 388) is wrong: the smallest tax is 1 MRP = 3 932", () => {
    expect(car(2025, 1000).amount.toKzt()).toBe("3932.00");
    // 35 388 = 9 × 3 932 is the bare base of the 2 501–3 000 band; 2 501 cc pays 35 388 + 7
    expect(car(2025, 2501).amount.toKzt()).toBe("35395.00");
  });

  it("veh-21 used the 2024 MRP for 2025: the 2 000 cc car pays 3 × 3 932 + 3 500 = 15 296, not 14 576", () => {
    expect(car(2025, 2000).amount.toKzt()).toBe("15296.00");
  });

  it("the part-year example of lc-audit.kz (1 690 cc, bought 28.07.2020) is 4 641.50 KZT", () => {
    // 3 × 2 651 (MRP on 1 January 2020) + 7 × 190 = 7 953 + 1 330 = 9 283; 9 283 ÷ 12 × 6 = 4 641.50.
    // The 2017 Code has no whole-tenge norm: the library keeps the tiyn (1C shows 4 641, half-up gives 4 642).
    const months = ownershipMonths(2020, { acquired: "2020-07-28" });
    expect(months).toBe(6);
    expect(car(2020, 1690, { months }).amount.toKzt()).toBe("4641.50");
  });
});

describe("vehicle tax: hand-computed boundaries", () => {
  it("band edges, 2018 (MRP 2 405)", () => {
    // 2 000 cc: 3 × 2 405 + 7 × 500 = 10 715; 2 001 cc: 6 × 2 405 + 7 × 1 = 14 437 (a jump of 3 722)
    expect(car(2018, 2000).amount.toKzt()).toBe("10715.00");
    expect(car(2018, 2001).amount.toKzt()).toBe("14437.00");
    // 4 001 cc: 117 × 2 405 + 7 = 281 392
    expect(car(2018, 4001).amount.toKzt()).toBe("281392.00");
  });

  it("the elevated 2017-Code scale for cars over 3 000 cc made or imported after 2013, and its end in 2026", () => {
    const post = (year: number, engineCc: number, manufacturedYear?: number) =>
      vehicleTax({
        year,
        payer: "individual",
        vehicle: {
          kind: "passenger_car",
          engineCc,
          madeOrImportedAfter2013: true,
          ...(manufacturedYear === undefined ? {} : { manufacturedYear }),
        },
      });
    // 2025: 3 001 cc → 35 × 3 932 + 7 × 1 = 137 627; 3 000 cc stays on the general scale: 9 × 3 932 + 3 500 = 38 888
    expect(post(2025, 3001).amount.toKzt()).toBe("137627.00");
    expect(post(2025, 3000).amount.toKzt()).toBe("38888.00");
    // 5 001 cc → 200 × 3 932 + 7 = 786 407
    expect(post(2025, 5001).amount.toKzt()).toBe("786407.00");
    // 2026: one scale; 3 001 cc made 2020 (6 years) → 15 × 4 325 + 7 = 64 882
    expect(post(2026, 3001, 2020).amount.toKzt()).toBe("64882.00");
  });

  it("1 January MRP: 2020 uses 2 651 even though 2 778 applied from April", () => {
    // 1 500 cc: 2 × 2 651 = 5 302
    expect(car(2020, 1500).amount.toKzt()).toBe("5302.00");
  });

  it("months 1 and 12, and the 2026 whole-tenge rounding", () => {
    // 2025, 2 300 cc: 6 × 3 932 + 7 × 300 = 25 692; one month = 2 141.00
    expect(car(2025, 2300, { months: 1 }).amount.toKzt()).toBe("2141.00");
    expect(car(2025, 2300, { months: 12 }).amount.toKzt()).toBe("25692.00");
    // 2025, 1 690 cc: 3 × 3 932 + 1 330 = 13 126; 5 months = 5 469.1666… → 5 469.17 (tiyn kept to 2025)
    expect(car(2025, 1690, { months: 5 }).amount.toKzt()).toBe("5469.17");
    // 2026, 1 690 cc made 2020: 3 × 4 325 + 1 330 = 14 305; 5 months = 5 960.4166… → 5 960 (whole tenge)
    expect(
      vehicleTax({
        year: 2026,
        payer: "individual",
        vehicle: { kind: "passenger_car", engineCc: 1690, manufacturedYear: 2020 },
        months: 5,
      }).amount.toKzt(),
    ).toBe("5960.00");
  });

  it("2026 age coefficients and the open question of the surcharge", () => {
    const y2026 = (engineCc: number, manufacturedYear: number, scope?: "whole_amount" | "mrp_part") =>
      vehicleTax({
        year: 2026,
        payer: "individual",
        vehicle: { kind: "passenger_car", engineCc, manufacturedYear },
        ...(scope === undefined ? {} : { ageCoefficientScope: scope }),
      });
    // made 2016: 10 years → no coefficient; 2 000 cc: 3 × 4 325 + 3 500 = 16 475
    expect(y2026(2000, 2016).amount.toKzt()).toBe("16475.00");
    // made 2015: 11 years → 0.7; the Code does not say whether it scales the surcharge: the caller must say
    expect(codeOf(() => y2026(2000, 2015))).toBe("INVALID_INPUT");
    // (a) whole amount: 0.7 × 16 475 = 11 532.5 → 11 533; (b) MRP part: 0.7 × 12 975 + 3 500 = 12 582.5 → 12 583
    expect(y2026(2000, 2015, "whole_amount").amount.toKzt()).toBe("11533.00");
    expect(y2026(2000, 2015, "mrp_part").amount.toKzt()).toBe("12583.00");
    // 1 500 cc made 2005 (21 years): no surcharge, so no question: 0.5 × 2 × 4 325 = 4 325
    expect(y2026(1500, 2005).amount.toKzt()).toBe("4325.00");
    // no year of manufacture from 2026 → an error naming it
    expect(codeOf(() => car(2026, 1500))).toBe("INVALID_INPUT");
  });

  it("other categories: trucks, buses, tractors, and the 2026 motorcycles and boats", () => {
    const other = (year: number, vehicle: VehicleTaxInput["vehicle"], rates?: VehicleTaxInput["rates"]) =>
      vehicleTax({
        year,
        payer: "legal_entity",
        vehicle,
        ...(rates === undefined ? {} : { rates }),
      }).amount.toKzt();
    // truck 1.5 t (upper bound inclusive) → 5 MRP; 1.51 t → 7 MRP; 2025: 5 × 3 932 = 19 660, 7 × 3 932 = 27 524
    expect(other(2025, { kind: "truck", payloadTonnes: "1.5" })).toBe("19660.00");
    expect(other(2025, { kind: "truck", payloadTonnes: "1.51" })).toBe("27524.00");
    // bus 25 seats → 14 MRP; 2026 bus 30 seats → 20 × 4 325 = 86 500
    expect(other(2025, { kind: "bus", seats: 25 })).toBe("55048.00");
    expect(other(2026, { kind: "bus", seats: 30 })).toBe("86500.00");
    // 2025 buses over 25 seats are not established in the 2017 text read: an error naming the entry
    expect(codeOf(() => other(2025, { kind: "bus", seats: 30 }))).toBe("NO_ESTABLISHED_RATE");
    expect(errorOf(() => other(2025, { kind: "bus", seats: 30 })).issues.map((i) => i.path)).toEqual([
      ["rates", "bus"],
    ]);
    expect(other(2025, { kind: "bus", seats: 30 }, { bus: [{ over: 25, mrp: "20" }] })).toBe("78640.00");
    expect(other(2025, { kind: "tractor" })).toBe("11796.00");
    // 2026 motorcycle 40 kW → 1 MRP = 4 325; 60 kW → 10 MRP = 43 250; boat 200 hp → 18 MRP = 77 850
    expect(other(2026, { kind: "motorcycle", powerKw: "40" })).toBe("4325.00");
    expect(other(2026, { kind: "motorcycle", powerKw: "60" })).toBe("43250.00");
    expect(other(2026, { kind: "boat", powerHp: "200" })).toBe("77850.00");
    expect(codeOf(() => other(2025, { kind: "motorcycle", powerKw: "40" }))).toBe("NO_ESTABLISHED_RATE");
  });

  it("exemptions, the 70 % agricultural reduction, and bad input", () => {
    expect(car(2025, 2000, { exemption: "disability" }).amount.isZero()).toBe(true);
    // 2026, exempt veteran's 4 500 cc car that changed owner after 2013: the exemption does not apply
    const bigCar = (changed?: boolean) =>
      vehicleTax({
        year: 2026,
        payer: "individual",
        vehicle: { kind: "passenger_car", engineCc: 4500, manufacturedYear: 2022 },
        exemption: "veteran_or_award",
        ...(changed === undefined ? {} : { ownerChangedAfter2013: changed }),
      }).amount.toKzt();
    expect(() => bigCar()).toThrow(/Art. 563 p.4/);
    // 117 × 4 325 + 7 × 500 = 509 525
    expect(bigCar(true)).toBe("509525.00");
    expect(bigCar(false)).toBe("0.00");
    // agricultural legal entity, 2026, truck 3 t: 7 × 4 325 = 30 275; −70 % → 9 082.50 → 9 083 (whole tenge)
    expect(
      vehicleTax({
        year: 2026,
        payer: "legal_entity",
        vehicle: { kind: "truck", payloadTonnes: "3" },
        agriculturalProducer: true,
      }).amount.toKzt(),
    ).toBe("9083.00");
    // 2026 peasant farms (Art. 563 p.3 item 2): one car of at most 2 500 cc, one pickup
    const farm = (engineCc: number, exemption: NonNullable<VehicleTaxInput["exemption"]>, year = 2026) =>
      vehicleTax({
        year,
        payer: "individual",
        vehicle: { kind: "passenger_car", engineCc, manufacturedYear: 2020 },
        exemption,
      });
    expect(farm(2500, "peasant_farm_passenger_car").amount.isZero()).toBe(true);
    expect(codeOf(() => farm(2501, "peasant_farm_passenger_car"))).toBe("INVALID_INPUT");
    expect(farm(2800, "peasant_farm_pickup").amount.isZero()).toBe(true);
    expect(codeOf(() => farm(2000, "peasant_farm_pickup", 2025))).toBe("INVALID_INPUT");
    expect(codeOf(() => car(2025, 2000, { months: 0 }))).toBe("INVALID_INPUT");
    expect(codeOf(() => car(2025, 2000, { months: 13 }))).toBe("INVALID_INPUT");
    expect(codeOf(() => car(2025, -1))).toBe("INVALID_INPUT");
    expect(codeOf(() => car(2027, 2000))).toBe("NO_VALUE_ON_DATE");
  });

  it("ownership months: the buyer counts the month of acquisition, the seller not the month of transfer", () => {
    expect(ownershipMonths(2026, {})).toBe(12);
    expect(ownershipMonths(2026, { acquired: "2026-12-31" })).toBe(1);
    expect(ownershipMonths(2026, { transferred: "2026-02-01" })).toBe(1);
    expect(ownershipMonths(2026, { acquired: "2026-03-10", transferred: "2026-09-05" })).toBe(6);
    expect(ownershipMonths(2026, { acquired: "2025-05-01", transferred: "2027-01-01" })).toBe(12);
    // sold in January: no month of ownership; the tax then refuses months 0
    expect(ownershipMonths(2026, { transferred: "2026-01-20" })).toBe(0);
    expect(
      codeOf(() => car(2025, 2000, { months: ownershipMonths(2025, { transferred: "2025-01-20" }) })),
    ).toBe("INVALID_INPUT");
  });
});

describe("vehicle tax properties", () => {
  const year = fc.integer({ min: 2018, max: 2025 });
  const cc = fc.integer({ min: 50, max: 8000 });

  it("property: a larger engine never pays less within a year (general scale, 2018–2025)", () => {
    fc.assert(
      fc.property(year, cc, cc, (y, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(car(y, small).amount.compare(car(y, large).amount)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it("property: proration never exceeds the annual amount, and the months of a split year add up to it", () => {
    fc.assert(
      fc.property(year, cc, fc.integer({ min: 1, max: 11 }), (y, engine, cut) => {
        const annual = car(y, engine).amount;
        const first = car(y, engine, { months: cut }).amount;
        const second = car(y, engine, { months: 12 - cut }).amount;
        expect(first.compare(annual)).toBeLessThanOrEqual(0);
        // each part is rounded to the tiyn (half away from zero): the sum is within one tiyn of the annual amount
        const gap = first.plus(second).minus(annual).tiyn;
        expect(gap >= -1n && gap <= 1n).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("property: 2026 whole-tenge amounts are whole tenge", () => {
    fc.assert(
      fc.property(
        cc,
        fc.integer({ min: 2016, max: 2026 }),
        fc.integer({ min: 1, max: 12 }),
        (engine, made, months) => {
          const r = vehicleTax({
            year: 2026,
            payer: "individual",
            vehicle: { kind: "passenger_car", engineCc: engine, manufacturedYear: made },
            months,
          });
          expect(r.amount.tiyn % 100n).toBe(0n);
        },
      ),
      { numRuns: 300 },
    );
  });
});
