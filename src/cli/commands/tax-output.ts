import { formatCitation } from "../../citation/citation.js";
import type { TaxResult } from "../../jurisdictions/kz/taxes/tax-result.js";
import { print } from "./options.js";

/** A reform a tax is computed under: its id and title. */
type Under = readonly { readonly id: string; readonly title: string }[];

/**
 * The JSON form of a tax result: `{ tax, year, amount, breakdown }`, money as a KZT decimal string, with
 * `reforms` (their ids) when computed under reforms.
 */
export function taxResultToJson(result: TaxResult, under: Under = []) {
  return {
    tax: result.tax,
    year: result.year,
    ...(under.length === 0 ? {} : { reforms: under.map((r) => r.id) }),
    amount: result.amount.toKzt(),
    breakdown: result.breakdown.map((s) => ({
      step: s.step,
      value: s.value,
      ...(s.citation === undefined ? {} : { article: formatCitation(s.citation) }),
    })),
  };
}

/** The text form of a tax result: the amount, then each step with its article. */
function formatTaxResult(result: TaxResult, under: Under): string {
  const lines = [`${result.tax} tax ${result.year}: ${result.amount.toKzt()} KZT`];
  for (const r of under) lines.push(`  under reform ${r.id}: ${r.title}`);
  for (const s of result.breakdown) {
    lines.push(
      `  ${s.step}: ${s.value}${s.citation === undefined ? "" : `\n    — ${formatCitation(s.citation)}`}`,
    );
  }
  return lines.join("\n");
}

/** Prints a tax result as `--json` asks. */
export function printTaxResult(json: boolean | undefined, result: TaxResult, under: Under = []): void {
  print(json === true, taxResultToJson(result, under), () => formatTaxResult(result, under));
}

/** The description of `--json` on every tax command. */
export const TAX_JSON_OPTION = 'print { "amount": "<KZT>", "breakdown": [...] }';
