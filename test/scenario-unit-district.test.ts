import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveScenario } from "../src/scenario/load.js";
import { inputIssuesOf, runCli } from "./support.js";

/** A scenario filing one unit, with two figures, under a district. */
const filed = (unit: string, district: string) => ({
  name: "one unit",
  year: 2026,
  districts: [{ kato: district, units: [{ kato: unit, figures: { tax_revenue: "1", expenditures: "1" } }] }],
});

// KATO classifier (bundled): 104035000 Бель-Агачский с.о. is a rural district of 104000000 Бородулихинский
// район (область Абай); 631000000 Усть-Каменогорск Г.А. is a city of regional significance of the
// Восточно-Казахстанская область with no fourth-level units; 104049100 с.Зубаир is a village of
// 104049000 Зубаировский с.о., in Бородулихинский район.
describe("a unit of a scenario belongs to the district it is filed under", () => {
  it("Bel-Agach under the city of Ust-Kamenogorsk: an error naming both, and the district that owns it", () => {
    expect(inputIssuesOf(() => resolveScenario(filed("104035000", "631000000")))).toEqual([
      {
        path: ["districts", 0, "units", 0, "kato"],
        code: "UNKNOWN_KATO",
        message:
          "unit 104035000 (Бель-Агачский с.о.) is listed under 631000000 (Усть-Каменогорск Г.А.), but it belongs to district 104000000 (Бородулихинский район): list it under 104000000",
      },
    ]);
  });

  it("a village (not a unit) under its own district: what it is, and how to list the district's units", () => {
    expect(inputIssuesOf(() => resolveScenario(filed("104049100", "104000000")))).toEqual([
      {
        path: ["districts", 0, "units", 0, "kato"],
        code: "UNKNOWN_KATO",
        message:
          "104049100 (с.Зубаир, a village) is not a fourth-level unit of 104000000 (Бородулихинский район): give the code of one of its units (`fourth-level units --district 104000000` lists them)",
      },
    ]);
  });

  it("the same unit under its own district is read", () => {
    const scenario = resolveScenario(filed("104035000", "104000000"));
    expect(scenario.districts[0]?.units[0]?.kato).toBe("104035000");
  });

  it("`fourth-level run` on the mismatch exits 2 with the error on standard error", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "unit-district-")), "scenario.json");
    writeFileSync(file, JSON.stringify(filed("104035000", "631000000")));
    const { code, out, err } = await runCli(["run", file]);
    expect([code, out]).toEqual([2, ""]);
    expect(err).toContain("districts[0].units[0].kato [UNKNOWN_KATO]: unit 104035000 (Бель-Агачский с.о.)");
  });
});
