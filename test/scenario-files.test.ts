import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveScenario } from "../src/scenario/load.js";
import { scenarioFileReader } from "../src/scenario/load-file.js";
import { runScenario } from "../src/scenario/run.js";
import { errorOf, inputIssuesOf } from "./support.js";

const DECISIONS = join(__dirname, "..", "data", "decisions");

/** Bel-Agach 2026 read from its published decision text, named relative to data/decisions/. */
const belagach = {
  name: "Bel-Agach 2026",
  year: 2026,
  districts: [
    {
      kato: "104000000",
      units: [{ kato: "104035000", decisionFile: "kz-abai-borodulikha-belagach-2026.txt" }],
    },
  ],
};

describe("resolveScenario and the files a scenario names", () => {
  it("reads them through the readFile option, relative to the reader's folder", () => {
    const scenario = resolveScenario(belagach, { readFile: scenarioFileReader(DECISIONS) });
    const unit = scenario.districts[0]?.units[0];
    // Borodulikha district maslikhat, 23.12.2025 No 42-4-VIII: tax revenues 39 585, costs 54 959 thousand KZT
    expect(unit?.figures.tax_revenue?.toThousandKzt()).toBe("39585");
    expect(unit?.figures.expenditures?.toThousandKzt()).toBe("54959");
    // the source is the text's own "# source:" line
    expect(unit?.source).toBe("http://insecure.zan.kz/rus/docs/G25FG00424M");
  });

  it("without a reader (as in a browser), names the file it cannot read at its path, with other problems", () => {
    const error = errorOf(() =>
      resolveScenario({ ...belagach, receipts: { file: "receipts.csv" } }, {}, "scenario in a browser"),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ["districts", 0, "units", 0, "decisionFile"],
      ["receipts", "file"],
    ]);
    expect(error.message).toContain(
      "the decision text kz-abai-borodulikha-belagach-2026.txt cannot be read without a file reader",
    );
    expect(error.message).toContain("the receipts file receipts.csv cannot be read without a file reader");
  });
});

describe("the unit a decision text names against the scenario's unit", () => {
  const attach = (kato: string, district: string, file: string) => ({
    name: "one unit",
    year: 2026,
    districts: [{ kato: district, units: [{ kato, decisionFile: file }] }],
  });
  const read = (scenario: unknown) => resolveScenario(scenario, { readFile: scenarioFileReader(DECISIONS) });

  it("Druzhba's decision (Kostanay region) attached to Zubair (Abai region): an error naming both", () => {
    const issues = inputIssuesOf(() =>
      read(attach("104049000", "104000000", "kz-kostanay-kamysty-druzhba-2026.txt")),
    );
    expect(issues).toEqual([
      {
        path: ["districts", 0, "units", 0, "decisionFile"],
        code: "INVALID_INPUT",
        message:
          'the decision text names "села Дружба Камыстинского района", not unit 104049000 (Зубаировский с.о. / Зубаир а.о.): attach the text to the unit it names, or give this unit its own decision',
      },
    ]);
  });

  it("a text naming its own unit in a case form reads without a note about it", () => {
    const scenario = read(attach("394845000", "394800000", "kz-kostanay-kamysty-druzhba-2026.txt"));
    expect(scenario.districts[0]?.units[0]?.readingNotes.join("\n")).not.toContain("names");
  });

  it("a text whose heading names no unit: a note, not an error", () => {
    // Taskala 2025: the budgets of the district's rural districts together, named by the district only
    const scenario = resolveScenario(
      { ...attach("276030000", "276000000", "kz-wko-taskala-aggregate-2025-v1.txt"), year: 2025 },
      { readFile: scenarioFileReader(DECISIONS) },
    );
    expect(scenario.districts[0]?.units[0]?.readingNotes).toContain(
      "the decision's heading names no fourth-level unit (\"сельских округов Таскалинского района\"): check by hand that the text is this unit's decision",
    );
  });
});

describe("the scenario functions refuse what is not their input, with the problems at their paths", () => {
  it("runScenario names the fields of a scenario that are wrong", () => {
    const scenario = resolveScenario(belagach, { readFile: scenarioFileReader(DECISIONS) });
    const broken = { ...scenario, year: "2026", districts: [{ ...scenario.districts[0], units: null }] };
    expect(inputIssuesOf(() => runScenario(broken as never)).map((i) => i.path)).toEqual([
      ["scenario", "year"],
      ["scenario", "districts", 0, "units"],
    ]);
    expect(inputIssuesOf(() => runScenario(scenario, {} as never)).map((i) => i.path)).toEqual([
      ["territory"],
    ]);
  });

  it("resolveScenario names its options and scenarioFileReader its folder and file names", () => {
    expect(
      inputIssuesOf(() => resolveScenario(belagach, { readFile: "data/decisions" } as never)).map(
        (i) => i.path,
      ),
    ).toEqual([["options", "readFile"]]);
    expect(inputIssuesOf(() => scenarioFileReader(42 as never)).map((i) => i.path)).toEqual([["folder"]]);
    expect(inputIssuesOf(() => scenarioFileReader(DECISIONS)(null as never, "decision text"))).toEqual([
      { path: ["name"], code: "INVALID_INPUT", message: "the file's name must be text, not null" },
    ]);
  });
});
