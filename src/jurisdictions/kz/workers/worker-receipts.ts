import * as z from "zod";
import type { Receipt } from "../../../attribution/receipt.js";
import { isoDate } from "../../../calendar/iso-date.js";
import { wholeNumberSchema } from "../../../input/decimal.js";
import { parseInput } from "../../../input/parse.js";
import { type WorkerRecord, workerApiRecordSchema } from "./records.js";

/** The EBK code of IIT withheld at source. */
export const WITHHELD_IIT_EBK = "101201";

/**
 * Options of {@link workerReceipts}.
 *
 * @category Workers
 */
export interface WorkerReceiptsOptions {
  /**
   * The day of the month after the wage month on which the tax agent pays the month's IIT (default 25,
   * an ASSUMPTION: the payment term is not read in the Tax Code here).
   */
  readonly paymentDay?: number;
}

const argumentsSchema = z.strictObject({
  records: z.array(workerApiRecordSchema, { error: "must be an array of worker records" }),
  options: z.strictObject(
    { paymentDay: wholeNumberSchema(1, 28).optional() },
    { error: "must be options { paymentDay? }" },
  ),
});

/** The payment date of the IIT of wage month `month` (1–12) of `year`: day `day` of the month after. */
function paymentDate(year: number, month: number, day: number) {
  const [y, m] = month === 12 ? [year + 1, 1] : [year, month + 1];
  return isoDate(`${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/**
 * The receipts of IIT withheld at source (EBK 101201) that worker records give, for attribution: each
 * record's year of IIT in 12 monthly parts (equal, the tiyn left over by the largest remainder, months
 * with nothing left out), paid by the employer (`legal_entity`) on `paymentDay` of the month after the
 * wage month — December's in January of the next year. Each receipt carries the three places a rule may
 * key on: `legal_seat` (the employer's seat — the key of the law in force), `workplace` and `residence`,
 * so that a reform keyed on the workplace is computed by attribution. Receipt ids are
 * `<record id>/<YYYY-MM>` of the wage month. The receipts of a record sum to its withheld IIT exactly.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path (records that are
 * not worker records, a payment day outside 1–28).
 * @category Workers
 * @example
 * ```ts
 * const record = { id: "w-1", year: 2026, employerId: "e-1", employerSeat: "101010000",
 *   workplace: "104035100", residence: "104033100",
 *   annualWage: Money.kzt("4200000"), withheldIit: Money.kzt("120000.05") };
 * const receipts = workerReceipts([record]);
 * [receipts.length, receipts[0]?.amount.toKzt(), receipts[11]?.paymentDate]; //=> [12, "10000.01", "2027-01-25"]
 * receipts[0]?.places; //=> { legal_seat: "101010000", workplace: "104035100", residence: "104033100" }
 * ```
 */
export function workerReceipts(
  records: readonly WorkerRecord[],
  options: WorkerReceiptsOptions = {},
): Receipt[] {
  const checked = parseInput(argumentsSchema, { records, options }, "worker records");
  const day = checked.options.paymentDay ?? 25;
  return checked.records.flatMap((record) => {
    if (record.withheldIit.isZero()) return [];
    const months = record.withheldIit.allocate(Array.from({ length: 12 }, () => 1));
    return months.flatMap((amount, i): Receipt[] =>
      amount.isZero()
        ? []
        : [
            {
              id: `${record.id}/${record.year}-${String(i + 1).padStart(2, "0")}`,
              ebk: WITHHELD_IIT_EBK,
              amount,
              paymentDate: paymentDate(record.year, i + 1, day),
              payerKind: "legal_entity",
              places: {
                legal_seat: record.employerSeat,
                workplace: record.workplace,
                residence: record.residence,
              },
            },
          ],
    );
  });
}
