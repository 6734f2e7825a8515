import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { formatCitation } from "../../../../citation/citation.js";
import type { Issue } from "../../../../errors/issue.js";
import { Dec } from "../../../../money/decimal.js";
import { firstYearWith, yearOutsideIssues } from "../tax-input.js";
import type { CheckedLandPlot } from "./land.js";
import type { CheckedPropertyTaxInput } from "./property-input.js";
import type { LawForPropertyTax, PropertyLandRates } from "./property-law.js";
import { formatKzt, type PropertyTaxRow, taxInRow } from "./scale.js";

const issue = (path: Issue["path"], message: string): Issue => ({ path, code: "INVALID_INPUT", message });

function luxuryIssues(input: CheckedPropertyTaxInput, law: LawForPropertyTax): Issue[] {
  const range = valueOnFirstJanuary(law.property.luxuryCoefficient, input.year).value;
  const from = firstYearWith(law.property.luxuryCoefficient);
  return input.objects.flatMap((o, i): Issue[] => {
    if (o.luxuryCoefficient === undefined) return [];
    const k = new Dec(o.luxuryCoefficient);
    const path = ["objects", i, "luxuryCoefficient"];
    if (range === undefined) {
      return k.equals(1)
        ? []
        : [
            issue(
              path,
              `luxury coefficient ${k.toFixed()} exists only from tax year ${from ?? "(none)"} (2026 Code Art. 600): give 1 or omit it for ${input.year}`,
            ),
          ];
    }
    return k.lessThan(range.min) || k.greaterThan(range.max)
      ? [
          issue(
            path,
            `luxury coefficient ${k.toFixed()} is outside ${range.min} to ${range.max} (the range the maslikhat may set)`,
          ),
        ]
      : [];
  });
}

function benefitIssues(input: CheckedPropertyTaxInput, law: LawForPropertyTax): Issue[] {
  const benefit = input.benefit;
  if (typeof benefit !== "string") return [];
  const named = valueOnFirstJanuary(law.property.benefits, input.year);
  if (named.value[benefit] !== undefined) return [];
  return [
    issue(
      ["benefit"],
      `"${benefit}" is not established for ${input.year} in the law read (${formatCitation(named.citation)}): give { mrp, citation } from your reading`,
    ),
  ];
}

/** The caller's rows must continue the rows read: each starts at the previous upper edge, with the tax there as its fixed sum. */
function upperRowIssues(input: CheckedPropertyTaxInput, law: LawForPropertyTax): Issue[] {
  if (input.upperRows === undefined) return [];
  const scale = valueOnFirstJanuary(law.property.scales, input.year).value;
  let previous: PropertyTaxRow | undefined = scale.rows[scale.rows.length - 1];
  if (previous?.upTo === undefined) {
    return [
      issue(
        ["upperRows"],
        `the ${input.year} scale is read to the top (${formatCitation(scale.citation)}): omit upperRows for ${input.year}`,
      ),
    ];
  }
  return input.upperRows.rows.flatMap((row, i): Issue[] => {
    const edge: PropertyTaxRow | undefined = previous;
    previous = row;
    if (edge?.upTo === undefined) return [];
    if (!edge.upTo.equals(row.over)) {
      return [
        issue(
          ["upperRows", "rows", i, "over"],
          `lower edge ${formatKzt(row.over)} must equal the previous row's upper edge ${formatKzt(edge.upTo)}`,
        ),
      ];
    }
    const expected = taxInRow(edge, row.over);
    return expected.equals(row.fixed)
      ? []
      : [
          issue(
            ["upperRows", "rows", i, "fixed"],
            `fixed sum ${formatKzt(row.fixed)} is not the tax at ${formatKzt(row.over)} on the rows below (${formatKzt(expected)}): a marginal schedule needs them equal`,
          ),
        ];
  });
}

/** The land-plot rates of `year` (`undefined` where the law has none). */
export const landRates = (law: LawForPropertyTax, year: number): PropertyLandRates | undefined =>
  valueOnFirstJanuary(law.property.land, year).value;

function plotIssues(plot: CheckedLandPlot, i: number, rates: PropertyLandRates): Issue[] {
  if (plot.kind === "housing" && plot.zoningFactor !== undefined) {
    const f = new Dec(plot.zoningFactor);
    const { min, max } = rates.zoningFactor;
    return f.lessThan(min) || f.greaterThan(max)
      ? [
          issue(
            ["land", i, "zoningFactor"],
            `zoning factor ${f.toFixed()} is outside ${min} to ${max} (Art. 602 p.6: ±50 %)`,
          ),
        ]
      : [];
  }
  if (plot.kind === "adjacent" && plot.rateAboveThreshold !== undefined) {
    const r = rates.adjacent[plot.settlement];
    const a = new Dec(plot.rateAboveThreshold);
    return a.lessThan(r.base) || a.greaterThan(r.above)
      ? [
          issue(
            ["land", i, "rateAboveThreshold"],
            `rate above ${r.thresholdM2} m² ${a.toFixed()} KZT/m² is outside ${r.base} to ${r.above} (Art. 602 p.3: the maslikhat may only cut it down to ${r.base})`,
          ),
        ]
      : [];
  }
  return [];
}

function landIssues(input: CheckedPropertyTaxInput, law: LawForPropertyTax): Issue[] {
  const land = input.land ?? [];
  if (land.length === 0) return [];
  const rates = landRates(law, input.year);
  if (rates === undefined) {
    const from = firstYearWith(law.property.land);
    return [
      issue(
        ["land"],
        `land plot rates for ${input.year} (2017 Code Art. 531 p.2–4) were not read: land inside this tax is supported from ${from ?? "(none)"} only — omit land for ${input.year}`,
      ),
    ];
  }
  return land.flatMap((plot, i) => plotIssues(plot, i, rates));
}

/**
 * Every problem of a schema-checked input against the law of its year, each at its path: a year the law
 * does not cover, a luxury coefficient outside the year's range, a benefit the year does not name, caller
 * rows that do not continue the rows read (or are given where the scale is read to the top), land where
 * the year has no land rates, a zoning factor or cut rate outside the law's range.
 */
export function propertyLawIssues(input: CheckedPropertyTaxInput, law: LawForPropertyTax): Issue[] {
  const outside = yearOutsideIssues(
    law.property.scales,
    input.year,
    "the library computes the years whose rates it has read (2017 Code to 2025, 2026 Code) and an MRP",
  );
  if (outside.length > 0) return outside;
  return [
    ...luxuryIssues(input, law),
    ...benefitIssues(input, law),
    ...upperRowIssues(input, law),
    ...landIssues(input, law),
  ];
}
