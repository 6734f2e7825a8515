import { describe, expect, it } from "vitest";
import { valueOn } from "../src/calendar/dated.js";
import { kazakhstanLaw } from "../src/jurisdictions/kz/law.js";
import { selfAssessedIit } from "../src/jurisdictions/kz/taxes/iit/self-assessed-iit.js";
import { landTax } from "../src/jurisdictions/kz/taxes/land/land-tax.js";
import { applyTaxReforms } from "../src/jurisdictions/kz/taxes/law/apply-tax-reforms.js";
import { KAZAKHSTAN_RATE_TABLES } from "../src/jurisdictions/kz/taxes/law/rate-tables.js";
import { KAZAKHSTAN_TAX_LAW } from "../src/jurisdictions/kz/taxes/law/tax-law.js";
import { vehicleTax } from "../src/jurisdictions/kz/taxes/vehicle/vehicle-tax.js";
import { Money } from "../src/money/money.js";
import { applyReforms } from "../src/reform/apply.js";
import { inverseReform } from "../src/reform/inverse.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { inputIssuesOf } from "./support.js";

type Change = Reform["changes"][number];

const reform = (changes: Change[], effectiveFrom = "2026-01-01"): Reform => ({
  id: "rates",
  title: "a rate reform",
  effectiveFrom,
  label: { kind: "proposal", author: "test", text: "rates" },
  changes,
});

/** The Akkayyn district maslikhat (North Kazakhstan region), decision of 28 Nov 2025 No 29-1: the base
 * rates of Art. 577–578 raised by 50 % from 1 Jan 2026 (not on the Art. 581 plots). */
const AKKAYYN: Reform = {
  id: "akkayyn-land-50",
  title: "Land-tax base rates raised by 50 % (Akkayyn district maslikhat)",
  effectiveFrom: "2026-01-01",
  label: {
    kind: "enacted",
    citation: {
      act: "Decision of the Akkayyn district maslikhat of 28 Nov 2025 No 29-1",
      article: "1",
      versionDate: "2025-11-28",
      url: "https://adilet.zan.kz/kaz/docs/G25SB00291M",
    },
  },
  changes: [{ kind: "tax_rate", path: "land.maslikhatAdjustmentPercent", value: "50" }],
};

const village = (year: number, payer: "legal_entity" | "individual" = "legal_entity") =>
  ({ year, payer, plot: { kind: "settlement", areaM2: "1000", category: "village" } }) as const;
const car2000 = {
  year: 2025,
  payer: "individual",
  vehicle: { kind: "passenger_car", engineCc: 2000 },
} as const;

describe("a tax_rate reform changes a rate table or a maslikhat coefficient of the tax law from a date", () => {
  it("a maslikhat coefficient: the base rates +50 % from 2026 (Art. 582 p.1), worked by hand", () => {
    const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [AKKAYYN]);
    // 2026 Art. 577 row 30 (village), column 3: 0.48 KZT/m²; 1 000 m² × 0.48 = 480; × (1 + 50 %) = 720
    expect(landTax(village(2026)).amount.toKzt()).toBe("480.00");
    expect(landTax(village(2026), law).amount.toKzt()).toBe("720.00");
    const step = landTax(village(2026), law).breakdown.find((s) => s.step === "maslikhat adjustment");
    expect(step?.value).toBe("+50 % → × 1.5 = 720 KZT (set by the law for every maslikhat)");
    expect(step?.citation?.act).toBe("Decision of the Akkayyn district maslikhat of 28 Nov 2025 No 29-1");
    // before the reform's first day: as the law is
    expect(landTax(village(2025), law).amount.toKzt()).toBe("480.00");
    // not for individual taxpayers (Art. 582 p.1): no adjustment, and the breakdown says why
    const individual = { ...village(2026, "individual"), plot: { ...village(2026).plot } };
    expect(landTax(individual, law).amount.toKzt()).toBe(landTax(individual).amount.toKzt());
    // a coefficient the computation gives wins, and the breakdown names both: 480 × 1.2 = 576
    const given = landTax({ ...village(2026), maslikhatAdjustmentPercent: "20" }, law);
    expect(given.amount.toKzt()).toBe("576.00");
    expect(given.breakdown.find((s) => s.step === "maslikhat adjustment")?.value).toContain(
      "given; the law as reformed sets +50 %",
    );
  });

  it("a coefficient outside the range the Tax Code allows is an error citing the article", () => {
    const issues = inputIssuesOf(() =>
      applyTaxReforms(KAZAKHSTAN_TAX_LAW, [
        reform([{ kind: "tax_rate", path: "land.maslikhatAdjustmentPercent", value: "60" }]),
      ]),
    );
    expect(issues.map((i) => i.path)).toEqual([["reforms", 0, "changes", 0, "value"]]);
    expect(issues[0]?.message).toContain("outside the ±50 %");
    expect(issues[0]?.message).toContain("Art. 582 p.1");
  });

  it("scales a settlement-land table, each rate rounded to the tiyn by the named mode", () => {
    const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [
      reform([{ kind: "tax_rate", path: "land.settlement", scale: "1.1", rounding: "halfExpand" }]),
    ]);
    // 0.48 × 1.1 = 0.528 → 0.53 KZT/m² (half away from zero); 1 000 m² × 0.53 = 530
    expect(landTax(village(2026), law).amount.toKzt()).toBe("530.00");
    const table = valueOn(law.land.settlement, "2026-06-01");
    expect(table.value?.rows.almaty?.other).toEqual({ kind: "fixed", perM2: "31.85" }); // 28.95 × 1.1 = 31.845 → 31.85
    expect(table.citation.act).toBe('Proposal "a rate reform" (test)');
    expect(valueOn(law.land.settlement, "2025-06-01").value).toBe(
      valueOn(KAZAKHSTAN_TAX_LAW.land.settlement, "2025-06-01").value,
    );
  });

  it("scales the vehicle-tax scales from a date within the law's period", () => {
    const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [
      reform([{ kind: "tax_rate", path: "vehicle.scales", scale: "2", rounding: "halfEven" }], "2025-01-01"),
    ]);
    // 2025, 2 000 cc: 3 MRP × 3 932 + 7 × (2 000 − 1 500) = 15 296; scaled ×2: 6 × 3 932 + 3 500 = 27 092
    expect(vehicleTax(car2000).amount.toKzt()).toBe("15296.00");
    expect(vehicleTax(car2000, law).amount.toKzt()).toBe("27092.00");
    expect(vehicleTax({ ...car2000, year: 2024 }, law).amount.toKzt()).toBe(
      vehicleTax({ ...car2000, year: 2024 }).amount.toKzt(),
    );
  });

  it("replaces an IIT scale by a file's value, and refuses a scale the law would not hold", () => {
    const flat = {
      bands: [{ rate: "0.12" }],
      citation: { act: "a reform", article: "1", versionDate: "2026-01-01" },
    };
    const rates = valueOn(KAZAKHSTAN_TAX_LAW.iit.selfAssessed, "2026-01-01").value;
    const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [
      reform([{ kind: "tax_rate", path: "iit.selfAssessed", value: { ...rates, individual: flat } }]),
    ]);
    // 12 % × 1 000 000 = 120 000
    const income = { kind: "taxable", amount: Money.kzt("1000000") } as const;
    expect(selfAssessedIit({ year: 2026, payer: "individual", income }, law).amount.toKzt()).toBe(
      "120000.00",
    );
    const issues = inputIssuesOf(() =>
      applyTaxReforms(KAZAKHSTAN_TAX_LAW, [
        reform([{ kind: "tax_rate", path: "iit.selfAssessed", scale: "12", rounding: "halfEven" }]),
      ]),
    );
    expect(issues.map((i) => i.path)).toContainEqual(["reforms", 0, "changes", 0, "scale"]);
  });

  it("an unknown path is an error listing the valid ones; a replacement of the wrong shape names its field", () => {
    const unknown = inputIssuesOf(() =>
      applyTaxReforms(KAZAKHSTAN_TAX_LAW, [
        reform([{ kind: "tax_rate", path: "land.rates", scale: "1.1", rounding: "halfEven" }]),
      ]),
    );
    expect(unknown.map((i) => i.path)).toEqual([["reforms", 0, "changes", 0, "path"]]);
    for (const path of Object.keys(KAZAKHSTAN_RATE_TABLES.tables))
      expect(unknown[0]?.message).toContain(path);
    const wrong = inputIssuesOf(() =>
      applyTaxReforms(KAZAKHSTAN_TAX_LAW, [
        reform([{ kind: "tax_rate", path: "vehicle.surchargePerCc", value: "seven" }]),
      ]),
    );
    expect(wrong.map((i) => i.path)).toEqual([["reforms", 0, "changes", 0, "value"]]);
    const both = inputIssuesOf(() =>
      applyTaxReforms(KAZAKHSTAN_TAX_LAW, [reform([{ kind: "tax_rate", path: "mrp", scale: "1.1" }])]),
    );
    expect(both[0]?.message).toContain("needs its rounding mode");
  });

  it("applyReforms leaves tax_rate changes to the tax law; the inverse needs the tax law and restores it", () => {
    const law = kazakhstanLaw();
    expect(applyReforms(law, [AKKAYYN]).revenueRules).toEqual(law.revenueRules);
    expect(inputIssuesOf(() => inverseReform(AKKAYYN, law)).map((i) => i.path)).toEqual([["changes", 0]]);
    const taxes = { taxLaw: KAZAKHSTAN_TAX_LAW, tables: KAZAKHSTAN_RATE_TABLES };
    const undone = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [AKKAYYN, inverseReform(AKKAYYN, law, taxes)]);
    expect(landTax(village(2026), undone).amount.toKzt()).toBe("480.00");
    expect(valueOn(undone.land.maslikhatAdjustmentPercent, "2026-03-01").value).toBeUndefined();
  });
});
