// The published worked examples of the land tax, the outdoor advertising fee, self-assessed IIT and the
// 2022 MRP for benefits (data/tax/tax-examples.json), tested like the vehicle examples: the legally right
// amount, and where the published one is wrong, the reason. Where the right amount cannot be computed
// from what was published (land-01), the part that can is tested: which rate applies.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../../../test/support.js";
import { valueOn } from "../../../calendar/dated.js";
import { addDays } from "../../../calendar/iso-date.js";
import type { Citation } from "../../../citation/citation.js";
import { Money } from "../../../money/money.js";
import { mrpForBenefits } from "../parameters.js";
import { advertisingFee } from "./advertising/advertising-fee.js";
import { selfAssessedIit } from "./iit/self-assessed-iit.js";
import { landTax } from "./land/land-tax.js";
import { propertyTax } from "./property/property-tax.js";

interface Example {
  readonly id: string;
  readonly tax: string;
  readonly year: number;
  readonly inputs: Record<string, unknown>;
  readonly expectedTenge: number | null;
  readonly source: string;
  readonly recomputed: unknown;
  readonly verdict: string;
}

const EXAMPLES = JSON.parse(
  readFileSync(join(__dirname, "../../../../data/tax/tax-examples.json"), "utf8"),
) as Example[];
const example = (id: string): Example => {
  const found = EXAMPLES.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no example ${id} in data/tax/tax-examples.json`);
  return found;
};
/** A published amount in KZT as the library writes it (`null`, a deadline example, is not an amount). */
const tenge = (kzt: number | null) => Money.kzt(String(kzt)).toKzt();

// The helpers stand before the first test, so that the rules table links tests by what they call.
/** A column-C rate the city set, as the caller's table: the test checks rate × MRP only. */
const cityRate = (mrp: string, e: Example) => ({
  columnC: { video: [{ mrp }] },
  citation: {
    act: "Almaty city maslikhat decision on the rates of the outdoor advertising fee",
    article: "",
    evidence: "published",
    publishedIn: e.source,
    versionDate: `${e.year}-01-01`,
  } satisfies Citation,
});
const fee = (e: Example, mrp: string) =>
  advertisingFee({
    year: e.year,
    months: e.inputs.months as number[],
    sides: 1,
    location: { kind: "fourth_level_column_c", objectType: "video" },
    notified: true,
    rateTable: cityRate(mrp, e),
  }).amount.toKzt();

const iit = (year: number, taxable: string) =>
  selfAssessedIit({
    year,
    payer: "individual",
    income: { kind: "taxable", amount: Money.kzt(taxable) },
  }).amount.toKzt();

describe("published examples: every one names its source and its verdict", () => {
  it.each(["land-01", "adv-01", "adv-02", "iit-09", "iit-10", "iit-11", "mrp-2022-benefits"])("%s", (id) => {
    const e = example(id);
    expect(e.source).toMatch(/^https?:\/\//);
    expect(e.source).toMatch(/\(.*\d{4}.*\)/); // a date or at least a year
    expect(e.verdict).not.toBe("");
  });
});

describe("land-01: a residential plot in Almaty taxed at the non-housing rate (news.mail.ru, 2025)", () => {
  const e = example("land-01");
  const plot = { kind: "settlement", areaM2: 1000, category: "almaty" } as const;

  it("the published 28 950 is the land tax of a NON-housing plot: 1 000 m² × 28.95 (2017 Code Art. 505)", () => {
    expect(landTax({ year: e.year, payer: "individual", plot }).amount.toKzt()).toBe(tenge(e.expectedTenge));
  });

  it("an individual's residential plot pays no land tax from 2020: it is taxed inside the property tax", () => {
    expect(
      codeOf(() => landTax({ year: e.year, payer: "individual", plot: { ...plot, use: "housing" } })),
    ).toBe("NO_RULE");
    // the 2025 housing-land rates of the property tax were not read: the right 2025 amount is not computable
    expect(e.recomputed).toMatchObject({ legalAmount: "not computable" });
    expect(
      codeOf(() =>
        propertyTax({
          year: e.year,
          objects: [],
          land: [{ kind: "housing", areaM2: "1000", category: "almaty" }],
        }),
      ),
    ).toBe("INVALID_INPUT");
  });

  it("the rates that apply, as read in the 2026 Code (Art. 602 p.2–3): 0.96 under housing, 0.20 adjacent", () => {
    const land = (parts: Parameters<typeof propertyTax>[0]["land"]) =>
      propertyTax({ year: 2026, objects: [], land: parts }).amount.toKzt();
    // 1 000 × 0.96 = 960; 1 000 × 0.20 = 200; 150 × 0.96 + 850 × 0.20 = 144 + 170 = 314
    expect(land([{ kind: "housing", areaM2: "1000", category: "almaty" }])).toBe("960.00");
    expect(land([{ kind: "adjacent", areaM2: "1000", settlement: "city" }])).toBe("200.00");
    expect(
      land([
        { kind: "housing", areaM2: "150", category: "almaty" },
        { kind: "adjacent", areaM2: "850", settlement: "city" },
      ]),
    ).toBe("314.00");
  });
});

describe("advertising fee: rate × MRP of the month of placement (Almaty's own rates, not fourth level)", () => {
  it("adv-01 (dzen.ru, 2024): an LED screen at 40 MRP in November 2024 = 40 × 3 692 = 147 680 (20 MRP: 73 840)", () => {
    const e = example("adv-01");
    expect(fee(e, "40")).toBe(tenge(e.expectedTenge));
    expect(fee(e, "20")).toBe("73840.00");
    // the same object in January 2025 takes the 2025 MRP: 40 × 3 932 = 157 280
    expect(fee({ ...e, year: 2025, inputs: { months: [1] } }, "40")).toBe("157280.00");
  });

  it("adv-02 (mgorod.kz, 11.05.2023): a mural at 200 MRP a month in May 2023 = 200 × 3 450 = 690 000", () => {
    const e = example("adv-02");
    expect(fee(e, "200")).toBe(tenge(e.expectedTenge));
  });
});

describe("self-assessed IIT (EBK 101202, the fourth-level line of the declared residence)", () => {
  it("iit-09 (dzen.ru, 2020): a flat sold within a year with a 2 mn gain, 2019: 10 % = 200 000", () => {
    const e = example("iit-09");
    expect(iit(e.year, "2000000")).toBe(tenge(e.expectedTenge));
  });

  it("iit-10 (ng.kz, 2026): a 5 mn gain, the only income, 2026: 10 % below 8 500 MRP = 500 000", () => {
    const e = example("iit-10");
    // 5 000 000 < 8 500 × 4 325 = 36 762 500: all at 10 %
    expect(iit(e.year, "5000000")).toBe(tenge(e.expectedTenge));
  });

  it("iit-11 (uchet.kz, 2026): the return by 15 September, the tax within ten days: 25 September", () => {
    const e = example("iit-11");
    // 2026 Code Art. 418 p.1 and Art. 419 p.1, for income of 2026
    expect(addDays("2027-09-15", 10)).toBe("2027-09-25");
    expect(e.recomputed).toEqual({ returnDue: "2027-09-15", paymentDue: "2027-09-25" });
  });
});

describe("mrp-2022-benefits (tengrinews.kz, 13.05.2022): 3 180 from 1 April 2022", () => {
  it("is the library's MRP for benefits by default", () => {
    const e = example("mrp-2022-benefits");
    expect(valueOn(mrpForBenefits(), "2022-04-01").value.toKzt()).toBe(tenge(e.expectedTenge));
    expect(valueOn(mrpForBenefits(), "2022-03-31").value.toKzt()).toBe("3063.00");
  });
});
