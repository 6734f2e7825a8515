import { describe, expect, it } from "vitest";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { errorOf, inputIssuesOf } from "../../../test/support.js";
import type { TransferKind } from "../../law/transfer-law.js";
import type { Account } from "../../ledger/ledger.js";
import { Money } from "../../money/money.js";
import { returnDeadline } from "./return-deadline.js";
import type { DistrictAccount, TransferInput, UnitAccount } from "./transfer-input.js";
import { transferPosting } from "./transfer-postings.js";

// Which Code governs transfers dated in 2025, and the terms that changed, each expected value from the text
// read (BC2008 ed. 2024-01-01; BC2025 ed. 15.03.2025 / 17.07.2025 / 16.01.2026).

const district: DistrictAccount = { kind: "budget", level: 3, code: "394800000", name: "Камыстинский район" };
const unit: UnitAccount = { kind: "budget", level: 4, code: "394845000", name: "с. Дружба" };
const up = { from: unit, to: district } as const;

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
  transferPosting(
    { from: district, to: unit, amount: Money.kzt("1000000"), sourceId: "s-1", ...input } as TransferInput,
    KZ_LAW,
  );

describe("the transfer law in force on a date", () => {
  it("is BC2008 to 2024-12-31 and BC2025 from 2025-01-01 (BC2025 Art. 172 p.1, p.6; Art. 168 p.14)", () => {
    // Art. 172 p.1: «Настоящий Кодекс вводится в действие с 1 января 2025 года»; p.6: BC2008 loses force
    // «со дня введения в действие настоящего Кодекса».
    expect(post({ kind: "subvention", date: "2024-12-31" }).ruleId).toBe("transfer.subvention.bc2008");
    expect(post({ kind: "subvention", date: "2025-01-01" }).ruleId).toBe(
      "transfer.subvention.bc2025-transitional",
    );
    expect(post({ kind: "subvention", date: "2025-01-01" }).citation).toMatchObject({
      act: "Budget Code of 15 Mar 2025 No 171-VIII",
      article: "79",
      paragraph: "1",
    });
    expect(inputIssuesOf(() => post({ kind: "subvention", date: "2026-02-30" }))[0]?.code).toBe(
      "INVALID_DATE",
    );
  });
});

describe("cash-gap loan: six months within the fiscal year under both Codes", () => {
  it("BC2008 Art. 20 p.4 (to 2024): «на срок до шести месяцев в пределах финансового года»", () => {
    // 2024-04-15 + 6 months = 2024-10-15, within 2024: the last repayment day
    const p = post({ kind: "cash_gap_loan", date: "2024-04-15", repayBy: "2024-10-15" });
    expect(p.citation).toMatchObject({ article: "20", paragraph: "4", versionDate: "2024-01-01" });
    expect(p.ruleId).toBe("transfer.cash_gap_loan.bc2008");
    expect(p.category).toBeUndefined();
    expect(p.note).toContain("not a revenue");
    const [issue] = inputIssuesOf(() =>
      post({ kind: "cash_gap_loan", date: "2024-04-15", repayBy: "2024-10-16" }),
    );
    expect(issue).toMatchObject({ path: ["repayBy"], code: "INVALID_DATE" });
    expect(issue?.message).toContain("within 6 months and within the fiscal year");
    expect(issue?.message).toContain("Art. 20 p.4");
    expect(issue?.message).toContain("by 2024-10-15");
    // no "credit of up to three years": a repayment three years on is refused
    expect(
      inputIssuesOf(() => post({ kind: "cash_gap_loan", date: "2024-04-15", repayBy: "2027-04-15" }))[0]
        ?.path,
    ).toEqual(["repayBy"]);
  });

  it("BC2025 Art. 20 p.9 (from 2025): «на срок до шести месяцев в пределах финансового года»", () => {
    expect(post({ kind: "cash_gap_loan", date: "2025-03-10", repayBy: "2025-09-10" }).citation).toMatchObject(
      {
        act: "Budget Code of 15 Mar 2025 No 171-VIII",
        article: "20",
        paragraph: "9",
      },
    );
    expect(post({ kind: "cash_gap_loan", date: "2026-03-10", repayBy: "2026-09-10" }).citation).toMatchObject(
      {
        article: "20",
        paragraph: "9",
      },
    );
    // 2026-03-10 + 6 months = 2026-09-10, within 2026: the last repayment day
    expect(
      inputIssuesOf(() => post({ kind: "cash_gap_loan", date: "2026-03-10", repayBy: "2026-09-11" })),
    ).toEqual([
      {
        path: ["repayBy"],
        message:
          "a cash_gap_loan is repaid within 6 months and within the fiscal year (Budget Code of 15 Mar 2025 No 171-VIII, Art. 20 p.9 (ed. 2026-01-16)): after 2026-03-10 and by 2026-09-10, got 2026-09-11",
        code: "INVALID_DATE",
      },
    ]);
    // 2026-09-01 + 6 months = 2027-03-01, but the loan must end within the fiscal year: 2026-12-31 at most.
    expect(post({ kind: "cash_gap_loan", date: "2026-09-01", repayBy: "2026-12-31" }).date).toBe(
      "2026-09-01",
    );
    const [late] = inputIssuesOf(() =>
      post({ kind: "cash_gap_loan", date: "2026-09-01", repayBy: "2027-01-05" }),
    );
    expect(late?.message).toContain("by 2026-12-31");
  });

  it("a loan needs its repayment date, and a repayment goes unit → district", () => {
    expect(inputIssuesOf(() => post({ kind: "cash_gap_loan", date: "2026-01-10" }))[0]?.path).toEqual([
      "repayBy",
    ]);
    expect(
      inputIssuesOf(() => post({ kind: "subvention", date: "2026-01-10", repayBy: "2026-05-01" }))[0]
        ?.message,
    ).toBe("a repayment date belongs only to a cash_gap_loan");
    const r = post({ kind: "cash_gap_repayment", date: "2026-07-01", ...up });
    expect(r).toMatchObject({
      ruleId: "transfer.cash_gap_repayment.bc2025",
      citation: { article: "20", paragraph: "9" },
    });
    expect(r.category).toBeUndefined();
    expect(post({ kind: "cash_gap_repayment", date: "2024-07-01", ...up }).citation).toMatchObject({
      article: "20",
      paragraph: "4",
    });
  });
});

describe("return of unused targeted transfers", () => {
  it("to 2024 by 1 March (BC2008 Art. 44 p.8 «до 1 марта текущего финансового года»): 2024-03-02 refused", () => {
    expect(
      post({ kind: "targeted_return", date: "2024-03-01", transferYear: 2023, ...up }).citation,
    ).toMatchObject({
      article: "44",
      paragraph: "7-8",
    });
    const [issue] = inputIssuesOf(() =>
      post({ kind: "targeted_return", date: "2024-03-02", transferYear: 2023, ...up }),
    );
    expect(issue?.message).toContain("from 2024-01-01 to 2024-03-01");
    expect(issue?.message).toContain("Art. 44 p.8");
  });

  it("from 2025 no day in the Code (BC2025 Art. 116 p.5(2)): any day of the next year, none after it", () => {
    // Art. 116 p.5(2): balances at the start of the year are used «посредством корректировки бюджета
    // следующего финансового года на … возврат неиспользованных … целевых трансфертов»; no 1 March.
    const p = post({ kind: "targeted_return", date: "2025-06-30", transferYear: 2024, ...up });
    expect(p.citation).toMatchObject({
      article: "116",
      paragraph: "5(2)",
      act: "Budget Code of 15 Mar 2025 No 171-VIII",
    });
    expect(p.note).toContain("sets no day");
    expect(p.note).not.toContain("1 March");
    expect(post({ kind: "targeted_return", date: "2026-12-31", transferYear: 2025, ...up }).date).toBe(
      "2026-12-31",
    );
    const [late] = inputIssuesOf(() =>
      post({ kind: "targeted_return", date: "2027-01-01", transferYear: 2025, ...up }),
    );
    expect(late?.message).toContain("from 2026-01-01 to 2026-12-31");
    expect(inputIssuesOf(() => post({ kind: "targeted_return", date: "2026-02-20", ...up }))).toEqual([
      {
        path: ["transferYear"],
        code: "INVALID_INPUT",
        message:
          "a targeted_return needs transferYear, the whole year the returned targeted transfer was granted",
      },
    ]);
  });
});

describe("returnDeadline (BC2008 Art. 44 p.8 to 2024; none in BC2025)", () => {
  it("is 1 March of the year after the transfer year while that year is under BC2008", () => {
    expect(returnDeadline(2023, KZ_LAW)).toBe("2024-03-01");
    expect(returnDeadline(2018, KZ_LAW)).toBe("2019-03-01");
  });

  it("is undefined for a return in 2025 or later: BC2025 sets no day (Art. 116 p.5(2), Art. 115 p.7)", () => {
    expect(returnDeadline(2024, KZ_LAW)).toBeUndefined();
    expect(returnDeadline(2025, KZ_LAW)).toBeUndefined();
  });

  it("refuses a year before 2018 or not whole", () => {
    for (const year of [2017, 2025.5, Number.NaN]) {
      expect(errorOf(() => returnDeadline(year, KZ_LAW)).issues).toEqual([
        {
          path: ["transferYear"],
          code: "INVALID_INPUT",
          message: `${year} is not a whole year from 2018 (fourth-level budgets exist from 2018-01-01)`,
        },
      ]);
      expect(errorOf(() => returnDeadline(year, KZ_LAW)).code).toBe("INVALID_INPUT");
    }
  });

  it("a targeted_return of a transfer granted before 2018 is an issue, not a thrown deadline", () => {
    expect(
      inputIssuesOf(() => post({ kind: "targeted_return", ...up, date: "2018-02-01", transferYear: 2017 })),
    ).toEqual([
      {
        path: ["transferYear"],
        code: "INVALID_INPUT",
        message: "2017 is before 2018: fourth-level budgets did not exist",
      },
    ]);
  });
});
