import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/program.js";
import {
  Money,
  OVERVIEW_LINES,
  type OverviewTotals,
  runScenario,
  scenarioOverview,
} from "../../src/index.js";
import { loadScenario } from "../../src/node.js";

const FILE = "examples/kz-national-2025.json";
const result = runScenario(loadScenario(FILE));
const overview = scenarioOverview(result);
const units = result.districts.flatMap((d) => d.units);
const sumOf = (totals: readonly OverviewTotals[], line: (typeof OVERVIEW_LINES)[number]) =>
  Money.sum(totals.map((t) => t.lines[line])).tiyn;

afterEach(() => vi.restoreAllMocks());

describe("the national run (bundled scenario of 2025)", () => {
  it("has every unit, its totals the sums of the units' statements to the tiyn", () => {
    expect(overview.totals.units).toBe(2335);
    for (const line of OVERVIEW_LINES) {
      const ofUnits = Money.sum(units.map((u) => u.statement.lines[line]?.amount ?? Money.zero)).tiyn;
      expect(overview.totals.lines[line].tiyn).toBe(ofUnits);
      expect(
        sumOf(
          overview.regions.map((r) => r.totals),
          line,
        ),
      ).toBe(ofUnits);
      expect(
        sumOf(
          overview.districts.map((d) => d.totals),
          line,
        ),
      ).toBe(ofUnits);
    }
    // the published aggregates it is calibrated to carry through the run: 442 bn KZT of revenues, a third own
    expect(overview.totals.lines.revenue_total.toThousandKzt()).toBe("442000000");
    expect(overview.totals.ownRevenues.toThousandKzt()).toBe("147333333.3");
    expect(overview.selfSufficiency.units).toBe(2335);
  });

  it("consolidates every district and plans every unit", () => {
    expect(result.districts).toHaveLength(overview.districts.length);
    const consolidated = Money.sum(
      result.districts.map((d) => {
        const t = d.consolidation.totals.revenue_total;
        return t.kind === "sum" ? t.amount : Money.zero;
      }),
    );
    expect(consolidated.tiyn).toBe(overview.totals.lines.revenue_total.tiyn);
    expect(result.plan?.districts.flatMap((d) => d.plan.units)).toHaveLength(2335);
    expect(overview.plan.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028]);
  });

  it("prints the national picture, labelled as generated", async () => {
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    expect(await main(["run", FILE])).toBe(0);
    expect(out).toMatch(/^Kazakhstan 2025, all 2,335 fourth-level budgets: GENERATED/);
    expect(out).toContain("== All 2,335 units, 2025");
    expect(out).toContain("== By region (17)");
    expect(out).toMatch(/under 10 %: \d+ \([\d.]+ % of them\); under 35 %/);
    expect(out).toContain("== The 10 most dependent units");
    expect(out).toContain("== Plan 2025-2028, all districts");
  });

  it("gives the overview of a small scenario when asked, never with csv or json", async () => {
    let [out, err] = ["", ""];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    expect(await main(["run", "--overview"])).toBe(0);
    expect(out).toContain("== All 12 units, 2026");
    expect(await main(["run", "--overview", "--format", "csv"])).toBe(2);
    expect(err).toContain("--overview is a table or md view");
  });
});
