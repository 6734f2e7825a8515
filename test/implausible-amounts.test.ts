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

  // 2026 MRP 4,325 KZT; TC2026 Art. 565 p.1 top bands: trucks over 5 t 9 MRP, motorcycles over 55 kW
  // 10 MRP, boats over 1,000 hp 55 MRP
  it.each([
    [
      "truck",
      "--payload-t",
      "5000",
      "5000.01",
      "no truck or special vehicle carries that much",
      "9 MRP × 4325.00 = 38925.00 KZT",
    ],
    [
      "motorcycle",
      "--power-kw",
      "1000",
      "1000.5",
      "nothing taxed as a motorcycle (scooters, snowmobiles, small vessels) is that powerful",
      "10 MRP × 4325.00 = 43250.00 KZT",
    ],
    [
      "boat",
      "--power-hp",
      "200000",
      "200001",
      "no vessel's engine is that powerful",
      "55 MRP × 4325.00 = 237875.00 KZT",
    ],
  ])(
    "tax vehicle --category %s %s: at most %s, refused above with why",
    async (category, option, max, over, why, tax) => {
      const args = ["tax", "vehicle", "--year", "2026", "--category", category, option];
      const refused = await runCli([...args, over]);
      expect([refused.code, refused.out]).toEqual([2, ""]);
      expect(refused.err).toContain(`  ${option}: ${over} must be above 0 and at most ${max}: ${why}`);
      const atBound = await runCli([...args, max]);
      expect(atBound.code).toBe(0);
      expect(atBound.out).toContain(tax);
    },
  );

  it("tax advertising --area-m2 above 100,000 m² (10 ha): refused, saying why", async () => {
    const args = [
      "tax",
      "advertising",
      "--year",
      "2026",
      "--object-type",
      "non_video",
      "--area-m2",
      "100000.01",
    ];
    const { code, err } = await runCli(args);
    expect(code).toBe(2);
    expect(err).toContain(
      "  --area-m2: 100000.01 must be above 0 and at most 100000: no advertising surface is that large",
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
