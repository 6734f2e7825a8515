import { describe, expect, it } from "vitest";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { nextCycleStart } from "../src/compare/next-cycle.js";
import { kazakhstanLaw } from "../src/jurisdictions/kz/law.js";
import { workplaceIitReform, workplaceIitTransferReform } from "../src/jurisdictions/kz/reforms/catalogue.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { BEL_AGACH_DISTRICTS, withheldIitReceipt } from "./fixtures/bel-agach-2026.js";

const LAW = kazakhstanLaw();

/**
 * Бель-Агачский с.о. with its published 2026 lines (tax revenues 39 585, costs 54 959 thousand KZT), flat
 * growth, planned to `horizon`; 2 000 000.00 KZT of IIT withheld at source for work in с.Бель-Агач.
 */
function scenario(year: number, horizon: number, reforms: readonly Reform[]) {
  return {
    name: "next cycle",
    year,
    districts: BEL_AGACH_DISTRICTS,
    receipts: { items: [withheldIitReceipt("2000000.00", `${year}-04-10`, "iit")] },
    plan: { horizon, revenueGrowth: { tax_revenue: "0" }, costGrowth: "0" },
    reforms,
  };
}

/** The unit's planned subvention rows that change, by year: [year, delta KZT]. */
const subventionDeltas = (c: ReturnType<typeof compareScenario>, account: string) =>
  c.rows
    .filter((r) => r.account === account && r.ebk === "subvention" && !r.delta.isZero())
    .map((r) => [r.year, r.delta.toKzt()]);

describe("law_response: the next cycle re-planned from the reformed revenues", () => {
  it("the cycles: a plan made in 2026 keeps 2027–2028, the next cycle opens in 2029; one made in 2025 opens 2026", () => {
    // BC2025 Art. 79 p.2, cycles anchored at 2026 (2026–2028, 2029–2031); rolling rules to 2024 (BC2008 Art. 45 p.4)
    expect([2024, 2025, 2026, 2027, 2028].map((y) => nextCycleStart(y, LAW))).toEqual([
      2025, 2026, 2029, 2029, 2029,
    ]);
  });

  it("reform (a) mid-cycle: 2027–2028 keep their volumes, the subvention of 2029–2030 falls by the unit's gain", () => {
    const a = workplaceIitReform({ share: "0.5", effectiveFrom: "2026-01-01" });
    const c = compareScenario(scenario(2026, 2030, [a]), {}, "law_response");
    // 2026: the unit gains 0.5 × 2 000 000.00 = 1 000 000.00 KZT of 101201, the district loses it
    // 2027–2028 (cycle 2026–2028): subvention 54 959 000 − 39 585 000 = 15 374 000 in both runs
    // 2029–2030 (made in 2028): 54 959 000 − (39 585 000 + 1 000 000) = 14 374 000: −1 000 000 a year
    expect(subventionDeltas(c, "104035000")).toEqual([
      [2029, "-1000000.00"],
      [2030, "-1000000.00"],
    ]);
    expect(subventionDeltas(c, "104000000")).toEqual([
      [2029, "1000000.00"],
      [2030, "1000000.00"],
    ]);
    expect(c.country.every((y) => y.delta.isZero())).toBe(true);
    expect(c.notes.some((n) => n.includes("2029–2030 re-planned as made in 2028"))).toBe(true);
    // held as planned: only the revenue moves
    expect(subventionDeltas(compareScenario(scenario(2026, 2030, [a])), "104035000")).toEqual([]);
  });

  it("nothing changes when the horizon ends within the cycle", () => {
    const a = workplaceIitReform({ share: "0.5", effectiveFrom: "2026-01-01" });
    const c = compareScenario(scenario(2026, 2028, [a]), {}, "law_response");
    expect(subventionDeltas(c, "104035000")).toEqual([]);
  });

  it("a plan made in 2025 opens the cycle 2026–2028: every planned year responds", () => {
    const a = workplaceIitReform({ share: "0.5", effectiveFrom: "2025-01-01" });
    const c = compareScenario(scenario(2025, 2028, [a]), {}, "law_response");
    expect(subventionDeltas(c, "104035000")).toEqual([
      [2026, "-1000000.00"],
      [2027, "-1000000.00"],
      [2028, "-1000000.00"],
    ]);
  });

  it("reform (b): a targeted transfer is no own revenue, so the next cycle's subvention does not respond", () => {
    const b = workplaceIitTransferReform({ share: "0.5", effectiveFrom: "2026-01-01" });
    const c = compareScenario(scenario(2026, 2030, [b]), {}, "law_response");
    expect(subventionDeltas(c, "104035000")).toEqual([]);
    // 2026: the targeted transfer of 0.5 × 2 000 000.00 = 1 000 000.00 KZT
    expect(
      c.rows.filter((r) => r.ebk === "targeted_current").map((r) => [r.account, r.year, r.delta.toKzt()]),
    ).toEqual([
      ["104035000", 2026, "1000000.00"],
      ["104000000", 2026, "-1000000.00"],
    ]);
  });

  it("a reform effective after the base year leaves the basis, and so the next cycle, unchanged", () => {
    const later = workplaceIitReform({ share: "0.5", effectiveFrom: "2027-01-01" });
    const c = compareScenario(scenario(2026, 2030, [later]), {}, "law_response");
    expect(c.rows.filter((r) => !r.delta.isZero())).toEqual([]);
  });
});
