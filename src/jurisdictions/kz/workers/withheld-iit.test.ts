import { describe, expect, it } from "vitest";
import { codeOf } from "../../../../test/support.js";
import { Money } from "../../../money/money.js";
import { withheldIit } from "./withheld-iit.js";

describe("withheldIit (State Revenue Committee formula, hand-computed)", () => {
  it("2024: rekassa.kz's worked example, 350,000 KZT a month", () => {
    // (350 000 − 35 000 − 7 000 − 14 × 3 692) × 10 % = 25 631.20 a month; × 12
    expect(withheldIit(Money.kzt("4200000"), 2024).toKzt()).toBe("307574.40");
  });

  it("2026: 500,000 KZT a month, basic deduction 30 × 4 325", () => {
    // (500 000 − 50 000 − 10 000 − 129 750) × 12 × 10 % = 372 300
    expect(withheldIit(Money.kzt("6000000"), 2026).toKzt()).toBe("372300.00");
  });

  it("2026: contribution bases capped at 50 and 10 minimum wages, 15 % above 8,500 MRP", () => {
    // 10 mn a month: pension 10 % × 50 × 85 000 × 12 = 5 100 000; health 2 % × 10 × 85 000 × 12 = 204 000;
    // deduction 1 557 000; taxable 113 139 000 = 36 762 500 at 10 % + 76 376 500 at 15 %
    const expected = 3_676_250 + 11_456_475;
    expect(withheldIit(Money.kzt("120000000"), 2026).toKzt()).toBe(`${expected}.00`);
  });

  it("a wage below the deductions pays nothing", () => {
    // 2026: 146 000 a month − 12 % = 128 480 < 129 750
    expect(withheldIit(Money.kzt("1752000"), 2026).isZero()).toBe(true);
  });

  it("refuses what is not a positive wage and a year without a basic deduction", () => {
    expect(codeOf(() => withheldIit(Money.zero, 2026))).toBe("INVALID_INPUT");
    expect(codeOf(() => withheldIit("100" as unknown as Money, 2026))).toBe("INVALID_INPUT");
    expect(codeOf(() => withheldIit(Money.kzt("1000000"), 2020))).toBe("NO_VALUE_ON_DATE");
  });
});
