import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AttributionResult, attribute } from "../src/attribution/attribute.js";
import type { Receipt } from "../src/attribution/receipt.js";
import type { IsoDate } from "../src/calendar/iso-date.js";
import { kazakhstanTerritory } from "../src/jurisdictions/kz/territory.js";
import { accountId, balances } from "../src/ledger/ledger.js";
import { Money } from "../src/money/money.js";
import { ruleFor } from "../src/rules/rulebook.js";
import {
  attributableReceiptArb,
  FULL_RULEBOOK,
  mixedReceiptsArb,
  RULEBOOK,
  receiptsArb,
  TERRITORY,
  TERRITORY_EARLY_UNITS,
  territoryArb,
  tiynByAccount,
} from "./arbitraries/receipts.js";
import { errorOf } from "./support.js";

const attributableArb = receiptsArb(attributableReceiptArb());

/** Tiyn posted per source receipt id. */
function postedBySource(result: AttributionResult): Map<string, bigint> {
  const by = new Map<string, bigint>();
  for (const p of result.postings) by.set(p.sourceId, (by.get(p.sourceId) ?? 0n) + p.amount.tiyn);
  return by;
}

/** Per-account balances of the sum of two balance maps. */
function addBalances(a: Map<string, bigint>, b: Map<string, bigint>): Map<string, bigint> {
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, (out.get(k) ?? 0n) + v);
  return out;
}

const nonZero = (m: Map<string, bigint>) => new Map([...m].filter(([, v]) => v !== 0n));

describe("conservation (invariant 1)", () => {
  it("property: each attributable receipt's postings sum exactly to its amount", () => {
    fc.assert(
      fc.property(attributableArb, territoryArb, (receipts, territory) => {
        const result = attribute(receipts, { rulebook: RULEBOOK, territory });
        const posted = postedBySource(result);
        expect(posted.size).toBe(receipts.length);
        for (const r of receipts) expect(posted.get(r.id)).toBe(r.amount.tiyn);
      }),
      { numRuns: 200 },
    );
  });

  it("property: postedTotal equals receiptsTotal equals the sum of the amounts (strict mode)", () => {
    fc.assert(
      fc.property(attributableArb, territoryArb, (receipts, territory) => {
        const result = attribute(receipts, { rulebook: RULEBOOK, territory });
        const total = Money.sum(receipts.map((r) => r.amount));
        expect(result.receiptsTotal.tiyn).toBe(total.tiyn);
        expect(result.postedTotal.tiyn).toBe(total.tiyn);
        expect(result.unattributed).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("property: with every open line coded, receipts of every line still conserve", () => {
    fc.assert(
      fc.property(receiptsArb(attributableReceiptArb(FULL_RULEBOOK)), territoryArb, (receipts, territory) => {
        const result = attribute(receipts, { rulebook: FULL_RULEBOOK, territory });
        expect(result.postedTotal.tiyn).toBe(Money.sum(receipts.map((r) => r.amount)).tiyn);
      }),
      { numRuns: 200 },
    );
  });

  it("property: with unattributed: true, receipts with missing keys / unknown codes / no rule still conserve, per receipt and in total", () => {
    fc.assert(
      fc.property(mixedReceiptsArb, territoryArb, (receipts, territory) => {
        const result = attribute(receipts, { rulebook: RULEBOOK, territory, unattributed: true });
        const posted = postedBySource(result);
        for (const r of receipts) expect(posted.get(r.id)).toBe(r.amount.tiyn);
        expect(result.postedTotal.tiyn).toBe(result.receiptsTotal.tiyn);
        expect(result.receiptsTotal.tiyn).toBe(Money.sum(receipts.map((r) => r.amount)).tiyn);
      }),
      { numRuns: 300 },
    );
  });

  it("property: the unattributed list is exactly the receipts posted to the unattributed account", () => {
    fc.assert(
      fc.property(mixedReceiptsArb, (receipts) => {
        const result = attribute(receipts, { rulebook: RULEBOOK, territory: TERRITORY, unattributed: true });
        const aside = result.postings.filter((p) => p.to.kind === "unattributed").map((p) => p.sourceId);
        expect(result.unattributed.map((u) => u.receiptId)).toEqual(aside);
        const asideTotal = Money.sum(result.unattributed.map((u) => u.amount));
        expect(balances(result.postings).get("unattributed")?.balance.tiyn ?? 0n).toBe(asideTotal.tiyn);
      }),
      { numRuns: 300 },
    );
  });

  it("property: strict mode fails on exactly the receipts the lenient mode puts aside, one issue each, with the same code", () => {
    fc.assert(
      fc.property(mixedReceiptsArb, (receipts) => {
        const lenient = attribute(receipts, { rulebook: RULEBOOK, territory: TERRITORY, unattributed: true });
        const index = new Map(receipts.map((r, i) => [r.id, i]));
        const expected = lenient.unattributed.map((u) => ({ index: index.get(u.receiptId), code: u.code }));
        if (expected.length === 0) {
          expect(attribute(receipts, { rulebook: RULEBOOK, territory: TERRITORY }).postings).toHaveLength(
            receipts.length,
          );
          return;
        }
        const error = errorOf(() => attribute(receipts, { rulebook: RULEBOOK, territory: TERRITORY }));
        expect(error.code).toBe("INVALID_INPUT");
        expect(error.issues.map((i) => ({ index: i.path[0], code: i.code }))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("where the money goes (properties)", () => {
  it("property: from 2020 a fourth-level revenue keyed on a place inside a unit reaches that unit's level-4 account; before a unit's own budget and for non-fourth-level codes nothing reaches a level-4 account", () => {
    fc.assert(
      fc.property(attributableArb, (receipts) => {
        const result = attribute(receipts, { rulebook: RULEBOOK, territory: TERRITORY });
        result.postings.forEach((p, i) => {
          const r = receipts[i] as Receipt;
          const rule = ruleFor(RULEBOOK, r.ebk, r.paymentDate, r.payerKind);
          const place = TERRITORY.place(r.places[rule.key] as string);
          if (rule.recipient === "fourth_level" && r.paymentDate >= "2020-01-01" && place.unit4Code) {
            expect(accountId(p.to)).toBe(`budget:4:${place.unit4Code}`);
          }
          if (rule.recipient === "district_or_higher") expect(p.to.kind).toBe("district_or_higher");
          // the default territory gives every unit its budget on 2020-01-01
          if (r.paymentDate < "2020-01-01") expect(p.to.kind === "budget" && p.to.level === 4).toBe(false);
          expect(p.ruleId).toBe(rule.id);
          expect(p.citation).toEqual(rule.citation);
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe("order independence and additivity (invariant 3)", () => {
  const shuffledArb = (arb: fc.Arbitrary<Receipt[]>) =>
    arb.chain((rs) =>
      fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
    );

  it("property: shuffling the receipts gives the same balance on every account", () => {
    fc.assert(
      fc.property(shuffledArb(attributableArb), territoryArb, ([receipts, shuffled], territory) => {
        const options = { rulebook: RULEBOOK, territory };
        const a = tiynByAccount(balances(attribute(receipts, options).postings));
        const b = tiynByAccount(balances(attribute(shuffled, options).postings));
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it("property: shuffling a mixed batch (unattributed: true) gives the same balances", () => {
    fc.assert(
      fc.property(shuffledArb(mixedReceiptsArb), territoryArb, ([receipts, shuffled], territory) => {
        const options = { rulebook: RULEBOOK, territory, unattributed: true };
        const a = tiynByAccount(balances(attribute(receipts, options).postings));
        const b = tiynByAccount(balances(attribute(shuffled, options).postings));
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it("property: attributing two batches separately gives balances that add up to the whole batch's", () => {
    const splitArb = attributableArb.chain((rs) =>
      fc.tuple(fc.constant(rs), fc.array(fc.boolean(), { minLength: rs.length, maxLength: rs.length })),
    );
    fc.assert(
      fc.property(splitArb, territoryArb, ([receipts, mask], territory) => {
        const options = { rulebook: RULEBOOK, territory };
        const first = receipts.filter((_, i) => mask[i]);
        const second = receipts.filter((_, i) => !mask[i]);
        const whole = tiynByAccount(balances(attribute(receipts, options).postings));
        const parts = addBalances(
          tiynByAccount(balances(attribute(first, options).postings)),
          tiynByAccount(balances(attribute(second, options).postings)),
        );
        expect(nonZero(parts)).toEqual(nonZero(whole));
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Hand-computed examples on real places
// ---------------------------------------------------------------------------------------------------

const BEL_AGACH_VILLAGE = "104035100"; // с.Бель-Агач, in Бель-Агачский с.о. 104035000, Бородулихинский район
const MIKHAILICHENKOVO = "104033100"; // с.Михайличенково, in Андреевский с.о. 104033000, same district

function receipt(id: string, fields: Partial<Receipt>): Receipt {
  return {
    id,
    ebk: "104402",
    amount: Money.kzt("21625"),
    paymentDate: "2026-03-10",
    payerKind: "individual",
    places: { residence: BEL_AGACH_VILLAGE },
    ...fields,
  };
}

describe("attribution on real places (hand-computed)", () => {
  const options = { rulebook: RULEBOOK, territory: TERRITORY };

  it("vehicle tax of an individual resident in с.Бель-Агач, 2026-03-10 → Бель-Агачский с.о., BC2025 Art. 27 p.1(4)", () => {
    const { postings } = attribute([receipt("r1", {})], options);
    expect(postings).toHaveLength(1);
    const p = postings[0];
    expect(p && accountId(p.to)).toBe("budget:4:104035000");
    expect(p?.from).toEqual({ kind: "payers" });
    expect(p?.amount.toKzt()).toBe("21625.00");
    expect(p?.category).toBe("tax");
    expect(p?.citation).toMatchObject({ article: "27", paragraph: "1(4)" });
    expect(p?.citation?.act).toContain("Budget Code of 15 Mar 2025 No 171-VIII");
    expect(p?.sourceId).toBe("r1");
  });

  it("the same paid 2019-05-01 goes to Бородулихинский район (unit budget only from 2020-01-01 by default)", () => {
    const p = attribute([receipt("r1", { paymentDate: "2019-05-01" })], options).postings[0];
    expect(p && accountId(p.to)).toBe("budget:3:104000000");
    expect(p?.citation).toMatchObject({ article: "52-1", paragraph: "1(4)" });
    expect(p?.note).toContain("2020-01-01");
  });

  it("…and to the unit when the territory gives it a budget from 2018-01-01", () => {
    const territory = kazakhstanTerritory({ ownBudgetSince: { "104035000": "2018-01-01" } });
    const p = attribute([receipt("r1", { paymentDate: "2019-05-01" })], { rulebook: RULEBOOK, territory })
      .postings[0];
    expect(p && accountId(p.to)).toBe("budget:4:104035000");
    // 2017-era payment dates have no rule at all: fourth-level budgets began on 2018-01-01
    const early = attribute([receipt("r1", { paymentDate: "2018-01-01" })], {
      rulebook: RULEBOOK,
      territory: TERRITORY_EARLY_UNITS,
    }).postings[0];
    expect(early && accountId(early.to)).toBe("budget:4:104035000");
  });

  it("IIT 101202 of an individual entrepreneur keys on the registered location, of an individual on residence", () => {
    const places = { residence: BEL_AGACH_VILLAGE, registered_location: MIKHAILICHENKOVO };
    const { postings } = attribute(
      [
        receipt("ie", { ebk: "101202", payerKind: "individual_entrepreneur", places }),
        receipt("ind", { ebk: "101202", payerKind: "individual", places }),
      ],
      options,
    );
    expect(postings.map((p) => accountId(p.to))).toEqual(["budget:4:104033000", "budget:4:104035000"]);
    expect(postings[0]?.citation).toMatchObject({ article: "27", paragraph: "1(1)" });
  });

  it("IIT withheld at source 101201 goes to district_or_higher of the employer's seat", () => {
    const p = attribute([receipt("w", { ebk: "101201", places: { legal_seat: BEL_AGACH_VILLAGE } })], options)
      .postings[0];
    expect(p && accountId(p.to)).toBe("district_or_higher:104000000");
  });

  it("a receipt missing its key and an unknown code give one INVALID_INPUT naming index, id and key", () => {
    const receipts = [
      receipt("ok", {}),
      receipt("no-residence", { places: { registered_location: BEL_AGACH_VILLAGE } }),
      receipt("bad-code", { ebk: "999999" }),
      receipt("no-rule", { ebk: "104501" }), // single land tax, abolished from 2026
      receipt("unknown-place", { places: { residence: "999999999" } }),
    ];
    const error = errorOf(() => attribute(receipts, options));
    expect(error.code).toBe("INVALID_INPUT");
    const issues = error.issues;
    // each issue is located by the receipt's index (the path may go further down, e.g. to the missing key)
    expect(issues.map((i) => [i.path[0], i.code])).toEqual([
      [1, "MISSING_KEY"],
      [2, "UNKNOWN_EBK"],
      [3, "NO_RULE"],
      [4, "UNKNOWN_KATO"],
    ]);
    // the missing key is named in the path, not just the receipt id "no-residence" in the message
    expect(issues[0]?.path).toEqual([1, "places", "residence"]);
    expect(issues[0]?.message).toContain("no-residence");
    expect(issues[1]?.message).toContain("999999");
  });

  it("with unattributed: true those go to the unattributed account and totals still conserve", () => {
    const receipts = [
      receipt("ok", { amount: Money.kzt("100.10") }),
      receipt("no-residence", { amount: Money.kzt("200.20"), places: {} }),
      receipt("bad-code", { amount: Money.kzt("300.30"), ebk: "999999" }),
    ];
    const result = attribute(receipts, { ...options, unattributed: true });
    // 100.10 + 200.20 + 300.30 = 600.60 KZT; 500.50 of it kept aside
    expect(result.receiptsTotal.toKzt()).toBe("600.60");
    expect(result.postedTotal.toKzt()).toBe("600.60");
    expect(result.unattributed.map((u) => [u.receiptId, u.code, u.amount.toKzt()])).toEqual([
      ["no-residence", "MISSING_KEY", "200.20"],
      ["bad-code", "UNKNOWN_EBK", "300.30"],
    ]);
    const b = balances(result.postings);
    expect(b.get("unattributed")?.balance.toKzt()).toBe("500.50");
    expect(b.get("budget:4:104035000")?.balance.toKzt()).toBe("100.10");
    expect(b.get("payers")?.balance.toKzt()).toBe("-600.60");
  });

  it("refuses duplicate ids and non-positive amounts even with unattributed: true", () => {
    const dup = errorOf(() =>
      attribute([receipt("a", {}), receipt("a", {}), receipt("z", { amount: Money.zero })], {
        ...options,
        unattributed: true,
      }),
    );
    expect(dup.code).toBe("INVALID_INPUT");
    expect(dup.issues.map((i) => i.path)).toEqual([
      [1, "id"],
      [2, "amount"],
    ]);
  });
});

describe("receipts built in plain JavaScript", () => {
  it("reports bad dates, non-Money amounts and bad payer kinds of every receipt at once, even with unattributed", () => {
    const good: Receipt = {
      id: "ok",
      ebk: "104402",
      amount: Money.kzt("10"),
      paymentDate: "2026-03-10",
      payerKind: "individual",
      places: { residence: "104035100" },
    };
    const bad = [
      { ...good, id: "d", paymentDate: "2026-13-10" as IsoDate },
      { ...good, id: "a", amount: "100" as unknown as Money },
      { ...good, id: "k", payerKind: "company" as unknown as Receipt["payerKind"] },
    ];
    const error = errorOf(() =>
      attribute([good, ...bad], { rulebook: RULEBOOK, territory: TERRITORY, unattributed: true }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.issues.map((i) => i.path)).toEqual([
      [1, "paymentDate"],
      [2, "amount"],
      [3, "payerKind"],
    ]);
  });

  it("ruleFor refuses a date that is not YYYY-MM-DD", () => {
    expect(errorOf(() => ruleFor(RULEBOOK, "104402", "2026-02-30", "individual")).issues).toEqual([
      expect.objectContaining({ path: ["date"], code: "INVALID_DATE" }),
    ]);
    expect(errorOf(() => ruleFor(RULEBOOK, "104402", "garbage" as IsoDate, "individual")).issues).toEqual([
      expect.objectContaining({ path: ["date"], code: "INVALID_DATE" }),
    ]);
  });
});
