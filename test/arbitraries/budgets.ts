/**
 * Domain arbitraries for budget figures (consistent by the identities of BC2008 Art. 13/17) and for a
 * district with its fourth-level units and the transfers between them.
 */
import fc from "fast-check";
import { BUDGET_LINE_KEYS, type BudgetFigures, type BudgetLineKey } from "../../src/budget/lines.js";
import type { IsoDate } from "../../src/calendar/iso-date.js";
import type { Account, Posting } from "../../src/ledger/ledger.js";
import { Money } from "../../src/money/money.js";
import type { DistrictBudgetRef, FourthLevelUnit } from "../../src/territory/territory.js";
import { isoDateArb, TERRITORY } from "./receipts.js";

/** 0 to 100 billion KZT; zero now and then. */
export const lineAmountArb: fc.Arbitrary<Money> = fc.oneof(
  { arbitrary: fc.bigInt({ min: 0n, max: 10n ** 13n }).map((t) => Money.fromTiyn(t)), weight: 5 },
  { arbitrary: fc.constant(Money.zero), weight: 1 },
);

/** −1 to +1 billion KZT: net lending, financial-asset balances. */
export const signedAmountArb: fc.Arbitrary<Money> = fc
  .bigInt({ min: -(10n ** 11n), max: 10n ** 11n })
  .map((t) => Money.fromTiyn(t));

/** A non-zero perturbation, −1 billion to +1 billion KZT. */
export const nonZeroDeltaArb: fc.Arbitrary<Money> = fc
  .bigInt({ min: -(10n ** 11n), max: 10n ** 11n })
  .filter((t) => t !== 0n)
  .map((t) => Money.fromTiyn(t));

const sum = (...ms: Money[]) => Money.sum(ms);

/**
 * Complete figures of one budget year in which every identity holds exactly: revenue_total is the sum
 * of its parts, net lending and the financial-asset balance are their sub-lines' differences, the deficit
 * follows from the balance identity, financing = −deficit, and free balances used close the financing.
 */
export const consistentFiguresArb: fc.Arbitrary<BudgetFigures> = fc
  .record({
    tax_revenue: lineAmountArb,
    non_tax_revenue: lineAmountArb,
    capital_sales: lineAmountArb,
    special_receipts: lineAmountArb,
    transfers: lineAmountArb,
    expenditures: lineAmountArb,
    budget_loans: lineAmountArb,
    loan_repayments: lineAmountArb,
    fin_assets_acquisition: lineAmountArb,
    fin_assets_sales: lineAmountArb,
    loans_received: lineAmountArb,
    loans_repaid: lineAmountArb,
  })
  .map((f): BudgetFigures => {
    const revenue_total = sum(
      f.tax_revenue,
      f.non_tax_revenue,
      f.capital_sales,
      f.special_receipts,
      f.transfers,
    );
    const net_lending = f.budget_loans.minus(f.loan_repayments);
    const fin_assets_balance = f.fin_assets_acquisition.minus(f.fin_assets_sales);
    const deficit = revenue_total.minus(f.expenditures).minus(net_lending).minus(fin_assets_balance);
    const financing = deficit.negate();
    const free_balances_used = financing.minus(f.loans_received).plus(f.loans_repaid);
    return { ...f, revenue_total, net_lending, fin_assets_balance, deficit, financing, free_balances_used };
  });

/** Every line key the identities use: all but the non-oil deficit. */
export const IDENTITY_LINES: readonly BudgetLineKey[] = BUDGET_LINE_KEYS.filter(
  (k) => k !== "non_oil_deficit",
);

// ---------------------------------------------------------------------------------------------------
// A district, its units and the transfers between them
// ---------------------------------------------------------------------------------------------------

/** One unit of a generated district: its own revenues, the transfers it gets and pays, its other lines. */
export interface UnitPlan {
  readonly unit: FourthLevelUnit;
  readonly tax: Money;
  readonly nonTax: Money;
  readonly capital: Money;
  /** Subventions / targeted transfers from the district in the year (each one posting). */
  readonly subventions: readonly Money[];
  /** Withdrawals to the district in the year (each one posting). */
  readonly withdrawals: readonly Money[];
  /** Costs other than the withdrawals. */
  readonly otherCosts: Money;
  readonly netLending: Money;
  readonly finAssets: Money;
}

/** A generated district scenario. */
export interface DistrictScenario {
  readonly district: DistrictBudgetRef;
  readonly year: number;
  readonly units: readonly UnitPlan[];
  /** The district's revenues other than the withdrawals it receives from its units. */
  readonly districtOwnRevenue: Money;
  /** The district's costs other than the transfers it pays to its units. */
  readonly districtOtherCosts: Money;
  readonly districtNetLending: Money;
  readonly districtFinAssets: Money;
  /** Dates for the transfer postings, one per transfer in order, all in `year`. */
  readonly transferDates: readonly string[];
  /** Amounts for postings that must NOT be netted (other years, receipts from payers, other districts). */
  readonly noiseAmounts: readonly Money[];
}

const DISTRICTS_WITH_UNITS = TERRITORY.districts().filter(
  (d) => TERRITORY.unitsOfDistrict(d.code).length > 0,
);

const transferAmountArb = fc.bigInt({ min: 1n, max: 10n ** 12n }).map((t) => Money.fromTiyn(t));

function unitPlanArb(unit: FourthLevelUnit): fc.Arbitrary<UnitPlan> {
  return fc.record({
    unit: fc.constant(unit),
    tax: lineAmountArb,
    nonTax: lineAmountArb,
    capital: lineAmountArb,
    subventions: fc.array(transferAmountArb, { maxLength: 3 }),
    withdrawals: fc.array(transferAmountArb, { maxLength: 2 }),
    otherCosts: lineAmountArb,
    netLending: signedAmountArb,
    finAssets: signedAmountArb,
  });
}

/** A real district, 1–8 of its real units, a year 2020–2027, and consistent plans for all of them. */
export const districtScenarioArb: fc.Arbitrary<DistrictScenario> = fc
  .record({
    district: fc.constantFrom(...DISTRICTS_WITH_UNITS),
    year: fc.integer({ min: 2020, max: 2027 }),
  })
  .chain(({ district, year }) =>
    fc
      .subarray([...TERRITORY.unitsOfDistrict(district.code)], {
        minLength: 1,
        maxLength: Math.min(8, TERRITORY.unitsOfDistrict(district.code).length),
      })
      .chain((units) =>
        fc.record({
          district: fc.constant(district),
          year: fc.constant(year),
          units: fc.tuple(...units.map(unitPlanArb)),
          districtOwnRevenue: lineAmountArb,
          districtOtherCosts: lineAmountArb,
          districtNetLending: signedAmountArb,
          districtFinAssets: signedAmountArb,
          transferDates: fc.array(isoDateArb(`${year}-01-01`, `${year}-12-31`), {
            minLength: 8 * 5,
            maxLength: 8 * 5,
          }),
          noiseAmounts: fc.array(transferAmountArb, { minLength: 4, maxLength: 4 }),
        }),
      ),
  );

/** A unit's own revenues: tax + non-tax + capital sales (everything but transfers). */
export function ownRevenue(plan: UnitPlan): Money {
  return sum(plan.tax, plan.nonTax, plan.capital);
}

/** A unit's published figures: transfers are its subventions, costs include its withdrawals. */
export function unitFigures(plan: UnitPlan): BudgetFigures {
  const transfers = Money.sum(plan.subventions);
  const revenue_total = ownRevenue(plan).plus(transfers);
  const expenditures = plan.otherCosts.plus(Money.sum(plan.withdrawals));
  const deficit = revenue_total.minus(expenditures).minus(plan.netLending).minus(plan.finAssets);
  return {
    revenue_total,
    tax_revenue: plan.tax,
    non_tax_revenue: plan.nonTax,
    capital_sales: plan.capital,
    transfers,
    expenditures,
    net_lending: plan.netLending,
    fin_assets_balance: plan.finAssets,
    deficit,
    financing: deficit.negate(),
  };
}

/** All subventions of the scenario. */
export function totalSubventions(s: DistrictScenario): Money {
  return Money.sum(s.units.flatMap((u) => u.subventions));
}

/** All withdrawals of the scenario. */
export function totalWithdrawals(s: DistrictScenario): Money {
  return Money.sum(s.units.flatMap((u) => u.withdrawals));
}

/** The district's figures: withdrawals are revenue of the district, subventions are its costs. */
export function districtFigures(s: DistrictScenario): BudgetFigures {
  const revenue_total = s.districtOwnRevenue.plus(totalWithdrawals(s));
  const expenditures = s.districtOtherCosts.plus(totalSubventions(s));
  const deficit = revenue_total.minus(expenditures).minus(s.districtNetLending).minus(s.districtFinAssets);
  return {
    revenue_total,
    expenditures,
    net_lending: s.districtNetLending,
    fin_assets_balance: s.districtFinAssets,
    deficit,
    financing: deficit.negate(),
  };
}

export function districtAccount(d: DistrictBudgetRef): Account {
  return { kind: "budget", level: 3, code: d.code, name: d.nameRu };
}

export function unitAccount(u: FourthLevelUnit): Account {
  return { kind: "budget", level: 4, code: u.code, name: u.nameRu };
}

/**
 * The ledger of the scenario: one posting district → unit per subvention and unit → district per
 * withdrawal (dated in the year), plus postings that must not be netted: a subvention dated the year
 * before and one the year after, a receipt payers → unit, and a transfer from another district.
 */
export function scenarioPostings(s: DistrictScenario): Posting[] {
  const postings: Posting[] = [];
  let n = 0;
  const date = () => s.transferDates[n % s.transferDates.length] as IsoDate;
  const push = (p: Omit<Posting, "id" | "sourceId" | "ruleId">) => {
    postings.push({ ...p, id: `t-${n}`, sourceId: `t-${n}`, ruleId: "transfer" });
    n++;
  };
  const district = districtAccount(s.district);
  for (const plan of s.units) {
    const unit = unitAccount(plan.unit);
    for (const amount of plan.subventions) {
      push({ date: date(), from: district, to: unit, amount, category: "transfers" });
    }
    for (const amount of plan.withdrawals) {
      push({ date: date(), from: unit, to: district, amount, category: "transfers" });
    }
  }
  const first = s.units[0] as UnitPlan;
  const firstUnit = unitAccount(first.unit);
  const [a, b, c, d] = s.noiseAmounts as [Money, Money, Money, Money];
  push({ date: `${s.year - 1}-12-31`, from: district, to: firstUnit, amount: a, category: "transfers" });
  push({ date: `${s.year + 1}-01-01`, from: firstUnit, to: district, amount: b, category: "transfers" });
  push({ date: `${s.year}-06-30`, from: { kind: "payers" }, to: firstUnit, amount: c, category: "tax" });
  const other = TERRITORY.districts().find((x) => x.code !== s.district.code) as DistrictBudgetRef;
  push({ date: `${s.year}-06-30`, from: districtAccount(other), to: firstUnit, amount: d });
  return postings;
}
