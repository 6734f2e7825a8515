import { describe, expect, it } from "vitest";
import { codeOf, issueCodesOf } from "../../../test/support.js";
import { valueOn, valueOnFirstJanuary } from "../../calendar/dated.js";
import { MINIMUM_WAGE, MRP_FOR_TAXES, mrpForBenefits } from "./parameters.js";

describe("dated parameters", () => {
  it("MRP for taxes 2018-2026 as published, with the 1 April 2020 rise", () => {
    const byYear = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((y) =>
      valueOnFirstJanuary(MRP_FOR_TAXES, y).value.toKzt(),
    );
    expect(byYear).toEqual([
      "2405.00",
      "2525.00",
      "2651.00",
      "2917.00",
      "3063.00",
      "3450.00",
      "3692.00",
      "3932.00",
      "4325.00",
    ]);
    expect(valueOn(MRP_FOR_TAXES, "2020-03-31").value.toKzt()).toBe("2651.00");
    expect(valueOn(MRP_FOR_TAXES, "2020-04-01").value.toKzt()).toBe("2778.00");
    // taxes and fines kept 3 063 all through 2022
    expect(valueOn(MRP_FOR_TAXES, "2022-12-31").value.toKzt()).toBe("3063.00");
  });

  it("a date with no value is an error, never an old value reused", () => {
    expect(codeOf(() => valueOn(MRP_FOR_TAXES, "2017-12-31"))).toBe("NO_VALUE_ON_DATE");
    expect(codeOf(() => valueOn(MRP_FOR_TAXES, "2027-01-01"))).toBe("NO_VALUE_ON_DATE");
    expect(codeOf(() => valueOn(MINIMUM_WAGE, "2027-01-01"))).toBe("NO_VALUE_ON_DATE");
  });

  it("minimum wage as published", () => {
    expect(valueOnFirstJanuary(MINIMUM_WAGE, 2018).value.toKzt()).toBe("28284.00");
    expect(valueOnFirstJanuary(MINIMUM_WAGE, 2022).value.toKzt()).toBe("60000.00");
    expect(valueOnFirstJanuary(MINIMUM_WAGE, 2026).value.toKzt()).toBe("85000.00");
  });

  it("the 2022 rise of the MRP for benefits is 3 180 from 1 April 2022 by default (Law 12.05.2022 No 121-VII, as published)", () => {
    // tengrinews.kz 13.05.2022: «2022 жылдың 1 сәуірінен бастап … АЕК - 3 180 теңге (бұрын - 3 063 теңге)»
    const benefits = mrpForBenefits();
    expect(valueOn(benefits, "2022-03-31").value.toKzt()).toBe("3063.00");
    expect(valueOn(benefits, "2022-04-01").value.toKzt()).toBe("3180.00");
    expect(valueOn(benefits, "2022-12-31").value.toKzt()).toBe("3180.00");
    const rise = valueOn(benefits, "2022-04-01").citation;
    expect(rise.evidence).toBe("published");
    expect(rise.act).toContain("Law 12.05.2022 No 121-VII");
    expect(rise.publishedIn).toContain("1 сәуірінен");
    // taxes and fines keep 3 063 all year
    expect(valueOn(MRP_FOR_TAXES, "2022-12-31").value.toKzt()).toBe("3063.00");
  });

  it("the 2022 split: a caller may give another first day of 3 180, and the citation says so", () => {
    const late = mrpForBenefits("2022-06-01");
    expect(valueOn(late, "2022-05-31").value.toKzt()).toBe("3063.00");
    expect(valueOn(late, "2022-06-01").citation.publishedIn).toContain("the caller's date 2022-06-01");
    const benefits = mrpForBenefits("2022-04-01");
    expect(valueOn(benefits, "2022-03-31").value.toKzt()).toBe("3063.00");
    expect(valueOn(benefits, "2022-04-01").value.toKzt()).toBe("3180.00");
    expect(valueOn(MRP_FOR_TAXES, "2022-04-01").value.toKzt()).toBe("3063.00");
    expect(valueOn(benefits, "2025-06-01").value.toKzt()).toBe("3932.00");
    expect(issueCodesOf(() => mrpForBenefits("2023-04-01"))).toEqual(["INVALID_DATE"]);
    expect(issueCodesOf(() => mrpForBenefits("2022-01-01"))).toEqual(["INVALID_DATE"]);
    expect(issueCodesOf(() => mrpForBenefits("2022-02-30"))).toEqual(["INVALID_DATE"]);
  });
});
