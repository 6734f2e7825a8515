import * as z from "zod";
import { valueOn } from "../../calendar/dated.js";
import { firstJanuary, fiscalYearOf, type IsoDate, isoDate } from "../../calendar/iso-date.js";
import { wholeNumberSchema } from "../../input/decimal.js";
import { parseInput } from "../../input/parse.js";
import type { Law } from "../../law/law.js";
import type { TransferLaw } from "../../law/transfer-law.js";
import { type CheckedTransfersLaw, transfersLawOf } from "./transfers-law-input.js";

/** The fiscal year of the law's first day of fourth-level budgets: the first year a transfer can be granted. */
export const firstTransferYear = (law: CheckedTransfersLaw): number =>
  fiscalYearOf(law.fourthLevelBudgets.firstDay);

/** The return deadline of the transfers of `transferYear` under one transfer law, if it sets one. @internal */
export function deadlineOf(transferYear: number, law: TransferLaw): IsoDate | undefined {
  const d = law.returnDeadline;
  if (d === undefined) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return isoDate(`${transferYear + 1}-${two(d.month)}-${two(d.day)}`, "return deadline");
}

/**
 * The last day a `targeted_return` of a transfer granted in `transferYear` may be dated: the day the law in
 * force on 1 January of the next year sets (e.g. in Kazakhstan 1 March to 2024, BC2008 Art. 44 p.8), or
 * `undefined` when that law sets none (in Kazakhstan from 2025: BC2025 Art. 116 p.5(2) returns them in
 * the next year with no day) — then the return may be dated any day of the next year.
 *
 * @param transferYear - The year the transfer was granted, a whole year from the first year of
 * fourth-level budgets.
 * @param law - The transfer law, e.g. `kazakhstanLaw()`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` when `transferYear` is not a whole year from the law's
 * first year of fourth-level budgets (path `["transferYear"]`); `NO_VALUE_ON_DATE` for a year the law does
 * not cover.
 * @category Transfers
 * @example
 * ```ts
 * returnDeadline(2023, kazakhstanLaw()); //=> "2024-03-01"
 * returnDeadline(2024, kazakhstanLaw()); //=> undefined
 * ```
 */
export function returnDeadline(
  transferYear: number,
  law: Pick<Law, "transfers" | "fourthLevelBudgets">,
): IsoDate | undefined {
  const checkedLaw = transfersLawOf(law, "returnDeadline");
  const first = firstTransferYear(checkedLaw);
  const year = wholeNumberSchema(
    first,
    9998,
    (value) =>
      `${value} is not a whole year from ${first} (fourth-level budgets exist from ${checkedLaw.fourthLevelBudgets.firstDay})`,
  );
  const checked = parseInput(z.object({ transferYear: year }), { transferYear }, "return deadline");
  return deadlineOf(
    checked.transferYear,
    valueOn(checkedLaw.transfers, firstJanuary(checked.transferYear + 1)).value,
  );
}
