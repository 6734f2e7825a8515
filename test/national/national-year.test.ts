import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nationalBudgets, ownOf } from "../../scripts/national/budgets.js";
import { nationalScenario, unitBudgetsCsv } from "../../scripts/national/scenario.js";
import { nationalUnits } from "../../scripts/national/units.js";
import { nationalYear } from "../../scripts/national/year.js";
import { Money } from "../../src/index.js";

const { territory, budgets } = nationalYear(2025);
const total = (line: "revenue_total" | "expenditures" | "transfers") =>
  Money.sum(budgets.map((b) => b.figures[line] ?? Money.zero));

describe("the synthetic national year", () => {
  it("has every fourth-level unit of the bundled classifier", () => {
    // KATO of 17 Jul 2026 (data/kato/SOURCE.md): 2,108 rural districts, 108 village and 71 settlement
    // administrations, 48 cities of district significance (32 with an administration of their own, 16 not)
    expect(budgets).toHaveLength(2108 + 108 + 71 + 48);
    expect(new Set(budgets.map((b) => b.unit.code)).size).toBe(2335);
  });

  it("sums to the published national totals of 2025 (President, 12 Mar 2026)", () => {
    // N1: "budgets of rural districts exceeded 442 bn KZT": revenues 442,000,000 thousand KZT
    expect(total("revenue_total").toThousandKzt()).toBe("442000000");
    // N2: "a third of which was covered by own revenues": 442,000,000 / 3 = 147,333,333.33… thousand,
    // to the 0.1 thousand KZT of published decisions
    expect(Money.sum(budgets.map((b) => ownOf(b.figures))).toThousandKzt()).toBe("147333333.3");
    // N3: "the average budget reached 190 mn KZT": 442,000 mn / 2,335 = 189.3 mn, 190 mn to two figures
    const averageMn = total("revenue_total").tiyn / 2335n / 100_000_000n;
    expect(averageMn).toBe(189n);
    expect(Math.round(Number(averageMn) / 10) * 10).toBe(190);
  });

  it("keeps the published 2025 budgets the project has, as read from their decisions", () => {
    const kaskelen = budgets.find((b) => b.unit.code === "195220000");
    // data/decisions/index.json, kz-almaty-karasay-kaskelen-2025-amend.txt: tax 3,230,683, transfers
    // 568,285, expenditures 3,815,375 thousand KZT
    expect(kaskelen?.published).toBe(true);
    expect(kaskelen?.figures.tax_revenue?.toThousandKzt()).toBe("3230683");
    expect(kaskelen?.figures.transfers?.toThousandKzt()).toBe("568285");
    expect(kaskelen?.figures.expenditures?.toThousandKzt()).toBe("3815375");
    expect(budgets.filter((b) => b.published)).toHaveLength(9);
  });

  it("balances every generated budget: own revenues + transfers = revenues = expenditures, none negative", () => {
    for (const { figures } of budgets.filter((b) => !b.published)) {
      const revenues = ownOf(figures).plus(figures.transfers ?? Money.zero);
      expect(figures.revenue_total?.equals(revenues)).toBe(true);
      expect(figures.expenditures?.equals(revenues)).toBe(true);
      expect(figures.transfers?.isNegative()).toBe(false);
      // 95.5 % of own revenues is tax, to the 0.1 thousand KZT step (10,000 tiyn)
      const tax = (ownOf(figures).tiyn * 955n) / 1000n;
      expect(Number((figures.tax_revenue?.tiyn ?? 0n) - tax)).toBeLessThanOrEqual(10_000);
    }
  });

  it("is deterministic per seed: the same seed the same budgets, another seed others", () => {
    const units = nationalUnits(territory);
    const published = new Map(budgets.filter((b) => b.published).map((b) => [b.unit.code, b.figures]));
    const again = unitBudgetsCsv(nationalBudgets(units, published, 2025), 2025);
    expect(again).toBe(unitBudgetsCsv(budgets, 2025));
    expect(unitBudgetsCsv(nationalBudgets(units, published, 7), 7)).not.toBe(again);
  });

  it("is what the bundled national scenario holds (regenerate with npm run national:generate)", () => {
    const examples = new URL("../../examples/", import.meta.url);
    expect(readFileSync(new URL("kz-national-2025-units.csv", examples), "utf8")).toBe(
      unitBudgetsCsv(budgets, 2025),
    );
    const scenario = JSON.parse(readFileSync(new URL("kz-national-2025.json", examples), "utf8"));
    expect(scenario).toEqual(nationalScenario(budgets, 2025, "kz-national-2025-units.csv"));
    expect(scenario.name).toMatch(/GENERATED/);
    expect(readFileSync(new URL("kz-national-2025-units.csv", examples), "utf8")).toMatch(/^# GENERATED/);
  });
});
