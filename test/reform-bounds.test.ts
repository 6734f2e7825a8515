import { describe, expect, it } from "vitest";
import { compareScenario } from "../src/compare/compare-scenario.js";
import { kazakhstanLaw } from "../src/jurisdictions/kz/law.js";
import { transferFormulaReform } from "../src/jurisdictions/kz/reforms/catalogue.js";
import { applyTaxReforms } from "../src/jurisdictions/kz/taxes/law/apply-tax-reforms.js";
import { KAZAKHSTAN_RATE_TABLES } from "../src/jurisdictions/kz/taxes/law/rate-tables.js";
import { KAZAKHSTAN_TAX_LAW } from "../src/jurisdictions/kz/taxes/law/tax-law.js";
import { Money } from "../src/money/money.js";
import { applyReforms } from "../src/reform/apply.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { generalTransfer } from "../src/transfers/equalisation/general-transfer.js";
import { BEL_AGACH_UNIT } from "./fixtures/bel-agach-2026.js";
import { type Change, problemLines, proposalReform } from "./fixtures/proposal-reform.js";

/**
 * Reforms that would give the law nonsense are refused at their path, naming what would be valid. The
 * figures by hand, from the law as published:
 * - the MRP for taxes is published for 2018–2026 (4 325 KZT in 2026, the law on the republican budget);
 * - the settlement-land table is read for 2018–2026 (Tax Code of 2017 Art. 505, of 2025 Art. 577);
 * - maslikhats may cut the land tax of industrial land by at most 30 % (2018–2026);
 * - the property tax of individuals tops at 2 % of the value above 450 mn KZT (Tax Code of 2025 Art. 602
 *   p.1);
 * - IIT rates are shares of the income, at most 1 (100 %).
 */

const LAW = kazakhstanLaw();
const reform = proposalReform;
const problems = problemLines;
const taxRefused = (...reforms: Reform[]) => problems(() => applyTaxReforms(KAZAKHSTAN_TAX_LAW, reforms));

describe("the factors of the general-transfer formula are above 0 and at most 10", () => {
  const formula = (costFactor: string): Change => ({
    kind: "transfer_formula",
    costFactor,
    rounding: "halfEven",
  });
  const WHY =
    "a factor multiplies the forecast costs, which start from the base year's; ten times them is beyond any cost coefficient";

  it("1e12 is refused at its path, naming the range and why", () => {
    expect(problems(() => applyReforms(LAW, [reform([formula("1000000000000")])]))).toEqual([
      `reforms[0].changes[0].costFactor: 1000000000000 must be above 0 and at most 10: ${WHY}`,
    ]);
    const withdrawal: Change = { kind: "transfer_formula", withdrawalCostFactor: "10.01", rounding: "floor" };
    expect(problems(() => applyReforms(LAW, [reform([withdrawal])]))).toEqual([
      `reforms[0].changes[0].withdrawalCostFactor: 10.01 must be above 0 and at most 10: ${WHY}`,
    ]);
  });

  it("in a scenario file and in transferFormulaReform alike", () => {
    const data = {
      name: "Bel-Agach",
      year: 2026,
      districts: [{ kato: "104000000", units: [BEL_AGACH_UNIT] }],
      reforms: [reform([formula("1000000000000")])],
    };
    expect(problems(() => compareScenario(data, {}, "law_response"))).toEqual([
      `reforms[0].changes[0].costFactor: 1000000000000 must be above 0 and at most 10: ${WHY}`,
    ]);
    const options = { costFactor: "11", effectiveFrom: "2026-01-01", label: reform([]).label };
    expect(problems(() => transferFormulaReform(options))).toEqual([
      `costFactor: 11 must be above 0 and at most 10: ${WHY}`,
    ]);
  });

  it("10 itself is valid: Бель-Агач's 15 374 000 of subvention becomes 54 959 000 × 10 − 39 585 000 = 510 005 000", () => {
    const law = applyReforms(LAW, [reform([formula("10")])]);
    const s = generalTransfer(Money.kzt("39585000"), Money.kzt("54959000"), 2026, law);
    expect([s.kind, s.amount.toKzt()]).toEqual(["subvention", "510005000.00"]);
  });
});

describe("a tax_rate change whose days meet no entry of its table is refused, naming its days", () => {
  it("the settlement-land table before 2018: at the change", () => {
    const change: Change = { kind: "tax_rate", path: "land.settlement", scale: "1.1", rounding: "halfEven" };
    expect(taxRefused(reform([change], "2010-01-01", "2017-12-31"))).toEqual([
      "reforms[0].changes[0]: the change would change nothing: the rate table land.settlement (land tax on settlement land, KZT per m²) has no entry on its days (2010-01-01 to 2017-12-31, the reform's); it has entries 2018-01-01 to 2026-12-31",
    ]);
  });

  it("the MRP with the change's own days: at its to", () => {
    const change: Change = { kind: "tax_rate", path: "mrp", value: "5000", to: "2017-06-30" };
    expect(taxRefused(reform([change], "2017-01-01"))).toEqual([
      "reforms[0].changes[0].to: the change would change nothing: the rate table mrp (the MRP for taxes and fines, KZT) has no entry on its days (2017-01-01 to 2017-06-30); it has entries 2018-01-01 to 2026-12-31",
    ]);
  });

  it("one that meets the table on some of its days is accepted: the MRP of 2026 set to 5 000 KZT from 1 July", () => {
    const change: Change = { kind: "tax_rate", path: "mrp", value: "5000" };
    const last = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [reform([change], "2026-07-01")]).mrp.entries.at(-1);
    expect([last?.from, last?.to, last?.value.toKzt()]).toEqual(["2026-07-01", "2026-12-31", "5000.00"]);
  });
});

describe("a replaced IIT scale with a rate above 1 names the rate, the limit and what is valid", () => {
  it("1.5 at the band's rate", () => {
    const citation = { act: "a proposal", article: "-", versionDate: "2026-01-01" };
    const value = {
      individual: { bands: [{ rate: "1.5" }], citation },
      individual_entrepreneur: { bands: [{ rate: "0.1" }], citation },
      private_practitioner: { bands: [{ rate: "0.1" }], citation },
    };
    expect(taxRefused(reform([{ kind: "tax_rate", path: "iit.selfAssessed", value }]))).toEqual([
      'reforms[0].changes[0].value.individual.bands[0].rate: 1.5 must be at least 0 and at most 1: an IIT rate is a share of the income (1 = 100 %), e.g. "0.1" for 10 % (IIT rates on self-declared income)',
    ]);
  });
});

describe("every rate table has a ceiling, and a scale or a value past it is refused", () => {
  it("every table of the tax law has one", () => {
    const without = Object.entries(KAZAKHSTAN_RATE_TABLES.tables).filter(([, t]) => t.ceiling === undefined);
    expect(without.map(([path]) => path)).toEqual([]);
  });

  it("the MRP × 1e21: 4 325 × 1e21 is above 1e9 KZT; at most 1e9 ÷ 4 325 = 231 213.8728…", () => {
    const change: Change = {
      kind: "tax_rate",
      path: "mrp",
      scale: "1000000000000000000000",
      rounding: "halfEven",
    };
    expect(taxRefused(reform([change]))).toEqual([
      "reforms[0].changes[0].scale: the MRP for taxes and fines, KZT: the rate 4325 × 1000000000000000000000 = 4325000000000000000000000 is above the limit 1000000000 (a bound of this library against typos, not of the law: 1000000000 KZT, far above any rate or amount of the tax law); a factor above 0 and at most 231213.8728 (1000000000 ÷ 4325, the largest rate on the change's days) keeps every rate within it",
    ]);
  });

  it("the property tax's top rate 2 % × 1000 = 2000 %: at most 100 ÷ 2 = 50", () => {
    const change: Change = { kind: "tax_rate", path: "property.scales", scale: "1000", rounding: "halfEven" };
    expect(taxRefused(reform([change]))).toEqual([
      "reforms[0].changes[0].scale: property tax scale of individuals: the rate 2 × 1000 = 2000 is above the limit 100 (a rate in percent of the property's value: at most 100 %); a factor above 0 and at most 50 (100 ÷ 2, the largest rate on the change's days) keeps every rate within it",
    ]);
  });

  it("a percent limit replaced by 150: at the value", () => {
    const change: Change = { kind: "tax_rate", path: "land.industrialCutLimitPercent", value: "150" };
    expect(taxRefused(reform([change]))).toEqual([
      "reforms[0].changes[0].value: the most maslikhats may cut the land-tax rates of industrial land, percent: the rate 150 is above the limit 100 (a cut of the rates in percent: at most 100 %, since a cut of more makes a rate negative); give rates from 0 to 100",
    ]);
  });

  it("within the ceiling is accepted: the 30 % cut limit × 3 = 90 %; set to 100", () => {
    const scaled: Change = {
      kind: "tax_rate",
      path: "land.industrialCutLimitPercent",
      scale: "3",
      rounding: "halfEven",
    };
    const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [reform([scaled])]);
    expect(law.land.industrialCutLimitPercent.entries.at(-1)?.value).toBe("90");
    const set: Change = { kind: "tax_rate", path: "land.industrialCutLimitPercent", value: "100" };
    const setLaw = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [reform([set])]);
    expect(setLaw.land.industrialCutLimitPercent.entries.at(-1)?.value).toBe("100");
  });
});
