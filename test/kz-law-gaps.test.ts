// The gaps of the law data closed for issue 12, each checked against the law as read or the published
// source, not against the code: the IIT of entrepreneurs on the mobile-application regime (BC2025 Art. 26
// p.1(3), Art. 168 p.4(1), 6(1)), the EBK codes of the fourth-level lines (established or open, with why),
// and the workplace key, which no revenue of the law in force uses (TC2026 Art. 440 p.4–5).
import { describe, expect, it } from "vitest";
import { attribute } from "../src/attribution/attribute.js";
import type { Receipt } from "../src/attribution/receipt.js";
import { ACTS } from "../src/jurisdictions/kz/acts.js";
import { kazakhstanLaw, kazakhstanRulebook } from "../src/jurisdictions/kz/law.js";
import { OPEN_CODE_SLUGS, openCodeMessage } from "../src/jurisdictions/kz/open-codes.js";
import { type EditionId, FOURTH_LEVEL_REVENUE_LINES } from "../src/jurisdictions/kz/revenue-lines.js";
import { kazakhstanTerritory } from "../src/jurisdictions/kz/territory.js";
import { accountId } from "../src/ledger/ledger.js";
import { Money } from "../src/money/money.js";
import { ruleFor } from "../src/rules/rulebook.js";
import { ALL_OPEN_CODES } from "./arbitraries/receipts.js";
import { codeOf, errorOf, inputIssuesOf } from "./support.js";

const TERRITORY = kazakhstanTerritory();
const MOBILE = "iit-mobile-app-entrepreneurs";
/** A test code: the real EBK code of the line is not established. */
const MOBILE_CODE = "101299";
const EDITIONS: readonly EditionId[] = ["bc2008-2018", "bc2008-2022", "bc2025-transitional", "bc2025"];
const FROM_2022: readonly EditionId[] = ["bc2008-2022", "bc2025-transitional", "bc2025"];
const BEL_AGACH_VILLAGE = "104035100"; // с.Бель-Агач, Бель-Агачский с.о., Бородулихинский район 104000000

const mobileReceipt = (paymentDate: Receipt["paymentDate"]): Receipt => ({
  id: "m-1",
  ebk: MOBILE_CODE,
  amount: Money.kzt("12000"),
  paymentDate,
  payerKind: "individual_entrepreneur",
  places: { registered_location: BEL_AGACH_VILLAGE },
});

describe("IIT of entrepreneurs on the special regime with a mobile application (BC2025 Art. 26 p.1(3))", () => {
  const book = kazakhstanRulebook({ openCodes: { [MOBILE]: MOBILE_CODE } });

  it("from 2026 it goes to the district: BC2025 Art. 26 p.1(3), not Art. 27", () => {
    const rule = ruleFor(book, MOBILE_CODE, "2026-03-10", "individual_entrepreneur");
    expect(rule.recipient).toBe("district_or_higher");
    expect(rule.key).toBe("registered_location");
    expect(rule.citation).toMatchObject({ act: ACTS.bc2025, article: "26", paragraph: "1(3)" });
  });

  it("in 2025 it is part of the IIT shared by the oblast maslikhat's norms (Art. 168 p.4(1), 6(1))", () => {
    const rule = ruleFor(book, MOBILE_CODE, "2025-06-01", "individual_entrepreneur");
    expect(rule.recipient).toBe("district_or_higher");
    expect(rule.citation).toMatchObject({ act: ACTS.bc2025, article: "168", paragraph: "4(1), 6(1)" });
    // before 2025 the line has no rule (BC2008 was not read for it), and only entrepreneurs pay it
    expect(codeOf(() => ruleFor(book, MOBILE_CODE, "2024-12-31", "individual_entrepreneur"))).toBe("NO_RULE");
    expect(codeOf(() => ruleFor(book, MOBILE_CODE, "2026-03-10", "individual"))).toBe("NO_RULE");
  });

  it("a receipt with the supplied code is attributed to the district or higher budgets of the place", () => {
    const { postings } = attribute([mobileReceipt("2026-03-10")], { rulebook: book, territory: TERRITORY });
    const p = postings[0];
    expect(p && accountId(p.to)).toBe("district_or_higher:104000000");
    expect(p?.amount.toKzt()).toBe("12000.00");
    expect(p?.citation).toMatchObject({ article: "26", paragraph: "1(3)" });
  });

  it("without the code the receipt is refused, and the open line names the option that supplies it", () => {
    const plain = kazakhstanRulebook();
    const error = errorOf(() =>
      attribute([mobileReceipt("2026-03-10")], { rulebook: plain, territory: TERRITORY }),
    );
    expect(error.issues.map((i) => i.code)).toEqual(["UNKNOWN_EBK"]);
    // the refusal itself names the open lines and the option that supplies a code
    expect(error.issues[0]?.message).toContain(MOBILE);
    expect(error.issues[0]?.message).toContain("--open-code <line>=<code>");
    // once every open code is supplied there is nothing left to suggest
    const all = Object.fromEntries(OPEN_CODE_SLUGS.map((slug, i) => [slug, String(900001 + i)]));
    expect(kazakhstanRulebook({ openCodes: all }).unknownCodeNote).toBeUndefined();
    const message = openCodeMessage(MOBILE);
    expect(message).toContain("mobile application");
    expect(message).toContain(`openCodes["${MOBILE}"]`);
    expect(message).toContain(`--open-code ${MOBILE}=`);
    // an option naming a line that is not open lists the open lines, this one among them
    const issues = inputIssuesOf(() => kazakhstanLaw({ openCodes: { "iit-mobile-app": MOBILE_CODE } }));
    expect(issues[0]?.message).toContain(MOBILE);
  });
});

describe("the EBK codes of the fourth-level lines: published, tabled, or open with the reason", () => {
  it("each line has its codes by edition and where they were seen; only 2018–2021 stay open", () => {
    // the codes published undated (egov.kz list; 105430 a KGD department page), in every edition
    const everyEdition: Record<string, string> = {
      "iit-self-assessed-individuals": "101202",
      "iit-self-assessed-entrepreneurs": "101202",
      "property-tax-individuals": "104102",
      "land-tax-settlements-individuals": "104302",
      "single-land-tax": "104501",
      "vehicle-tax-individuals": "104402",
      "vehicle-tax-legal-entities": "104401",
      "outdoor-advertising-fee": "105430",
      "land-lease-rights-fee": "303202",
    };
    for (const [slug, code] of Object.entries(everyEdition)) {
      const line = FOURTH_LEVEL_REVENUE_LINES.find((l) => l.slug === slug);
      for (const edition of EDITIONS) expect(line?.ebk[edition], `${slug} ${edition}`).toEqual([code]);
      expect(line?.ebkSource, slug).toMatch(new RegExp(`^${code} as published: `));
    }
    // the codes the Minister of Finance's distribution tables give the fourth level (Order 404 as restated
    // 21.12.2022; Order 150 for 2025; Order 152 from 2026), quoted from their column «Города районного
    // значения, села, поселка, сельского округа»: a line listed in 2018–2021 has no code then (not read)
    const fromTables: Record<string, [readonly string[], readonly EditionId[]]> = {
      "land-tax-settlements-legal-entities": [["104302"], FROM_2022], // 1 04 3 02 «Земельный налог»
      "land-use-fee": [["105315"], FROM_2022], // 1 05 3 15 «Плата за пользование земельными участками»
      "outdoor-advertising-fee-2026": [["105430"], ["bc2025"]], // 1 05 4 30, Order 152
      "mineral-extraction-tax-common-minerals": [["105310"], ["bc2025"]], // 1 05 3 10, Order 152
      "fines-imposed-by-akim": [["204170"], FROM_2022], // 2 04 1 70 «… налагаемые акимами города районного значения …»
      "voluntary-contributions": [["206115"], FROM_2022], // 2 06 1 15 «Добровольные сборы физических и юридических лиц»
      // 2 01 1 02 enterprises' net income, 2 01 4 02 participation shares, 2 01 5 10 rent of the unit's property
      "communal-property-income": [["201102", "201402", "201510"], FROM_2022],
      // 2 01 7 06, 13, 18: interest on budget loans from the local budget (a line of the 2026 list only)
      "interest-on-loans": [["201706", "201713", "201718"], ["bc2025"]],
      "other-non-tax": [["202102", "203102", "204114", "206105", "206107", "206109", "206117"], FROM_2022],
      "sale-of-property": [["301102"], FROM_2022], // 3 01 1 02 «… финансируемыми из местного бюджета»
      "sale-of-land-plots": [["303101"], FROM_2022], // 3 03 1 01 «Поступления от продажи земельных участков»
    };
    for (const [slug, [codes, editions]] of Object.entries(fromTables)) {
      const line = FOURTH_LEVEL_REVENUE_LINES.find((l) => l.slug === slug);
      for (const edition of EDITIONS) {
        expect(line?.ebk[edition], `${slug} ${edition}`).toEqual(
          editions.includes(edition) ? codes : undefined,
        );
      }
      expect(line?.ebkSource, slug).toMatch(new RegExp(`^${codes.join(", ")} as tabled: `));
      const openEditions = Object.keys(line?.paragraphs ?? {}).filter(
        (e) => !editions.includes(e as EditionId),
      );
      expect(openEditions, slug).toEqual(openEditions.length === 0 ? [] : ["bc2008-2018"]);
      if (openEditions.length > 0) expect(line?.ebkSource, slug).toContain("open for 2018–2021");
    }
    expect(Object.keys(everyEdition).length + Object.keys(fromTables).length).toBe(
      FOURTH_LEVEL_REVENUE_LINES.length,
    );
    // six lines stay open in 2018–2021, and the mobile-application IIT (not a fourth-level line) everywhere
    expect(OPEN_CODE_SLUGS).toEqual([
      "land-tax-settlements-legal-entities",
      "fines-imposed-by-akim",
      "voluntary-contributions",
      "communal-property-income",
      "other-non-tax",
      "sale-of-property",
      MOBILE,
    ]);
  });

  it("the open-code message names the line, why its code is open and the option that supplies it", () => {
    const message = openCodeMessage("fines-imposed-by-akim");
    expect(message).toContain("Fines imposed by the akim of the unit");
    expect(message).toContain("open for 2018–2021");
    expect(message).toContain('openCodes["fines-imposed-by-akim"]');
    expect(message).toContain("--open-code fines-imposed-by-akim=");
  });

  it("a rule built from a supplied code says the code is the caller's; a tabled one does not", () => {
    const book = kazakhstanRulebook({ openCodes: { "fines-imposed-by-akim": "204170" } });
    expect(ruleFor(book, "204170", "2021-03-10", "legal_entity").note).toContain(
      'EBK code supplied by the caller (openCodes["fines-imposed-by-akim"])',
    );
    expect(ruleFor(book, "204170", "2022-03-10", "legal_entity").note).toBeUndefined();
  });
});

describe("the workplace key: the law in force keys no revenue on the workplace (TC2026 Art. 440 p.4–5)", () => {
  it("no rule of kazakhstanLaw(), with or without the open codes, keys on the workplace, in any edition", () => {
    for (const law of [kazakhstanLaw(), kazakhstanLaw({ openCodes: ALL_OPEN_CODES })]) {
      expect(law.revenueRules.length).toBeGreaterThan(0);
      expect(law.revenueRules.filter((rule) => rule.key === "workplace").map((rule) => rule.id)).toEqual([]);
    }
  });

  it("IIT withheld at source follows the tax agent's seat and goes above the fourth level", () => {
    // Art. 440 p.4: the tax agent pays «по месту своего нахождения»; BC2025 Art. 26 p.1(2): to the district
    for (const date of ["2019-06-01", "2025-06-01", "2026-06-01"] as const) {
      const rule = ruleFor(kazakhstanRulebook(), "101201", date, "individual");
      expect({ key: rule.key, recipient: rule.recipient }, date).toEqual({
        key: "legal_seat",
        recipient: "district_or_higher",
      });
    }
  });
});
