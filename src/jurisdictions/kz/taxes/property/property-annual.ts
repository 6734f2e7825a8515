import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import type { Citation } from "../../../../citation/citation.js";
import type { Issue } from "../../../../errors/issue.js";
import { Money } from "../../../../money/money.js";
import { TAX_CODE } from "../tax-code.js";
import { throwNoEstablishedRates } from "../tax-errors.js";
import type { TaxStep } from "../tax-result.js";
import type { CheckedPropertyTaxInput } from "./property-input.js";
import type { AggregateRule, LawForPropertyTax } from "./property-law.js";
import { labelOf } from "./property-values.js";
import { describeRow, formatKzt, type PropertyTaxRow, percentToFactor, rowFor, taxInRow } from "./scale.js";

/** The annual tax of each object, whether the aggregate rule applied, and the steps. */
export interface AnnualTaxes {
  readonly annuals: readonly Money[];
  readonly aggregate: boolean;
  readonly steps: readonly TaxStep[];
}

/** The aggregate rule: `fixed + rate × (total − threshold)`, spread over the objects pro rata to value (Art. 604). */
function aggregateTaxes(
  input: CheckedPropertyTaxInput,
  rule: { readonly value: AggregateRule; readonly citation: Citation },
  taxables: readonly Money[],
  total: Money,
): AnnualTaxes {
  const { threshold, fixed, ratePercent } = rule.value;
  const tax = fixed.plus(total.minus(threshold).times(percentToFactor(ratePercent), "halfExpand"));
  const steps: TaxStep[] = [
    {
      step: "aggregate",
      value: `total taxable value ${formatKzt(total)} KZT > ${formatKzt(threshold)}: ${formatKzt(fixed)} + ${ratePercent} % × (${formatKzt(total)} − ${formatKzt(threshold)}) = ${formatKzt(tax)} KZT${
        input.benefit === undefined ? "" : " (total compared after the benefit: an inference)"
      }`,
      citation: rule.citation,
    },
  ];
  const annuals = tax.allocate(taxables.map((t) => t.tiyn));
  if (taxables.length > 1) {
    steps.push({
      step: "spread",
      value: `aggregate tax spread pro rata to value: ${annuals.map((a, i) => `${labelOf(input, i)} ${formatKzt(a)}`).join("; ")} KZT`,
      citation: { ...TAX_CODE.tc2026, article: "604" },
    });
  }
  return { annuals, aggregate: true, steps };
}

/** The issue for an object whose value is above every row, read and supplied. */
function missingRow(
  input: CheckedPropertyTaxInput,
  i: number,
  value: Money,
  readTop: Money | undefined,
): Issue {
  const rows = input.upperRows?.rows ?? [];
  const lastEdge = rows[rows.length - 1]?.upTo ?? readTop;
  return {
    path: rows.length === 0 ? ["upperRows"] : ["upperRows", "rows", rows.length],
    code: "NO_ESTABLISHED_RATE",
    message: `${labelOf(input, i)}: taxable value ${formatKzt(value)} KZT is above ${lastEdge === undefined ? "the rows" : formatKzt(lastEdge)} KZT; the rows of the scale above ${readTop === undefined ? "them" : formatKzt(readTop)} KZT were not read: supply upperRows with a row covering ${formatKzt(value)} KZT (missing entry: the row containing ${formatKzt(value)})`,
  };
}

/** Each object on its own row of the scale (then of the caller's rows above it). */
function bracketTaxes(
  input: CheckedPropertyTaxInput,
  law: LawForPropertyTax,
  taxables: readonly Money[],
): AnnualTaxes {
  const scale = valueOnFirstJanuary(law.property.scales, input.year).value;
  const upper: readonly PropertyTaxRow[] = input.upperRows?.rows ?? [];
  const readTop = scale.rows[scale.rows.length - 1]?.upTo;
  const steps: TaxStep[] = [];
  const missing: Issue[] = [];
  const annuals = taxables.map((t, i) => {
    const read = rowFor(scale.rows, t);
    const row = read ?? rowFor(upper, t);
    if (row === undefined) {
      missing.push(missingRow(input, i, t, readTop));
      return Money.zero;
    }
    const annual = taxInRow(row, t);
    const supplied = read === undefined;
    const citation = supplied ? input.upperRows?.citation : scale.citation;
    steps.push({
      step: "bracket",
      value: `${labelOf(input, i)}: ${formatKzt(t)} KZT in row ${describeRow(row)} → ${formatKzt(row.fixed)} + ${row.ratePercent} % × (${formatKzt(t)} − ${formatKzt(row.over)}) = ${formatKzt(annual)} KZT${
        supplied ? ` (caller-supplied row, not read by the library: ${input.upperRows?.source ?? ""})` : ""
      }`,
      ...(citation === undefined ? {} : { citation }),
    });
    return annual;
  });
  throwNoEstablishedRates(`property tax ${input.year}`, missing);
  return { annuals, aggregate: false, steps };
}

/**
 * The annual tax of each object: under the year's aggregate rule when the owner's total taxable value
 * exceeds its threshold (2026 Code Art. 600 p.12), else each object on its scale row.
 * @throws {@link FourthLevelError} `NO_ESTABLISHED_RATE` listing every object above the rows read and supplied.
 */
export function annualTaxes(
  input: CheckedPropertyTaxInput,
  law: LawForPropertyTax,
  taxables: readonly Money[],
  total: Money,
): AnnualTaxes {
  const rule = valueOnFirstJanuary(law.property.aggregate, input.year);
  if (rule.value !== undefined && total.compare(rule.value.threshold) > 0) {
    return aggregateTaxes(input, { value: rule.value, citation: rule.citation }, taxables, total);
  }
  return bracketTaxes(input, law, taxables);
}
