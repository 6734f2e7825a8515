import { describe, expect, it } from "vitest";
import { codeOf, inputIssuesOf } from "../../../test/support.js";
import { valueOn } from "../../calendar/dated.js";
import { TRANSFER_KINDS } from "../../law/transfer-law.js";
import { ACTS } from "./acts.js";
import { BC2008_TO, BC2025_FROM, BUDGET_CODES, TAX_CODES } from "./editions.js";
import { kazakhstanLaw, kazakhstanRulebook } from "./law.js";
import { transfersCitationOn } from "./revenue-lists.js";
import { taxCodeOf } from "./taxes/tax-code.js";

const law = kazakhstanLaw();

describe("which Budget Code is in force: one series, BC2025 from 1 Jan 2025", () => {
  it("reads BC2025 Art. 172 p.1 («вводится в действие с 1 января 2025 года») and p.6 (BC2008 loses force)", () => {
    expect(BC2025_FROM).toBe("2025-01-01");
    expect(BC2008_TO).toBe("2024-12-31");
    expect(valueOn(BUDGET_CODES, "2024-12-31").value).toBe("bc2008");
    expect(valueOn(BUDGET_CODES, "2025-01-01").value).toBe("bc2025");
    expect(valueOn(BUDGET_CODES, "2025-01-01").citation).toMatchObject({ article: "172", paragraph: "1" });
    expect(valueOn(BUDGET_CODES, "2024-12-31").citation).toMatchObject({ article: "172", paragraph: "6" });
  });

  it("every transfer rule cites the Budget Code in force on the first day of its entry", () => {
    for (const entry of law.transfers.entries) {
      const code = valueOn(BUDGET_CODES, entry.from).value;
      for (const kind of TRANSFER_KINDS) {
        for (const citation of Object.values(entry.value.kinds[kind]?.citations ?? {})) {
          expect(`${entry.from} ${kind} ${citation.act}`).toBe(`${entry.from} ${kind} ${ACTS[code]}`);
        }
      }
    }
  });

  it("the transfer, planning and revenue-list series change Code on the same day", () => {
    const actsOn = (date: "2024-12-31" | "2025-01-01") => [
      valueOn(law.transfers, date).value.kinds.subvention?.citations.down?.act ?? "",
      valueOn(law.planning, date).value.fixedVolumes.act,
      valueOn(law.revenueLists, date).citation.act,
    ];
    expect(actsOn("2024-12-31").every((act) => act.startsWith(ACTS.bc2008))).toBe(true);
    expect(actsOn("2025-01-01").every((act) => act.startsWith(ACTS.bc2025))).toBe(true);
  });
});

describe("the transfer law of 2025 (BC2025, with Art. 168 p.16 and Art. 172 p.3)", () => {
  const in2025 = valueOn(law.transfers, "2025-06-01").value;
  const from2026 = valueOn(law.transfers, "2026-01-01").value;
  const to2024 = valueOn(law.transfers, "2024-06-01").value;

  it("has no targeted general transfers in 2025 (Art. 168 p.16 switches off Art. 79 p.4–6), and has them from 2026", () => {
    expect(in2025.kinds.targeted_general).toBeUndefined();
    expect(from2026.kinds.targeted_general?.citations.down).toMatchObject({ article: "79", paragraph: "5" });
    expect(to2024.kinds.targeted_general).toBeUndefined();
  });

  it("conditions targeted development transfers on co-financing to 31.12.2025 only (Art. 83 p.3 part 2, Art. 172 p.3)", () => {
    expect(to2024.coFinancing).toMatchObject({ act: ACTS.bc2008, article: "46", paragraph: "5-1" });
    expect(in2025.coFinancing).toMatchObject({
      act: ACTS.bc2025,
      article: "83",
      paragraph: "3 part 2, with Art. 172 p.3",
    });
    expect(valueOn(law.transfers, "2025-12-31").value.coFinancing).toBeDefined();
    expect(from2026.coFinancing).toBeUndefined();
  });

  it("lends for a cash gap for up to six months within the fiscal year under both Codes", () => {
    // BC2008 Art. 20 p.4 (ed. 2024-01-01) and BC2025 Art. 20 p.9: «на срок до шести месяцев в пределах
    // финансового года»
    for (const t of [to2024, in2025, from2026]) {
      expect(t.kinds.cash_gap_loan).toBeDefined();
      expect(t.cashGap).toMatchObject({ months: 6, withinFiscalYear: true });
    }
    expect(to2024.cashGap?.citation).toMatchObject({ article: "20", paragraph: "4" });
    expect(in2025.cashGap?.citation).toMatchObject({ article: "20", paragraph: "9" });
  });

  it("returns unused targeted transfers by 1 March only to 2024 (BC2008 Art. 44 p.8); no day from 2025", () => {
    expect(to2024.returnDeadline).toMatchObject({
      month: 3,
      day: 1,
      citation: { article: "44", paragraph: "8" },
    });
    expect(in2025.returnDeadline).toBeUndefined();
    expect(from2026.returnDeadline).toBeUndefined();
    expect(in2025.kinds.targeted_return?.citations.up).toMatchObject({ article: "116", paragraph: "5(2)" });
  });
});

describe("the planning law, by the year the plan is made", () => {
  it("is rolling for plans made to 2024 and three-year from 2025, the first cycle 2026–2028", () => {
    const made2024 = valueOn(law.planning, "2024-01-01").value;
    const made2025 = valueOn(law.planning, "2025-01-01").value;
    expect(made2024).toMatchObject({ regime: "rolling", period: 3 });
    expect(made2024.fixedVolumes).toMatchObject({ act: ACTS.bc2008, article: "45", paragraph: "4" });
    expect(made2024.generalTransfer).toMatchObject({ article: "45", paragraph: "7-8" });
    expect(made2024.costForecast).toBeUndefined();
    expect(made2025).toMatchObject({ regime: "three_year", period: 3, cycleStart: 2026 });
    expect(made2025.fixedVolumes).toMatchObject({ act: ACTS.bc2025, article: "79", paragraph: "2" });
    expect(made2025.generalTransfer).toMatchObject({ article: "79", paragraph: "1, with Art. 80 p.2-6" });
    expect(made2025.costForecast).toMatchObject({ article: "80", paragraph: "4" });
    // the first fourth-level budgets (2018–2020) were planned in 2017 (BC2008 Art. 243-4 p.1)
    expect(valueOn(law.planning, "2017-01-01").citation).toMatchObject({ article: "243-4", paragraph: "1" });
  });
});

describe("kazakhstanLaw", () => {
  it("carries the revenue rules, the MRP and the EBK numbering", () => {
    expect(law.name).toBe("Kazakhstan");
    expect(law.fourthLevelBudgets).toMatchObject({ firstDay: "2018-01-01", allUnitsFrom: "2020-01-01" });
    expect(valueOn(law.parameters.mrp, "2025-01-01").value.toKzt()).toBe("3932.00");
    expect(valueOn(law.ebkCategories, "2026-01-01").value.transfers).toBe(5);
    expect(kazakhstanRulebook().rules).toEqual(law.revenueRules);
  });

  it("adds the rules of open codes and refuses bad ones", () => {
    const withOpen = kazakhstanLaw({ openCodes: { "fines-imposed-by-akim": "204170" } });
    // one rule more: the fines of 2018–2021 (the 2022–2026 rules have the tables' code)
    expect(withOpen.revenueRules.length).toBe(law.revenueRules.length + 1);
    expect(inputIssuesOf(() => kazakhstanLaw({ openCodes: { "fines-imposed-by-akim": "12345" } }))).toEqual([
      expect.objectContaining({ path: ["openCodes", "fines-imposed-by-akim"], code: "INVALID_RULE" }),
    ]);
  });

  it("cites the transfers paragraph of the list in force", () => {
    expect(transfersCitationOn("2024-06-01")).toMatchObject({ article: "52-1", paragraph: "4" });
    expect(transfersCitationOn("2025-06-01")).toMatchObject({
      article: "168",
      paragraph: "7 (BC2008 Art. 52-1 p.4)",
    });
    expect(codeOf(() => transfersCitationOn("2017-12-31"))).toBe("NO_RULE");
  });
});

describe("which Tax Code governs a year: one series", () => {
  it("is the 2017 Code to 2025 and the 2026 Code from 2026, never throwing", () => {
    expect(valueOn(TAX_CODES, "2025-12-31").value).toBe("tc2017");
    for (const year of [2018, 2025, 2026, 2030]) {
      expect(taxCodeOf(year)).toBe(valueOn(TAX_CODES, `${year}-01-01`).value);
    }
    expect(taxCodeOf(2017)).toBe("tc2017");
    expect(taxCodeOf(Number.NaN)).toBe("tc2017");
    expect(taxCodeOf(99999)).toBe("tc2026");
  });
});
