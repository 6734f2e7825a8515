import type { Citation } from "../../../../citation/citation.js";
import { Dec } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { TAX_CODE } from "../tax-code.js";

/**
 * One row of a property-tax scale: values above `over` up to `upTo` (inclusive) pay
 * `fixed + ratePercent % × (value − over)`. The first row starts at 0 and includes it.
 * @category Kazakhstan law
 */
export interface PropertyTaxRow {
  /** Lower edge of the row, KZT (exclusive, except 0 for the first row). */
  readonly over: Money;
  /** Upper edge, KZT (inclusive); absent for an open last row. */
  readonly upTo?: Money | undefined;
  /** Fixed sum, KZT: in a marginal schedule, the tax at `over`. */
  readonly fixed: Money;
  /** Rate on the excess over `over`, in percent as a decimal string (`"0.08"` = 0.08 %). */
  readonly ratePercent: string;
}

/**
 * A property-tax scale with where it comes from.
 * @category Kazakhstan law
 */
export interface PropertyTaxScale {
  readonly rows: readonly PropertyTaxRow[];
  /** The legal ground of the rows. */
  readonly citation: Citation;
  /** What the research notes say about how the rows are known, when it needs saying. */
  readonly note?: string;
}

const row = (over: string, upTo: string | undefined, fixed: string, ratePercent: string): PropertyTaxRow =>
  upTo === undefined
    ? { over: Money.kzt(over), fixed: Money.kzt(fixed), ratePercent }
    : { over: Money.kzt(over), upTo: Money.kzt(upTo), fixed: Money.kzt(fixed), ratePercent };

/** The rows up to 150 mn, read in 2017 Code Art. 531 p.1 (the same rows in 2026 Code Art. 602 p.1). */
const ROWS_TO_150_MN: readonly PropertyTaxRow[] = [
  row("0", "2000000", "0", "0.05"),
  row("2000000", "4000000", "1000", "0.08"),
  row("4000000", "6000000", "2600", "0.1"),
  row("6000000", "8000000", "4600", "0.15"),
  row("8000000", "10000000", "7600", "0.2"),
  row("10000000", "12000000", "11600", "0.25"),
  row("12000000", "14000000", "16600", "0.3"),
  row("14000000", "16000000", "22600", "0.35"),
  row("16000000", "18000000", "29600", "0.4"),
  row("18000000", "20000000", "37600", "0.45"),
  row("20000000", "75000000", "46600", "0.5"),
  row("75000000", "100000000", "321600", "0.6"),
  row("100000000", "150000000", "471600", "0.65"),
];

/**
 * The upper edge of the rows read in the 2017 Code: above it the caller supplies the rows for 2018–2025.
 * @category Kazakhstan law
 */
export const READ_SCALE_LIMIT_2017: Money = Money.kzt("150000000");

/**
 * The 2026 threshold of the owner's total value above which the aggregate rule applies (Art. 600 p.12).
 * @category Kazakhstan law
 */
export const AGGREGATE_THRESHOLD_2026: Money = Money.kzt("450000000");

/**
 * The fixed sum of the 2026 aggregate rule (Art. 600 p.12, Art. 602 p.1): the scale's tax at 450 mn.
 * @category Kazakhstan law
 */
export const AGGREGATE_FIXED_2026: Money = Money.kzt("2946600");

/** The rate of the 2026 aggregate rule on the total above 450 mn, percent. */
export const AGGREGATE_RATE_PERCENT_2026 = "2";

/**
 * 2017 Code Art. 531 p.1, tax years 2018–2025: the rows up to 150 000 000 KZT. The rows above 150 mn were
 * not read (the research notes' 0.7 % / 0.75 % / 1 % / 1.5 % / 2 % rows for 2018–2025 are inferred), so
 * a value above 150 mn needs a caller-supplied table (`PropertyTaxInput.upperRows`).
 * @category Kazakhstan law
 */
export const PROPERTY_TAX_SCALE_2017: PropertyTaxScale = {
  rows: ROWS_TO_150_MN,
  citation: {
    ...TAX_CODE.tc2017,
    article: "531",
    paragraph: "1",
    url: "https://fayllar.org/on-taxes-and-other-obligatory-payments-to-the-budget-tax-code.html?page=338",
  },
};

/**
 * 2026 Code Art. 602 p.1, per object when the owner's total is at most 450 mn: the rows up to 150 mn as in
 * the 2017 Code, then 150–350 mn 796 600 + 0.7 %, 350–450 mn 2 196 600 + 0.75 %, above 450 mn
 * 2 946 600 + 2 %.
 * @category Kazakhstan law
 */
export const PROPERTY_TAX_SCALE_2026: PropertyTaxScale = {
  rows: [
    ...ROWS_TO_150_MN,
    row("150000000", "350000000", "796600", "0.7"),
    row("350000000", "450000000", "2196600", "0.75"),
    row("450000000", undefined, "2946600", "2"),
  ],
  citation: { ...TAX_CODE.tc2026, article: "602", paragraph: "1" },
  note:
    "rows up to 150 mn equal 2017 Code Art. 531 p.1: the later reading of Art. 602 p.1 records them as read, " +
    "an earlier one (from published sources) only as 'probably unchanged'; the 150–350, 350–450 and " +
    ">450 mn rows are read",
};

/** The fraction for a percent string: `"0.08"` → `"0.0008"`. */
export function percentToFactor(ratePercent: string): string {
  return new Dec(ratePercent).dividedBy(100).toFixed();
}

/** The row of `rows` that `value` falls in (the first row includes 0), or `undefined` above the last row. */
export function rowFor(rows: readonly PropertyTaxRow[], value: Money): PropertyTaxRow | undefined {
  return rows.find(
    (r, i) =>
      (i === 0 ? value.compare(r.over) >= 0 : value.compare(r.over) > 0) &&
      (r.upTo === undefined || value.compare(r.upTo) <= 0),
  );
}

/** Each row's `ratePercent` as a fraction, computed once per row (rows are immutable). */
const FACTORS = new WeakMap<PropertyTaxRow, string>();

/**
 * The tax of one row at `value`: `fixed + ratePercent % × (value − over)`, rounded to the tiyn half away
 * from zero (exact for a value in whole tenge: every rate is a multiple of 0.01 %).
 */
export function taxInRow(r: PropertyTaxRow, value: Money): Money {
  let factor = FACTORS.get(r);
  if (factor === undefined) {
    factor = percentToFactor(r.ratePercent);
    FACTORS.set(r, factor);
  }
  return r.fixed.plus(value.minus(r.over).times(factor, "halfExpand"));
}

/** `"2 000 000"`: a whole-tenge amount with thin spaces between thousands, for the breakdown. */
export function formatKzt(m: Money): string {
  const text = m.toKzt();
  const [whole = "", fraction = "00"] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction === "00" ? grouped : `${grouped}.${fraction}`;
}

/** A row in words: `"2 000 000 – 4 000 000: 1 000 + 0.08 % of the excess over 2 000 000"`. */
export function describeRow(r: PropertyTaxRow): string {
  const upper = r.upTo === undefined ? "" : ` – ${formatKzt(r.upTo)}`;
  return `${formatKzt(r.over)}${upper}${r.upTo === undefined ? " and above" : ""}: ${formatKzt(r.fixed)} + ${
    r.ratePercent
  } % of the excess over ${formatKzt(r.over)}`;
}
