import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { type Citation, formatCitation } from "../../../../citation/citation.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { type Issue, throwIssues } from "../../../../errors/issue.js";
import { Dec } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { taxCodeOf } from "../tax-code.js";
import { noEstablishedRate } from "../tax-errors.js";
import { yearOutsideIssues } from "../tax-input.js";
import type { TaxStep } from "../tax-result.js";
import { agriculturalRate } from "./agricultural-rate.js";
import { type CheckedLandTaxInput, landProblems } from "./land-input.js";
import type { LawForLandTax } from "./land-law.js";
import { type FoundRate, fmt } from "./land-rate.js";
import { INDIVIDUALS_LAND_IN_PROPERTY_TAX, ROWS_WITHOUT_CONSTRUCTION_MULTIPLIER } from "./rates.js";
import { settlementRate } from "./settlement-rate.js";

const percentIssue = (path: string, what: string, value: string, min: string, max: string): Issue => ({
  path: [path],
  code: "INVALID_INPUT",
  message: `${what} ${value} % is outside ${min} … +${max} %`,
});

/** The problems of a schema-checked input against the law of its year: the years covered, the maslikhats' limits. */
function landLawIssues(input: CheckedLandTaxInput, law: LawForLandTax, what: string): void {
  const outside = yearOutsideIssues(
    law.land.settlement,
    input.year,
    "the rates are read as of the 2026 edition of the Code",
  );
  throwIssues(what, outside);
  const issues: Issue[] = [];
  const limit = valueOnFirstJanuary(law.land.maslikhatAdjustmentLimitPercent, input.year).value;
  const adjustment = input.maslikhatAdjustmentPercent;
  if (adjustment !== undefined && new Dec(adjustment).abs().greaterThan(limit)) {
    issues.push(
      percentIssue("maslikhatAdjustmentPercent", "maslikhat adjustment", adjustment, `-${limit}`, limit),
    );
  }
  const cut = input.plot.kind === "settlement" ? input.plot.industrialCutPercent : undefined;
  const cutLimit = valueOnFirstJanuary(law.land.industrialCutLimitPercent, input.year).value;
  if (cut !== undefined && new Dec(cut).greaterThan(cutLimit)) {
    issues.push({
      ...percentIssue("plot", "industrial-land cut", cut, "0", cutLimit),
      path: ["plot", "industrialCutPercent"],
    });
  }
  throwIssues(what, issues);
}

/** The rate of the plot: settlement land per m², agricultural land per ha. */
function rateOf(input: CheckedLandTaxInput, law: LawForLandTax): FoundRate {
  const plot = input.plot;
  if (plot.kind === "agricultural")
    return agriculturalRate(input, plot, valueOnFirstJanuary(law.land.agricultural, input.year));
  if (plot.use === "housing" && input.payer === "individual" && input.year >= 2020) {
    throw new FourthLevelError(
      "NO_RULE",
      `land tax ${input.year}: an individual's land occupied by housing is taxed inside the property tax of individuals from 2020 (${formatCitation(INDIVIDUALS_LAND_IN_PROPERTY_TAX[taxCodeOf(input.year)])}), not by the land tax: compute it with the property-tax calculator`,
      { year: input.year, payer: input.payer, use: "housing" },
    );
  }
  return settlementRate(input, plot, valueOnFirstJanuary(law.land.settlement, input.year).value);
}

/**
 * The maslikhat's adjustment in percent and its step: the input's; else the one the law sets for every
 * maslikhat (a reform), where an input's would be accepted; else none.
 */
function adjustmentOf(
  input: CheckedLandTaxInput,
  law: LawForLandTax,
): { readonly percent?: string; readonly source: string; readonly citation: Citation } {
  const limit = valueOnFirstJanuary(law.land.maslikhatAdjustmentLimitPercent, input.year);
  const inLaw = valueOnFirstJanuary(law.land.maslikhatAdjustmentPercent, input.year);
  const given = input.maslikhatAdjustmentPercent;
  if (given !== undefined) {
    const note =
      inLaw.value === undefined ? "" : ` (given; the law as reformed sets ${signed(inLaw.value)} %)`;
    return { percent: given, source: note, citation: limit.citation };
  }
  if (inLaw.value === undefined) return { source: "", citation: limit.citation };
  const without = new Set(landProblems(input).map(([, message]) => message));
  const refused = landProblems({ ...input, maslikhatAdjustmentPercent: inLaw.value }).find(
    ([, message]) => !without.has(message),
  );
  return refused === undefined
    ? { percent: inLaw.value, source: " (set by the law for every maslikhat)", citation: inLaw.citation }
    : {
        source: `the law's ${signed(inLaw.value)} % does not apply: ${refused[1]}`,
        citation: inLaw.citation,
      };
}

const signed = (p: string) => `${new Dec(p).isNegative() ? "" : "+"}${fmt(new Dec(p))}`;

/** The maslikhat's adjustment and the industrial-land cut, each a factor on the exact amount. */
function adjustments(
  input: CheckedLandTaxInput,
  law: LawForLandTax,
  amount: Dec,
): { readonly exact: Dec; readonly steps: TaxStep[] } {
  const steps: TaxStep[] = [];
  let exact = amount;
  const adjustment = adjustmentOf(input, law);
  if (adjustment.percent !== undefined) {
    const p = new Dec(adjustment.percent);
    const factor = new Dec(1).plus(p.dividedBy(100));
    exact = exact.times(factor);
    const value = `${signed(adjustment.percent)} % → × ${fmt(factor)} = ${fmt(exact)} KZT${adjustment.source}`;
    steps.push({ step: "maslikhat adjustment", value, citation: adjustment.citation });
  } else if (adjustment.source !== "") {
    steps.push({ step: "maslikhat adjustment", value: adjustment.source, citation: adjustment.citation });
  }
  if (input.plot.kind === "settlement" && input.plot.industrialCutPercent !== undefined) {
    const limit = valueOnFirstJanuary(law.land.industrialCutLimitPercent, input.year);
    const p = new Dec(input.plot.industrialCutPercent);
    const factor = new Dec(1).minus(p.dividedBy(100));
    exact = exact.times(factor);
    const value = `−${fmt(p)} % (at most ${limit.value} %) → × ${fmt(factor)} = ${fmt(exact)} KZT`;
    steps.push({ step: "industrial-land cut", value, citation: limit.citation });
  }
  return { exact, steps };
}

/** The multiplier for land left unused, where the law of the year sets one. */
function unusedMultiplier(
  input: CheckedLandTaxInput,
  law: LawForLandTax,
  found: FoundRate,
  amount: Dec,
): { readonly exact: Dec; readonly steps: TaxStep[] } {
  const plot = input.plot;
  const multipliers = valueOnFirstJanuary(law.land.unusedMultipliers, input.year);
  if (plot.kind === "agricultural" && plot.unused === true) {
    const exact = amount.times(multipliers.value.agricultural);
    const value = `agricultural land left unused: × ${multipliers.value.agricultural} = ${fmt(exact)} KZT`;
    return { exact, steps: [{ step: "multiplier", value, citation: multipliers.citation }] };
  }
  if (plot.kind !== "settlement" || plot.unusedConstructionPlot !== true) return { exact: amount, steps: [] };
  const factor = multipliers.value.construction;
  if (factor === undefined) {
    throw noEstablishedRate(
      `land tax ${input.year}: the multiplier for unused construction plots in the 2017 Code was not read (2026 Code Art. 581 sets ×10 from 2026); leave unusedConstructionPlot out and apply the maslikhat's decision yourself`,
      ["plot", "unusedConstructionPlot"],
      { year: input.year, missing: "multiplier for unused construction plots" },
    );
  }
  if (found.rowKey !== undefined && ROWS_WITHOUT_CONSTRUCTION_MULTIPLIER.includes(found.rowKey)) {
    const value = `unused construction plot: no ×${factor} for ${found.rowKey} (Art. 577 rows 27–30 are excluded)`;
    return { exact: amount, steps: [{ step: "multiplier", value, citation: multipliers.citation }] };
  }
  const exact = amount.times(factor);
  return {
    exact,
    steps: [
      {
        step: "multiplier",
        value: `unused construction plot: × ${factor} = ${fmt(exact)} KZT`,
        citation: multipliers.citation,
      },
    ],
  };
}

/**
 * The annual land tax of a schema-checked plot under `law`, to the tiyn (half away from zero), with its
 * steps (no months, no year rounding): rate × area, the maslikhat's adjustment or the industrial cut, the
 * unused-land multiplier. The input is checked against the law of its year first.
 * @param what - What is computed, for the messages (`"land tax"`).
 * @throws {@link FourthLevelError} as `landTax`.
 */
export function annualLandTax(
  input: CheckedLandTaxInput,
  law: LawForLandTax,
  what: string,
): { readonly annual: Money; readonly steps: TaxStep[] } {
  landLawIssues(input, law, what);
  const found = rateOf(input, law);
  const plot = input.plot;
  const area = new Dec(plot.kind === "settlement" ? plot.areaM2 : plot.areaHa);
  const unit = plot.kind === "settlement" ? "m²" : "ha";
  const base = area.times(found.perUnit);
  const adjusted = adjustments(input, law, base);
  const multiplied = unusedMultiplier(input, law, found, adjusted.exact);
  const exact = multiplied.exact;
  const annual = Money.kzt(fmt(exact), "halfExpand");
  const steps: TaxStep[] = [
    ...found.steps,
    {
      step: "base amount",
      value: `${fmt(area)} ${unit} × ${fmt(found.perUnit)} KZT/${unit} = ${fmt(base)} KZT`,
    },
    ...adjusted.steps,
    ...multiplied.steps,
    {
      step: "annual amount",
      value:
        exact.decimalPlaces() <= 2
          ? `${annual.toKzt()} KZT`
          : `${annual.toKzt()} KZT (exact ${fmt(exact)} rounded to the tiyn, half away from zero)`,
    },
  ];
  if (taxCodeOf(input.year) === "tc2026" && input.payer === "individual" && plot.kind === "settlement") {
    steps.push({
      step: "note",
      value:
        "from 2026 an individual's land plot is an object of the property tax (Art. 599 p.1(2)); its non-housing settlement land is taxed at this Art. 577 column 3 rate (Art. 602 p.5)",
      citation: INDIVIDUALS_LAND_IN_PROPERTY_TAX.tc2026,
    });
  }
  return { annual, steps };
}
