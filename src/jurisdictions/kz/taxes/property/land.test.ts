import { describe, expect, it } from "vitest";
import { SETTLEMENT_RATES_2026, type SettlementRowKey } from "../land/rates.js";
import { HOUSING_LAND_RATES_2026, type HousingLandCategory } from "./land.js";

/**
 * The property tax's housing-land categories (2026 Code Art. 602 p.2) and the rows of the land tax's
 * Art. 577 table (column 4, housing) that each stands for, as listed in the categories' doc comment.
 */
const ROWS_OF_CATEGORY: Readonly<Record<HousingLandCategory, readonly SettlementRowKey[]>> = {
  almaty: ["almaty"],
  astana: ["astana"],
  shymkent: ["shymkent"],
  major_city: [
    "aktau",
    "aktobe",
    "atyrau",
    "zhezkazgan",
    "kokshetau",
    "karaganda",
    "konaev",
    "kostanay",
    "kyzylorda",
    "uralsk",
    "ust_kamenogorsk",
    "pavlodar",
    "petropavlovsk",
    "semey",
    "taldykorgan",
    "taraz",
  ],
  turkestan: ["turkestan"],
  oblast_city: [
    "almaty_region:city_of_oblast_significance",
    "akmola_region:city_of_oblast_significance",
    "other_city_of_oblast_significance",
  ],
  district_city_almaty_akmola_region: [
    "almaty_region:city_of_district_significance",
    "akmola_region:city_of_district_significance",
  ],
  district_city: ["other_city_of_district_significance"],
  settlement: ["settlement"],
  village: ["village"],
};

describe("2026 housing-land rates: property tax (Art. 602 p.2) = land tax table column 4 (Art. 577)", () => {
  it("every category's rate equals the housing column of each row it stands for", () => {
    for (const [category, rows] of Object.entries(ROWS_OF_CATEGORY) as [
      HousingLandCategory,
      readonly SettlementRowKey[],
    ][]) {
      for (const row of rows) {
        expect({ category, row, rate: SETTLEMENT_RATES_2026.rows[row]?.housing }).toEqual({
          category,
          row,
          rate: HOUSING_LAND_RATES_2026[category],
        });
      }
    }
  });

  it("every row of the Art. 577 table is covered by exactly one category", () => {
    const covered = Object.values(ROWS_OF_CATEGORY).flat();
    expect(new Set(covered).size).toBe(covered.length);
    expect([...covered].sort()).toEqual(Object.keys(SETTLEMENT_RATES_2026.rows).sort());
  });
});
