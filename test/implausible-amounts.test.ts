import { describe, expect, it } from "vitest";
import { landTax } from "../src/jurisdictions/kz/taxes/land/land-tax.js";
import { resolveScenario } from "../src/scenario/load.js";
import { inputIssuesOf, runCli } from "./support.js";

const TEN_TO_29 = `1${"0".repeat(29)}`;

describe("amounts no tax base or budget can have are refused with the bound and why", () => {
  it("tax iit --annual-income above 10^15 KZT: exit code 2, the bound named", async () => {
    const { code, out, err } = await runCli(["tax", "iit", "--year", "2025", "--annual-income", TEN_TO_29]);
    expect([code, out]).toEqual([2, ""]);
    expect(err).toContain(
      `--annual-income must be at most 1000000000000000 KZT (10^15, a thousand trillion tenge: far above any tax base, wage or budget), not ${TEN_TO_29}`,
    );
  });

  it("tax iit at the bound itself is computed: 10 % of 10^15 KZT (2025, TC2017 flat rate) = 10^14 KZT", async () => {
    const { code, out } = await runCli([
      "tax",
      "iit",
      "--year",
      "2025",
      "--annual-income",
      "1000000000000000",
    ]);
    expect(code).toBe(0);
    expect(out).toContain("iit_self_assessed tax 2025: 100000000000000.00 KZT");
  });

  it("tax land --area-m2 10^17: larger than Kazakhstan (2,724,900 km² = 2.7249 × 10^12 m²)", async () => {
    const args = [
      "tax",
      "land",
      "--year",
      "2026",
      "--category",
      "village",
      "--area-m2",
      `1${"0".repeat(17)}`,
    ];
    const { code, err } = await runCli(args);
    expect(code).toBe(2);
    expect(err).toContain(
      "must be above 0 and at most 2724900000000: no plot is larger than Kazakhstan (2,724,900 km²); the area is in m²",
    );
  });

  it("landTax: a plot of 272,490,001 ha (1 ha more than Kazakhstan) is refused at its path", () => {
    const plot = { kind: "agricultural", areaHa: "272490001", zone: "steppe", bonitet: 20 } as const;
    const issues = inputIssuesOf(() => landTax({ year: 2025, payer: "legal_entity", plot }));
    expect(issues.map((i) => i.path)).toEqual([["plot", "areaHa"]]);
  });
});

describe("a scenario's published lines: flows are never negative, balances may be", () => {
  const unit = (figures: Record<string, string>) => ({
    name: "signs",
    year: 2026,
    districts: [{ kato: "104000000", units: [{ kato: "104049000", figures }] }],
  });

  it('revenue_total "-5": refused at its path, saying which lines may be negative', () => {
    expect(inputIssuesOf(() => resolveScenario(unit({ revenue_total: "-5" })))).toEqual([
      {
        path: ["districts", 0, "units", 0, "figures", "revenue_total"],
        code: "INVALID_AMOUNT",
        message:
          "-5 thousand KZT: revenue_total must not be negative (it is the sum of the year's receipts; only the balances may be: net_lending, fin_assets_balance, deficit, non_oil_deficit, financing, free_balances_used)",
      },
    ]);
  });

  it("every flow line negative: one problem each; the balances negative: read", () => {
    const flows = [
      "tax_revenue",
      "non_tax_revenue",
      "capital_sales",
      "special_receipts",
      "transfers",
      "budget_loans",
      "loan_repayments",
      "fin_assets_acquisition",
      "fin_assets_sales",
      "loans_received",
      "loans_repaid",
    ];
    const issues = inputIssuesOf(() =>
      resolveScenario(unit(Object.fromEntries(flows.map((line) => [line, "-1"])))),
    );
    expect(issues.map((i) => i.path[5])).toEqual(flows);
    // a deficit, its financing, net lending repaid more than lent: all negative in published budgets
    const balances = {
      net_lending: "-10",
      fin_assets_balance: "-2",
      deficit: "-1642.4",
      non_oil_deficit: "-1642.4",
      financing: "-1",
      free_balances_used: "-1",
    };
    const read = resolveScenario(unit(balances)).districts[0]?.units[0]?.figures;
    expect(read?.deficit?.toThousandKzt()).toBe("-1642.4");
    expect(read?.net_lending?.toThousandKzt()).toBe("-10");
  });
});
