import { describe, expect, it } from "vitest";
import { budgetLineKeyOf, lookalikesIn, normalizeLabel } from "./labels.js";

describe("budgetLineKeyOf", () => {
  it.each([
    ["налоговые поступления", "tax_revenue"],
    ["налоговым поступлениям", "tax_revenue"],
    ["неналоговые поступления", "non_tax_revenue"],
    ["салықтық емес түсімдер", "non_tax_revenue"],
    ["салықтық түсімдер", "tax_revenue"],
    ["поступлениям от продажи основного капитала", "capital_sales"],
    ["поступления субвенции", "transfers"],
    ["трансферттердің түсімдері", "transfers"],
    ["таза бюджеттік кредиттер", "net_lending"],
    ["таза бюджеттiк кредит беру", "net_lending"],
    ["бюджеттік кредиттер", "budget_loans"],
    ["бюджеттік кредиттерді өтеу", "loan_repayments"],
    ["поступления от продажи финансовых активов государства", "fin_assets_sales"],
    ["мемлекеттің қаржы активтерін сатудан түсетін түсімдер", "fin_assets_sales"],
    ["қаржы активтерін сатып алу", "fin_assets_acquisition"],
    ["финансирование дефицита (использование профицита) бюджета", "financing"],
    ["бюджет тапшылығын қаржыландыру (профицитiн пайдалану)", "financing"],
    ["бюджет тапшылығы (профицитi)", "deficit"],
    ["дефицит (профицит) бюджета", "deficit"],
    ["поступления займов", "loans_received"],
    ["қарыздарды өтеу", "loans_repaid"],
    ["бюджет қаражатының пайдаланылатын қалдықтары", "free_balances_used"],
    ["специальные поступления", "special_receipts"],
  ])("%s → %s", (label, key) => {
    expect(budgetLineKeyOf(label)).toBe(key);
  });

  it("knows no key for cut or foreign labels", () => {
    expect(budgetLineKeyOf("бюджет тапшы")).toBeUndefined();
    expect(budgetLineKeyOf("используе")).toBeUndefined();
  });
});

describe("normalizeLabel", () => {
  it("replaces Latin look-alikes inside Cyrillic words only", () => {
    expect(normalizeLabel("Бюджеттiк  «кредит» i")).toBe("бюджеттік кредит i");
    expect(lookalikesIn("бюджеттiк кредит i")).toEqual([["i", "і"]]);
    expect(lookalikesIn("бюджеттік")).toEqual([]);
  });
});
