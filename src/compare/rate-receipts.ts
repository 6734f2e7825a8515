import type { Receipt } from "../attribution/receipt.js";
import { parseInput } from "../input/parse.js";
import type { RoundingMode } from "../money/decimal.js";
import { type RateChange, rateTableOf } from "../reform/apply-rates.js";
import { overlap, spanOf } from "../reform/overlay.js";
import type { RateTables } from "../reform/rate-tables.js";
import { type ParsedReform, type Reform, reformsSchema } from "../reform/reform-schema.js";
import type { Scenario } from "../scenario/types.js";

/** A scenario's receipts with the rate changes of its reforms applied, and what a reader must know. */
export interface RatedReceipts {
  readonly scenario: Scenario;
  readonly notes: readonly string[];
}

/** The receipts with one `tax_rate` change applied, and its note. */
function underChange(
  items: readonly Receipt[],
  change: RateChange,
  reform: ParsedReform,
  tables: RateTables,
  at: (string | number)[],
): { readonly items: readonly Receipt[]; readonly note: string } {
  const table = rateTableOf(tables, change.path, at);
  const span = spanOf(reform, change);
  const head = `reform ${reform.id} changes ${change.path} (${table.title}) from ${span.from}${span.to === undefined ? "" : ` to ${span.to}`}`;
  const lines = table.ebk ?? [];
  if (lines.length === 0 || change.scale === undefined) {
    const why =
      lines.length === 0
        ? "no revenue line's receipts are proportional to it"
        : "a replaced table has no single ratio to scale receipts by";
    return {
      items,
      note: `${head}: the receipts are NOT changed (${why}); compute them under applyTaxReforms with the tax calculators to see its effect`,
    };
  }
  const { scale, rounding } = change as RateChange & { scale: string; rounding: RoundingMode };
  const within = (r: Receipt) =>
    lines.includes(r.ebk) && overlap(r.paymentDate, r.paymentDate, span) !== undefined;
  const scaled = items.map((r) => (within(r) ? { ...r, amount: r.amount.times(scale, rounding) } : r));
  const count = items.filter(within).length;
  return {
    items: scaled,
    note: `ASSUMPTION: ${head}: ${count} receipt(s) of EBK ${lines.join(", ")} paid on those days are scaled by ${scale} (rounded ${rounding} to the tiyn), assuming the same tax base and full collection; not computed from tax bases`,
  };
}

/**
 * The scenario under the `tax_rate` changes of `written` (its reforms), as far as its receipts can show them: scenarios
 * carry receipts, not tax bases. A scaled table whose lines' receipts are proportional to it (the table's
 * `ebk`) scales those receipts paid within the change's days by the factor, rounded to the tiyn by the
 * change's rounding: an assumption (the same base, full collection), stated in a note. Any other rate
 * change leaves the receipts as they are, and a note says so.
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a change whose path is no rate table (listing the
 *   valid ones), at `["reforms", i, "changes", j, "path"]`.
 */
export function receiptsUnderRates(
  scenario: Scenario,
  written: readonly Reform[],
  tables: RateTables,
): RatedReceipts {
  const reforms = parseInput(reformsSchema, written, "reforms");
  let items = scenario.receipts?.items ?? [];
  const notes: string[] = [];
  reforms.forEach((reform, i) => {
    reform.changes.forEach((change, j) => {
      if (change.kind !== "tax_rate") return;
      const next = underChange(items, change, reform, tables, ["reforms", i, "changes", j]);
      items = next.items;
      notes.push(next.note);
    });
  });
  const receipts = scenario.receipts;
  return {
    scenario:
      receipts === undefined || notes.length === 0
        ? scenario
        : { ...scenario, receipts: { ...receipts, items } },
    notes,
  };
}
