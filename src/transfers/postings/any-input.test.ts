import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearMiss } from "../../../test/arbitraries/near-miss.js";
import { KZ_LAW } from "../../../test/fixtures/kazakhstan-law.js";
import { errorOf } from "../../../test/support.js";
import { FourthLevelError } from "../../errors/error.js";
import { Money } from "../../money/money.js";
import { returnDeadline } from "./return-deadline.js";
import type { DistrictAccount, TransferInput, UnitAccount } from "./transfer-input.js";
import { plannedGeneralTransfers, transferPosting, transferPostings } from "./transfer-postings.js";

const district: DistrictAccount = { kind: "budget", level: 3, code: "394800000", name: "Камыстинский район" };
const unit: UnitAccount = { kind: "budget", level: 4, code: "394845000", name: "с. Дружба" };
const law = { transfers: KZ_LAW.transfers, fourthLevelBudgets: KZ_LAW.fourthLevelBudgets };
const amount = Money.kzt("1000");
const transfers: readonly TransferInput[] = [
  { kind: "subvention", from: district, to: unit, date: "2026-01-01", amount, sourceId: "s" },
  {
    kind: "cash_gap_loan",
    from: district,
    to: unit,
    date: "2026-03-10",
    repayBy: "2026-09-10",
    amount,
    sourceId: "l",
  },
  {
    kind: "targeted_return",
    from: unit,
    to: district,
    date: "2026-02-01",
    transferYear: 2025,
    amount,
    sourceId: "r",
  },
  {
    kind: "targeted_development",
    from: district,
    to: unit,
    date: "2025-06-01",
    coFinancingShare: "0.1",
    amount,
    sourceId: "d",
  },
];

/** Each public function of the postings with valid arguments, the law given as the parts they read. */
const PUBLIC: readonly [string, (...args: never[]) => unknown, readonly unknown[]][] = [
  ["transferPostings", transferPostings, [transfers, law]],
  ["transferPosting", transferPosting, [transfers[1], law]],
  [
    "plannedGeneralTransfers",
    plannedGeneralTransfers,
    [
      district,
      unit,
      [
        { year: 2026, kind: "subvention", amount },
        { year: 2027, kind: "budget_withdrawal", amount },
      ],
      law,
    ],
  ],
  ["returnDeadline", returnDeadline, [2023, law]],
];

/** Calls `f` with `args` (spread when a list); anything thrown must be the library's error. */
function returnsOrThrowsLibraryError(f: (...args: never[]) => unknown, args: unknown): void {
  try {
    (f as (...a: unknown[]) => unknown)(...(Array.isArray(args) ? args : [args]));
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
  }
}

describe("any JavaScript value given to the transfer postings", () => {
  it.each(PUBLIC)("%s: the valid arguments compute", (_, f, args) => {
    expect(() => (f as (...a: unknown[]) => unknown)(...args)).not.toThrow();
  });

  it.each(PUBLIC)(
    "property: %s returns or throws a FourthLevelError for every near miss of valid arguments",
    (_, f, args) => {
      fc.assert(
        fc.property(nearMiss(args), (near) => returnsOrThrowsLibraryError(f, near)),
        { numRuns: 300 },
      );
    },
  );

  it("plannedGeneralTransfers without volumes, the TypeError found by testing, names the argument", () => {
    expect(errorOf(() => plannedGeneralTransfers(district, unit, undefined as never, law)).issues).toEqual([
      { path: ["volumes"], code: "INVALID_INPUT", message: "undefined is not a list of volumes" },
    ]);
  });

  it("a transfer law whose entry has no kinds is named, not read", () => {
    const entries = [{ ...KZ_LAW.transfers.entries[0], value: { id: "broken" } }];
    const broken = { ...law, transfers: { name: "transfers", entries } };
    expect(errorOf(() => transferPostings(transfers, broken as never)).issues).toEqual([
      expect.objectContaining({ path: ["transfers", "entries", 0, "value", "kinds"] }),
    ]);
  });
});
