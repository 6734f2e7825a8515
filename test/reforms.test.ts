import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { attribute, postingFor } from "../src/attribution/attribute.js";
import type { Receipt } from "../src/attribution/receipt.js";
import { attributionSql } from "../src/attribution/sql/attribution-sql.js";
import { attributeTotals } from "../src/attribution/totals/attribute-totals.js";
import { valueOn } from "../src/calendar/dated.js";
import { compareScenarioFile } from "../src/compare/compare-file.js";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { kazakhstanLaw } from "../src/jurisdictions/kz/law.js";
import {
  moveRevenueLineReform,
  propertyTaxReform,
  withdrawalCapReform,
  workplaceIitReform,
} from "../src/jurisdictions/kz/reforms/catalogue.js";
import { kazakhstanTerritory } from "../src/jurisdictions/kz/territory.js";
import { rulebookOf } from "../src/law/law.js";
import { accountId } from "../src/ledger/ledger.js";
import { Money } from "../src/money/money.js";
import { applyReforms } from "../src/reform/apply.js";
import { inverseReform } from "../src/reform/inverse.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { ruleFor } from "../src/rules/rulebook.js";
import { errorOf, inputIssuesOf } from "./support.js";

const LAW = kazakhstanLaw();
const TERRITORY = kazakhstanTerritory();
const ILLUSTRATIVE_EXAMPLE = join(__dirname, "..", "examples", "reform-workplace-iit-illustrative.json");
const PROPOSAL = { kind: "proposal", author: "test", text: "a test reform" } as const;

/** IIT withheld at source by an employer seated in с.Бородулиха for work in с.Бель-Агач. */
const iit = (id: string, amount: string, paymentDate: string): Receipt => ({
  id,
  ebk: "101201",
  amount: Money.kzt(amount),
  paymentDate: paymentDate as Receipt["paymentDate"],
  payerKind: "legal_entity",
  places: { legal_seat: "104030100", workplace: "104035100", residence: "104049100" },
});

const postings = (receipts: readonly Receipt[], reforms: readonly Reform[]) =>
  attribute(receipts, {
    rulebook: rulebookOf(applyReforms(LAW, reforms)),
    territory: TERRITORY,
  }).postings.map((p) => [accountId(p.to), p.amount.toKzt()]);

describe("applyReforms: a reform is a dated overlay on the law", () => {
  it("an empty list is the law itself", () => {
    expect(applyReforms(LAW, [])).toBe(LAW);
  });

  it("reform (a) at s = 50 %: half of each IIT receipt to the unit of the workplace, halfEven, remainder to the district", () => {
    const reform = workplaceIitReform({ share: "0.5", effectiveFrom: "2027-01-01" });
    const receipts = [iit("before", "1000.00", "2026-12-31"), iit("after", "1000.01", "2027-01-01")];
    // 1 000.01 KZT = 100 001 tiyn; × 0.5 = 50 000.5 → halfEven 50 000 tiyn to Бель-Агачский с.о.; 50 001 stay
    expect(postings(receipts, [reform])).toEqual([
      ["district_or_higher:104000000", "1000.00"],
      ["district_or_higher:104000000", "500.01"],
      ["budget:4:104035000", "500.00"],
    ]);
    // the alternative key: the residence (с.Зубаир)
    const byResidence = workplaceIitReform({ share: "0.5", effectiveFrom: "2027-01-01", key: "residence" });
    expect(postings([receipts[1] as Receipt], [byResidence])[1]).toEqual(["budget:4:104049000", "500.00"]);
  });

  it("shares are rounded on their running total, so no part is negative and the parts sum to the receipt", () => {
    const two = (rounding: "halfEven" | "floor"): Reform => ({
      id: "two-halves",
      title: "two halves",
      effectiveFrom: "2026-01-01",
      label: PROPOSAL,
      changes: [
        {
          kind: "rule",
          ebk: "101201",
          shares: [
            { share: "0.5", key: "workplace", recipient: "fourth_level", rounding },
            { share: "0.5", key: "residence", recipient: "fourth_level", rounding },
          ],
        },
      ],
    });
    const threeTiyn = [iit("r", "0.03", "2026-05-01")];
    // halfEven: round(1.5) = 2 tiyn to the workplace, round(3) − 2 = 1 to the residence, nothing left
    expect(postings(threeTiyn, [two("halfEven")])).toEqual([
      ["budget:4:104035000", "0.02"],
      ["budget:4:104049000", "0.01"],
    ]);
    // floor: floor(1.5) = 1, floor(3) − 1 = 2
    expect(postings(threeTiyn, [two("floor")])).toEqual([
      ["budget:4:104035000", "0.01"],
      ["budget:4:104049000", "0.02"],
    ]);
  });

  it("reform (c): 30 % of legal entities' property tax (104101) to the unit where the property stands", () => {
    const receipt: Receipt = {
      id: "p",
      ebk: "104101",
      amount: Money.kzt("1000.00"),
      paymentDate: "2027-04-01",
      payerKind: "legal_entity",
      places: { object_location: "104057100" },
    };
    // 1 000 × 0.3 = 300 to Новодворовский с.о. (с.Ивановка), 700 to the district
    expect(postings([receipt], [propertyTaxReform({ share: "0.3", effectiveFrom: "2027-01-01" })])).toEqual([
      ["district_or_higher:104000000", "700.00"],
      ["budget:4:104057000", "300.00"],
    ]);
  });

  it("reform (e): a line moves to the fourth level from a date, for the payer kinds named", () => {
    const move = moveRevenueLineReform({
      ebk: "101111",
      to: "fourth_level",
      effectiveFrom: "2028-01-01",
      label: PROPOSAL,
    });
    const law = applyReforms(LAW, [move]);
    expect(ruleFor(rulebookOf(law), "101111", "2027-12-31", "legal_entity").recipient).toBe(
      "district_or_higher",
    );
    const rule = ruleFor(rulebookOf(law), "101111", "2028-01-01", "legal_entity");
    expect([rule.recipient, rule.key, rule.id]).toEqual([
      "fourth_level",
      "legal_seat",
      "kz.bc2025.cit-non-large.legal_entity+move-101111",
    ]);
    expect(rule.citation.act).toBe('Proposal "EBK 101111 moved to fourth level" (test)');
  });

  it("reform (d) and (f): a cap on withdrawals and a parameter, from a date, undone by the inverse", () => {
    const cap = withdrawalCapReform({ share: "0.3", effectiveFrom: "2026-07-01", label: PROPOSAL });
    const mrp: Reform = {
      id: "mrp-up",
      title: "MRP raised 10 %",
      effectiveFrom: "2026-07-01",
      label: {
        kind: "enacted",
        citation: { act: "Law on the republican budget (test)", article: "9", versionDate: "2026-06-01" },
      },
      changes: [{ kind: "parameter", parameter: "mrp", scale: "1.1", rounding: "halfExpand" }],
    };
    const law = applyReforms(LAW, [cap, mrp]);
    expect(valueOn(law.transfers, "2026-06-30").value.withdrawalCap).toBeUndefined();
    expect(valueOn(law.transfers, "2026-07-01").value.withdrawalCap?.share).toBe("0.3");
    // 4 325 × 1.1 = 4 757.50 from 1 July 2026; 4 325 before, cited by the act
    expect(valueOn(law.parameters.mrp, "2026-06-30").value.toKzt()).toBe("4325.00");
    expect(valueOn(law.parameters.mrp, "2026-07-01").value.toKzt()).toBe("4757.50");
    expect(valueOn(law.parameters.mrp, "2026-07-01").citation.act).toBe(
      "Law on the republican budget (test)",
    );
    const undone = applyReforms(LAW, [
      cap,
      mrp,
      inverseReform(mrp, applyReforms(LAW, [cap])),
      inverseReform(cap, LAW),
    ]);
    expect(valueOn(undone.parameters.mrp, "2026-12-31").value.toKzt()).toBe("4325.00");
    expect(valueOn(undone.transfers, "2026-12-31").value.withdrawalCap).toBeUndefined();
  });

  it("inverseReform names a parameter of the law that holds no amounts, at the reform's change", () => {
    const mrp: Reform = {
      id: "mrp-up",
      title: "MRP up 10 %",
      effectiveFrom: "2026-07-01",
      label: { kind: "proposal", author: "test", text: "MRP up" },
      changes: [{ kind: "parameter", parameter: "mrp", scale: "1.1", rounding: "halfExpand" }],
    };
    const entries = LAW.parameters.mrp.entries.map((e) => ({ ...e, value: [] }));
    const broken = { ...LAW, parameters: { ...LAW.parameters, mrp: { ...LAW.parameters.mrp, entries } } };
    const issues = inputIssuesOf(() => inverseReform(mrp, broken as never));
    expect(issues.map((i) => i.path)).toEqual([["changes", 0, "parameter"]]);
  });

  it("reports every problem of the reforms at once, with its path", () => {
    const issues = inputIssuesOf(() =>
      applyReforms(LAW, [
        {
          id: "Bad Id",
          title: "",
          effectiveFrom: "2027-02-30",
          label: { kind: "rumour" },
          changes: [
            {
              kind: "rule",
              ebk: "101201",
              shares: [
                { share: "0.7", key: "workplace", recipient: "fourth_level", rounding: "halfEven" },
                { share: "0.6", key: "residence", recipient: "fourth_level", rounding: "up" },
              ],
            },
            { kind: "parameter", parameter: "mrp", scale: "1.1" },
          ],
        } as unknown as Reform,
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        ["reforms", 0, "id"],
        ["reforms", 0, "title"],
        ["reforms", 0, "effectiveFrom"],
        ["reforms", 0, "label", "kind"],
        ["reforms", 0, "changes", 0, "shares", 1, "rounding"],
        ["reforms", 0, "changes", 1],
      ]),
    );
    expect(
      inputIssuesOf(() =>
        applyReforms(LAW, [
          {
            ...workplaceIitReform({ share: "0.5", effectiveFrom: "2027-01-01" }),
            changes: [{ kind: "parameter", parameter: "nope", value: "1" }],
          },
        ]),
      ).map((i) => i.path),
    ).toEqual([["reforms", 0, "changes", 0, "parameter"]]);
  });

  it("refuses shares summing to more than 1 (0.7 + 0.6 = 1.3), at the change's shares", () => {
    const over = (share: string) =>
      ({ share, key: "workplace", recipient: "fourth_level", rounding: "halfEven" }) as const;
    const reform: Reform = {
      ...workplaceIitReform({ share: "0.7", effectiveFrom: "2027-01-01" }),
      changes: [{ kind: "rule", ebk: "101201", shares: [over("0.7"), over("0.6")] }],
    };
    const issues = inputIssuesOf(() => applyReforms(LAW, [reform]));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["reforms", 0, "changes", 0, "shares"], "INVALID_RULE"],
    ]);
  });

  it("the one-posting paths refuse a rule that splits a receipt, naming attribute", () => {
    const law = applyReforms(LAW, [workplaceIitReform({ share: "0.5", effectiveFrom: "2026-01-01" })]);
    const rulebook = rulebookOf(law);
    const receipt = iit("r", "10.00", "2026-03-01");
    expect(errorOf(() => postingFor(receipt, rulebook, TERRITORY)).message).toContain("use attribute");
    expect(errorOf(() => attributeTotals([receipt], { rulebook, territory: TERRITORY })).message).toContain(
      "split receipts into shares",
    );
    expect(errorOf(() => attributionSql(rulebook, TERRITORY, { year: 2026 })).message).toContain(
      "split receipts into shares",
    );
  });
});

describe("compareScenario: the two views of a cap on withdrawals", () => {
  it("held as planned keeps the planned withdrawal; the law's response caps it at 30 % of own revenues", () => {
    const data = {
      name: "a unit that pays a withdrawal",
      year: 2026,
      districts: [
        {
          kato: "104000000",
          units: [{ kato: "104035000", figures: { tax_revenue: "100000", expenditures: "60000" } }],
        },
      ],
      plan: {
        horizon: 2027,
        revenueGrowth: { tax_revenue: "0", non_tax_revenue: "0", capital_sales: "0" },
        costGrowth: "0",
      },
      reforms: [withdrawalCapReform({ share: "0.3", effectiveFrom: "2027-01-01", label: PROPOSAL })],
    };
    const unitRow = (view: "held_as_planned" | "law_response") =>
      compareScenario(data, {}, view).rows.find((r) => r.account === "104035000" && r.year === 2027);
    // flat plan: 100 000 − 60 000 = 40 000 thousand KZT withdrawn in 2027 (BC2025 Art. 80)
    expect(unitRow("held_as_planned")?.delta.toKzt()).toBe("0.00");
    // capped: 30 % × 100 000 = 30 000 thousand; the unit keeps 10 000 thousand, the district gets that less
    const capped = unitRow("law_response");
    expect([capped?.ebk, capped?.baseline.toKzt(), capped?.reform.toKzt()]).toEqual([
      "budget_withdrawal",
      "-40000000.00",
      "-30000000.00",
    ]);
    expect(compareScenario(data, {}, "law_response").country.map((c) => c.delta.toKzt())).toEqual(["0.00"]);
  });
});

describe("compareScenarioFile: the illustrative variant of the reform example, reform (a) at s = 50 %, on 8 ILLUSTRATIVE receipts", () => {
  const comparison = compareScenarioFile(ILLUSTRATIVE_EXAMPLE);
  const delta = (account: string) =>
    comparison.rows
      .filter((r) => r.account === account)
      .reduce((s, r) => s.plus(r.delta), Money.zero)
      .toKzt();

  it("moves half of each receipt from the district to the unit of the workplace, to the tiyn", () => {
    // Бель-Агач: 412 500 / 2 + 387 400.50 / 2 + 98 000.01 / 2 (49 000.005 → halfEven 49 000.00) = 448 950.25
    expect(delta("104035000")).toBe("448950.25");
    // Новодворовка: 147 500 + 301 250.25 / 2 (150 625.125 → 150 625.12) = 298 125.12
    expect(delta("104057000")).toBe("298125.12");
    // Зубаир: 79 150 + 162 750.75 / 2 (81 375.375 → 81 375.38) = 160 525.38
    expect(delta("104049000")).toBe("160525.38");
    // Бородулихинский с.о. (the district centre's unit, not in the scenario): 520 000 / 2
    expect(delta("104030000")).toBe("260000.00");
    expect(delta("104000000")).toBe("-1167600.75");
    expect(comparison.country.map((c) => c.delta.toKzt())).toEqual(["0.00"]);
    expect(comparison.districts.map((d) => d.delta.toKzt())).toEqual(["0.00"]);
    expect(comparison.losers.map((l) => l.account)).toEqual(["104000000"]);
  });

  it("self-sufficiency before and after: Бель-Агач 41 585 / 54 959 = 75.7 % → 42 033.95025 / 54 959 = 76.5 %", () => {
    const belAgach = comparison.units.find((u) => u.code === "104035000");
    expect(belAgach?.selfSufficiency).toEqual({ baseline: "75.7", reform: "76.5" });
  });
});
