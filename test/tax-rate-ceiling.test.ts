import { describe, expect, it } from "vitest";
import { valueOn } from "../src/calendar/dated.js";
import { formatPath } from "../src/errors/issue.js";
import { applyTaxReforms } from "../src/jurisdictions/kz/taxes/law/apply-tax-reforms.js";
import { KAZAKHSTAN_TAX_LAW } from "../src/jurisdictions/kz/taxes/law/tax-law.js";
import type { Reform } from "../src/reform/reform-schema.js";
import { inputIssuesOf } from "./support.js";

/**
 * A `tax_rate` scale that pushes an IIT rate past 100 % is refused at its `scale`, naming the rate it
 * gives, the limit and the factors that would be valid. The rates by hand: self-declared income is taxed
 * at a flat 10 % to 2025 (Tax Code of 2017 Art. 320) and at 10 % up to 8,500 MRP, 15 % above from 2026
 * (Tax Code of 18 Jul 2025); an IIT rate is a share of the income, at most 1.
 */

const scaled = (factor: string, effectiveFrom: string, until?: string): Reform => ({
  id: "iit-scaled",
  title: "IIT rates on self-declared income scaled",
  effectiveFrom,
  ...(until === undefined ? {} : { until }),
  label: { kind: "proposal", author: "test", text: "scale the IIT rates" },
  changes: [{ kind: "tax_rate", path: "iit.selfAssessed", scale: factor, rounding: "halfEven" }],
});

const problems = (reform: Reform) =>
  inputIssuesOf(() => applyTaxReforms(KAZAKHSTAN_TAX_LAW, [reform])).map(
    (i) => `${formatPath(i.path)}: ${i.message}`,
  );

describe("a tax_rate scale that pushes a rate past its table's limit", () => {
  it("15 % × 7 = 105 %: the rate, the limit, and factors up to 1 ÷ 0.15 = 6.6666…", () => {
    expect(problems(scaled("7", "2026-01-01"))).toEqual([
      "reforms[0].changes[0].scale: IIT rates on self-declared income: the rate 0.15 × 7 = 1.05 is above the limit 1 (an IIT rate is a share of the income: at most 1, i.e. 100 %); a factor above 0 and at most 6.6666 (1 ÷ 0.15, the largest rate on the change's days) keeps every rate within it",
    ]);
  });

  it("the valid range is that of the rates on the change's days: 10 % to 2025, so up to 1 ÷ 0.1 = 10", () => {
    const [problem, ...rest] = problems(scaled("11", "2020-01-01", "2025-12-31"));
    expect(rest).toEqual([]);
    expect(problem).toContain("the rate 0.1 × 11 = 1.1 is above the limit 1");
    expect(problem).toContain("at most 10 (1 ÷ 0.1,");
    // 10 itself is valid there: 0.1 × 10 = 1, a rate of 100 % (the 15 % band of 2026, outside the
    // reform's days, is neither scaled nor checked)
    const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [scaled("10", "2020-01-01", "2025-12-31")]);
    const rates = valueOn(law.iit.selfAssessed, "2021-06-01").value.individual;
    expect("bands" in rates ? rates.bands.map((b) => b.rate) : []).toEqual(["1"]);
  });

  it("the largest factor named is valid: 0.15 × 6.6666 = 0.99999, 1 to 4 decimals; 0.1 × 6.6666 → 0.6667", () => {
    const law = applyTaxReforms(KAZAKHSTAN_TAX_LAW, [scaled("6.6666", "2026-01-01")]);
    const rates = valueOn(law.iit.selfAssessed, "2026-06-01").value.individual;
    expect("bands" in rates ? rates.bands.map((b) => b.rate) : []).toEqual(["0.6667", "1"]);
  });
});
