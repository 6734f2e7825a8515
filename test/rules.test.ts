import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../src/calendar/iso-date.js";
import { FourthLevelError } from "../src/errors/error.js";
import { kazakhstanRulebook } from "../src/jurisdictions/kz/law.js";
import { type EditionId, FOURTH_LEVEL_REVENUE_LINES } from "../src/jurisdictions/kz/revenue-lines.js";
import { PAYER_KINDS, type PayerKind, type RevenueRule } from "../src/rules/rule.js";
import { createRulebook, type Rulebook, ruleFor } from "../src/rules/rulebook.js";
import {
  ALL_OPEN_CODES,
  dateOfDay,
  dayNumber,
  everyDate,
  FULL_RULEBOOK,
  isoDateArb,
  payerKindArb,
  RULEBOOK,
  RULEBOOK_CODES,
} from "./arbitraries/receipts.js";
import { codeOf, inputIssuesOf, issueCodesOf } from "./support.js";

/** ruleFor, or the code of the error it throws. */
function lookup(book: Rulebook, ebk: string, date: IsoDate, kind: PayerKind): RevenueRule | string {
  try {
    return ruleFor(book, ebk, date, kind);
  } catch (e) {
    if (e instanceof FourthLevelError) return e.code;
    throw e;
  }
}

/** The article that lists fourth-level revenues on a date, from the domain brief (not from the code). */
function expectedArticle(date: string): string {
  if (date < "2025-01-01") return "52-1"; // BC2008 Art. 52-1 (2018–2024)
  if (date < "2026-01-01") return "168"; // BC2025 transitional Art. 168 p.7 (2025)
  return "27"; // BC2025 Art. 27 (2026 →)
}

const codesOf = (book: Rulebook) => [...new Set(book.rules.map((r) => r.ebk))].sort();

describe("exactly one rule applies (invariant 2)", () => {
  it("every code × every day 2018–2030 × every payer kind: one rule in force or NO_RULE, never SEVERAL_RULES", () => {
    const days = everyDate("2018-01-01", "2030-12-31");
    for (const book of [RULEBOOK, FULL_RULEBOOK]) {
      const outcomes = new Map<string, number>();
      for (const ebk of codesOf(book)) {
        for (const date of days) {
          for (const kind of PAYER_KINDS) {
            const r = lookup(book, ebk, date, kind);
            const key = typeof r === "string" ? r : "rule";
            outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
            if (typeof r !== "string") {
              if (r.ebk !== ebk || r.from > date || (r.to !== undefined && r.to < date)) {
                throw new Error(`rule ${r.id} returned for ${ebk} on ${date} is not in force`);
              }
              if (!r.payerKinds.includes(kind)) throw new Error(`rule ${r.id} does not cover ${kind}`);
            }
          }
        }
      }
      expect([...outcomes.keys()].sort()).toEqual(["NO_RULE", "rule"]);
    }
  });

  // 2018–2030 is covered exhaustively above; these properties reach the inputs it does not.
  /** A rulebook, one of its codes, a day from `from` to `to` and a payer kind. */
  const bookCodeDateKind = (from: string, to: string) =>
    fc
      .constantFrom(RULEBOOK, FULL_RULEBOOK)
      .chain((book) =>
        fc.tuple(
          fc.constant(book),
          fc.constantFrom(...codesOf(book)),
          isoDateArb(from as IsoDate, to as IsoDate),
          payerKindArb,
        ),
      );
  it("property: before 2018 (no fourth-level budgets, Law 11.07.2017 No 90-VI) every code and payer kind is NO_RULE", () => {
    fc.assert(
      fc.property(bookCodeDateKind("1900-01-01", "2017-12-31"), ([book, ebk, date, kind]) => {
        expect(lookup(book, ebk, date, kind)).toBe("NO_RULE");
      }),
      { numRuns: 500 },
    );
  });

  it("property: after 2030 the rule is the one of 31.12.2030 (no edition after BC2025 is in the rulebook)", () => {
    fc.assert(
      fc.property(bookCodeDateKind("2031-01-01", "2100-12-31"), ([book, ebk, date, kind]) => {
        const later = lookup(book, ebk, date, kind);
        const last = lookup(book, ebk, "2030-12-31", kind);
        expect(typeof later === "string" ? later : later.id).toBe(typeof last === "string" ? last : last.id);
      }),
      { numRuns: 500 },
    );
  });

  it("property: a 6-digit code without a rule is UNKNOWN_EBK on any date and for any payer kind", () => {
    const known = new Set([...codesOf(RULEBOOK), ...codesOf(FULL_RULEBOOK)]);
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 999_999 })
          .map((n) => String(n).padStart(6, "0"))
          .filter((c) => !known.has(c)),
        isoDateArb("1900-01-01", "2100-12-31"),
        payerKindArb,
        (ebk, date, kind) => {
          expect(lookup(RULEBOOK, ebk, date, kind)).toBe("UNKNOWN_EBK");
          expect(lookup(FULL_RULEBOOK, ebk, date, kind)).toBe("UNKNOWN_EBK");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("property: the rule found cites the article in force on the payment date", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RULEBOOK_CODES),
        isoDateArb("2018-01-01", "2030-12-31"),
        payerKindArb,
        (ebk, date, kind) => {
          const r = lookup(RULEBOOK, ebk, date, kind);
          fc.pre(typeof r !== "string");
          expect((r as RevenueRule).citation.article).toBe(expectedArticle(date));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("an unknown code is UNKNOWN_EBK, not NO_RULE", () => {
    expect(codeOf(() => ruleFor(RULEBOOK, "999999", "2026-03-10", "individual"))).toBe("UNKNOWN_EBK");
    // a line open in 2018–2021 has no rule then until the caller gives it a code
    expect(codeOf(() => ruleFor(RULEBOOK, "204170", "2021-03-10", "individual"))).toBe("NO_RULE");
    expect(ruleFor(FULL_RULEBOOK, "204170", "2021-03-10", "individual").id).toBe(
      "kz.bc2008-2018.fines-imposed-by-akim",
    );
    // the mobile-application IIT is open in every edition: its code is unknown without the caller's
    expect(codeOf(() => ruleFor(RULEBOOK, "101299", "2026-03-10", "individual_entrepreneur"))).toBe(
      "UNKNOWN_EBK",
    );
  });

  it("ALL_OPEN_CODES gives a code to every open line of the law", () => {
    const open = [
      ...FOURTH_LEVEL_REVENUE_LINES.filter((l) =>
        (Object.keys(l.paragraphs) as EditionId[]).some((id) => l.ebk[id] === undefined),
      ).map((l) => l.slug),
      "iit-mobile-app-entrepreneurs",
    ];
    expect(Object.keys(ALL_OPEN_CODES).sort()).toEqual(open.sort());
  });
});

// ---------------------------------------------------------------------------------------------------
// createRulebook refuses ambiguous or uncited rules
// ---------------------------------------------------------------------------------------------------

const CITATION = { act: "Test Act", article: "1", versionDate: "2026-01-01" } as const;

function testRule(id: string, fields: Partial<RevenueRule> = {}): RevenueRule {
  return {
    id,
    ebk: "104402",
    revenue: "test",
    category: "tax",
    payerKinds: ["individual"],
    key: "residence",
    recipient: "fourth_level",
    from: "2020-01-01",
    citation: CITATION,
    ...fields,
  };
}

/** A date range 2018..2030, `to` sometimes open. */
const rangeArb = fc
  .tuple(
    fc.integer({ min: dayNumber("2018-01-01"), max: dayNumber("2030-12-31") }),
    fc.integer({ min: 0, max: 3000 }),
    fc.boolean(),
  )
  .map(([start, length, open]) => ({
    from: dateOfDay(start),
    ...(open ? {} : { to: dateOfDay(start + length) }),
    fromDay: start,
    toDay: open ? Number.POSITIVE_INFINITY : start + length,
  }));

const kindsArb = fc.subarray([...PAYER_KINDS], { minLength: 1 });

describe("createRulebook", () => {
  it("property: two rules of one code are accepted exactly when they share no day or no payer kind", () => {
    fc.assert(
      fc.property(rangeArb, rangeArb, kindsArb, kindsArb, (ra, rb, ka, kb) => {
        const a = testRule("a", {
          from: ra.from,
          ...(ra.to === undefined ? {} : { to: ra.to }),
          payerKinds: ka,
        });
        const b = testRule("b", {
          from: rb.from,
          ...(rb.to === undefined ? {} : { to: rb.to }),
          payerKinds: kb,
        });
        // overlap computed on day numbers, independently of the code's string comparison
        const daysOverlap = ra.fromDay <= rb.toDay && rb.fromDay <= ra.toDay;
        const kindsOverlap = ka.some((k) => kb.includes(k));
        const expected = daysOverlap && kindsOverlap ? ["SEVERAL_RULES"] : [];
        expect(issueCodesOf(() => createRulebook([a, b]))).toEqual(expected);
        expect(issueCodesOf(() => createRulebook([b, a]))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it("property: a copy of a Kazakhstan rule on any day it is in force, sharing a payer kind, is refused with SEVERAL_RULES naming both", () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...RULEBOOK.rules)
          .chain((rule) =>
            fc.tuple(
              fc.constant(rule),
              isoDateArb(rule.from, rule.to ?? "2030-12-31"),
              fc.constantFrom(...rule.payerKinds),
            ),
          ),
        ([rule, day, kind]) => {
          const clash = testRule("clash", { ebk: rule.ebk, from: day, to: day, payerKinds: [kind] });
          const issues = inputIssuesOf(() => createRulebook([...RULEBOOK.rules, clash]));
          // one issue, at the clashing rule (the last one), naming both rules
          expect(issues).toHaveLength(1);
          expect(issues[0]?.code).toBe("SEVERAL_RULES");
          expect(issues[0]?.path).toEqual([RULEBOOK.rules.length]);
          expect(issues[0]?.message).toContain(`rules ${rule.id} and clash `);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("property: a rule without a citation, or with its act, article or edition date blank, does not load (INVALID_RULE)", () => {
    const brokenCitation = fc.oneof(
      fc.constant(undefined),
      fc
        .tuple(fc.constantFrom("act", "article", "versionDate"), fc.constantFrom("", "   ", undefined))
        .map(([field, value]) => {
          const c: Record<string, string | undefined> = { ...CITATION };
          if (value === undefined) delete c[field];
          else c[field] = value;
          return c;
        }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...RULEBOOK.rules), brokenCitation, (rule, citation) => {
        const broken = { ...rule, id: "uncited", ebk: "999999", citation } as unknown as RevenueRule;
        const issues = inputIssuesOf(() => createRulebook([...RULEBOOK.rules, broken]));
        expect(issues.map((i) => i.code)).toEqual(["INVALID_RULE"]);
        expect(issues[0]?.path.slice(0, 2)).toEqual([RULEBOOK.rules.length, "citation"]);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses malformed rules: duplicate id, end before start, bad code, no payer kinds, unknown key, bad date", () => {
    const problems = (rules: readonly RevenueRule[]) =>
      inputIssuesOf(() => createRulebook(rules)).map((i) => [i.path, i.code]);
    expect(problems([testRule("x"), testRule("x", { ebk: "104102" })])).toEqual([
      [[1, "id"], "INVALID_RULE"],
    ]);
    expect(problems([testRule("x", { from: "2022-01-01", to: "2021-12-31" })])).toEqual([
      [[0, "to"], "INVALID_RULE"],
    ]);
    expect(problems([testRule("x", { ebk: "12345" })])).toEqual([[[0, "ebk"], "INVALID_RULE"]]);
    expect(problems([testRule("x", { payerKinds: [] })])).toEqual([[[0, "payerKinds"], "INVALID_RULE"]]);
    expect(problems([testRule("x", { key: "birthplace" as unknown as RevenueRule["key"] })])).toEqual([
      [[0, "key"], "INVALID_INPUT"],
    ]);
    expect(problems([testRule("x", { from: "2025-02-29" })])).toEqual([[[0, "from"], "INVALID_DATE"]]);
    // every problem at once, each at its rule
    expect(problems([testRule("x", { ebk: "12345" }), testRule("y", { from: "2025-02-29" })])).toEqual([
      [[0, "ebk"], "INVALID_RULE"],
      [[1, "from"], "INVALID_DATE"],
    ]);
    // a one-day rule is fine; a rule ending the day before another starts does not overlap it
    expect(() =>
      createRulebook([
        testRule("a", { from: "2021-12-31", to: "2021-12-31" }),
        testRule("b", { from: "2022-01-01" }),
      ]),
    ).not.toThrow();
  });

  it("kazakhstanRulebook refuses open codes that collide, name no open line, or are not six digits", () => {
    // voluntary contributions and other non-tax receipts share subclass 2-06-1: one code for both is ambiguous
    expect(
      issueCodesOf(() =>
        kazakhstanRulebook({ openCodes: { "voluntary-contributions": "206115", "other-non-tax": "206115" } }),
      ),
    ).toContain("SEVERAL_RULES");
    // a caller's code for 2018–2021 that the tables give another line from 2022 collides with nothing
    expect(() => kazakhstanRulebook({ openCodes: { "other-non-tax": "206115" } })).not.toThrow();
    expect(
      inputIssuesOf(() => kazakhstanRulebook({ openCodes: { "vehicle-tax-individuals": "104402" } })),
    ).toEqual([
      expect.objectContaining({ path: ["openCodes", "vehicle-tax-individuals"], code: "INVALID_RULE" }),
    ]);
    expect(
      inputIssuesOf(() => kazakhstanRulebook({ openCodes: { "fines-imposed-by-akim": "12345" } })),
    ).toEqual([
      expect.objectContaining({ path: ["openCodes", "fines-imposed-by-akim"], code: "INVALID_RULE" }),
    ]);
    // a line the tables close in every edition that lists it is no longer open
    expect(inputIssuesOf(() => kazakhstanRulebook({ openCodes: { "land-use-fee": "105315" } }))).toEqual([
      expect.objectContaining({ path: ["openCodes", "land-use-fee"], code: "INVALID_RULE" }),
    ]);
    // the advertising fee keeps 105430 in 2026: the two lines' rules do not overlap in time
    expect(ruleFor(RULEBOOK, "105430", "2025-12-31", "legal_entity").citation.article).toBe("168");
    expect(ruleFor(RULEBOOK, "105430", "2026-01-01", "legal_entity").citation.paragraph).toBe("1(7)");
  });
});

// ---------------------------------------------------------------------------------------------------
// Edition boundaries (hand-checked against the domain brief §2)
// ---------------------------------------------------------------------------------------------------

describe("edition boundaries", () => {
  it("single land tax 104501 exists only 2022-01-01..2025-12-31", () => {
    // 2018–2021: BC2008 Art. 52-1 did not list it (added by Law 30.06.2021 No 60-VII from 1 Jan 2022)
    expect(codeOf(() => ruleFor(RULEBOOK, "104501", "2021-12-31", "individual"))).toBe("NO_RULE");
    const first = ruleFor(RULEBOOK, "104501", "2022-01-01", "legal_entity");
    expect(first.citation).toMatchObject({ article: "52-1", paragraph: "1(3-1)", versionDate: "2024-01-01" });
    // 2025: BC2025 Art. 168 p.7 keeps the 2022–2024 list word for word
    const last = ruleFor(RULEBOOK, "104501", "2025-12-31", "individual_entrepreneur");
    expect(last.citation.article).toBe("168");
    expect(last.citation.paragraph).toContain("7");
    // 2026: abolished by the Tax Code of 18 Jul 2025; BC2025 Art. 27 does not list it
    expect(codeOf(() => ruleFor(RULEBOOK, "104501", "2026-01-01", "individual"))).toBe("NO_RULE");
  });

  it("the fee for selling land-lease rights 303202 starts on 2022-01-01", () => {
    expect(codeOf(() => ruleFor(RULEBOOK, "303202", "2021-12-31", "legal_entity"))).toBe("NO_RULE");
    expect(ruleFor(RULEBOOK, "303202", "2022-01-01", "legal_entity").category).toBe("capital");
  });

  it("2021-12-31 vs 2022-01-01: vehicle tax stays in Art. 52-1 p.1(4), the edition read changes", () => {
    const before = ruleFor(RULEBOOK, "104402", "2021-12-31", "individual");
    const after = ruleFor(RULEBOOK, "104402", "2022-01-01", "individual");
    expect(before.citation).toMatchObject({ article: "52-1", paragraph: "1(4)", versionDate: "2020-05-13" });
    expect(after.citation).toMatchObject({ article: "52-1", paragraph: "1(4)", versionDate: "2024-01-01" });
    expect(before.id).not.toBe(after.id);
  });

  it("2024-12-31 vs 2025-01-01: BC2008 Art. 52-1 → BC2025 transitional Art. 168 p.7", () => {
    expect(ruleFor(RULEBOOK, "104102", "2024-12-31", "individual").citation.article).toBe("52-1");
    const r = ruleFor(RULEBOOK, "104102", "2025-01-01", "individual");
    expect(r.citation.article).toBe("168");
    expect(r.citation.act).toContain("171-VIII");
  });

  it("2025-12-31 vs 2026-01-01: the citation article changes 168 → 27, same act", () => {
    const before = ruleFor(RULEBOOK, "104402", "2025-12-31", "individual");
    const after = ruleFor(RULEBOOK, "104402", "2026-01-01", "individual");
    expect(before.citation.article).toBe("168");
    expect(after.citation).toMatchObject({ article: "27", paragraph: "1(4)", versionDate: "2026-01-16" });
    expect(after.citation.act).toContain("Budget Code of 15 Mar 2025 No 171-VIII");
    expect(after.key).toBe("residence");
  });

  it("rules exist from 2018-01-01, not before", () => {
    expect(codeOf(() => ruleFor(RULEBOOK, "104402", "2017-12-31", "individual"))).toBe("NO_RULE");
    expect(ruleFor(RULEBOOK, "104402", "2018-01-01", "individual").citation.article).toBe("52-1");
  });
});
