import { describe, expect, it } from "vitest";
import { inputIssuesOf } from "../../../test/support.js";
import { Money } from "../../money/money.js";
import { forecastRevenueLines } from "./revenue-lines.js";

describe("forecastRevenueLines", () => {
  it("compounds each line from the base year over three years", () => {
    // vehicle_tax 1 000 000.00 at +10 %: 1 100 000.00, 1 210 000.00, 1 331 000.00.
    // property_tax 250 000.05 at +2 %, +3 %, −1 % (factors 1.02, 1.0506, 1.040094), in tiyn:
    //   25 000 005 × 1.02     = 25 500 005.1     → 25 500 005 (255 000.05)
    //   25 000 005 × 1.0506   = 26 265 005.253   → 26 265 005 (262 650.05)
    //   25 000 005 × 1.040094 = 26 002 355.20047 → 26 002 355 (260 023.55)
    const years = forecastRevenueLines(
      { year: 2025, lines: { vehicle_tax: Money.kzt("1000000"), property_tax: Money.kzt("250000.05") } },
      { vehicle_tax: "0.1", property_tax: { 2026: "0.02", 2027: "0.03", 2028: "-0.01" } },
      2028,
    );
    expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027, 2028]);
    expect(years.map((y) => y.lines.vehicle_tax?.toKzt())).toEqual([
      "1000000.00",
      "1100000.00",
      "1210000.00",
      "1331000.00",
    ]);
    expect(years.map((y) => y.lines.property_tax?.toKzt())).toEqual([
      "250000.05",
      "255000.05",
      "262650.05",
      "260023.55",
    ]);
    // 1 331 000.00 + 260 023.55
    expect(years[3]?.total.toKzt()).toBe("1591023.55");
  });

  it("rounds half a tiyn away from zero", () => {
    // 1 tiyn × 1.5 = 1.5 tiyn → 2 tiyn
    const years = forecastRevenueLines(
      { year: 2026, lines: { fines: Money.fromTiyn(1n) } },
      { fines: "0.5" },
      2027,
    );
    expect(years[1]?.lines.fines?.tiyn).toBe(2n);
  });

  it("lists every problem at once", () => {
    const issues = inputIssuesOf(() =>
      forecastRevenueLines(
        {
          year: 2025,
          lines: { vehicle_tax: Money.kzt("-1"), land_tax: Money.kzt("5"), fines: Money.kzt("1") },
        },
        { vehicle_tax: "-1.01", land_tax: { 2026: "0.1" }, advertising: "0.1" },
        2027,
      ),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [["base", "lines", "vehicle_tax"], "must not be negative, got -1.00 KZT"],
      [["growth", "vehicle_tax"], "rate -1.01 is below -1 (−100 %): a value cannot fall below zero"],
      [
        ["growth", "advertising"],
        '"advertising" is not a revenue line of the base year (the lines are vehicle_tax, land_tax, fines)',
      ],
      [["growth", "land_tax", "2027"], "no rate for 2027: give one (0 for none)"],
      [["growth", "fines"], 'no growth for "fines": give a rate ("0" to keep it flat)'],
    ]);
  });

  it("refuses a horizon before the base year or after 2030, and a float rate", () => {
    const base = { year: 2026, lines: { fines: Money.kzt("1") } };
    expect(inputIssuesOf(() => forecastRevenueLines(base, { fines: "0" }, 2025))).toEqual([
      { path: ["horizon"], code: "INVALID_INPUT", message: "horizon 2025 is before the base year 2026" },
    ]);
    expect(inputIssuesOf(() => forecastRevenueLines(base, { fines: "0" }, 2031))).toEqual([
      { path: ["horizon"], code: "INVALID_INPUT", message: "2031 is not a whole year from 2018 to 2030" },
    ]);
    expect(inputIssuesOf(() => forecastRevenueLines(base, { fines: 0.1 }, 2027)).map((i) => i.path)).toEqual([
      ["growth", "fines"],
    ]);
  });
});
