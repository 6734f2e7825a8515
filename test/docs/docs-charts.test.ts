import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { docsCharts } from "../../scripts/docs-charts.js";

const ROOT = resolve(import.meta.dirname, "../..");

describe("docs/media/charts: the charts of the bundled example that the docs show", () => {
  it("are what the library draws today (else run npm run docs:charts), and the guide shows each", async () => {
    const charts = await docsCharts(ROOT);
    expect(charts.map((c) => c.path.split("/").at(-1))).toEqual([
      "104000000-own-revenues.svg",
      "104000000-self-sufficiency.svg",
      "104000000-transfer-dependency.svg",
      "104000000-plan.svg",
      "held_as_planned-2026-gains-and-losses.svg",
    ]);
    const guide = readFileSync(join(ROOT, "docs", "reports.md"), "utf8");
    for (const chart of charts) {
      const committed = readFileSync(join(ROOT, chart.path), "utf8");
      expect(committed === chart.text, `${chart.path} is stale: run npm run docs:charts`).toBe(true);
      expect(guide).toContain(`](${chart.path.replace("docs/", "")})`);
    }
  }, 180_000);
});
