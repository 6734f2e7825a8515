import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { formatCitation } from "../../../../citation/citation.js";
import { throwIssues } from "../../../../errors/issue.js";
import { parseInput } from "../../../../input/parse.js";
import { Money } from "../../../../money/money.js";
import { checkedLaw } from "../law-basics.js";
import { prorate } from "../months.js";
import { finishTax } from "../rounding.js";
import { TAX_CODE, taxCodeOf } from "../tax-code.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import { type LandPlot, landPlotTax } from "./land.js";
import { annualTaxes } from "./property-annual.js";
import { landRates, propertyLawIssues } from "./property-checks.js";
import {
  type CheckedPropertyTaxInput,
  type PropertyTaxInput,
  propertyTaxInputSchema,
} from "./property-input.js";
import { LAW_FOR_PROPERTY_TAX, type LawForPropertyTax, lawForPropertyTaxSchema } from "./property-law.js";
import { benefitExemption, labelOf, objectValues } from "./property-values.js";
import { formatKzt } from "./scale.js";

/**
 * Budget classification (EBK) code of the property tax of individuals.
 * @category Taxes
 */
export const PROPERTY_TAX_EBK = "104102";

/**
 * The tax of one object, before the final rounding of the total.
 * @category Taxes
 */
export interface PropertyObjectTax {
  readonly label: string;
  /** Assessed value × luxury coefficient, rounded to the tiyn. */
  readonly value: Money;
  /** The part of the benefit used on this object. */
  readonly exempt: Money;
  /** Value on which the tax is computed (`value − exempt`). */
  readonly taxableValue: Money;
  /** The tax for a whole year (for 2026 above 450 mn: the object's pro rata share of the aggregate tax). */
  readonly annual: Money;
  readonly months: number;
  /**
   * `annual ÷ 12 × months` to the tiyn: truncated from 2026 (whole tenge follows), half away from zero to
   * 2025.
   */
  readonly due: Money;
}

/**
 * The tax of one land plot (2026), before the final rounding of the total.
 * @category Taxes
 */
export interface LandPlotResult {
  readonly kind: LandPlot["kind"];
  readonly annual: Money;
  readonly months: number;
  readonly due: Money;
}

/**
 * A {@link TaxResult} with the per-object and per-plot split.
 * @category Taxes
 */
export interface PropertyTaxResult extends TaxResult {
  readonly tax: "property";
  /** Per object, in the order given. */
  readonly objects: readonly PropertyObjectTax[];
  /** Per land plot, in the order given (2026). */
  readonly land: readonly LandPlotResult[];
  /** Whether the 2026 aggregate rule (total above 450 mn) applied. */
  readonly aggregate: boolean;
}

const WHAT = "property tax";

function objectResults(input: CheckedPropertyTaxInput, law: LawForPropertyTax) {
  const { values, steps } = objectValues(input, law);
  const benefit = benefitExemption(input, law, values);
  const taxables = values.map((v, i) => v.minus(benefit.exempts[i] ?? Money.zero));
  const annual = annualTaxes(input, law, taxables, Money.sum(taxables));
  const tc2026 = taxCodeOf(input.year) === "tc2026";
  const monthsSteps: TaxStep[] = [];
  const objects = input.objects.map((o, i): PropertyObjectTax => {
    const months = o.months ?? 12;
    const annualTax = annual.annuals[i] ?? Money.zero;
    const { due, step } = prorate(
      law.rounding,
      annualTax,
      months,
      input.year,
      tc2026 ? { ...TAX_CODE.tc2026, article: "603" } : undefined,
    );
    if (step !== undefined) {
      const inferred = tc2026
        ? ""
        : "; the 2017 Code part-year article was not read: the 2026 Art. 603 rule is applied (inference)";
      monthsSteps.push({ ...step, value: `${labelOf(input, i)}: ${step.value}${inferred}` });
    }
    const value = values[i] ?? Money.zero;
    const exempt = benefit.exempts[i] ?? Money.zero;
    return {
      label: labelOf(input, i),
      value,
      exempt,
      taxableValue: value.minus(exempt),
      annual: annualTax,
      months,
      due,
    };
  });
  return {
    objects,
    aggregate: annual.aggregate,
    steps: [...steps, ...benefit.steps, ...annual.steps, ...monthsSteps],
  };
}

/** The step naming the scale of the year, up to where its rows are read. */
function scaleStep(year: number, law: LawForPropertyTax): TaxStep {
  const scale = valueOnFirstJanuary(law.property.scales, year).value;
  const top = scale.rows[scale.rows.length - 1]?.upTo;
  const read = top === undefined ? "" : `, rows read up to ${formatKzt(top)} KZT`;
  const note = scale.note === undefined ? "" : ` (${scale.note})`;
  return {
    step: "scale",
    value: `scale of ${formatCitation(scale.citation)}${read}${note}`,
    citation: scale.citation,
  };
}

function landResults(input: CheckedPropertyTaxInput, law: LawForPropertyTax) {
  const rates = landRates(law, input.year);
  const steps: TaxStep[] = [];
  const land =
    rates === undefined
      ? []
      : (input.land ?? []).map((plot, i): LandPlotResult => {
          const computed = landPlotTax(plot, rates);
          const months = plot.months ?? 12;
          const { due, step } = prorate(law.rounding, computed.annual, months, input.year);
          steps.push({
            step: "land",
            value: `land[${i}] ${computed.text}${step === undefined ? "" : `; ${step.value}`}`,
            citation: computed.citation,
          });
          return { kind: plot.kind, annual: computed.annual, months, due };
        });
  return { land, steps };
}

/**
 * The property tax of an individual (EBK 104102) for one tax year, 2018–2026: a pure function of the
 * typed base. Steps, each in the breakdown with its article:
 *
 * 1. value of each object = the State Corporation's assessed value (2017 Code Art. 529; 2026 Code
 *    Art. 600 p.2) × the 2026 luxury coefficient (1–1.5), rounded to the tiyn;
 * 2. a benefit exempts N MRP (MRP in force on 1 January of the tax year) of the total value (2017 Code
 *    Art. 526 p.2); the exemption is taken from the objects in the order given (an inference: the text read
 *    does not say how it is split — put the object to relieve first);
 * 3. each object is taxed on its own scale row: fixed sum + rate × excess over the row's lower edge (2017
 *    Code Art. 531 p.1; 2026 Code Art. 602 p.1). 2018–2025 above 150 mn: the caller's `upperRows`;
 * 4. 2026: if the owner's total taxable value exceeds 450 mn, the tax is 2 946 600 + 2 % of the total above
 *    450 mn (Art. 600 p.12), spread over the objects pro rata to value (Art. 604). The library compares
 *    the total after the benefit (an inference);
 * 5. part year: annual ÷ 12 × months per object, to the tiyn (truncated from 2026, where whole tenge
 *    follows; half away from zero to 2025) (2026 Code Art. 603; for 2018–2025 the same rule is applied but
 *    the 2017 article was not read);
 * 6. 2026 land plots (Art. 602 p.2–4) by area, × months ÷ 12;
 * 7. the sum is rounded by `roundTax` (kept to the tiyn to 2025; whole tenge from 2026), last.
 *
 * @param law - The tax law to apply (the bundled {@link KAZAKHSTAN_TAX_LAW} by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path and what would be
 * valid: the shape of the input (a value that is not a Money or is negative, months outside 1–12…), then
 * what the law of the year allows (a year outside 2018–2026, a coefficient outside its range, a named
 * benefit the year does not have, land before 2026, caller rows that do not continue the rows read);
 * `NO_ESTABLISHED_RATE` listing every object whose value is above the rows read and supplied.
 * @category Taxes
 * @example
 * ```ts
 * import { Money, propertyTax } from "fourth-level-budget";
 * propertyTax({ year: 2025, objects: [{ assessedValue: Money.kzt("4000000") }] }).amount.toKzt(); //=> "2600.00"
 * ```
 */
export function propertyTax(
  input: PropertyTaxInput,
  law: LawForPropertyTax = LAW_FOR_PROPERTY_TAX,
): PropertyTaxResult {
  const lawInForce = checkedLaw<LawForPropertyTax>(lawForPropertyTaxSchema, law);
  const checked = parseInput(propertyTaxInputSchema, input, WHAT);
  throwIssues(WHAT, propertyLawIssues(checked, lawInForce));
  const objects = objectResults(checked, lawInForce);
  const land = landResults(checked, lawInForce);
  const sum = Money.sum([...objects.objects.map((o) => o.due), ...land.land.map((l) => l.due)]);
  const steps = [
    scaleStep(checked.year, lawInForce),
    ...objects.steps,
    ...land.steps,
    { step: "total", value: `sum before rounding: ${sum.toKzt()} KZT` },
  ];
  return {
    ...finishTax(lawInForce.rounding, "property", checked.year, sum, steps),
    objects: objects.objects,
    land: land.land,
    aggregate: objects.aggregate,
  };
}
