import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KATO_CSV_URL, KATO_GENERATED_URL, renderKatoDataModule } from "../../scripts/generate-kato.js";
import { errorOf } from "../../test/support.js";
import { decodeKatoPlaces, encodeKatoPlaces } from "./kato-compact.js";
import { katoPlacesFromCsv } from "./kato-csv.js";
import { KATO_PLACES_COMPACT } from "./kato-data.generated.js";
import type { KatoPlace } from "./kato-place.js";

const csvText = readFileSync(KATO_CSV_URL, "utf8");
const csvPlaces = katoPlacesFromCsv(csvText);

const HEADER =
  "code,parent_code,level,type,k,budget4,unit4_code,district_code,region_code,name_ru,name_kk,pop_2023";

describe("bundled KATO data", () => {
  it("is up to date with data/kato/kato.csv (run `node --import tsx scripts/generate-kato.ts`)", () => {
    const upToDate = readFileSync(KATO_GENERATED_URL, "utf8") === renderKatoDataModule(csvText);
    expect(upToDate, "kato-data.generated.ts differs from what data/kato/kato.csv gives").toBe(true);
  });

  it("decodes to exactly the places of the CSV, in order", () => {
    expect(decodeKatoPlaces(KATO_PLACES_COMPACT)).toEqual(csvPlaces);
  });

  it("reads the 15,594 rows of the classifier with their optional columns", () => {
    expect(csvPlaces).toHaveLength(15_594);
    expect(csvPlaces[0]).toEqual({
      code: "100000000",
      type: "region",
      classifierLevel: 1,
      nameRu: "область Абай",
      nameKk: "Абай облысы",
      isFourthLevelUnit: false,
      regionCode: "100000000",
      pop2023: 610_189,
    });
    // A name with quotes inside a quoted CSV cell.
    expect(csvPlaces.find((place) => place.code === "115630111")?.nameRu).toBe('оздоровит. центр"Сункар"');
  });
});

describe("compact form", () => {
  it("round-trips places whose parent is not by the prefix rule or not written before them", () => {
    const places = [
      {
        code: "200000000",
        type: "region",
        classifierLevel: 1,
        nameRu: "Р",
        nameKk: "Р",
        isFourthLevelUnit: false,
        regionCode: "200000000",
      },
      {
        code: "211234567",
        parentCode: "200000000",
        type: "village",
        classifierLevel: 4,
        nameRu: "с.Х",
        nameKk: "Х а.",
        isFourthLevelUnit: false,
        regionCode: "200000000",
        pop2023: 0,
      },
      {
        code: "100000001",
        parentCode: "999999999",
        type: "village",
        classifierLevel: 5,
        nameRu: "с.Y",
        nameKk: "Y а.",
        isFourthLevelUnit: false,
        regionCode: "200000000",
      },
    ] as KatoPlace[];
    expect(decodeKatoPlaces(encodeKatoPlaces(places))).toEqual(places);
  });

  it("refuses a name the form cannot carry", () => {
    const [first] = csvPlaces;
    if (first === undefined) throw new Error("no places");
    expect(errorOf(() => encodeKatoPlaces([{ ...first, nameRu: "a|b" }])).code).toBe("INVALID_INPUT");
  });

  it("refuses malformed lines", () => {
    expect(errorOf(() => decodeKatoPlaces("100000000|x")).code).toBe("INVALID_INPUT");
    expect(errorOf(() => decodeKatoPlaces("100000001|2|4|b||^|^|^|с.|а.|")).code).toBe("INVALID_INPUT");
  });
});

describe("katoPlacesFromCsv", () => {
  it("lists every malformed cell by line and column", () => {
    const error = errorOf(() =>
      katoPlacesFromCsv(
        `${HEADER}\n12345,,7,town,0,2,,,100000000,,x,many\n100000000,,1,region,0,0,,,100000000,о,о,1`,
      ),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["line 2", "code"],
      ["line 2", "type"],
      ["line 2", "level"],
      ["line 2", "budget4"],
      ["line 2", "name_ru"],
      ["line 2", "pop_2023"],
    ]);
  });

  it("names a missing column", () => {
    const error = errorOf(() => katoPlacesFromCsv("code,type\n100000000,region"));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toContain('column "parent_code" is missing');
  });

  it("refuses text that is not CSV with INVALID_INPUT, not a parser error", () => {
    const error = errorOf(() => katoPlacesFromCsv(`${HEADER}\n"100000000,,1,region`, "kato.csv"));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/^kato\.csv: 1 problem\n {2}\(root\): not readable as CSV: /);
  });

  it("names a row with the wrong number of fields by its line", () => {
    const error = errorOf(() =>
      katoPlacesFromCsv(`${HEADER}\n100000000,,1,region,0,0,,,100000000,о,о,1\n100000000,,1`),
    );
    expect(error.issues).toEqual([
      { path: ["line 3"], code: "INVALID_INPUT", message: "has 3 fields, the header has 12" },
    ]);
  });
});
