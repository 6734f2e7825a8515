import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkIdentities,
  checkIdentity,
  IDENTITY_NAMES,
  type IdentityName,
  identityValue,
} from "../src/budget/identities.js";
import type { BudgetFigures, BudgetLineKey } from "../src/budget/lines.js";
import { Money } from "../src/money/money.js";
import { consistentFiguresArb, IDENTITY_LINES, nonZeroDeltaArb } from "./arbitraries/budgets.js";
import { BEL_AGACH_2026 } from "./fixtures/bel-agach-2026.js";
import { codeOf } from "./support.js";

/**
 * The lines that may be negative: the balances between flows (BC2008 Art. 13, 17: net lending = loans −
 * repayments, the financial-asset balance = acquisitions − sales, deficit = revenues − costs − net lending
 * − balance, financing = −deficit, free balances used close the financing). Every other line is one flow.
 */
const SIGNED_LINES: readonly string[] = [
  "net_lending",
  "fin_assets_balance",
  "deficit",
  "non_oil_deficit",
  "financing",
  "free_balances_used",
];

/**
 * The identities as the domain brief §4 states them, written out independently of the code: the line
 * defined, and each other line with its sign.
 */
const IDENTITIES: Readonly<
  Record<
    IdentityName,
    { total: BudgetLineKey; terms: Partial<Record<BudgetLineKey, 1 | -1>>; required: BudgetLineKey[] }
  >
> = {
  revenue: {
    total: "revenue_total",
    terms: { tax_revenue: 1, non_tax_revenue: 1, capital_sales: 1, special_receipts: 1, transfers: 1 },
    required: ["transfers"],
  },
  net_lending: {
    total: "net_lending",
    terms: { budget_loans: 1, loan_repayments: -1 },
    required: ["budget_loans", "loan_repayments"],
  },
  fin_assets: {
    total: "fin_assets_balance",
    terms: { fin_assets_acquisition: 1, fin_assets_sales: -1 },
    required: ["fin_assets_acquisition"],
  },
  balance: {
    total: "deficit",
    terms: { revenue_total: 1, expenditures: -1, net_lending: -1, fin_assets_balance: -1 },
    required: ["revenue_total", "expenditures"],
  },
  financing: { total: "financing", terms: { deficit: -1 }, required: ["deficit"] },
  financing_sources: {
    total: "financing",
    terms: { loans_received: 1, loans_repaid: -1, free_balances_used: 1 },
    required: ["free_balances_used"],
  },
};

const identityArb = fc.constantFrom(...IDENTITY_NAMES);
const lineArb = fc.constantFrom(...IDENTITY_LINES);

function without(figures: BudgetFigures, key: BudgetLineKey): BudgetFigures {
  const copy: Partial<Record<BudgetLineKey, Money>> = { ...figures };
  delete copy[key];
  return copy;
}

describe("budget identities (invariant 5)", () => {
  it("property: consistent figures pass every identity with difference exactly 0", () => {
    fc.assert(
      fc.property(consistentFiguresArb, (figures) => {
        for (const check of checkIdentities(figures)) {
          expect(check.status, check.identity).toBe("ok");
          expect(check.difference?.tiyn, check.identity).toBe(0n);
          expect(check.absentTakenAsZero).toBeUndefined();
        }
      }),
      { numRuns: 500 },
    );
  });

  it("property: perturbing one line by d gives a mismatch of exactly +d where it is the total, −sign·d where it is a term, ok elsewhere", () => {
    fc.assert(
      fc.property(consistentFiguresArb, lineArb, nonZeroDeltaArb, (figures, line, d) => {
        const perturbed = { ...figures, [line]: (figures[line] as Money).plus(d) };
        if (!SIGNED_LINES.includes(line) && perturbed[line]?.isNegative() === true) {
          // a negative flow (expenditures, revenues, loans, assets) is refused, whatever the identity
          expect(codeOf(() => checkIdentity("balance", perturbed))).toBe("INVALID_INPUT");
          return;
        }
        for (const name of IDENTITY_NAMES) {
          const spec = IDENTITIES[name];
          const sign = spec.terms[line];
          const expected = spec.total === line ? d.tiyn : sign === undefined ? 0n : -BigInt(sign) * d.tiyn;
          const check = checkIdentity(name, perturbed);
          expect(check.difference?.tiyn, `${name} after ${line} += ${d.toKzt()}`).toBe(expected);
          expect(check.status).toBe(expected === 0n ? "ok" : "mismatch");
        }
      }),
      { numRuns: 500 },
    );
  });

  it("property: removing the total or a required line makes the identity not_checkable, naming the line", () => {
    const arb = identityArb.chain((name) =>
      fc.tuple(fc.constant(name), fc.constantFrom(IDENTITIES[name].total, ...IDENTITIES[name].required)),
    );
    fc.assert(
      fc.property(consistentFiguresArb, arb, (figures, [name, line]) => {
        const check = checkIdentity(name, without(figures, line));
        expect(check.status).toBe("not_checkable");
        expect(check.difference).toBeUndefined();
        expect(check.reason).toContain(line);
      }),
      { numRuns: 300 },
    );
  });

  it("property: removing an optional term takes it as 0 and lists it: ok iff the line was 0, else off by its signed value", () => {
    const arb = identityArb.chain((name) => {
      const spec = IDENTITIES[name];
      const optional = (Object.keys(spec.terms) as BudgetLineKey[]).filter((k) => !spec.required.includes(k));
      return optional.length === 0
        ? fc.constant(undefined)
        : fc.tuple(fc.constant(name), fc.constantFrom(...optional));
    });
    fc.assert(
      fc.property(consistentFiguresArb, arb, (figures, pick) => {
        fc.pre(pick !== undefined);
        const [name, line] = pick as [IdentityName, BudgetLineKey];
        const check = checkIdentity(name, without(figures, line));
        const sign = IDENTITIES[name].terms[line] as 1 | -1;
        expect(check.absentTakenAsZero).toEqual([line]);
        // published total minus (computed without the line) = sign · value of the line
        const value = (figures[line] as Money).tiyn;
        expect(check.difference?.tiyn).toBe(BigInt(sign) * value);
        expect(check.status).toBe(value === 0n ? "ok" : "mismatch");
      }),
      { numRuns: 300 },
    );
  });
});

describe("identity examples (hand-computed)", () => {
  it("Bel-Agach 2026: 39 585 + 0 + 2 000 + 13 374 = 54 959 thousand KZT", () => {
    const t = (s: string) => Money.thousandKzt(s);
    const figures = BEL_AGACH_2026;
    const revenue = checkIdentity("revenue", figures);
    expect(revenue.status).toBe("ok");
    expect(revenue.absentTakenAsZero).toEqual(["special_receipts"]);
    expect(checkIdentity("balance", figures).status).toBe("not_checkable"); // deficit not published here
    // a total 49 100 KZT above its parts: difference +49.1 thousand
    const off = checkIdentity("revenue", { ...figures, revenue_total: t("54959").plus(Money.kzt("49100")) });
    expect(off.status).toBe("mismatch");
    expect(off.difference?.toThousandKzt()).toBe("49.1");
  });

  it("deficit and financing: revenue 100, costs 130, lending 5, assets −2 → deficit −33, financing 33", () => {
    const k = (s: string) => Money.kzt(s);
    const figures: BudgetFigures = {
      revenue_total: k("100"),
      expenditures: k("130"),
      net_lending: k("5"),
      fin_assets_balance: k("-2"),
      deficit: k("-33"), // 100 − 130 − 5 − (−2) = −33
      financing: k("33"),
    };
    expect(checkIdentity("balance", figures).status).toBe("ok");
    expect(checkIdentity("financing", figures).status).toBe("ok");
    expect(checkIdentity("financing", { ...figures, financing: k("-33") }).difference?.toKzt()).toBe(
      "-66.00",
    );
  });
});

describe("identityValue", () => {
  it("gives the defined line from the others, absent terms 0 (hand-computed)", () => {
    const k = (s: string) => Money.kzt(s);
    // 100 − 130 − 5 − (−2) = −33
    expect(
      identityValue("balance", {
        revenue_total: k("100"),
        expenditures: k("130"),
        net_lending: k("5"),
        fin_assets_balance: k("-2"),
      }).toKzt(),
    ).toBe("-33.00");
    // Bel-Agach 2026: 39 585 + 0 + 2 000 + 13 374 (special receipts absent: 0) = 54 959
    expect(identityValue("revenue", BEL_AGACH_2026).toThousandKzt()).toBe("54959");
    // financing = −deficit; nothing given: 0
    expect(identityValue("financing", { deficit: k("-33") }).toKzt()).toBe("33.00");
    expect(identityValue("net_lending", {}).isZero()).toBe(true);
  });

  it("refuses a name that is not an identity, inherited object keys included, with INVALID_INPUT", () => {
    for (const name of ["deficit", "toString", "constructor", "__proto__"]) {
      expect(codeOf(() => identityValue(name as IdentityName, {}))).toBe("INVALID_INPUT");
      expect(codeOf(() => checkIdentity(name as IdentityName, {}))).toBe("INVALID_INPUT");
    }
  });
});
