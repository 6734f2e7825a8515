import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { valueOn } from "../src/calendar/dated.js";
import { compareScenarioFile } from "../src/compare/compare-file.js";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { kazakhstanLaw } from "../src/jurisdictions/kz/law.js";
import { workplaceIitReform, workplaceIitTransferReform } from "../src/jurisdictions/kz/reforms/catalogue.js";
import { kazakhstanTerritory } from "../src/jurisdictions/kz/territory.js";
import { generateWorkers } from "../src/jurisdictions/kz/workers/generate-workers.js";
import { workerReceipts } from "../src/jurisdictions/kz/workers/worker-receipts.js";
import { Money } from "../src/money/money.js";
import { applyReforms } from "../src/reform/apply.js";
import { inverseReform } from "../src/reform/inverse.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { BEL_AGACH_UNIT } from "./fixtures/bel-agach-2026.js";
import { inputIssuesOf } from "./support.js";

const LAW = kazakhstanLaw();

/** IIT withheld at source (101201) by an employer seated in с.Бородулиха (Бородулихинский с.о.). */
const iit = (id: string, amount: string, paymentDate: string, workplace: string) => ({
  id,
  ebk: "101201",
  amount,
  paymentDate,
  payerKind: "legal_entity",
  places: { legal_seat: "104030100", workplace, residence: "104049100" },
});

/** Two real rural districts of Borodulikha district with their published 2026 lines (thousand KZT). */
function scenario(reforms: readonly Reform[], receipts: readonly object[] = RECEIPTS) {
  return {
    name: "reform (b)",
    year: 2026,
    districts: [
      {
        kato: "104000000",
        units: [
          BEL_AGACH_UNIT,
          { kato: "104049000", figures: { tax_revenue: "16000", expenditures: "35000" } },
        ],
      },
    ],
    receipts: { items: receipts },
    reforms,
  };
}

// с.Бель-Агач (104035100, Бель-Агачский с.о.), с.Зубаир (104049100, Зубаировский с.о.), г.Семей (101010000, a city of
// regional significance: no fourth-level unit)
const RECEIPTS = [
  iit("a", "1000.01", "2026-03-10", "104035100"),
  iit("b", "333.33", "2026-06-10", "104035100"),
  iit("c", "0.03", "2026-09-10", "104049100"),
  iit("d", "500.00", "2026-10-10", "101010000"),
];

const rowsOf = (c: ReturnType<typeof compareScenario>) =>
  c.rows.filter((r) => !r.delta.isZero()).map((r) => [r.account, r.ebk, r.delta.toKzt()]);

describe("reform (b): the effect of (a) as a targeted transfer from the district", () => {
  const reform = workplaceIitTransferReform({ share: "0.5", effectiveFrom: "2026-01-01" });

  it("pays each unit share × the IIT withheld for its workplace, the district's total rounded once, split by largest remainder", () => {
    // units' IIT: Бель-Агач 1 000.01 + 333.33 = 1 333.34; Зубаир 0.03; г.Семей is no unit: none
    // total 0.5 × 133 337 tiyn = 66 668.5 → halfEven 66 668 tiyn
    // split 133 334 : 3 → 66 666.500… and 1.499…: floors 66 666 + 1, the tiyn left to the larger remainder (Бель-Агач)
    for (const view of ["held_as_planned", "law_response"] as const) {
      const c = compareScenario(scenario([reform]), {}, view);
      expect(rowsOf(c)).toEqual([
        ["104035000", "targeted_current", "666.67"],
        ["104049000", "targeted_current", "0.01"],
        ["104000000", "targeted_current", "-666.68"],
      ]);
      // nets to zero between the district and its units, and over the country
      expect(c.districts.map((d) => d.delta.toKzt())).toEqual(["0.00"]);
      expect(c.country.map((d) => d.delta.toKzt())).toEqual(["0.00"]);
    }
  });

  it("the revenue stays with the district and self-sufficiency does not move, unlike under (a)", () => {
    const b = compareScenario(scenario([reform]));
    expect(b.rows.filter((r) => r.ebk === "101201").every((r) => r.delta.isZero())).toBe(true);
    // Бель-Агач: own revenues 39 585 thousand KZT, costs 54 959: 72.0 % before and after
    expect(b.units.map((u) => [u.code, u.selfSufficiency.baseline, u.selfSufficiency.reform])).toEqual([
      ["104035000", "72.0", "72.0"],
      ["104049000", "45.7", "45.7"],
    ]);
    // (a) moves 500.00 + 166.66 (33 333 × 0.5 = 16 666.5 → halfEven 16 666 tiyn) = 666.66 KZT of 101201 to Бель-Агач:
    // (39 585 000 + 666.66) ÷ 54 959 000 = 72.03 % → 72.0; the own revenue rises, the transfer does not
    const a = compareScenario(scenario([workplaceIitReform({ share: "0.5", effectiveFrom: "2026-01-01" })]));
    expect(a.units[0]?.ownRevenues.reform?.toKzt()).toBe("39585666.66");
    expect(b.units[0]?.ownRevenues.reform?.toKzt()).toBe("39585000.00");
  });

  it("nothing is paid for receipts before the reform's first day", () => {
    const later = workplaceIitTransferReform({ share: "0.5", effectiveFrom: "2026-06-01" });
    // only b (333.33) and c (0.03) count: 0.5 × 33 336 tiyn = 16 668 exactly; split 33 333 : 3 → 16 666.5 and 1.5:
    // floors 16 666 + 1, the tiyn left to the first of the equal remainders (Бель-Агач, code order)
    expect(rowsOf(compareScenario(scenario([later])))).toEqual([
      ["104035000", "targeted_current", "166.67"],
      ["104049000", "targeted_current", "0.01"],
      ["104000000", "targeted_current", "-166.68"],
    ]);
  });

  it("is a term of the transfer law from its day, cited by the reform, and its inverse removes it", () => {
    const law = applyReforms(LAW, [reform]);
    expect(valueOn(law.transfers, "2025-12-31").value.revenueShareTransfers).toBeUndefined();
    const [term] = valueOn(law.transfers, "2026-01-01").value.revenueShareTransfers ?? [];
    expect([term?.ebk, term?.share, term?.key, term?.rounding]).toEqual([
      "101201",
      "0.5",
      "workplace",
      "halfEven",
    ]);
    expect(term?.citation.act).toContain("Proposal");
    const undone = applyReforms(LAW, [reform, inverseReform(reform, LAW)]);
    expect(valueOn(undone.transfers, "2026-06-01").value.revenueShareTransfers).toBeUndefined();
    expect(rowsOf(compareScenario(scenario([reform, inverseReform(reform, LAW)])))).toEqual([]);
  });

  it("reports a term without its key or rounding, or a removal with them, at its path", () => {
    const bad = (change: object): Reform =>
      ({ ...reform, changes: [{ kind: "revenue_transfer", ebk: "101201", ...change }] }) as Reform;
    expect(inputIssuesOf(() => applyReforms(LAW, [bad({ share: "0.5", key: "workplace" })]))).toEqual([
      {
        path: ["reforms", 0, "changes", 0],
        code: "INVALID_INPUT",
        message: expect.stringContaining("needs its key"),
      },
    ]);
    expect(
      inputIssuesOf(() => applyReforms(LAW, [bad({ share: null, rounding: "floor" })]))[0]?.path,
    ).toEqual(["reforms", 0, "changes", 0]);
    expect(
      inputIssuesOf(() => applyReforms(LAW, [bad({ share: "1.5", key: "workplace", rounding: "floor" })]))[0]
        ?.path,
    ).toEqual(["reforms", 0, "changes", 0, "share"]);
  });

  it("the bundled example: what the guide says, by hand from its receipts", () => {
    const c = compareScenarioFile(join(__dirname, "..", "examples", "reform-workplace-iit-transfer.json"));
    // workplaces: Бель-Агач 412 500.00 + 387 400.50 + 98 000.01 = 897 900.51; Новодворовка 295 000.00 +
    // 301 250.25 = 596 250.25; Зубаир 158 300.00 + 162 750.75 = 321 050.75; с.Бородулиха 520 000.00
    // total 233 520 151 tiyn × 0.5 = 116 760 075.5 → halfEven 116 760 076; exact parts + remainders:
    // 44 895 025.69, 29 812 512.63, 16 052 537.57, 26 000 000.11 → floors sum to 116 760 074, the 2 tiyn left
    // to the two largest remainders (Бель-Агач, Новодворовка)
    expect(rowsOf(c)).toEqual([
      ["104030000", "targeted_current", "260000.00"],
      ["104035000", "targeted_current", "448950.26"],
      ["104049000", "targeted_current", "160525.37"],
      ["104057000", "targeted_current", "298125.13"],
      ["104000000", "targeted_current", "-1167600.76"],
    ]);
    expect(c.units.find((u) => u.code === "104035000")?.selfSufficiency).toEqual({
      baseline: "75.7",
      reform: "75.7",
    });
  });

  it("on GENERATED employer–employee records: each unit gets half the IIT withheld for its workplaces, within a tiyn", () => {
    const made = generateWorkers({ district: "104000000", seed: 11, count: 300 });
    const receipts = workerReceipts(made.records).filter((r) => r.paymentDate.startsWith("2026"));
    const c = compareScenario(
      scenario(
        [reform],
        receipts.map((r) => ({ ...r, amount: r.amount.toKzt() })),
      ),
    );
    // by hand: the receipts of each unit's workplaces (a workplace in г.Семей or no unit counts for none)
    const territory = kazakhstanTerritory();
    const iitByUnit = new Map<string, Money>();
    for (const r of receipts) {
      const owner = territory.budgetOwnerOn(r.places.workplace as string, r.paymentDate);
      if (owner.kind !== "fourth_level") continue;
      iitByUnit.set(owner.unit.code, (iitByUnit.get(owner.unit.code) ?? Money.zero).plus(r.amount));
    }
    const paid = c.rows.filter((r) => r.ebk === "targeted_current" && r.level === 4);
    expect(paid.map((r) => r.account).sort()).toEqual([...iitByUnit.keys()].sort());
    for (const r of paid) {
      const exactTwice = (iitByUnit.get(r.account) as Money).tiyn; // 2 × the exact half, in tiyn
      expect(Math.abs(Number(r.delta.tiyn * 2n - exactTwice))).toBeLessThanOrEqual(2);
    }
    // the district pays round(half of all of them) exactly
    const all = Money.sum([...iitByUnit.values()]).tiyn;
    const district = c.rows.find((r) => r.account === "104000000" && r.ebk === "targeted_current");
    expect(district?.delta.negate().tiyn).toBe(
      all % 2n === 0n || (all / 2n) % 2n === 0n ? all / 2n : all / 2n + 1n,
    );
  });
});
