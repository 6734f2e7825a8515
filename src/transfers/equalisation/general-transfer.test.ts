import { describe, expect, it } from "vitest";
import { codeOf } from "../../../test/support.js";
import { Money } from "../../money/money.js";
import { generalTransfer, generalTransferCitation } from "./general-transfer.js";

describe("generalTransfer (own revenues − costs)", () => {
  it("gives a subvention of the shortfall under BC2025 Art. 80 from 2026", () => {
    // Druzhba's published 2026 figures: own revenues 930 − costs 28 849 = −27 919 thousand KZT
    // → subvention 27 919 thousand KZT = 2 791 900 000 tiyn (the published 2026 subvention)
    const t = generalTransfer(Money.thousandKzt("930"), Money.thousandKzt("28849"), 2026);
    expect(t.kind).toBe("subvention");
    expect(t.amount.tiyn).toBe(2_791_900_000n);
    expect(t.citation.article).toBe("80");
    expect(t.citation.act).toContain("171-VIII");
  });
  it("gives a budget withdrawal of the surplus under BC2008 Art. 45 p.7–8 to 2025", () => {
    // 50 000.00 − 40 000.00 KZT = +10 000.00 KZT → withdrawal 1 000 000 tiyn
    const t = generalTransfer(Money.kzt("50000"), Money.kzt("40000"), 2025);
    expect(t.kind).toBe("withdrawal");
    expect(t.amount.tiyn).toBe(1_000_000n);
    expect(t.citation).toMatchObject({ article: "45", paragraph: "7-8" });
  });
  it("gives no transfer when revenues equal costs", () => {
    const t = generalTransfer(Money.kzt("1.01"), Money.kzt("1.01"), 2020);
    expect(t.kind).toBe("none");
    expect(t.amount.tiyn).toBe(0n);
  });
  it("refuses years before fourth-level budgets existed and fractional years", () => {
    expect(codeOf(() => generalTransferCitation(2017))).toBe("INVALID_INPUT");
    expect(codeOf(() => generalTransfer(Money.zero, Money.zero, 2025.5))).toBe("INVALID_INPUT");
    expect(generalTransferCitation(2018).article).toBe("45");
  });
});

describe("misuse", () => {
  it("refuses negative forecasts and amounts that are not Money", () => {
    expect(() => generalTransfer(Money.kzt("930"), Money.kzt("-28849"), 2026)).toThrow(
      /must not be negative/,
    );
    expect(() => generalTransfer("930" as unknown as Money, Money.kzt("1"), 2026)).toThrow(
      /not a Money amount/,
    );
  });
});
