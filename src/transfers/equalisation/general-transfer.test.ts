import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { codeOf, errorOf } from "../../../test/support.js";
import { Money } from "../../money/money.js";
import { generalTransfer, generalTransferCitation } from "./general-transfer.js";

describe("generalTransfer (own revenues − costs)", () => {
  it("gives a subvention of the shortfall, cited BC2025 Art. 79 p.1 with Art. 80 for a plan made in 2025", () => {
    // Druzhba's published 2026 figures, planned in 2025: own revenues 930 − costs 28 849 = −27 919 thousand KZT
    // → subvention 27 919 thousand KZT = 2 791 900 000 tiyn (the published 2026 subvention)
    const t = generalTransfer(Money.thousandKzt("930"), Money.thousandKzt("28849"), 2025, KZ_LAW);
    expect(t.kind).toBe("subvention");
    expect(t.amount.tiyn).toBe(2_791_900_000n);
    // BC2025 Art. 79 p.1: «Бюджетными субвенциями являются трансферты, передаваемые из вышестоящих бюджетов
    // в нижестоящие»; the forecasts by the typical methodology, Art. 80 p.2–6
    expect(t.citation).toMatchObject({ article: "79", paragraph: "1, with Art. 80 p.2-6" });
    expect(t.citation.act).toContain("171-VIII");
  });

  it("gives a budget withdrawal of the surplus under BC2008 Art. 45 p.7–8 for a plan made in 2024", () => {
    // BC2008 Art. 45 p.7: «разница между прогнозными объемами доходов (за минусом трансфертов) и затрат»
    // 50 000.00 − 40 000.00 KZT = +10 000.00 KZT → withdrawal 1 000 000 tiyn
    const t = generalTransfer(Money.kzt("50000"), Money.kzt("40000"), 2024, KZ_LAW);
    expect(t.kind).toBe("withdrawal");
    expect(t.amount.tiyn).toBe(1_000_000n);
    expect(t.citation).toMatchObject({ article: "45", paragraph: "7-8" });
  });

  it("gives no transfer when revenues equal costs", () => {
    const t = generalTransfer(Money.kzt("1.01"), Money.kzt("1.01"), 2020, KZ_LAW);
    expect(t.kind).toBe("none");
    expect(t.amount.tiyn).toBe(0n);
  });

  it("reads the citation by the year the plan is made: BC2008 to 2024, BC2025 from 2025 (Art. 172 p.1, p.6)", () => {
    expect(generalTransferCitation(2024, KZ_LAW).article).toBe("45");
    expect(generalTransferCitation(2025, KZ_LAW).article).toBe("79");
    // the first fourth-level budgets (2018–2020) were planned in 2017 under BC2008 (Art. 243-4 p.1)
    expect(generalTransferCitation(2017, KZ_LAW).article).toBe("45");
  });

  it("refuses years the planning law does not cover and fractional years", () => {
    expect(codeOf(() => generalTransferCitation(2016, KZ_LAW))).toBe("INVALID_INPUT");
    expect(codeOf(() => generalTransfer(Money.zero, Money.zero, 2025.5, KZ_LAW))).toBe("INVALID_INPUT");
  });
});

describe("misuse", () => {
  it("refuses negative forecasts, amounts that are not Money, and a missing law", () => {
    expect(
      errorOf(() => generalTransfer(Money.kzt("930"), Money.kzt("-28849"), 2026, KZ_LAW)).issues,
    ).toEqual([
      { path: ["forecastCosts"], code: "INVALID_AMOUNT", message: "must not be negative, got -28849.00 KZT" },
    ]);
    // every problem at once: an amount that is not a Money, and a year the planning law does not cover
    expect(
      errorOf(() => generalTransfer("930" as unknown as Money, Money.kzt("1"), 2016, KZ_LAW)).issues,
    ).toEqual([
      {
        path: ["forecastOwnRevenues"],
        code: "INVALID_AMOUNT",
        message:
          'must be a Money amount (got "930"): build one with Money.kzt("1250.50") or Money.thousandKzt("54959")',
      },
      {
        path: ["madeIn"],
        code: "INVALID_INPUT",
        message:
          "year 2016 must be a whole year in which the planning law has a formula (plans made from 2017)",
      },
    ]);
    expect(codeOf(() => generalTransfer(Money.zero, Money.zero, 2026, undefined as never))).toBe(
      "INVALID_INPUT",
    );
  });
});
