import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { inputIssuesOf } from "../../../test/support.js";
import type { TransferKind } from "../../law/transfer-law.js";
import type { Account } from "../../ledger/ledger.js";
import { Money } from "../../money/money.js";
import type { DistrictAccount, TransferInput, UnitAccount } from "./transfer-input.js";
import { plannedGeneralTransfers, transferPosting, transferPostings } from "./transfer-postings.js";

const district: DistrictAccount = { kind: "budget", level: 3, code: "394800000", name: "Камыстинский район" };
const unit: UnitAccount = { kind: "budget", level: 4, code: "394845000", name: "с. Дружба" };
const down = { from: district, to: unit } as const;
const up = { from: unit, to: district } as const;
const amount = Money.kzt("1000000");

/** A transfer to post with test defaults: any kind with the fields of any kind (the schema checks which belong). */
type Draft = { readonly kind: TransferKind; readonly date: string } & Partial<{
  readonly from: Account;
  readonly to: Account;
  readonly amount: Money;
  readonly sourceId: string;
  readonly coFinancingShare: string;
  readonly repayBy: string;
  readonly transferYear: number;
}>;
const post = (input: Draft) =>
  transferPosting({ ...down, amount, sourceId: "s-1", ...input } as TransferInput, KZ_LAW);

describe("transferPosting: kinds, citations, directions", () => {
  it("subvention district → unit: BC2008 Art. 45 p.2 to 2024, BC2025 Art. 79 p.1 from 2025", () => {
    const p2024 = post({ kind: "subvention", date: "2024-12-31" });
    expect(p2024).toMatchObject({
      from: district,
      to: unit,
      category: "transfers",
      ruleId: "transfer.subvention.bc2008",
      citation: {
        act: "Budget Code of 4 Dec 2008 No 95-IV",
        article: "45",
        paragraph: "2",
        versionDate: "2024-01-01",
      },
      id: "transfer:subvention:budget:3:394800000>budget:4:394845000:2024-12-31:s-1",
    });
    const p2026 = post({ kind: "subvention", date: "2026-01-01" });
    expect(p2026.citation).toMatchObject({ article: "79", paragraph: "1", versionDate: "2026-01-16" });
    expect(p2026.ruleId).toBe("transfer.subvention.bc2025");
  });

  it("budget withdrawal unit → district: BC2008 Art. 45 p.3, BC2025 Art. 79 p.1", () => {
    expect(post({ kind: "budget_withdrawal", date: "2024-05-01", ...up }).citation).toMatchObject({
      article: "45",
      paragraph: "3",
    });
    expect(post({ kind: "budget_withdrawal", date: "2027-05-01", ...up }).citation).toMatchObject({
      article: "79",
      paragraph: "1",
    });
  });

  it("targeted current transfer either way: Art. 46 p.2(1)/(2) to 2024, Art. 83 p.2(1)/(2) from 2025", () => {
    expect(post({ kind: "targeted_current", date: "2024-02-01" }).citation).toMatchObject({
      article: "46",
      paragraph: "2(1)",
    });
    expect(post({ kind: "targeted_current", date: "2024-02-01", ...up }).citation).toMatchObject({
      article: "46",
      paragraph: "2(2)",
    });
    expect(post({ kind: "targeted_current", date: "2025-02-01" }).citation).toMatchObject({
      article: "83",
      paragraph: "2(1)",
      act: "Budget Code of 15 Mar 2025 No 171-VIII",
    });
    expect(post({ kind: "targeted_current", date: "2026-02-01" }).citation).toMatchObject({
      article: "83",
      paragraph: "2(1)",
    });
    expect(post({ kind: "targeted_current", date: "2026-02-01", ...up }).citation).toMatchObject({
      article: "83",
      paragraph: "2(2)",
    });
  });

  it("targeted development transfer: co-financed to 2024 under BC2008 Art. 46 p.3 and p.5-1", () => {
    const p = post({ kind: "targeted_development", date: "2024-06-01", coFinancingShare: "0.1" });
    expect(p.citation).toMatchObject({
      article: "46",
      paragraph: "3",
      act: "Budget Code of 4 Dec 2008 No 95-IV",
    });
    expect(p.note).toContain("0.1");
    expect(p.note).toContain("Art. 46 p.5-1");
  });

  it("targeted development transfer in 2025: BC2025 Art. 83 p.3 part 2, valid to 31.12.2025 by Art. 172 p.3", () => {
    // BC2025 Art. 83 p.3 part 2: «Целевые трансферты на развитие из вышестоящего бюджета нижестоящим бюджетам
    // выделяются при условии софинансирования бюджетных инвестиций из нижестоящего местного бюджета»;
    // Art. 172 p.3: «части первая и вторая пункта 3 статьи 83 … действуют до 31 декабря 2025 года».
    const p = post({ kind: "targeted_development", date: "2025-06-01", coFinancingShare: "0.1" });
    expect(p.citation).toMatchObject({ act: "Budget Code of 15 Mar 2025 No 171-VIII", article: "83" });
    expect(p.ruleId).toBe("transfer.targeted_development.bc2025-transitional");
    expect(p.note).toContain("Art. 83 p.3 part 2, with Art. 172 p.3");
    expect(p.note).not.toContain("46");
    // the last day of the condition, and the first day without it
    expect(
      post({ kind: "targeted_development", date: "2025-12-31", coFinancingShare: "0.1" }).note,
    ).toContain("0.1");
    const issues = inputIssuesOf(() =>
      post({ kind: "targeted_development", date: "2026-01-01", coFinancingShare: "0.1" }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        path: ["coFinancingShare"],
        message: expect.stringContaining("to 2025-12-31"),
      }),
    ]);
    // from 2026: part 3 (critically important objects, Art. 148 p.8), no co-financing condition
    expect(post({ kind: "targeted_development", date: "2026-06-01" }).citation).toMatchObject({
      article: "83",
      paragraph: "3 part 3",
    });
    expect(
      inputIssuesOf(() =>
        post({ kind: "targeted_development", date: "2025-06-01", coFinancingShare: "1.5" }),
      ),
    ).toEqual([
      {
        path: ["coFinancingShare"],
        code: "INVALID_INPUT",
        message: '"1.5" is not a decimal share strictly between 0 and 1, e.g. "0.1"',
      },
    ]);
    expect(
      inputIssuesOf(() => post({ kind: "targeted_development", date: "2025-06-01", ...up }))[0]?.message,
    ).toContain("from the district (level 3) to the unit (level 4)");
  });

  it("targeted general transfer: BC2025 Art. 79 p.5 from 2026, refused in 2025 (Art. 168 p.16)", () => {
    // BC2025 Art. 168 p.16: 2025 budgets are executed «без применения положений … пунктов 4, 5 и 6 статьи 79»
    expect(post({ kind: "targeted_general", date: "2026-03-01" }).citation).toMatchObject({
      article: "79",
      paragraph: "5",
    });
    const [issue] = inputIssuesOf(() => post({ kind: "targeted_general", date: "2025-12-31" }));
    expect(issue?.path).toEqual(["kind"]);
    expect(issue?.message).toContain("has no targeted_general: it exists from 2026-01-01");
  });

  it("a subvention from a unit says it would be a budget withdrawal", () => {
    const [issue] = inputIssuesOf(() => post({ kind: "subvention", date: "2026-01-01", ...up }));
    expect(issue?.path).toEqual(["from"]);
    expect(issue?.message).toContain("is a budget_withdrawal");
  });

  it("accounts other than level-3 → level-4 budgets are refused", () => {
    const [issue] = inputIssuesOf(() =>
      post({ kind: "subvention", date: "2026-01-01", from: { kind: "payers" } }),
    );
    expect(issue?.message).toContain(
      "between a district budget (level 3) and a fourth-level budget (level 4)",
    );
  });
});

describe("transferPostings", () => {
  it("reports every problem at once with its path, and refuses repeated ids", () => {
    const issues = inputIssuesOf(() =>
      transferPostings(
        [
          { kind: "subvention", ...up, date: "2026-01-01", amount, sourceId: "a" },
          { kind: "subvention", ...down, date: "2026-02-30", amount, sourceId: "b" },
          { kind: "subvention", ...down, date: "2026-01-01", amount: Money.zero, sourceId: "" },
        ],
        KZ_LAW,
      ),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [[0, "from"], "INVALID_INPUT"],
      [[1, "date"], "INVALID_DATE"],
      [[2, "amount"], "INVALID_AMOUNT"],
      [[2, "sourceId"], "INVALID_INPUT"],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      "a subvention goes from the district (level 3) to the unit (level 4), not from the unit (level 4) to the district (level 3) (money from a unit to the district is a budget_withdrawal)",
      '"2026-02-30" is not a calendar date written YYYY-MM-DD that exists, such as 2026-03-10',
      "must be more than 0, got 0.00 KZT",
      "the source record id is empty",
    ]);
    const same: TransferInput = { kind: "subvention", ...down, date: "2026-01-01", amount, sourceId: "a" };
    expect(inputIssuesOf(() => transferPostings([same, same], KZ_LAW))).toEqual([
      {
        path: [1],
        code: "INVALID_INPUT",
        message:
          "posting id transfer:subvention:budget:3:394800000>budget:4:394845000:2026-01-01:a repeats that of [0]: give each transfer its own sourceId",
      },
    ]);
  });
});

describe("plannedGeneralTransfers: Druzhba village, Kamysty district, 2026-2028", () => {
  it("three subventions dated 1 January, summing to 80,482 thousand KZT", () => {
    const postings = plannedGeneralTransfers(
      district,
      unit,
      [
        { year: 2026, kind: "subvention", amount: Money.thousandKzt("27919") },
        { year: 2027, kind: "subvention", amount: Money.thousandKzt("28000") },
        { year: 2028, kind: "subvention", amount: Money.thousandKzt("24563") },
      ],
      KZ_LAW,
    );
    expect(postings.map((p) => p.date)).toEqual(["2026-01-01", "2027-01-01", "2028-01-01"]);
    expect(postings.every((p) => p.from === district && p.to === unit && p.citation?.article === "79")).toBe(
      true,
    );
    expect(postings.map((p) => p.sourceId)).toEqual([
      "plan:394845000:2026",
      "plan:394845000:2027",
      "plan:394845000:2028",
    ]);
    // 27 919 + 28 000 = 55 919; 55 919 + 24 563 = 80 482 thousand KZT
    expect(Money.sum(postings.map((p) => p.amount)).toThousandKzt()).toBe("80482");
  });

  it("a withdrawal goes unit → district and a year may carry one volume only", () => {
    const [w] = plannedGeneralTransfers(
      district,
      unit,
      [{ year: 2024, kind: "budget_withdrawal", amount }],
      KZ_LAW,
    );
    expect(w).toMatchObject({ from: unit, to: district, citation: { article: "45", paragraph: "3" } });
    // a 2025 volume is paid under BC2025 Art. 79 p.1 (Art. 168 p.14), though fixed in December 2024
    const [w2025] = plannedGeneralTransfers(
      district,
      unit,
      [{ year: 2025, kind: "budget_withdrawal", amount }],
      KZ_LAW,
    );
    expect(w2025).toMatchObject({ citation: { article: "79", paragraph: "1" } });
    const issues = inputIssuesOf(() =>
      plannedGeneralTransfers(
        district,
        unit,
        [
          { year: 2026, kind: "subvention", amount },
          { year: 2026, kind: "budget_withdrawal", amount },
        ],
        KZ_LAW,
      ),
    );
    expect(issues).toEqual([
      { path: ["volumes", 1, "year"], code: "INVALID_INPUT", message: "2026 already has a volume at [0]" },
    ]);
    // a volume the transfer law refuses is named at the volume's year
    expect(
      inputIssuesOf(() =>
        plannedGeneralTransfers(district, unit, [{ year: 2017, kind: "subvention", amount }], KZ_LAW),
      ),
    ).toEqual([
      {
        path: ["volumes", 0, "year"],
        code: "INVALID_DATE",
        message: "2017-01-01 is before 2018-01-01: fourth-level budgets did not exist",
      },
    ]);
  });
});

describe("misuse found by the final smoke test", () => {
  it("refuses dates before fourth-level budgets existed, and amounts that are not Money", () => {
    const district = { kind: "budget", level: 3, code: "104000000", name: "Бородулихинский район" } as const;
    const unit = { kind: "budget", level: 4, code: "104035000", name: "Бель-Агачский с.о." } as const;
    const base = { kind: "subvention", from: district, to: unit, sourceId: "s" } as const;
    expect(() => transferPosting({ ...base, date: "2017-06-01", amount: Money.kzt("1") }, KZ_LAW)).toThrow(
      /before 2018-01-01/,
    );
    expect(() =>
      transferPosting({ ...base, date: "2025-06-01", amount: 1000 as unknown as Money }, KZ_LAW),
    ).toThrow(/must be a Money amount \(got 1000\)/);
  });

  it("reports a bigint amount, kind, date or share as an issue, never a TypeError", () => {
    const bad = 100n as unknown;
    expect(
      inputIssuesOf(() => post({ kind: "subvention", date: "2026-01-01", amount: bad as Money })),
    ).toEqual([
      {
        path: ["amount"],
        message:
          'must be a Money amount (got 100n): build one with Money.kzt("1250.50") or Money.thousandKzt("54959")',
        code: "INVALID_AMOUNT",
      },
    ]);
    expect(inputIssuesOf(() => post({ kind: bad as TransferInput["kind"], date: "2026-01-01" }))).toEqual([
      {
        path: ["kind"],
        code: "INVALID_INPUT",
        message:
          "a transfer of kind 100n is not one of subvention, budget_withdrawal, targeted_current, targeted_development, targeted_general, cash_gap_loan, cash_gap_repayment, targeted_return",
      },
    ]);
    expect(inputIssuesOf(() => post({ kind: "subvention", date: bad as TransferInput["date"] }))).toEqual([
      {
        path: ["date"],
        message: "100n is not a calendar date written YYYY-MM-DD, such as 2026-03-10",
        code: "INVALID_INPUT",
      },
    ]);
    expect(
      inputIssuesOf(() =>
        post({ kind: "targeted_development", date: "2025-06-01", coFinancingShare: bad as string }),
      ),
    ).toEqual([
      {
        path: ["coFinancingShare"],
        code: "INVALID_INPUT",
        message: '100n is not a decimal share strictly between 0 and 1, e.g. "0.1"',
      },
    ]);
  });

  it("refuses a zero amount as not positive", () => {
    expect(inputIssuesOf(() => post({ kind: "subvention", date: "2026-01-01", amount: Money.zero }))).toEqual(
      [{ path: ["amount"], message: "must be more than 0, got 0.00 KZT", code: "INVALID_AMOUNT" }],
    );
  });
});
