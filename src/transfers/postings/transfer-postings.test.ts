import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { issuesOf } from "../../../test/support.js";
import { Money } from "../../money/money.js";
import type { DistrictAccount, TransferInput, UnitAccount } from "./transfer-input.js";
import { plannedGeneralTransfers, transferPosting, transferPostings } from "./transfer-postings.js";

const district: DistrictAccount = { kind: "budget", level: 3, code: "394800000", name: "Камыстинский район" };
const unit: UnitAccount = { kind: "budget", level: 4, code: "394845000", name: "с. Дружба" };
const down = { from: district, to: unit } as const;
const up = { from: unit, to: district } as const;
const amount = Money.kzt("1000000");

const post = (input: Partial<TransferInput> & Pick<TransferInput, "kind" | "date">) =>
  transferPosting({ ...down, amount, sourceId: "s-1", ...input }, KZ_LAW);

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
    const issues = issuesOf(() =>
      post({ kind: "targeted_development", date: "2026-01-01", coFinancingShare: "0.1" }),
    );
    expect(issues).toEqual([
      expect.objectContaining({
        path: "coFinancingShare",
        message: expect.stringContaining("to 2025-12-31"),
      }),
    ]);
    // from 2026: part 3 (critically important objects, Art. 148 p.8), no co-financing condition
    expect(post({ kind: "targeted_development", date: "2026-06-01" }).citation).toMatchObject({
      article: "83",
      paragraph: "3 part 3",
    });
    expect(
      issuesOf(() => post({ kind: "targeted_development", date: "2025-06-01", coFinancingShare: "1.5" })),
    ).toEqual([
      {
        path: "coFinancingShare",
        message: '"1.5" is not a decimal share strictly between 0 and 1, e.g. "0.1"',
      },
    ]);
    expect(
      issuesOf(() => post({ kind: "targeted_development", date: "2025-06-01", ...up }))[0]?.message,
    ).toContain("from the district (level 3) to the unit (level 4)");
  });

  it("targeted general transfer: BC2025 Art. 79 p.5 from 2026, refused in 2025 (Art. 168 p.16)", () => {
    // BC2025 Art. 168 p.16: 2025 budgets are executed «без применения положений … пунктов 4, 5 и 6 статьи 79»
    expect(post({ kind: "targeted_general", date: "2026-03-01" }).citation).toMatchObject({
      article: "79",
      paragraph: "5",
    });
    const [issue] = issuesOf(() => post({ kind: "targeted_general", date: "2025-12-31" }));
    expect(issue?.path).toBe("kind");
    expect(issue?.message).toContain("has no targeted_general: it exists from 2026-01-01");
  });

  it("a subvention from a unit says it would be a budget withdrawal", () => {
    const [issue] = issuesOf(() => post({ kind: "subvention", date: "2026-01-01", ...up }));
    expect(issue?.path).toBe("from");
    expect(issue?.message).toContain("is a budget_withdrawal");
  });

  it("accounts other than level-3 → level-4 budgets are refused", () => {
    const [issue] = issuesOf(() =>
      post({ kind: "subvention", date: "2026-01-01", from: { kind: "payers" } }),
    );
    expect(issue?.message).toContain(
      "between a district budget (level 3) and a fourth-level budget (level 4)",
    );
  });
});

describe("transferPostings", () => {
  it("reports every problem at once with its path, and refuses repeated ids", () => {
    const issues = issuesOf(() =>
      transferPostings(
        [
          { kind: "subvention", ...up, date: "2026-01-01", amount, sourceId: "a" },
          { kind: "subvention", ...down, date: "2026-02-30", amount, sourceId: "b" },
          { kind: "subvention", ...down, date: "2026-01-01", amount: Money.zero, sourceId: "" },
        ],
        KZ_LAW,
      ),
    );
    expect(issues.map((i) => i.path)).toEqual(["[0].from", "[1].date", "[2].amount", "[2].sourceId"]);
    const same: TransferInput = { kind: "subvention", ...down, date: "2026-01-01", amount, sourceId: "a" };
    expect(issuesOf(() => transferPostings([same, same], KZ_LAW))[0]?.message).toContain(
      "repeats that of [0]",
    );
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
    const issues = issuesOf(() =>
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
    expect(issues).toEqual([expect.objectContaining({ path: "[1].year" })]);
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
    ).toThrow(/not a Money amount/);
  });

  it("reports a bigint amount, kind, date or share as an issue, never a TypeError", () => {
    const bad = 100n as unknown;
    expect(issuesOf(() => post({ kind: "subvention", date: "2026-01-01", amount: bad as Money }))).toEqual([
      {
        path: "amount",
        message: '100 is not a Money amount (build one with Money.kzt("…"))',
        code: "INVALID_AMOUNT",
      },
    ]);
    expect(issuesOf(() => post({ kind: bad as TransferInput["kind"], date: "2026-01-01" }))[0]?.path).toBe(
      "kind",
    );
    expect(issuesOf(() => post({ kind: "subvention", date: bad as TransferInput["date"] }))).toEqual([
      {
        path: "date",
        message: "100 is not a calendar date written YYYY-MM-DD",
        code: "INVALID_DATE",
      },
    ]);
    expect(
      issuesOf(() =>
        post({ kind: "targeted_development", date: "2025-06-01", coFinancingShare: bad as string }),
      )[0]?.path,
    ).toBe("coFinancingShare");
  });

  it("refuses a zero amount as not positive", () => {
    expect(issuesOf(() => post({ kind: "subvention", date: "2026-01-01", amount: Money.zero }))).toEqual([
      { path: "amount", message: "the amount must be positive, got 0.00 KZT", code: "INVALID_AMOUNT" },
    ]);
  });
});
