import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inputIssuesOf as issuesOf } from "../../../../test/support.js";
import { type BUDGET_LINE_KEYS, isBudgetLineKey } from "../../../budget/lines.js";
import { parseDecisionText } from "./parse-text.js";
import { readPublishedBudgets } from "./published.js";

const DATA = new URL("../../../../data/decisions/", import.meta.url);

interface RawDecision {
  readonly id: string;
  readonly years: readonly string[];
  readonly lines: readonly { readonly key: string; readonly amounts: Readonly<Record<string, number>> }[];
}

const raw: readonly RawDecision[] = JSON.parse(readFileSync(new URL("published-budgets.json", DATA), "utf8"));
const budgets = readPublishedBudgets(raw);
const budget = (id: string) => {
  const found = budgets.find((b) => b.id === id);
  if (found === undefined) throw new Error(`no decision ${id}`);
  return found;
};

const validDecision = {
  id: "test",
  unit: "Test rural district",
  unitRu: "Тестовый сельский округ",
  unitType: "rural_district",
  district: "Test district",
  region: "Test region",
  source: "https://adilet.zan.kz/rus/docs/TEST",
  years: ["2024"],
  lines: [{ key: "revenue_total", amounts: { "2024": 1.5 } }],
};

describe("readPublishedBudgets on data/decisions/published-budgets.json", () => {
  it("reads all 45 decisions with their names, places and sources", () => {
    expect(budgets).toHaveLength(45);
    expect(budgets.map((b) => b.id)).toEqual(raw.map((d) => d.id));
    const akzhona = budget("kz-kyzylorda-kazaly-akzhona-2024-amend");
    expect(akzhona).toMatchObject({
      unit: "Akzhona rural district",
      unitRu: "сельский округ Акжона",
      unitType: "rural_district",
      district: "Kazaly district",
      region: "Kyzylorda region",
      source: "https://adilet.zan.kz/rus/docs/G24LD00232M/compare/kaz",
      years: [2024],
    });
  });

  it("reads every amount of every line exactly, and nothing more", () => {
    for (const decision of raw) {
      const read = budget(decision.id);
      for (const year of decision.years.map(Number)) {
        const published = decision.lines.filter(
          (line) => isBudgetLineKey(line.key) && line.amounts[year] !== undefined,
        );
        const figures = read.figuresByYear.get(year) ?? {};
        expect(Object.keys(figures).sort(), `${decision.id} ${year}`).toEqual(
          published.map((l) => l.key).sort(),
        );
        for (const line of published) {
          const money = figures[line.key as (typeof BUDGET_LINE_KEYS)[number]];
          // by arithmetic, not by the String(number) reading the code uses: thousand KZT × 100 000 = tiyn
          const tiyn = BigInt(Math.round((line.amounts[year] as number) * 100_000));
          expect(money?.tiyn, `${decision.id} ${year} ${line.key}`).toBe(tiyn);
        }
      }
    }
  });

  it("Akzhona 2024: every line as written in published-budgets.json", () => {
    const figures = budget("kz-kyzylorda-kazaly-akzhona-2024-amend").figuresByYear.get(2024) ?? {};
    expect(
      Object.fromEntries(Object.entries(figures).map(([key, money]) => [key, money.toThousandKzt()])),
    ).toEqual({
      revenue_total: "65315",
      tax_revenue: "4338",
      non_tax_revenue: "0",
      capital_sales: "200",
      transfers: "60777",
      expenditures: "66957.4",
      net_lending: "0",
      budget_loans: "0",
      loan_repayments: "0",
      fin_assets_balance: "0",
      fin_assets_acquisition: "0",
      fin_assets_sales: "0",
      deficit: "-1642.4",
      financing: "1642.4",
      loans_received: "0",
      loans_repaid: "0",
      free_balances_used: "1642.4",
    });
  });

  it("Akzhona 2024 by hand: revenue 65 315, deficit −1 642.4 thousand KZT", () => {
    const figures = budget("kz-kyzylorda-kazaly-akzhona-2024-amend").figuresByYear.get(2024);
    expect(figures?.revenue_total?.toThousandKzt()).toBe("65315");
    expect(figures?.deficit?.toThousandKzt()).toBe("-1642.4");
    expect(figures?.deficit?.toKzt()).toBe("-1642400.00");
    expect(figures?.loans_received?.isZero()).toBe(true);
  });

  it("keeps the Druzhba subvention schedule apart and leaves other years' lines absent", () => {
    const druzhba = budget("kz-kostanay-kamysty-druzhba-2026");
    expect(druzhba.years).toEqual([2026, 2027, 2028]);
    expect([...druzhba.subventionSchedule].map(([year, m]) => [year, m.toThousandKzt()])).toEqual([
      [2026, "27919"],
      [2027, "28000"],
      [2028, "24563"],
    ]);
    expect(druzhba.figuresByYear.get(2027)).toEqual({});
    expect(druzhba.figuresByYear.get(2026)?.transfers?.toThousandKzt()).toBe("27919");
    expect(druzhba.figuresByYear.get(2026)?.net_lending).toBeUndefined();
    expect(budget("kz-kyzylorda-kazaly-akzhona-2024-amend").subventionSchedule.size).toBe(0);
  });

  it("agrees with every figure read from the decision texts", () => {
    const index: readonly { id: string; file: string }[] = JSON.parse(
      readFileSync(new URL("index.json", DATA), "utf8"),
    );
    let compared = 0;
    for (const entry of index) {
      const published = budgets.find((b) => b.id === entry.id);
      if (published === undefined) continue;
      const text = parseDecisionText(readFileSync(new URL(entry.file, DATA), "utf8"));
      const figures = published.figuresByYear.get(text.budgetYear ?? published.years[0] ?? 0) ?? {};
      for (const line of text.lines) {
        const amount = figures[line.key];
        if (amount === undefined) continue;
        expect(line.amount.toThousandKzt(), `${entry.id} ${line.key}`).toBe(amount.toThousandKzt());
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
});

describe("readPublishedBudgets on bad input", () => {
  it("lists every problem with its path in one INVALID_INPUT error", () => {
    const bad = [
      { ...validDecision, id: 7, years: "2024" },
      {
        ...validDecision,
        region: undefined,
        lines: [
          { key: "tax_revenue", amounts: { "2024": 1.234 } },
          { key: "taxes", amounts: { "2024": "12" } },
          { amounts: { "2024": 1 } },
        ],
      },
    ];
    const keyIssue = (index: number) => ({
      path: [1, "lines", index, "key"],
      code: "INVALID_INPUT",
      message: expect.stringMatching(/expected one of "revenue_total"/u),
    });
    expect(issuesOf(() => readPublishedBudgets(bad, "bad.json"))).toEqual([
      { path: [0, "id"], code: "INVALID_INPUT", message: "must be text, not 7" },
      { path: [0, "years"], code: "INVALID_INPUT", message: 'must be an array of years, not "2024"' },
      { path: [1, "region"], code: "INVALID_INPUT", message: "is missing: it must be text" },
      {
        path: [1, "lines", 0, "amounts", "2024"],
        code: "INVALID_AMOUNT",
        message: "amount 1.234 has 3 decimals; published amounts in thousand KZT have at most 1",
      },
      keyIssue(1),
      {
        path: [1, "lines", 1, "amounts", "2024"],
        code: "INVALID_INPUT",
        message: 'must be an amount in thousand KZT as a JSON number, not "12"',
      },
      keyIssue(2),
    ]);
    expect(() => readPublishedBudgets(bad, "bad.json")).toThrow(/^bad\.json: 7 problems/u);
  });

  it("rejects repeated lines and years outside the decision's years", () => {
    const bad = [
      {
        ...validDecision,
        lines: [
          { key: "revenue_total", amounts: { "2024": 1 } },
          { key: "revenue_total", amounts: { "2024": 2, "2025": 3 } },
        ],
      },
    ];
    expect(issuesOf(() => readPublishedBudgets(bad))).toEqual([
      { path: [0, "lines", 1, "key"], code: "INVALID_INPUT", message: "line revenue_total repeated" },
      {
        path: [0, "lines", 1, "amounts", "2025"],
        code: "INVALID_INPUT",
        message: "year 2025 is not among the decision's years",
      },
    ]);
  });

  it("rejects float noise and exponents instead of rounding them", () => {
    const bad = [{ ...validDecision, lines: [{ key: "deficit", amounts: { "2024": 0.1 + 0.2 } }] }];
    expect(issuesOf(() => readPublishedBudgets(bad)).map((issue) => issue.message)).toEqual([
      "amount 0.30000000000000004 has 17 decimals; published amounts in thousand KZT have at most 1",
    ]);
    const tiny = [{ ...validDecision, lines: [{ key: "deficit", amounts: { "2024": 1e-7 } }] }];
    expect(issuesOf(() => readPublishedBudgets(tiny)).map((issue) => issue.message)).toEqual([
      "amount 1e-7 is not a plain decimal number",
    ]);
  });

  it("rejects a document that is not an array", () => {
    expect(issuesOf(() => readPublishedBudgets({ decisions: [] }))).toEqual([
      { path: [], code: "INVALID_INPUT", message: "must be an array of decisions, not an object" },
    ]);
  });

  it("reads a valid hand-made decision", () => {
    const [read] = readPublishedBudgets([{ ...validDecision, years: [2024], extra: "ignored" }]);
    expect(read?.figuresByYear.get(2024)?.revenue_total?.toKzt()).toBe("1500.00");
  });
});
