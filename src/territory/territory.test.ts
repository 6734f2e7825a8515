import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KZ_LAW, kazakhstanTerritory } from "../../test/fixtures/kazakhstan-law.js";
import { codeOf, errorOf, inputIssuesOf } from "../../test/support.js";
import type { IsoDate } from "../calendar/iso-date.js";
import type { KatoPlaceInput } from "./kato-place.js";
import { type BudgetOwner, createTerritory, REPUBLICAN_BUDGET } from "./territory.js";

const kz = kazakhstanTerritory();

const outside = (owner: BudgetOwner) => {
  if (owner.kind !== "outside_fourth_level")
    throw new Error(`expected outside_fourth_level, got ${owner.kind}`);
  return owner;
};

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

const abai = { level: 2, code: "100000000", nameRu: "область Абай", nameKk: "Абай облысы" };

describe("counts of the bundled classifier (data README, domain notes §6)", () => {
  it("has 15,594 places", () => {
    expect(kz.places()).toHaveLength(15_594);
  });

  it("has 2,335 fourth-level units: 2,108 rural districts, 108 village and 71 settlement administrations, 48 cities of district significance", () => {
    const units = kz.fourthLevelUnits();
    expect(units).toHaveLength(2_335);
    expect(countBy(units, (unit) => unit.type)).toEqual({
      rural_district: 2_108,
      village_admin: 108,
      settlement_admin: 71,
      city_district_sig_admin: 32,
      city_district_sig: 16,
    });
    expect(units.every((unit) => unit.level === 4)).toBe(true);
  });

  it("has 209 district budgets: 170 districts and 39 cities of regional significance", () => {
    expect(countBy(kz.districts(), (district) => district.type)).toEqual({
      district: 170,
      city_regional: 39,
    });
    expect(kz.districts().every((district) => district.level === 3 && district.region.level === 2)).toBe(
      true,
    );
  });

  it("puts every unit under one of the districts", () => {
    const total = kz.districts().reduce((sum, district) => sum + kz.unitsOfDistrict(district.code).length, 0);
    expect(total).toBe(2_335);
  });
});

describe("place", () => {
  it("gives the classifier row of с.Бель-Агач", () => {
    expect(kz.place("104035100")).toEqual({
      code: "104035100",
      parentCode: "104035000",
      type: "village",
      classifierLevel: 4,
      nameRu: "с.Бель-Агач",
      nameKk: "Белағаш а.",
      isFourthLevelUnit: false,
      unit4Code: "104035000",
      districtCode: "104000000",
      regionCode: "100000000",
    });
  });

  it("gives the 2023 population where the bulletin has it", () => {
    expect(kz.place("103620100").pop2023).toBe(42_272); // г.Аягоз
    expect(kz.place("103230000").pop2023).toBeUndefined(); // Карааульский с.о.
  });

  it("throws UNKNOWN_KATO naming the code and what a KATO code is", () => {
    for (const code of ["123", "999999999", "", "10403510O", " 104035100"]) {
      expect(codeOf(() => kz.place(code))).toBe("UNKNOWN_KATO");
    }
    expect(() => kz.place("123")).toThrow(/"123" is not 9 digits: a KATO code is 9 digits .*17 Jul 2026/);
    expect(() => kz.place("999999999")).toThrow(/"999999999" is not in the classifier/);
  });

  it("returns frozen rows", () => {
    expect(Object.isFrozen(kz.place("104035100"))).toBe(true);
    expect(Object.isFrozen(kz.places())).toBe(true);
    expect(Object.isFrozen(kz)).toBe(true);
  });
});

describe("owner", () => {
  it("owns с.Бель-Агач by Бель-Агачский с.о., Бородулихинский район, область Абай", () => {
    const owner = kz.owner("104035100");
    expect(owner.kind).toBe("fourth_level");
    if (owner.kind !== "fourth_level") return;
    expect(owner.unit).toMatchObject({
      level: 4,
      code: "104035000",
      nameRu: "Бель-Агачский с.о.",
      nameKk: "Белағаш а.о.",
      type: "rural_district",
    });
    expect(owner.district).toMatchObject({
      level: 3,
      code: "104000000",
      nameRu: "Бородулихинский район",
      nameKk: "Бородулиха ауданы",
      type: "district",
    });
    expect(owner.region).toEqual(abai);
  });

  it("owns a fourth-level unit by itself", () => {
    const owner = kz.owner("104035000");
    expect(owner.kind === "fourth_level" && owner.unit.code).toBe("104035000");
  });

  it("owns a city of district significance: both the г.а. row and the city row under it", () => {
    for (const code of ["103620000", "103620100"]) {
      const owner = kz.owner(code); // Аягоз г.а. / г.Аягоз
      expect(owner.kind === "fourth_level" && owner.unit.code).toBe("103620000");
    }
    const atbasar = kz.owner("113820100"); // г.Атбасар: a city row that is itself the unit
    expect(atbasar.kind === "fourth_level" && atbasar.unit.type).toBe("city_district_sig");
  });

  it("leaves a village administered directly by a city of regional significance outside the fourth level", () => {
    const owner = outside(kz.owner("631000200")); // с.Ахмирово under Усть-Каменогорск Г.А.
    expect(owner.district).toMatchObject({ level: 3, code: "631000000", type: "city_regional" });
    expect(owner.region.code).toBe("630000000");
    expect(owner.reason).toMatch(
      /с\.Ахмирово .* no fourth-level unit .* city of regional significance Усть-Каменогорск Г\.А\./,
    );
    expect(outside(kz.owner("351600200")).district?.code).toBe("351600000"); // п.Конырат, Балхаш Г.А.
  });

  it("leaves the city itself of a city of regional significance (a district centre too) outside", () => {
    const owner = outside(kz.owner("101010000")); // г.Семей in Семей Г.А.
    expect(owner.district?.code).toBe("101000000");
    expect(owner.reason).toContain("is the city itself of the city of regional significance Семей Г.А.");
  });

  it("leaves a district's own code outside: the district holds its own budget", () => {
    const owner = outside(kz.owner("104000000"));
    expect(owner.district?.code).toBe("104000000");
    expect(owner.region).toEqual(abai);
    expect(owner.reason).toContain("is a district");
  });

  it("leaves a city of regional significance and a region outside", () => {
    expect(outside(kz.owner("101000000")).reason).toContain("is a city of regional significance");
    const region = outside(kz.owner("100000000"));
    expect(region.district).toBeUndefined();
    expect(region.region).toEqual(abai);
    expect(region.reason).toContain("is a region");
  });

  it("finds no level-3 budget in a city of republican significance", () => {
    const astana = outside(kz.owner("710000000"));
    expect(astana.district).toBeUndefined();
    expect(astana.reason).toContain("city of republican significance");
    const district = outside(kz.owner("711110000")); // район Алматы of г.Астана
    expect(district.district).toBeUndefined();
    expect(district.region).toMatchObject({ level: 2, code: "710000000", nameRu: "г.Астана" });
    expect(district.reason).toContain("lies in г.Астана (710000000), a city of republican significance");
  });

  it("gives a district of a city of regional significance to the city's budget", () => {
    const owner = outside(kz.owner("351011100")); // район Әлихан Бөкейхан, Караганда Г.А.
    expect(owner.district?.code).toBe("351000000");
    expect(owner.reason).toContain("holds no budget of its own");
  });

  it("throws UNKNOWN_KATO for unknown codes", () => {
    expect(codeOf(() => kz.owner("123"))).toBe("UNKNOWN_KATO");
    expect(codeOf(() => kz.owner("999999999"))).toBe("UNKNOWN_KATO");
  });

  it("agrees with the classifier's columns for every place and never throws (all 15,594)", () => {
    for (const place of kz.places()) {
      const owner = kz.owner(place.code);
      expect(owner.region.code).toBe(place.regionCode);
      expect(owner.district?.code).toBe(place.districtCode);
      expect(owner.kind === "fourth_level" ? owner.unit.code : undefined).toBe(place.unit4Code);
    }
  });

  it("property: a sampled fourth-level place is owned by its unit, under the place's district", () => {
    const inUnits = kz.places().filter((place) => place.unit4Code !== undefined);
    fc.assert(
      fc.property(fc.constantFrom(...inUnits), (place) => {
        const owner = kz.owner(place.code);
        if (owner.kind !== "fourth_level") return false;
        return (
          owner.unit.code === place.unit4Code &&
          owner.unit.district.code === place.districtCode &&
          owner.district.code === place.districtCode &&
          owner.region.code === place.regionCode
        );
      }),
      { numRuns: 1_000 },
    );
  });

  it("property: any string is either a classifier code with an owner or UNKNOWN_KATO", () => {
    const codes = new Set<string>(kz.places().map((place) => place.code));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{9}$/)), (code) => {
        if (codes.has(code)) return kz.owner(code).region.level === 2;
        return codeOf(() => kz.owner(code)) === "UNKNOWN_KATO";
      }),
    );
  });
});

describe("units and districts", () => {
  it("gives Бородулихинский район its 18 rural districts", () => {
    const units = kz.unitsOfDistrict("104000000");
    expect(units).toHaveLength(18);
    expect(units.every((unit) => unit.type === "rural_district" && unit.district.code === "104000000")).toBe(
      true,
    );
    expect(units.map((unit) => unit.code)).toContain("104035000");
    expect(units[0]).toMatchObject({ code: "104030000", nameRu: "Бородулихинский с.о." });
  });

  it("gives a city of regional significance its units (Аркалык Г.А.: 13) or none (Семей Г.А.)", () => {
    expect(kz.unitsOfDistrict("391600000")).toHaveLength(13);
    expect(kz.unitsOfDistrict("101000000")).toEqual([]);
  });

  it("throws UNKNOWN_KATO for a code that is not a district", () => {
    expect(codeOf(() => kz.unitsOfDistrict("104035000"))).toBe("UNKNOWN_KATO");
    expect(() => kz.unitsOfDistrict("100000000")).toThrow(
      /100000000 \(область Абай, a region\) is not a district or city of regional significance/,
    );
    expect(codeOf(() => kz.unitsOfDistrict("123"))).toBe("UNKNOWN_KATO");
  });

  it("gives the places of a unit without its own row (Бель-Агачский с.о.: data/kato/kato.csv lines 839-845)", () => {
    expect(kz.placesOfUnit("104035000").map((place) => place.code)).toEqual([
      "104035100",
      "104035400",
      "104035403",
      "104035600",
      "104035700",
      "104035702",
      "104035800",
    ]);
    expect(codeOf(() => kz.placesOfUnit("104035100"))).toBe("UNKNOWN_KATO"); // a village, not a unit
    expect(codeOf(() => kz.placesOfUnit("104000000"))).toBe("UNKNOWN_KATO"); // a district
    expect(codeOf(() => kz.placesOfUnit("123"))).toBe("UNKNOWN_KATO");
  });

  it("indexes the places of every unit exactly as a scan of the classifier finds them", () => {
    const scanned = new Map<string, string[]>(kz.fourthLevelUnits().map((unit) => [unit.code, []]));
    for (const place of kz.places()) {
      if (place.unit4Code !== undefined && place.unit4Code !== place.code) {
        scanned.get(place.unit4Code)?.push(place.code);
      }
    }
    for (const [unit, codes] of scanned) {
      expect(kz.placesOfUnit(unit).map((place) => place.code)).toEqual(codes);
    }
  });

  it("decodes the bundled classifier once: later territories share its places", () => {
    const other = kazakhstanTerritory({ ownBudgetSince: { "104035000": "2018-01-01" } });
    expect(other.places()).toBe(kz.places());
    expect(other.placesOfUnit("104035000")).toBe(kz.placesOfUnit("104035000"));
    expect(Object.isFrozen(kz.places())).toBe(true);
    expect(Object.isFrozen(kz.placesOfUnit("104035000"))).toBe(true);
  });

  it("gives one unit, or UNKNOWN_KATO for other places", () => {
    expect(kz.fourthLevelUnit("104035000").district.nameRu).toBe("Бородулихинский район");
    expect(codeOf(() => kz.fourthLevelUnit("104035100"))).toBe("UNKNOWN_KATO");
  });

  it("gives the budget held by a code at each level", () => {
    expect(kz.budget("000000000")).toBe(REPUBLICAN_BUDGET);
    expect(REPUBLICAN_BUDGET).toEqual({
      level: 1,
      code: "000000000",
      nameRu: "Республиканский бюджет",
      nameKk: "Республикалық бюджет",
    });
    expect(kz.budget("100000000")).toEqual(abai);
    expect(kz.budget("750000000")).toMatchObject({ level: 2, nameRu: "г.Алматы" });
    expect(kz.budget("104000000").level).toBe(3);
    expect(kz.budget("104035000").level).toBe(4);
    expect(codeOf(() => kz.budget("104035100"))).toBe("UNKNOWN_KATO"); // a village holds no budget
    expect(codeOf(() => kz.budget("711110000"))).toBe("UNKNOWN_KATO"); // nor does a city district
  });
});

describe("own budget since", () => {
  it("defaults to 1 Jan 2020 for every unit", () => {
    expect(
      kz
        .fourthLevelUnits()
        .every((unit) => unit.ownBudgetSince === "2020-01-01" && unit.ownBudgetSinceSource === "default"),
    ).toBe(true);
  });

  it("takes the caller's date for a unit, leaving the others at the default", () => {
    const territory = kazakhstanTerritory({ ownBudgetSince: { "104035000": "2018-01-01" } });
    expect(territory.fourthLevelUnit("104035000")).toMatchObject({
      ownBudgetSince: "2018-01-01",
      ownBudgetSinceSource: "caller",
    });
    expect(territory.fourthLevelUnit("104030000").ownBudgetSinceSource).toBe("default");
    expect(kz.fourthLevelUnit("104035000").ownBudgetSince).toBe("2020-01-01"); // no shared state
  });

  it("rejects a code that is not a fourth-level unit with UNKNOWN_KATO, every one at once, at its path", () => {
    const issues = inputIssuesOf(() =>
      kazakhstanTerritory({ ownBudgetSince: { "104035100": "2018-01-01", "999999999": "2018-01-01" } }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["options", "ownBudgetSince", "104035100"], "UNKNOWN_KATO"], // a village, not a unit
      [["options", "ownBudgetSince", "999999999"], "UNKNOWN_KATO"], // not in the classifier
    ]);
    expect(issues[0]?.message).toContain("с.Бель-Агач");
  });

  it("rejects a date that is not real or not from 2018-01-01 to 2020-01-01 with INVALID_DATE", () => {
    for (const date of ["2017-12-31", "2020-01-02", "2019-02-29", "2019-1-1", "soon"]) {
      expect(inputIssuesOf(() => kazakhstanTerritory({ ownBudgetSince: { "104035000": date } }))).toEqual([
        expect.objectContaining({ path: ["options", "ownBudgetSince", "104035000"], code: "INVALID_DATE" }),
      ]);
    }
    expect(
      codeOf(() => kazakhstanTerritory({ ownBudgetSince: { "104035000": "2020-01-01" } })),
    ).toBeUndefined();
  });
});

describe("budgetOwnerOn", () => {
  const early = kazakhstanTerritory({ ownBudgetSince: { "104035000": "2018-01-01" } });

  it("gives the district before the unit had a budget, with the reason", () => {
    const owner = outside(kz.budgetOwnerOn("104035100", "2019-12-31"));
    expect(owner.district?.code).toBe("104000000");
    expect(owner.unitWithoutOwnBudget?.code).toBe("104035000");
    expect(owner.reason).toContain(
      "Бель-Агачский с.о. (104035000) had no budget of its own before 2020-01-01",
    );
    expect(owner.reason).toContain("Law 11.07.2017 No 90-VI");
    const later = kazakhstanTerritory({ ownBudgetSince: { "104035000": "2019-01-01" } });
    expect(outside(later.budgetOwnerOn("104035100", "2018-12-31")).reason).toContain("as set by the caller");
  });

  it("gives the unit from its ownBudgetSince on", () => {
    expect(kz.budgetOwnerOn("104035100", "2020-01-01").kind).toBe("fourth_level");
    expect(early.budgetOwnerOn("104035100", "2018-01-01").kind).toBe("fourth_level");
    expect(early.budgetOwnerOn("104030000", "2018-01-01").kind).toBe("outside_fourth_level");
  });

  it("leaves places outside the fourth level as owner() does, on any date", () => {
    expect(kz.budgetOwnerOn("631000200", "2018-01-01")).toEqual(kz.owner("631000200"));
  });

  it("refuses a date before 2018-01-01, when the first fourth-level budgets began (Law 11.07.2017 No 90-VI)", () => {
    // BC2008 Art. 35 p.1(1-1), note on the entry into force of Law 11.07.2017 No 90-VI: units of over 2,000
    // people from 01.01.2018, all from 01.01.2020; before 2018 no place had a fourth-level budget
    for (const [code, date] of [
      ["104035100", "2017-12-31"], // с.Бель-Агач, in a unit
      ["631000200", "1990-01-01"], // a place in no unit
    ] as const) {
      const error = errorOf(() => kz.budgetOwnerOn(code, date));
      expect(error.code).toBe("INVALID_DATE");
      expect(error.message).toContain(
        `${date} is before 2018-01-01, when the first fourth-level budgets began`,
      );
      expect(error.message).toContain("Law 11.07.2017 No 90-VI");
      expect(error.message).toContain("give a date from 2018-01-01");
    }
  });

  it("throws INVALID_DATE for a bad date and UNKNOWN_KATO for a bad code", () => {
    expect(codeOf(() => kz.budgetOwnerOn("104035100", "2019-02-29"))).toBe("INVALID_DATE");
    expect(codeOf(() => kz.budgetOwnerOn("123", "2019-01-01"))).toBe("UNKNOWN_KATO");
  });

  it("property: owned by the unit exactly from ownBudgetSince on", () => {
    const isoDay = fc
      .date({
        min: new Date("2018-01-01T00:00:00Z"),
        max: new Date("2025-12-31T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10) as IsoDate);
    const since = fc
      .date({
        min: new Date("2018-01-01T00:00:00Z"),
        max: new Date("2020-01-01T00:00:00Z"),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10) as IsoDate);
    // the Abai region alone, so that each run builds a small territory
    const abai = kz.places().filter((p) => p.regionCode === "100000000");
    fc.assert(
      fc.property(since, isoDay, (start, day) => {
        const territory = createTerritory(abai, KZ_LAW, { ownBudgetSince: { "104035000": start } });
        return (territory.budgetOwnerOn("104035100", day).kind === "fourth_level") === day >= start;
      }),
      { numRuns: 200 },
    );
  });
});

describe("findByName", () => {
  it("finds places by part of the Russian or Kazakh name, ignoring case", () => {
    expect(kz.findByName("бель-агач").map((place) => place.code)).toEqual(["104035000", "104035100"]);
    expect(kz.findByName("БЕЛАҒАШ")).toEqual(kz.findByName("белағаш"));
    expect(kz.findByName("БЕЛАҒАШ").map((place) => place.nameKk)).toContain("Белағаш а.о.");
    expect(kz.findByName("  Бородулихинский ").map((place) => place.code)).toEqual([
      "104000000",
      "104030000",
    ]);
    expect(kz.findByName("no such place")).toEqual([]);
  });

  it("refuses a blank query", () => {
    expect(codeOf(() => kz.findByName("  "))).toBe("INVALID_INPUT");
  });
});

describe("createTerritory", () => {
  const region: KatoPlaceInput = {
    code: "100000000",
    type: "region",
    classifierLevel: 1,
    nameRu: "область Абай",
    nameKk: "Абай облысы",
    isFourthLevelUnit: false,
    regionCode: "100000000",
  };
  const district: KatoPlaceInput = {
    code: "104000000",
    parentCode: "100000000",
    type: "district",
    classifierLevel: 2,
    nameRu: "Бородулихинский район",
    nameKk: "Бородулиха ауданы",
    isFourthLevelUnit: false,
    districtCode: "104000000",
    regionCode: "100000000",
  };
  const unit: KatoPlaceInput = {
    code: "104035000",
    parentCode: "104000000",
    type: "rural_district",
    classifierLevel: 3,
    nameRu: "Бель-Агачский с.о.",
    nameKk: "Белағаш а.о.",
    isFourthLevelUnit: true,
    unit4Code: "104035000",
    districtCode: "104000000",
    regionCode: "100000000",
  };
  const village: KatoPlaceInput = {
    code: "104035100",
    parentCode: "104035000",
    type: "village",
    classifierLevel: 4,
    nameRu: "с.Бель-Агач",
    nameKk: "Белағаш а.",
    isFourthLevelUnit: false,
    unit4Code: "104035000",
    districtCode: "104000000",
    regionCode: "100000000",
  };

  it("builds a small territory that answers like the national one", () => {
    const small = createTerritory([region, district, unit, village], KZ_LAW);
    expect(small.owner("104035100")).toEqual(kz.owner("104035100"));
    expect(small.fourthLevelUnits()).toHaveLength(1);
    expect(small.placesOfUnit("104035000")).toEqual([village]);
    expect(codeOf(() => small.place("104030000"))).toBe("UNKNOWN_KATO");
  });

  it("copies the places given, so later changes to them do not reach the territory", () => {
    const mutable: { -readonly [K in keyof KatoPlaceInput]: KatoPlaceInput[K] } = { ...village };
    const small = createTerritory([region, district, unit, mutable], KZ_LAW);
    mutable.nameRu = "changed";
    expect(small.place("104035100").nameRu).toBe("с.Бель-Агач");
  });

  it("lists every inconsistent place with INVALID_INPUT", () => {
    const wrongUnit: KatoPlaceInput = { ...village, code: "104035200", unit4Code: "104000000" };
    const noRegion: KatoPlaceInput = { ...village, code: "104035300", regionCode: "300000000" };
    const duplicate: KatoPlaceInput = { ...village };
    const otherDistrict: KatoPlaceInput = { ...district, code: "105000000", districtCode: "105000000" };
    const unitElsewhere: KatoPlaceInput = { ...village, code: "105035100", districtCode: "105000000" };
    const fake = (): unknown =>
      createTerritory([region, district, unit, village, wrongUnit, noRegion, duplicate], KZ_LAW);
    expect(inputIssuesOf(fake).map((issue) => issue.path)).toEqual([
      ["places", 4, "unit4Code"],
      ["places", 5, "regionCode"],
      ["places", 5, "unit4Code"], // its region differs from its unit's
      ["places", 6, "code"],
    ]);
    expect(
      codeOf(() => createTerritory([region, district, otherDistrict, unit, unitElsewhere], KZ_LAW)),
    ).toBe("INVALID_INPUT");
    expect(codeOf(() => createTerritory([region, unit], KZ_LAW))).toBe("INVALID_INPUT"); // district missing
    expect(codeOf(() => createTerritory([region, { ...district, type: "village" }], KZ_LAW))).toBe(
      "INVALID_INPUT",
    );
  });
});
