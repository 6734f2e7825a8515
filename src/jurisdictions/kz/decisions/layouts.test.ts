/**
 * The reader on layouts written by hand to isolate one feature each: the same budget list (Akzhona
 * rural district 2024, thousand KZT: revenue 65 315 = tax 4 338 + non-tax 0 + capital sales 200 +
 * transfers 60 777; expenditures 66 957,4; deficit 65 315 − 66 957,4 = −1 642,4; financing 1 642,4)
 * written the ways published decisions write it.
 */
import { describe, expect, it } from "vitest";
import type { BudgetFigures } from "../../../budget/lines.js";
import { parseDecisionText } from "./parse-text.js";

const AKZHONA = {
  revenue_total: "65315",
  tax_revenue: "4338",
  capital_sales: "200",
  transfers: "60777",
  expenditures: "66957.4",
  deficit: "-1642.4",
  financing: "1642.4",
};

function thousands(figures: BudgetFigures): Record<string, string> {
  return Object.fromEntries(Object.entries(figures).map(([key, money]) => [key, money.toThousandKzt()]));
}

function figuresOf(text: string): Record<string, string> {
  return thousands(parseDecisionText(text).figures);
}

const NUMBERED = [
  "1. Утвердить бюджет сельского округа Акжона на 2024-2026 годы, в том числе на 2024 год в следующих объемах:",
  "1) доходы – 65 315 тысяч тенге, в том числе:",
  "налоговые поступления – 4 338 тысяч тенге;",
  "поступления от продажи основного капитала – 200 тысяч тенге;",
  "поступления трансфертов – 60 777 тысяч тенге;",
  "2) затраты – 66 957,4 тысяч тенге;",
  "3) дефицит (профицит) бюджета – -1 642,4 тысяч тенге;",
  "4) финансирование дефицита (использование профицита) бюджета – 1 642,4 тысяч тенге.",
  "2. Настоящее решение вводится в действие с 1 января 2024 года.",
].join("\n");

describe("the structure of a budget list", () => {
  it("reads the list with numbered sub-items", () => {
    expect(figuresOf(NUMBERED)).toEqual(AKZHONA);
  });

  it("reads it without item numbers, with items numbered like points, and written on one line", () => {
    expect(figuresOf(NUMBERED.replace(/^\d\) /gmu, ""))).toEqual(AKZHONA);
    expect(figuresOf(NUMBERED.replace(/^(\d)\) /gmu, "$1. "))).toEqual(AKZHONA);
    expect(figuresOf(NUMBERED.replaceAll("\n", " "))).toEqual(AKZHONA);
    expect(figuresOf(NUMBERED.replaceAll("\n", "\r\n"))).toEqual(AKZHONA);
  });

  it("reads two lines written in one sentence, joined by a comma", () => {
    const text =
      "1) доходы – 100 тысяч тенге, в том числе: налоговые поступления – 60 тысяч тенге, поступления трансфертов – 40 тысяч тенге;";
    expect(figuresOf(text)).toEqual({ revenue_total: "100", tax_revenue: "60", transfers: "40" });
  });

  it("stops at the next point and at a footnote", () => {
    const footnote = NUMBERED.replace(
      "2. Настоящее",
      "Сноска. Пункт 1 – в редакции решения от 07.05.2024 № 202.\nНастоящее",
    );
    const decision = parseDecisionText(footnote);
    expect(thousands(decision.figures)).toEqual(AKZHONA);
    expect(decision.problems).toEqual([]);
  });

  it("reads only the first unit's list of a point with several, and keeps the others in `blocks`", () => {
    const two = `${NUMBERED.split("\n").slice(0, 8).join("\n")}\nПо сельскому округу Майлыбас:\n1) доходы – 50 тысяч тенге;\n2) затраты – 50 тысяч тенге;`;
    const decision = parseDecisionText(two);
    expect(thousands(decision.figures)).toEqual(AKZHONA);
    expect(decision.blocks.map((b) => thousands(b.figures).revenue_total)).toEqual(["65315", "50"]);
  });
});

describe("labels", () => {
  it("reads Kazakh labels, older terms and a misspelt word", () => {
    const text = [
      "1) кірістер – 10 мың теңге, оның ішінде:",
      "салықтық түсімдер – 10 мың теңге;",
      "2) шығыстар – 10 мың теңге;",
      "3) таза бюджеттік несиелендіру – 0 мың теңге, оның ішінде:",
      "бюджеттік несиелер – 0 мың теңге;",
      "бюджеттік несиелерді өтеу – 0 мың теңге;",
      "4) қаржы активтерімен операциялар бойынша сальдо – 0 мың теңге;",
      "5) бюджет тапшылығы (профициті) – 0 мың теңге;",
      "6) бюджет тапшылығын қаржыландыру (профицитін пайдалану) – 0 мың теңге.",
    ].join("\n");
    expect(Object.keys(figuresOf(text))).toEqual([
      "revenue_total",
      "tax_revenue",
      "expenditures",
      "net_lending",
      "budget_loans",
      "loan_repayments",
      "fin_assets_balance",
      "deficit",
      "financing",
    ]);
    expect(
      figuresOf("1) доходы – 5 тысяч тенге;\nпоступления от продажы основного капитала – 5 тысяч тенге;"),
    ).toEqual({
      revenue_total: "5",
      capital_sales: "5",
    });
  });
});

describe("amounts", () => {
  it("reads separators and units as written: none, a colon, 'тыс. тенге', 'тысячи' without 'тенге'", () => {
    expect(figuresOf("1) доходы 65 315 тыс. тенге;\n2) затраты: 66957,4 тысячи, в том числе:")).toEqual({
      revenue_total: "65315",
      expenditures: "66957.4",
    });
  });

  it("reads a dash as a minus where the list's other lines have no separator, and says so", () => {
    const text =
      "1) доходы 65 315 тысяч тенге;\n2) затраты 66 957,4 тысяч тенге;\n3) дефицит (профицит) бюджета - 1 642,4 тысяч тенге;";
    const decision = parseDecisionText(text);
    expect(decision.figures.deficit?.toThousandKzt()).toBe("-1642.4");
    expect(decision.lines.at(-1)?.notes).toContain(
      "a dash where the list's other lines have none ('-'): read as minus",
    );
  });

  it("lets the balance identity tell a spaced hyphen that is a minus from a separator", () => {
    const list = (deficit: string) =>
      `1) доходы – 65 315 тысяч тенге;\n2) затраты – 66 957,4 тысяч тенге;\n3) дефицит (профицит) бюджета - ${deficit} тысяч тенге;`;
    // 65 315 − 66 957,4 = −1 642,4: the "-" can only be a minus
    expect(figuresOf(list("1 642,4")).deficit).toBe("-1642.4");
    // 1 000 is no deficit of this list either way: the dash stays the separator it most often is
    expect(figuresOf(list("1 000")).deficit).toBe("1000");
  });

  it("reads a list that labels every amount 'тенге' in tenge", () => {
    const text =
      "1) доходы – 65 315 000 тенге;\n2) затраты – 66 957 400 тенге;\n3) дефицит (профицит) бюджета – -1 642 400 тенге;";
    expect(figuresOf(text)).toEqual({ revenue_total: "65315", expenditures: "66957.4", deficit: "-1642.4" });
  });

  it("does not read a negative revenue, and names it", () => {
    const decision = parseDecisionText(
      "1) доходы – - 65 315 тысяч тенге;\n2) затраты – 66 957,4 тысяч тенге;",
    );
    expect(decision.figures.revenue_total).toBeUndefined();
    expect(decision.problems).toEqual([
      {
        key: "revenue_total",
        lineNumber: 1,
        text: "1) доходы – - 65 315 тысяч тенге;",
        reason: "signs '– -' make revenue_total negative, which it cannot be",
      },
    ]);
  });
});
