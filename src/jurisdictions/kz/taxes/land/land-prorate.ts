import type { Citation } from "../../../../citation/citation.js";
import type { Money } from "../../../../money/money.js";
import { prorate } from "../months.js";
import { taxCodeOf } from "../tax-code.js";
import type { TaxStep } from "../tax-result.js";
import type { LawForLandTax } from "./land-law.js";
import { MONTHS_CITATION_2026 } from "./rates.js";

/**
 * `prorate` for land: cites 2026 Art. 583 (or `citation2026`) from 2026; before 2026 the step says the
 * 2017 Code's month rule was not read (`note2017`).
 */
export function landProrate(
  law: LawForLandTax,
  annual: Money,
  months: number,
  year: number,
  note2017: string,
  citation2026: Citation = MONTHS_CITATION_2026,
): { readonly due: Money; readonly step?: TaxStep } {
  if (taxCodeOf(year) === "tc2026") return prorate(law.rounding, annual, months, year, citation2026);
  const { due, step } = prorate(law.rounding, annual, months, year);
  return step === undefined ? { due } : { due, step: { ...step, value: `${step.value}; ${note2017}` } };
}
