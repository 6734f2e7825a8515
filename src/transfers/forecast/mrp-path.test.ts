import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { errorOf } from "../../../test/support.js";
import { mrpPath } from "./mrp-path.js";

/** The paths of the issues of the error `f` throws, dotted. */
const paths = (f: () => unknown) => errorOf(f).issues.map((i) => i.path.join("."));

describe("mrpPath", () => {
  it("uses the known values, then indexes the last one by 8 % a year to whole tenge", () => {
    // 2026 known: 4 325. 2027 = 4 325 × 1.08 = 4 671.00 → 4 671.
    // 2028 = 4 671 × 1.08 = 5 044.68 → 5 045 (half away from zero to whole tenge).
    const path = mrpPath({
      known: KZ_LAW.parameters.mrp,
      indexation: { fromYear: 2027, rate: "0.08" },
      horizon: 2028,
    });
    expect(path.map((y) => y.year)).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028,
    ]);
    expect(path.map((y) => y.mrp.toKzt())).toEqual([
      "2405.00",
      "2525.00",
      "2651.00", // the value in force on 1 January 2020 (2 778 only from 1 April)
      "2917.00",
      "3063.00",
      "3450.00",
      "3692.00",
      "3932.00",
      "4325.00",
      "4671.00",
      "5045.00",
    ]);
    expect(path[8]).toMatchObject({
      source: "known",
      citation: { act: expect.stringContaining("2026-2028") },
    });
    expect(path[10]).toMatchObject({ source: "indexed", factor: "1.08" });
  });

  it("takes a rate per year, and lets known values win over an early indexation", () => {
    // 2027 = 4 325 × 1.08 = 4 671.00; 2028 = 4 671 × 1.1 = 5 138.1 → 5 138; 2026 stays the known 4 325.
    const path = mrpPath({
      known: KZ_LAW.parameters.mrp,
      indexation: { fromYear: 2025, rate: { 2027: "0.08", 2028: "0.1" } },
      horizon: 2028,
    });
    expect(path.slice(-3).map((y) => [y.source, y.mrp.toKzt()])).toEqual([
      ["known", "4325.00"],
      ["indexed", "4671.00"],
      ["indexed", "5138.00"],
    ]);
  });

  it("returns only known years when the horizon needs no indexation", () => {
    expect(mrpPath({ known: KZ_LAW.parameters.mrp, horizon: 2018 }).map((y) => y.mrp.toKzt())).toEqual([
      "2405.00",
    ]);
  });

  it("names every year with no value and no indexation (never reusing an old value)", () => {
    const issues = errorOf(() => mrpPath({ known: KZ_LAW.parameters.mrp, horizon: 2028 })).issues;
    expect(issues.map((i) => i.path)).toEqual([
      ["mrp", "2027"],
      ["mrp", "2028"],
    ]);
    expect(issues[0]?.message).toBe(
      "no known MRP on 1 January 2027 and no indexation covers 2027: add the value or an indexation from 2027 (an older value is never reused)",
    );
  });

  it("lists every problem at once", () => {
    // indexation from 2029 leaves 2027–2028 uncovered; 2029's rate is below −100 %; 2030 has no rate
    const issues = paths(() =>
      mrpPath({
        known: KZ_LAW.parameters.mrp,
        indexation: { fromYear: 2029, rate: { 2029: "-1.5" } },
        horizon: 2030,
      }),
    );
    expect(issues).toEqual(["indexation.rate.2029", "indexation.rate.2030", "mrp.2027", "mrp.2028"]);
  });

  it("refuses a horizon beyond 2030, a bad start year and a float rate together", () => {
    const issues = errorOf(() =>
      mrpPath({ known: KZ_LAW.parameters.mrp, indexation: { fromYear: 2018, rate: "0.08" }, horizon: 2031 }),
    ).issues;
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        ["indexation", "fromYear"],
        "2018 is not a whole year after 2018 (an indexed year needs the year before)",
      ],
      [["horizon"], "2031 is not a whole year from 2018 to 2030"],
    ]);
    const float = errorOf(() =>
      mrpPath({ known: KZ_LAW.parameters.mrp, indexation: { fromYear: 2027, rate: 0.08 }, horizon: 2027 }),
    ).issues;
    expect(float.map((i) => [i.path, i.message])).toEqual([
      [
        ["indexation", "rate"],
        '0.08 is not a rate: give a decimal fraction such as "0.05" for 5 % (a string, never a float), a bigint or a safe integer',
      ],
    ]);
  });
});
