import { describe, expect, it } from "vitest";
import { generateWorkers, kazakhstanTerritory, Money } from "../../src/index.js";
import { workersToCsv } from "../../src/node.js";
import { codeOf, inputIssuesOf } from "../support.js";

const territory = kazakhstanTerritory();
const BORODULIKHA = "104000000";
/** The default run on Borodulikha district, once for the whole file (about 11,500 records). */
const full = generateWorkers({ district: BORODULIKHA, seed: 1 });

const unitOf = (code: string) => {
  const owner = territory.owner(code);
  return owner.kind === "fourth_level" ? owner.unit.code : owner.district?.code;
};

describe("generateWorkers: seeded and deterministic", () => {
  it("the same seed gives the same records, whatever ran in between; another seed others", () => {
    const a = workersToCsv(generateWorkers({ district: BORODULIKHA, seed: 42, count: 300 }));
    generateWorkers({ district: "104200000", seed: 5, count: 10 });
    expect(workersToCsv(generateWorkers({ district: BORODULIKHA, seed: 42, count: 300 }))).toBe(a);
    expect(workersToCsv(generateWorkers({ district: BORODULIKHA, seed: 43, count: 300 }))).not.toBe(a);
  });

  it("says it is generated", () => {
    expect(full.generated).toBe(true);
    expect(full.note[0]).toMatch(/^GENERATED .*NOT real data: seed 1/);
    expect(full.note.join(" ")).toContain("ASSUMPTIONS");
  });

  it("refuses bad options, each at its path, and a code that is not a district", () => {
    const issues = inputIssuesOf(() =>
      generateWorkers({ district: "1040", seed: -1, year: 2020, count: 0, commuterShare: "1.5" }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ["options", "district"],
      ["options", "seed"],
      ["options", "year"],
      ["options", "count"],
      ["options", "commuterShare"],
    ]);
    expect(codeOf(() => generateWorkers({ district: "104035000" }))).toBe("UNKNOWN_KATO");
    expect(codeOf(() => generateWorkers(null as never))).toBe("INVALID_INPUT");
  });
});

describe("generateWorkers: calibrated to the published figures (hand-computed here)", () => {
  it("employees: 33,241 residents × 7,000,000 employees / 20,265,320 people = 11,482.03 → 11,482", () => {
    expect(full.records).toHaveLength(11_482);
  });

  it("wages sum exactly to employees × 12 × the rural average monthly wage", () => {
    // national 2025: (423 133 + 448 620) / 2 = 435 876.50; rural: / (1 + 0.625 × 0.234) = / 1.14625 = 380 263.0316…
    expect(full.targets.averageMonthlyWage.toKzt()).toBe("380263.03");
    const total = 11_482n * 12n * 38_026_303n;
    expect(Money.sum(full.records.map((r) => r.annualWage)).tiyn).toBe(total);
  });

  it("the median wage is the published share of the mean (316,152 / 448,620 = 0.7047), within 3 %", () => {
    const wages = full.records.map((r) => Number(r.annualWage.tiyn)).sort((a, b) => a - b);
    const median = wages[Math.floor(wages.length / 2)] as number;
    const mean = (11_482 * 12 * 38_026_303) / 11_482;
    expect(Math.abs(median / mean / (316_152 / 448_620) - 1)).toBeLessThan(0.03);
  });

  it("residents are spread by population: с.Бородулиха's unit holds 5,965 of 33,241 (17.9 %), within 1.5 points", () => {
    const inCentreUnit = full.records.filter((r) => unitOf(r.residence) === "104030000").length;
    expect(Math.abs(inCentreUnit / 11_482 - 5_965 / 33_241)).toBeLessThan(0.015);
  });

  it("25 % work outside their residence unit (the stated assumption), within 1.5 points", () => {
    const outside = full.records.filter((r) => unitOf(r.workplace) !== unitOf(r.residence)).length;
    expect(Math.abs(outside / 11_482 - 0.25)).toBeLessThan(0.015);
  });

  it("20 % of those working in the district have an employer seated in г.Семей, within 1.5 points", () => {
    const inDistrict = full.records.filter((r) => r.workplace !== "101010000");
    const external = inDistrict.filter((r) => r.employerSeat === "101010000").length;
    expect(Math.abs(external / inDistrict.length - 0.2)).toBeLessThan(0.015);
  });

  it("the caller's count and wage replace the calibrated ones, and the note says so", () => {
    const given = generateWorkers({
      district: BORODULIKHA,
      count: 7,
      averageMonthlyWage: Money.kzt("100000"),
    });
    expect(Money.sum(given.records.map((r) => r.annualWage)).toKzt()).toBe("8400000.00");
    expect(given.note.join(" ")).toContain("as the caller asked");
  });
});
