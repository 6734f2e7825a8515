// Kazakhstan's law value checked rule by rule against the project's reading of the law, not against the
// code: the revenue table and the dated parameters of the domain brief (§2, §5) and the 2025 settlement of
// which Budget Code governs transfers (BC2025 Art. 168 p.14, 16; Art. 172 p.1, 3, 6). One test per part
// of the law, each covering every edition; docs/rules.md names, for each rule, the tests that check it.
import { describe, expect, it } from "vitest";
import { valueOn, valueOnFirstJanuary } from "../src/calendar/dated.js";
import type { IsoDate } from "../src/calendar/iso-date.js";
import { ACTS } from "../src/jurisdictions/kz/acts.js";
import { kazakhstanLaw, kazakhstanRulebook } from "../src/jurisdictions/kz/law.js";
import { MINIMUM_WAGE } from "../src/jurisdictions/kz/parameters.js";
import type { TransferKind } from "../src/law/transfer-law.js";
import type { AttributionKey, PayerKind } from "../src/rules/rule.js";
import { ruleFor } from "../src/rules/rulebook.js";
import { codeOf } from "./support.js";

const RULEBOOK = kazakhstanRulebook();
const LAW = kazakhstanLaw();

describe("the revenue rules of each edition of the list (domain brief §2)", () => {
  it("every fourth-level line with an established code goes to the unit by its key, under the article of the edition", () => {
    // one payment date in each edition, the act and article that list fourth-level revenues then
    const editions = [
      { date: "2019-06-01", act: ACTS.bc2008, article: "52-1" }, // added by Law 11.07.2017 No 90-VI
      { date: "2023-06-01", act: ACTS.bc2008, article: "52-1" }, // as amended by Law 30.06.2021 No 60-VII
      { date: "2025-06-01", act: ACTS.bc2025, article: "168" }, // transitional list, Art. 168 p.7
      { date: "2026-06-01", act: ACTS.bc2025, article: "27" }, // Art. 27 as amended by Law 18.07.2025 No 215-VIII
    ] as const;
    // code, payer kind, attribution key, first and last year listed (the domain brief's table)
    const lines: [string, PayerKind, AttributionKey, number, number][] = [
      ["101202", "individual", "residence", 2018, 9999], // IIT declared by the individual
      ["101202", "individual_entrepreneur", "registered_location", 2018, 9999],
      ["104102", "individual", "object_location", 2018, 9999], // property tax of individuals
      ["104302", "individual", "object_location", 2018, 9999], // land tax, settlement land, individuals
      ["104302", "individual_entrepreneur", "object_location", 2018, 9999],
      ["104402", "individual", "residence", 2018, 9999], // vehicle tax, individuals
      ["104402", "individual_entrepreneur", "residence", 2018, 9999],
      ["104401", "legal_entity", "legal_seat", 2018, 9999], // vehicle tax, legal entities
      ["104501", "legal_entity", "object_location", 2022, 2025], // single land tax
      ["104501", "individual", "object_location", 2022, 2025],
      // outdoor advertising: 105430 also from 2026 (Order 04.04.2025 No 152, 1 05 4 30, fourth-level column)
      ["105430", "legal_entity", "advertisement_location", 2018, 9999],
      // from the distribution tables (Order 404 as restated 21.12.2022; Orders 150, 152): 2018–2021 not read
      ["104302", "legal_entity", "object_location", 2022, 9999], // 1 04 3 02 «Земельный налог»
      ["105315", "legal_entity", "object_location", 2022, 9999], // land-use fee
      ["105310", "legal_entity", "object_location", 2026, 9999], // MET on common minerals (2026 list)
      ["204170", "individual", "receiving_unit", 2022, 9999], // fines imposed by the akim
      ["303101", "legal_entity", "object_location", 2022, 9999], // sale of land plots
      ["303202", "legal_entity", "object_location", 2022, 9999], // sale of land-lease rights
      ["303202", "individual", "object_location", 2022, 9999],
    ];
    for (const { date, act, article } of editions) {
      const year = Number(date.slice(0, 4));
      for (const [ebk, payer, key, first, last] of lines) {
        const where = `${ebk} ${payer} ${date}`;
        if (year < first || year > last) {
          expect(
            codeOf(() => ruleFor(RULEBOOK, ebk, date, payer)),
            where,
          ).toBe("NO_RULE");
          continue;
        }
        const rule = ruleFor(RULEBOOK, ebk, date, payer);
        expect({ key: rule.key, recipient: rule.recipient, article: rule.citation.article }, where).toEqual({
          key,
          recipient: "fourth_level",
          article,
        });
        expect(rule.citation.act.startsWith(act), where).toBe(true);
      }
    }
  });

  it("the codes met in practice that are not fourth-level revenues go to the district or higher, in every edition", () => {
    // IIT withheld at source (keyed on the tax agent, the employer), IIT of foreigners not withheld, CIT of
    // non-large companies, social tax, property tax of legal entities and entrepreneurs
    const outside: [string, PayerKind[]][] = [
      ["101201", ["individual", "individual_entrepreneur", "legal_entity"]],
      ["101205", ["individual", "individual_entrepreneur"]],
      ["101111", ["legal_entity"]],
      ["103101", ["individual_entrepreneur", "legal_entity"]],
      ["104101", ["individual_entrepreneur", "legal_entity"]],
    ];
    for (const date of ["2019-06-01", "2023-06-01", "2025-06-01", "2026-06-01"] as const) {
      for (const [ebk, payers] of outside) {
        for (const payer of payers) {
          const rule = ruleFor(RULEBOOK, ebk, date, payer);
          expect(rule.recipient, `${ebk} ${payer} ${date}`).toBe("district_or_higher");
          if (ebk === "101201") expect(rule.key).toBe("legal_seat");
        }
      }
    }
  });
});

describe("the transfer kinds of each edition (BC2025 governs every transfer dated 2025)", () => {
  it("each kind exists on its dates with its direction and article, and no other", () => {
    type Expected = Partial<Record<TransferKind, { down?: string; up?: string }>>;
    const byDate: [IsoDate, string, Expected][] = [
      [
        "2024-06-01", // BC2008, ed. 2024-01-01
        ACTS.bc2008,
        {
          subvention: { down: "45" },
          budget_withdrawal: { up: "45" },
          targeted_current: { down: "46", up: "46" },
          targeted_development: { down: "46" },
          cash_gap_loan: { down: "20" },
          cash_gap_repayment: { up: "20" },
          targeted_return: { up: "44" },
        },
      ],
      [
        "2025-06-01", // BC2025 in 2025: Art. 79 p.4-6 switched off (Art. 168 p.16)
        ACTS.bc2025,
        {
          subvention: { down: "79" },
          budget_withdrawal: { up: "79" },
          targeted_current: { down: "83", up: "83" },
          targeted_development: { down: "83" },
          cash_gap_loan: { down: "20" },
          cash_gap_repayment: { up: "20" },
          targeted_return: { up: "116" },
        },
      ],
      [
        "2026-06-01", // BC2025 in full
        ACTS.bc2025,
        {
          subvention: { down: "79" },
          budget_withdrawal: { up: "79" },
          targeted_current: { down: "83", up: "83" },
          targeted_development: { down: "83" },
          targeted_general: { down: "79" },
          cash_gap_loan: { down: "20" },
          cash_gap_repayment: { up: "20" },
          targeted_return: { up: "116" },
        },
      ],
    ];
    for (const [date, act, expected] of byDate) {
      const kinds = valueOn(LAW.transfers, date).value.kinds;
      const articles = Object.fromEntries(
        Object.entries(kinds).map(([kind, rule]) => [
          kind,
          Object.fromEntries(Object.entries(rule?.citations ?? {}).map(([d, c]) => [d, c.article])),
        ]),
      );
      expect(articles, date).toEqual(expected);
      for (const rule of Object.values(kinds)) {
        for (const citation of Object.values(rule?.citations ?? {})) expect(citation.act).toBe(act);
      }
    }
  });
});

describe("the minimum wage (domain brief §5, as published)", () => {
  it("is 28 284, 42 500 (2019-2021), 60 000, 70 000 and 85 000 (2024-2026) KZT a month", () => {
    const byYear = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026].map((year) =>
      valueOnFirstJanuary(MINIMUM_WAGE, year).value.toKzt(),
    );
    expect(byYear).toEqual([
      "28284.00",
      "42500.00",
      "42500.00",
      "42500.00",
      "60000.00",
      "70000.00",
      "85000.00",
      "85000.00",
      "85000.00",
    ]);
  });
});
