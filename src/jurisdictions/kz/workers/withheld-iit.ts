import * as z from "zod";
import { valueOnFirstJanuary } from "../../../calendar/dated.js";
import { positiveMoneySchema } from "../../../input/money.js";
import { parseInput } from "../../../input/parse.js";
import { roundToBigint } from "../../../money/decimal.js";
import { Money } from "../../../money/money.js";
import { MINIMUM_WAGE } from "../parameters.js";
import { basicDeductionForMonth } from "../taxes/iit/basic-deduction.js";
import { bandedTax } from "../taxes/iit/iit-bands.js";
import { LAW_FOR_IIT, type LawForIit, lawForIitSchema } from "../taxes/iit/iit-law.js";
import { isIitSchedule } from "../taxes/iit/rates.js";
import { checkedLaw } from "../taxes/law-basics.js";
import { noEstablishedRate } from "../taxes/tax-errors.js";
import { taxYearSchema } from "../taxes/tax-input.js";

/** Mandatory pension contributions of the employee: 10 % of income (KGD calculator: «МЗЖ … 10%»). */
const PENSION_RATE = "0.1";
/** Compulsory social health insurance contributions of the employee: 2 % (rekassa.kz worked example). */
const HEALTH_RATE = "0.02";
/** Monthly income bases capped at 50 and 10 minimum wages (published for 2026: 4,250,000 and 850,000 KZT). */
const PENSION_CAP_WAGES = 50;
const HEALTH_CAP_WAGES = 10;

const argumentsSchema = z.strictObject({ annualWage: positiveMoneySchema, year: taxYearSchema });

/** The basic deductions of the 12 months of `year`, capped by the year's annual cap when there is one. */
function basicDeductions(year: number, law: LawForIit): Money {
  const months = Array.from({ length: 12 }, (_, i) =>
    basicDeductionForMonth(`${year}-${String(i + 1).padStart(2, "0")}`, law),
  );
  const sum = Money.sum(months.map((m) => m.amount));
  const cap = valueOnFirstJanuary(law.iit.basicDeduction, year).value.annualCapMrp;
  if (cap === undefined) return sum;
  const capped = valueOnFirstJanuary(law.mrp, year).value.times(cap, "trunc");
  return capped.compare(sum) < 0 ? capped : sum;
}

/** `rate` × `wage`, its monthly base capped at `capWages` minimum wages (12 months of the year). */
function contribution(wage: Money, rate: string, capWages: number, year: number): Money {
  const cap = valueOnFirstJanuary(MINIMUM_WAGE, year).value.times(capWages * 12, "trunc");
  return (wage.compare(cap) > 0 ? cap : wage).times(rate, "halfExpand");
}

/**
 * The individual income tax a tax agent withholds from a resident employee's wage over a year (EBK 101201,
 * not a fourth-level revenue under the law in force), by the State Revenue Committee's formula
 * `IIT = (income − pension contributions − deductions − health insurance contributions) × rate`:
 * - pension contributions 10 % and health insurance contributions 2 % of the wage, on monthly bases of at
 *   most 50 and 10 minimum wages (published for 2026; the same multiples assumed for 2024–2025);
 * - the basic deduction of each month (14 MRP 2024–2025, 30 MRP from 2026: {@link basicDeductionForMonth});
 * - the law's scale of residents' income for the year (10 % to 2025; 10 % up to 8,500 MRP and 15 % above
 *   from 2026), rounded to the tiyn half away from zero (`halfExpand`).
 *
 * The wage is taken as spread evenly over the 12 months; the 90 % adjustment of small incomes of the 2017
 * Code and other deductions (e.g. for disabled persons) are not applied.
 *
 * @param annualWage - The year's gross wage (KZT, above zero).
 * @param year - The tax year, 2024 or later (the basic deduction is known from 2024).
 * @param law - The tax law to apply (the bundled tables by default).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a wage that is not a positive Money or a bad year;
 * `NO_VALUE_ON_DATE` for a year without a basic deduction or MRP; `NO_ESTABLISHED_RATE` when the law
 * has no scale of residents' income for the year.
 * @category Taxes
 * @example
 * ```ts
 * import { Money, withheldIit } from "fourth-level-budget";
 * // rekassa.kz, 2024: 350 000 a month → (350 000 − 35 000 − 7 000 − 14 × 3 692) × 10 % = 25 631.20 a month
 * withheldIit(Money.kzt("4200000"), 2024).toKzt(); //=> "307574.40"
 * ```
 */
export function withheldIit(annualWage: Money, year: number, law: LawForIit = LAW_FOR_IIT): Money {
  const lawInForce = checkedLaw<LawForIit>(lawForIitSchema, law);
  const checked = parseInput(argumentsSchema, { annualWage, year }, "wage and year");
  return withheldIitOfYear(checked.year, lawInForce)(checked.annualWage);
}

/**
 * The withheld IIT of {@link withheldIit} for one year and a checked law, as a function of the wage: the
 * year's deductions and scale looked up once (the generator computes thousands of wages).
 */
export function withheldIitOfYear(year: number, law: LawForIit): (annualWage: Money) => Money {
  const deductions = basicDeductions(year, law);
  const scale = valueOnFirstJanuary(law.iit.selfAssessed, year).value.individual;
  if (!isIitSchedule(scale)) {
    throw noEstablishedRate(`IIT ${year} of residents: ${scale.missing}`, ["law"], { year });
  }
  const mrp = valueOnFirstJanuary(law.mrp, year).value;
  return (wage) => {
    const taxable = wage
      .minus(contribution(wage, PENSION_RATE, PENSION_CAP_WAGES, year))
      .minus(contribution(wage, HEALTH_RATE, HEALTH_CAP_WAGES, year))
      .minus(deductions);
    if (taxable.isNegative() || taxable.isZero()) return Money.zero;
    return Money.fromTiyn(roundToBigint(bandedTax(scale, mrp, Money.zero, taxable).exactTiyn, "halfExpand"));
  };
}
