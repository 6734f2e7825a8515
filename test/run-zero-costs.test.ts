import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSummary } from "../src/report/summary.js";
import { resolveScenario } from "../src/scenario/load.js";
import { runScenario } from "../src/scenario/run.js";
import { runCli } from "./support.js";

// Bel-Agach's published tax revenue (39 585 thousand KZT) with expenditures of 0: self-sufficiency,
// own revenues ÷ costs, is a division by zero and has no value
const zeroCosts = {
  name: "zero costs",
  year: 2026,
  districts: [
    {
      kato: "104000000",
      units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "0" } }],
    },
  ],
};
const NOTE =
  "note: self-sufficiency of Бель-Агачский с.о. (104035000) not computed: its expenditures are 0, and own revenues ÷ zero costs are undefined";

describe("a unit whose expenditures are 0: its self-sufficiency is blank, and the run says why", () => {
  it("runSummary lists it in zeroCosts, not among the least self-sufficient", () => {
    const summary = runSummary(runScenario(resolveScenario(zeroCosts)));
    expect(summary.zeroCosts).toEqual([{ unitCode: "104035000", unit: "Бель-Агачский с.о." }]);
    expect(summary.lowestSelfSufficiency).toEqual([]);
  });

  it("run prints the note in the summary, in text and Markdown", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "fourth-level-zero-")), "zero.json");
    writeFileSync(file, JSON.stringify(zeroCosts));
    const text = await runCli(["run", file]);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`${NOTE}\n`);
    const md = await runCli(["run", file, "--format", "md"]);
    expect(md.out).toContain(NOTE);
  });

  it("a unit with costs above 0 gets no such note", async () => {
    const published = {
      ...zeroCosts,
      districts: [
        {
          ...zeroCosts.districts[0],
          units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }],
        },
      ],
    };
    expect(runSummary(runScenario(resolveScenario(published))).zeroCosts).toEqual([]);
  });
});
