import { describe, expect, it } from "vitest";
import { valueOn } from "../src/calendar/dated.js";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { kazakhstanLaw } from "../src/jurisdictions/kz/law.js";
import { transferFormulaReform } from "../src/jurisdictions/kz/reforms/catalogue.js";
import { Money } from "../src/money/money.js";
import { applyReforms } from "../src/reform/apply.js";
import { inverseReform } from "../src/reform/inverse.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { generalTransfer } from "../src/transfers/equalisation/general-transfer.js";
import { BEL_AGACH_UNIT } from "./fixtures/bel-agach-2026.js";
import { inputIssuesOf } from "./support.js";

const LAW = kazakhstanLaw();
const PROPOSAL = { kind: "proposal", author: "test", text: "terms of the formula" } as const;

const formula = (effectiveFrom: string, change: object): Reform =>
  ({
    id: "formula",
    title: "terms of the general-transfer formula",
    effectiveFrom,
    label: PROPOSAL,
    changes: [{ kind: "transfer_formula", ...change }],
  }) as Reform;

/** Two real rural districts of Borodulikha district, flat growth, planned 2027–2030 (thousand KZT). */
const scenario = (reforms: readonly Reform[]) => ({
  name: "formula terms",
  year: 2026,
  districts: [
    {
      kato: "104000000",
      units: [
        // a subvention: 54 959 − 39 585 = 15 374
        BEL_AGACH_UNIT,
        // a withdrawal: 60 000 − 50 000 = 10 000
        { kato: "104049000", figures: { tax_revenue: "60000", expenditures: "50000" } },
      ],
    },
  ],
  plan: { horizon: 2030, revenueGrowth: { tax_revenue: "0" }, costGrowth: "0" },
  reforms,
});

const generalRows = (c: ReturnType<typeof compareScenario>) =>
  c.rows
    .filter((r) => (r.ebk === "subvention" || r.ebk === "budget_withdrawal") && !r.delta.isZero())
    .map((r) => [r.account, r.year, r.ebk, r.delta.toKzt()]);

describe("a reform of the general-transfer formula's terms", () => {
  it("scales the costs the formula subtracts, from the plan made in a year whose 1 January it covers", () => {
    const law = applyReforms(LAW, [formula("2026-01-01", { costFactor: "1.05", rounding: "halfExpand" })]);
    const t = (own: string, costs: string, madeIn: number) =>
      generalTransfer(Money.kzt(own), Money.kzt(costs), madeIn, law);
    // 54 959 000 × 1.05 = 57 706 950; − 39 585 000 → subvention 18 121 950
    expect(t("39585000", "54959000", 2026).amount.toKzt()).toBe("18121950.00");
    expect(t("39585000", "54959000", 2026).citation.act).toContain("Proposal");
    // plans made in 2025 keep the law's formula
    expect(t("39585000", "54959000", 2025).amount.toKzt()).toBe("15374000.00");
    // 0.01 × 1.05 = 0.0105 tiyn-wise 1.05 tiyn → halfExpand 1 tiyn
    expect(t("0", "0.01", 2026).amount.toKzt()).toBe("0.01");
  });

  it("the withdrawal cost factor applies only to units with a forecast withdrawal (BC2025 Art. 80 p.4 part 3)", () => {
    const law = applyReforms(LAW, [
      formula("2026-01-01", { withdrawalCostFactor: "1.1", rounding: "halfExpand" }),
    ]);
    // 60 000 000 − 50 000 000 × 1.1 = 5 000 000 withdrawal (10 000 000 without the factor)
    const w = generalTransfer(Money.kzt("60000000"), Money.kzt("50000000"), 2026, law);
    expect([w.kind, w.amount.toKzt()]).toEqual(["withdrawal", "5000000.00"]);
    // a subvention is untouched
    const s = generalTransfer(Money.kzt("39585000"), Money.kzt("54959000"), 2026, law);
    expect([s.kind, s.amount.toKzt()]).toEqual(["subvention", "15374000.00"]);
  });

  it("in law_response: a change from 2028 reaches the next cycle only (made in 2028), 2027–2028 keep the plan's", () => {
    const reform = formula("2028-01-01", { withdrawalCostFactor: "1.1", rounding: "halfExpand" });
    // Зубаир pays 60 000 000 − 55 000 000 = 5 000 000 instead of 10 000 000 in 2029 and 2030
    expect(generalRows(compareScenario(scenario([reform]), {}, "law_response"))).toEqual([
      ["104049000", 2029, "budget_withdrawal", "5000000.00"],
      ["104049000", 2030, "budget_withdrawal", "5000000.00"],
      ["104000000", 2029, "budget_withdrawal", "-5000000.00"],
      ["104000000", 2030, "budget_withdrawal", "-5000000.00"],
    ]);
    // held as planned: no transfer moves
    expect(generalRows(compareScenario(scenario([reform])))).toEqual([]);
  });

  it("in law_response: a change in force when the plan is made re-plans every planned year", () => {
    const reform = formula("2026-01-01", { costFactor: "1.05", rounding: "halfExpand" });
    // Бель-Агач: 18 121 950 − 15 374 000 = +2 747 950; Зубаир: 60 000 000 − 52 500 000 = 7 500 000, −2 500 000 less paid
    const rows = generalRows(compareScenario(scenario([reform]), {}, "law_response"));
    expect(rows.filter((r) => r[1] === 2027)).toEqual([
      ["104035000", 2027, "subvention", "2747950.00"],
      ["104049000", 2027, "budget_withdrawal", "2500000.00"],
      ["104000000", 2027, "budget_withdrawal", "-2500000.00"],
      ["104000000", 2027, "subvention", "-2747950.00"],
    ]);
    expect(rows).toHaveLength(16);
  });

  it("its inverse restores the formula; a factor removed by null keeps the other", () => {
    const reform = formula("2026-01-01", {
      costFactor: "1.05",
      withdrawalCostFactor: "1.1",
      rounding: "floor",
    });
    const undone = applyReforms(LAW, [reform, inverseReform(reform, LAW)]);
    expect(valueOn(undone.planning, "2027-01-01").value.formulaTerms).toBeUndefined();
    const partly = applyReforms(LAW, [
      reform,
      { ...formula("2027-01-01", { costFactor: null }), id: "no-cost-factor" },
    ]);
    const terms = valueOn(partly.planning, "2027-01-01").value.formulaTerms;
    expect([terms?.costFactor, terms?.withdrawalCostFactor, terms?.rounding]).toEqual([
      undefined,
      "1.1",
      "floor",
    ]);
    expect(valueOn(partly.planning, "2026-01-01").value.formulaTerms?.costFactor).toBe("1.05");
  });

  it("reports a change without a term, a factor without its rounding and a bad factor, at their paths", () => {
    const issues = (change: object) =>
      inputIssuesOf(() => applyReforms(LAW, [formula("2026-01-01", change)]));
    expect(issues({ rounding: "floor" })[0]?.message).toContain(
      "must set costFactor or withdrawalCostFactor",
    );
    expect(issues({ costFactor: "1.1" })[0]?.message).toContain("needs its rounding");
    expect(issues({ costFactor: "0", rounding: "floor" }).map((i) => i.path)).toEqual([
      ["reforms", 0, "changes", 0, "costFactor"],
    ]);
  });
});

describe("transferFormulaReform, the catalogue's reform of the formula's terms", () => {
  it("builds the change; Зубаир pays 60 000 000 − 50 000 000 × 1.1 = 5 000 000 in 2029–2030 under one from 2028", () => {
    const reform = transferFormulaReform({
      withdrawalCostFactor: "1.1",
      effectiveFrom: "2028-01-01",
      label: PROPOSAL,
    });
    expect([reform.id, reform.title]).toEqual([
      "transfer-formula",
      "general-transfer formula: costs of units with a withdrawal × 1.1",
    ]);
    expect(reform.changes).toEqual([
      { kind: "transfer_formula", withdrawalCostFactor: "1.1", rounding: "halfEven" },
    ]);
    expect(generalRows(compareScenario(scenario([reform]), {}, "law_response"))).toEqual([
      ["104049000", 2029, "budget_withdrawal", "5000000.00"],
      ["104049000", 2030, "budget_withdrawal", "5000000.00"],
      ["104000000", 2029, "budget_withdrawal", "-5000000.00"],
      ["104000000", 2030, "budget_withdrawal", "-5000000.00"],
    ]);
  });

  it("both factors: 54 959 000 × 1.05 = 57 706 950 − 39 585 000 = subvention 18 121 950", () => {
    const reform = transferFormulaReform({
      costFactor: "1.05",
      withdrawalCostFactor: "1.1",
      rounding: "halfExpand",
      effectiveFrom: "2026-01-01",
      label: PROPOSAL,
      id: "terms",
    });
    const law = applyReforms(LAW, [reform]);
    const s = generalTransfer(Money.kzt("39585000"), Money.kzt("54959000"), 2026, law);
    expect([reform.id, s.kind, s.amount.toKzt()]).toEqual(["terms", "subvention", "18121950.00"]);
  });

  it("refuses options without a factor, naming both, and a factor that is not above 0, at its path", () => {
    const base = { effectiveFrom: "2026-01-01", label: PROPOSAL };
    const none = inputIssuesOf(() => transferFormulaReform(base));
    expect(none.map((i) => [i.path, i.message])).toEqual([
      [[], 'give costFactor, withdrawalCostFactor or both, e.g. { withdrawalCostFactor: "1.1" }'],
    ]);
    const zero = inputIssuesOf(() => transferFormulaReform({ ...base, costFactor: "0" }));
    expect(zero.map((i) => i.path)).toEqual([["costFactor"]]);
  });
});
