import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FourthLevelError } from "../../errors/error.js";
import { unitsOfDistrict } from "../../territory/units-of-district.js";
import { findUnits } from "./find-units.js";
import { kazakhstanTerritory } from "./territory.js";

// Expected codes, kinds and names are read by hand from data/kato/kato.csv (НК РК 11-2025, 17 Jul 2026):
// 104049000 rural_district "Зубаировский с.о." / "Зубаир а.о." in 104000000 Бородулихинский район,
//   область Абай (100000000); 104049100 village "с.Зубаир" / "Зубаир а." in that unit;
// 104030000 rural_district "Бородулихинский с.о." / "Бородулиха а.о."; 104000000 district
//   "Бородулихинский район" / "Бородулиха ауданы"; 104030100 village "с.Бородулиха";
// 104035000 "Бель-Агачский с.о." / "Белағаш а.о."; 115237000 and 354089000 "Белагашский с.о." / "Белағаш а.о.";
// 104045000 "Жезкентский с.о." / "Жезкент а.о."; 104055000 "Кунарлинский с.о." / "Құнарлы а.о.";
// 595037000 "Березовский с.о." / "Березов а.о."; 634047000 "Берёзовский с.о." / "Берёзовка а.о.".
const kz = kazakhstanTerritory();
const codes = (text: string, limit = 10) => findUnits(kz, text, { limit }).hits.map((h) => h.code);
const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    if (e instanceof FourthLevelError) return e.issues.map((i) => [i.path.join("."), i.code]);
    throw e;
  }
  return [];
};

describe("findUnits on the bundled classifier", () => {
  it("finds Зубаировский с.о. by `zubair`, with its kind, district, region and why", () => {
    const search = findUnits(kz, "zubair");
    expect(search.hits.map((h) => h.code)).toEqual(["104049000", "104049100"]);
    expect(search.total).toBe(2);
    const [unit] = search.hits;
    expect(unit).toMatchObject({
      code: "104049000",
      type: "rural_district",
      isFourthLevelUnit: true,
      district: { code: "104000000", nameRu: "Бородулихинский район" },
      region: { code: "100000000", nameRu: "область Абай" },
      match: { how: "exact", language: "kk", name: "Зубаир а.о.", latin: "Zubair a.o.", edits: 0 },
    });
    expect(search.hits[1]?.unit?.code).toBe("104049000");
  });

  it("reads Russian and Kazakh spellings, any case, the kind words abbreviated or spelled out", () => {
    for (const text of [
      "Зубаировский с.о.",
      "ЗУБАИРОВСКИЙ С.О.",
      "Зубаировский сельский округ",
      "Зубаир а.о.",
      "Зубаир ауылдық округі",
      "zubairovskiy s.o.",
    ]) {
      expect(codes(text)[0]).toBe("104049000");
    }
    // the kind asked ranks first: the unit's own kind word puts it before the village of the same name
    expect(findUnits(kz, "Зубаир а.о.").hits.map((h) => h.match.kindAsked)).toEqual([true, false]);
    expect(codes("с.Зубаир")[0]).toBe("104049100");
  });

  it("takes Kazakh letters, their Russian look-alikes and the 2021 Latin as one", () => {
    expect(codes("Құнарлы")[0]).toBe("104055000");
    expect(codes("кунарлы")[0]).toBe("104055000");
    expect(codes("Qūnarly")[0]).toBe("104055000");
    expect(codes("kunarly")[0]).toBe("104055000");
    // ж as zh or j, in the Russian and the Kazakh name
    expect(codes("zhezkent")[0]).toBe("104045000");
    expect(codes("jezkent")[0]).toBe("104045000");
  });

  it("takes ё as е", () => {
    expect(codes("Березовский с.о.").slice(0, 2)).toEqual(["595037000", "634047000"]);
    expect(codes("Берёзовка")[0]).toBe("634047000");
    expect(codes("berezovka")[0]).toBe("634047000");
  });

  it("forgives small typos, exact before prefix before fuzzy", () => {
    const typo = findUnits(kz, "Бародулиха");
    expect(typo.hits.map((h) => h.code)).toEqual(["104030000", "104000000", "104030100"]);
    expect(typo.hits.map((h) => [h.match.how, h.match.edits])).toEqual([
      ["fuzzy", 1],
      ["fuzzy", 1],
      ["fuzzy", 1],
    ]);
    expect(findUnits(kz, "zubiar").hits[0]).toMatchObject({ code: "104049000", match: { edits: 1 } });
    const hows = findUnits(kz, "бель-агач", { limit: 50 }).hits.map((h) => h.match.how);
    expect(hows.slice(0, 2)).toEqual(["exact", "prefix"]);
    expect([...hows].sort((a, b) => "epf".indexOf(a[0] ?? "") - "epf".indexOf(b[0] ?? ""))).toEqual(hows);
    expect(codes("бель-агач").slice(0, 2)).toEqual(["104035100", "104035000"]);
  });

  it("lists places sharing a name in code order", () => {
    expect(codes("Белағаш ауылдық округі").slice(0, 3)).toEqual(["104035000", "115237000", "354089000"]);
  });

  it("says when nothing matches and names the closest places", () => {
    const none = findUnits(kz, "Зубаировскийзубаировский");
    expect(none.hits).toEqual([]);
    expect(none.total).toBe(0);
    expect(none.nearest[0]).toMatchObject({ code: "104049000", match: { how: "nearest" } });
  });

  it("refuses a blank text, a kind word alone, a bad limit, every problem at once", () => {
    expect(issuesOf(() => findUnits(kz, "  "))).toEqual([["text", "INVALID_INPUT"]]);
    expect(issuesOf(() => findUnits(kz, "с.о."))).toEqual([["text", "INVALID_INPUT"]]);
    expect(issuesOf(() => findUnits({} as never, "", { limit: 0 }))).toEqual([
      ["territory", "INVALID_INPUT"],
      ["text", "INVALID_INPUT"],
      ["options.limit", "INVALID_INPUT"],
    ]);
  });

  it("property: a unit's own Russian or Kazakh name finds it first among the places of that name", () => {
    const units = kz.fourthLevelUnits();
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.boolean(), (unit, russian) => {
        const hits = findUnits(kz, russian ? unit.nameRu : unit.nameKk, { limit: 1000 }).hits;
        const at = hits.findIndex((h) => h.code === unit.code);
        expect(hits[at]?.match.how).toBe("exact");
        for (const before of hits.slice(0, at)) {
          expect(before.match.how).toBe("exact");
          expect(before.match.kindAsked).not.toBe(false);
          expect(before.code < unit.code).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("unitsOfDistrict", () => {
  it("lists Бородулихинский район's 18 units with their places", () => {
    const { district, units } = unitsOfDistrict(kz, "104000000");
    expect([district.code, district.nameKk, district.region.code]).toEqual([
      "104000000",
      "Бородулиха ауданы",
      "100000000",
    ]);
    expect(units.length).toBe(18);
    expect(units[0]).toMatchObject({
      code: "104030000",
      type: "rural_district",
      nameRu: "Бородулихинский с.о.",
    });
    expect(units.find((u) => u.code === "104049000")?.places.map((p) => p.code)).toEqual([
      "104049100",
      "104049200",
      "104049300",
    ]);
  });

  it("says what would be valid for a code that is not a district", () => {
    const message = (code: unknown) => {
      try {
        unitsOfDistrict(kz, code as string);
      } catch (e) {
        return e instanceof FourthLevelError ? e.issues.map((i) => `${i.code}: ${i.message}`).join("\n") : "";
      }
      return "";
    };
    expect(message("104049000")).toMatch(/Бородулихинский район: give that district's code, 104000000/);
    expect(message("100000000")).toMatch(
      /not a district: its districts are .*104000000 Бородулихинский район/,
    );
    expect(message("104990000")).toMatch(
      /not in the classifier: the districts of its region are .*104000000/,
    );
    expect(message("1040")).toMatch(/^UNKNOWN_KATO: must be a 9-digit KATO code/);
    expect(message("710000000")).toMatch(/has no districts with fourth-level units/);
  });
});
