import { describe, expect, it } from "vitest";
import { TERRITORY } from "../../../../test/arbitraries/receipts.js";
import { errorOf } from "../../../../test/support.js";
import { readRegistry } from "./read-registry.js";
import { readVehicleRegistryCsv } from "./vehicle-registry-csv.js";

/** The issues of the INVALID_INPUT error `f` throws. */
function issuesOf(f: () => unknown) {
  const e = errorOf(f);
  expect(e.code).toBe("INVALID_INPUT");
  return e.issues;
}

describe("reading a registry: every problem at once, at its path", () => {
  it("reports every bad row at once, by row and line", () => {
    const bad = [
      "id,payer,residence,legal_seat,category,engine_cc",
      "a,individual,,,passenger_car,1600", // no residence
      "b,individual,999999999,,passenger_car,1600", // unknown KATO
      "c,individual,104035100,,passenger_car,-3", // bad engine volume
    ].join("\n");
    const paths = issuesOf(() => readVehicleRegistryCsv(bad, 2025, TERRITORY)).map((i) => i.path);
    // each problem at the line of its row and the column a spreadsheet user sees
    expect(paths).toEqual([
      ["line 2", "residence"],
      ["line 4", "engine_cc"],
    ]);
    expect(
      issuesOf(() =>
        readRegistry(
          {
            year: 2025,
            vehicles: [
              { id: "b", payer: "individual", residence: "999999999", vehicle: { kind: "tractor" } },
            ],
          },
          TERRITORY,
        ),
      ).map((i) => i.path),
    ).toEqual([["vehicles", 0, "residence"]]);
  });

  it("refuses what does not fit instead of ignoring it (found by a fresh user)", () => {
    const paths = (data: unknown) => issuesOf(() => readRegistry(data, TERRITORY)).map((i) => i.path);
    // the shape of each object: a company's seat given for an individual, a month twice, an entrepreneur's
    // location given for an individual's income
    expect(
      paths({
        year: 2026,
        vehicles: [
          {
            id: "v",
            payer: "individual",
            residence: "104035100",
            legalSeat: "104030100",
            vehicle: { kind: "tractor" },
          },
        ],
        advertisements: [
          { id: "ad", payer: "legal_entity", location: "104030100", objectType: "non_video", months: [1, 1] },
        ],
        incomes: [
          {
            id: "i",
            payer: "individual",
            residence: "104049100",
            registeredLocation: "104049100",
            taxableIncome: "1",
            paymentDate: "2026-12-31",
          },
        ],
      }),
    ).toEqual([
      ["vehicles", 0, "legalSeat"],
      ["advertisements", 0, "months", 1],
      ["incomes", 0, "registeredLocation"],
    ]);
    // once the shape is right, across objects: an id used twice, conflicting benefits of one owner, a payment
    // before the tax year begins
    expect(
      paths({
        year: 2026,
        vehicles: [{ id: "x", payer: "individual", residence: "104035100", vehicle: { kind: "tractor" } }],
        dwellings: [
          {
            id: "x",
            owner: "o",
            location: "104035100",
            assessedValue: "1000000",
            benefit: "within_1000_mrp",
          },
          {
            id: "d2",
            owner: "o",
            location: "104035100",
            assessedValue: "1000000",
            benefit: "within_1500_mrp",
          },
        ],
        incomes: [
          {
            id: "i",
            payer: "individual",
            residence: "104049100",
            taxableIncome: "1",
            paymentDate: "2025-12-31",
          },
        ],
      }),
    ).toEqual([
      ["dwellings", 0, "id"],
      ["dwellings", 1, "benefit"],
      ["incomes", 0, "paymentDate"],
    ]);
    // CSV booleans are true or false, nothing else; cells of another category are refused by name
    const csv = [
      "id,payer,residence,category,engine_cc,payload_t,post_2013",
      "a,individual,104035100,passenger_car,3500,8,TRUE",
    ].join("\n");
    const csvPaths = issuesOf(() => readVehicleRegistryCsv(csv, 2025, TERRITORY)).map((i) => i.path);
    expect(csvPaths).toEqual(
      expect.arrayContaining([
        ["line 2", "post_2013"],
        ["line 2", "payload_t"],
      ]),
    );
  });
});
