import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import type { Citation } from "../../../../citation/citation.js";
import { formatCitation } from "../../../../citation/citation.js";
import { Money } from "../../../../money/money.js";
import { TAX_CODE, taxCodeOf } from "../tax-code.js";
import type { TaxStep } from "../tax-result.js";
import type { CheckedPropertyTaxInput } from "./property-input.js";
import type { LawForPropertyTax } from "./property-law.js";
import { formatKzt } from "./scale.js";

const BASE_CITATION = {
  tc2017: { ...TAX_CODE.tc2017, article: "529", versionDate: "2023-05-21" },
  tc2026: { ...TAX_CODE.tc2026, article: "600", paragraph: "2" },
} as const satisfies Record<string, Citation>;

/** The label of object `i` in the breakdown. */
export const labelOf = (input: CheckedPropertyTaxInput, i: number): string =>
  input.objects[i]?.label ?? `object ${i + 1}`;

/**
 * Each object's value: the assessed value × the luxury coefficient (1 when absent), to the tiyn half
 * away from zero, with the steps that show it.
 */
export function objectValues(
  input: CheckedPropertyTaxInput,
  law: LawForPropertyTax,
): { readonly values: Money[]; readonly steps: TaxStep[] } {
  const steps: TaxStep[] = [];
  const coefficient = valueOnFirstJanuary(law.property.luxuryCoefficient, input.year);
  const values = input.objects.map((o, i) => {
    const label = labelOf(input, i);
    const k = o.luxuryCoefficient ?? "1";
    const value = k === "1" ? o.assessedValue : o.assessedValue.times(k, "halfExpand");
    steps.push({
      step: "value",
      value: `${label}: value set by the State Corporation ${formatKzt(o.assessedValue)} KZT`,
      citation: BASE_CITATION[taxCodeOf(input.year)],
    });
    if (k !== "1") {
      steps.push({
        step: "coefficient",
        value: `${label}: ${formatKzt(o.assessedValue)} × luxury coefficient Kроск ${k} = ${formatKzt(value)} KZT (Kроск is a factor of the base formula, Art. 600 p.2, read; its range ${coefficient.value?.min ?? "1"}–${coefficient.value?.max ?? "1"} is as published)`,
        citation: coefficient.citation,
      });
    }
    return value;
  });
  return { values, steps };
}

/** The benefit in MRP, its label and its citation, or `undefined` without a benefit. */
function benefitOf(input: CheckedPropertyTaxInput, law: LawForPropertyTax) {
  const benefit = input.benefit;
  if (benefit === undefined) return undefined;
  if (typeof benefit !== "string") {
    return {
      mrp: benefit.mrp,
      label: benefit.description ?? "caller-supplied benefit",
      citation: benefit.citation,
      named: false,
    };
  }
  const named = valueOnFirstJanuary(law.property.benefits, input.year);
  const entry = named.value[benefit];
  return entry === undefined
    ? undefined
    : { mrp: entry.mrp, label: entry.label, citation: named.citation, named: true };
}

/**
 * The part of each object's value the benefit exempts: N MRP (MRP in force on 1 January of the tax year)
 * of the total value, taken from the objects in the order given (an inference: the text read does not say
 * how it is split), with the steps that show it.
 */
export function benefitExemption(
  input: CheckedPropertyTaxInput,
  law: LawForPropertyTax,
  values: readonly Money[],
): { readonly exempts: Money[]; readonly steps: TaxStep[] } {
  const benefit = benefitOf(input, law);
  if (benefit === undefined) return { exempts: values.map(() => Money.zero), steps: [] };
  const mrp = valueOnFirstJanuary(law.mrp, input.year);
  let remaining = mrp.value.times(benefit.mrp, "halfExpand");
  const steps: TaxStep[] = [
    {
      step: "MRP",
      value: `MRP in force on 1 January ${input.year} (${mrp.from}): ${mrp.value.toKzt()} KZT (${formatCitation(mrp.citation)})`,
      citation: mrp.citation,
    },
    {
      step: "benefit",
      value: `${benefit.label}: not a payer within ${benefit.mrp} MRP × ${mrp.value.toKzt()} = ${formatKzt(remaining)} KZT of the total value${
        benefit.named
          ? "; MRP of 1 January of the tax year (Art. 526 p.2)"
          : " (caller-supplied benefit; the 1 January MRP date is the 2017 rule, assumed)"
      }`,
      citation: benefit.citation,
    },
  ];
  const exempts = values.map((v) => {
    const used = v.compare(remaining) <= 0 ? v : remaining;
    remaining = remaining.minus(used);
    return used;
  });
  if (values.length > 1) {
    steps.push({
      step: "note",
      value:
        "benefit taken from the objects in the order given (inference: the text read does not say how the exemption of the total value is split between objects)",
    });
  }
  return { exempts, steps };
}
