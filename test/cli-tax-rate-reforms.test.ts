import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { compareScenarioFile } from "../src/compare/compare-file.js";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { scenarioFileReader } from "../src/scenario/load-file.js";
import { inputIssuesOf, runCli } from "./support.js";

const EXAMPLE = join(__dirname, "..", "examples", "reform-land-tax-rates.json");

afterEach(() => {
  process.exitCode = undefined;
});

const LAND = ["tax", "land", "--year", "2026", "--area-m2", "1000", "--category", "village"];

describe("a rate reform in the CLI and in a comparison", () => {
  it("tax land --reforms: the example's rates ×1.2 and +50 % by every maslikhat, worked by hand", async () => {
    // 2026 Art. 577 row 30: 0.48 KZT/m² × 1.2 = 0.576 → 0.58 (half away from zero); 1 000 m² × 0.58 = 580;
    // × (1 + 50 %) = 870 KZT (a legal entity: the maslikhat adjustment applies)
    const reformed = await runCli([...LAND, "--reforms", EXAMPLE, "--json"]);
    expect(reformed.code).toBe(0);
    const json = JSON.parse(reformed.out) as { amount: string; reforms: string[] };
    expect(json).toMatchObject({ amount: "870.00", reforms: ["land-rates-120"] });
    // an individual: no maslikhat adjustment (Art. 582 p.1), the scaled rate only: 580 KZT
    const individual = await runCli([...LAND, "--payer", "individual", "--reforms", EXAMPLE, "--json"]);
    expect(JSON.parse(individual.out)).toMatchObject({ amount: "580.00" });
    // without reforms: 1 000 × 0.48 = 480, and no reforms field
    const plain = JSON.parse((await runCli([...LAND, "--json"])).out) as Record<string, unknown>;
    expect(plain.amount).toBe("480.00");
    expect(plain).not.toHaveProperty("reforms");
  });

  it("tax --reforms refuses a path that is no rate table, listing the valid ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rates-"));
    const file = join(dir, "reforms.json");
    const change = { kind: "tax_rate", path: "vehicle.rates", scale: "1.1", rounding: "halfEven" };
    const label = { kind: "proposal", author: "test", text: "t" };
    writeFileSync(
      file,
      JSON.stringify([{ id: "x", title: "t", effectiveFrom: "2026-01-01", label, changes: [change] }]),
    );
    const { code, err } = await runCli([
      "tax",
      "vehicle",
      "--year",
      "2026",
      "--engine-cc",
      "1600",
      "--manufactured-year",
      "2020",
      "--reforms",
      file,
    ]);
    expect(code).toBe(2);
    expect(err).toContain('"vehicle.rates" is not a rate table of the tax law: one of mrp, land.settlement');
  });

  it("compare scales the receipts of a line proportional to a scaled table, and says it assumes so", () => {
    const comparison = compareScenarioFile(EXAMPLE);
    const changed = comparison.rows.filter((r) => !r.delta.isZero());
    // the one 104302 receipt of the example, 1 730.00 KZT paid 2026-10-01: × 1.2 = 2 076.00, +346.00
    expect(
      changed.map((r) => [r.account, r.ebk, r.baseline.toKzt(), r.reform.toKzt(), r.delta.toKzt()]),
    ).toEqual([["104057000", "104302", "1730.00", "2076.00", "346.00"]]);
    expect(
      comparison.notes.filter((n) =>
        n.startsWith("ASSUMPTION: reform land-rates-120 changes land.settlement"),
      ),
    ).toHaveLength(1);
    expect(
      comparison.notes.some(
        (n) => n.includes("land.maslikhatAdjustmentPercent") && n.includes("NOT changed"),
      ),
    ).toBe(true);
  });

  it("compare checks a rate change as the calculators take it: a coefficient beyond Art. 582 p.1 is refused", () => {
    const data = JSON.parse(readFileSync(EXAMPLE, "utf8")) as {
      reforms: { changes: { value?: string }[] }[];
    };
    const change = data.reforms[0]?.changes[1];
    if (change === undefined) throw new Error("the example has a coefficient change");
    change.value = "60";
    const issues = inputIssuesOf(() =>
      compareScenario(data, { readFile: scenarioFileReader(dirname(EXAMPLE)) }),
    );
    expect(issues.map((i) => i.path)).toEqual([["reforms", 0, "changes", 1, "value"]]);
    expect(issues[0]?.message).toContain("Art. 582 p.1");
  });

  it("calibrate solves a rate table's factor: the unit gains 173.00 KZT at 1.1", async () => {
    // the 104302 receipt of 1 730.00 KZT × (s − 1) = 173.00 ⇔ s = 1.1 (and 1.09 gives 155.70)
    const target = ["--target", "account:104057000=173", "--unknown", "changes.0.scale"];
    const args = [
      "calibrate",
      EXAMPLE,
      "--reform",
      "land-rates-120",
      ...target,
      "--range",
      "1,2",
      "--precision",
      "0.01",
    ];
    const { code, out } = await runCli(args);
    expect(code).toBe(0);
    expect(out).toContain("parameter found: 1.1 ");
    expect(out).toContain("one step before: 1.09 gives 155.70 KZT");
  });
});
