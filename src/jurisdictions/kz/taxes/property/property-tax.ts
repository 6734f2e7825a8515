import { valueOnFirstJanuary } from "../../../../calendar/dated.js";
import { assertCitation, type Citation, formatCitation } from "../../../../citation/citation.js";
import { FourthLevelError, type InputIssue, throwIfIssues } from "../../../../errors/error.js";
import { type DecimalInput, toDec } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { MRP_FOR_TAXES } from "../../parameters.js";
import { checkMonths as monthsProblem, ownershipMonths, prorate } from "../months.js";
import { finishTax } from "../rounding.js";
import { TAX_CODE, type TaxCodeEdition, taxCodeOf } from "../tax-code.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import { ADJACENT_PLOT_RATES_2026, HOUSING_LAND_RATES_2026, type LandPlot, landPlotTax } from "./land.js";
import {
  AGGREGATE_FIXED_2026,
  AGGREGATE_RATE_PERCENT_2026,
  AGGREGATE_THRESHOLD_2026,
  describeRow,
  formatKzt,
  PROPERTY_TAX_SCALE_2017,
  PROPERTY_TAX_SCALE_2026,
  type PropertyTaxRow,
  percentToFactor,
  READ_SCALE_LIMIT_2017,
  rowFor,
  taxInRow,
} from "./scale.js";

/** Budget classification (EBK) code of the property tax of individuals. */
export const PROPERTY_TAX_EBK = "104102";

/** The first tax year the calculator covers (the 2017 Code's first year). */
export const FIRST_PROPERTY_TAX_YEAR = 2018;

/** The last tax year whose rates the library has read (2026 Code). A later year needs its values first. */
export const LAST_PROPERTY_TAX_YEAR = 2026;

/** One taxable object (dwelling, dacha, garage, parking place, other building) of the individual. */
export interface PropertyObject {
  /** A name for the breakdown, e.g. `"flat, Abay St 1"`; `"object N"` when absent. */
  readonly label?: string;
  /**
   * The value set by the State Corporation "Government for Citizens" (2017 Code Art. 529; 2026 Code
   * Art. 600 p.2), KZT: a {@link Money} or a decimal string (`"4000000"`), never a float. For 2026 give
   * it without the luxury factor Kроск, which {@link PropertyObject.luxuryCoefficient} applies.
   */
  readonly assessedValue: Money | DecimalInput;
  /**
   * Months the object was owned in the tax year, a whole number 1–12 (12 when absent): from the 1st of
   * the month of acquisition to the 1st of the month of transfer (2026 Code Art. 603); see
   * {@link ownershipMonths}.
   */
  readonly months?: number;
  /**
   * The maslikhat's luxury coefficient Kроск (2026 Code Art. 600 p.2), a decimal from 1 to 1.5 (1 when
   * absent). Only for tax years from 2026; earlier years accept only 1.
   */
  readonly luxuryCoefficient?: DecimalInput;
}

/**
 * A benefit that exempts part of the total value:
 * - `"within_1000_mrp"` — Heroes, "Халық қаһарманы", "Қазақстанның Еңбек Ері", Order of Glory (3
 *   degrees), Order "Отан" (2017 Code Art. 526 p.2): not payers within 1 000 MRP of the total value;
 * - `"within_1500_mrp"` — WWII and combat veterans and equated persons, home-front award holders,
 *   persons with disabilities (Art. 526 p.2): within 1 500 MRP.
 *
 * Both named kinds are established for 2018–2025 only: the 2026 Code's benefit article was not read, so
 * for 2026 (or any other benefit) the caller gives the MRP multiple with its legal citation.
 */
export type PropertyTaxBenefit =
  | "within_1000_mrp"
  | "within_1500_mrp"
  | {
      /** How many MRP of value are exempt, e.g. `"1500"`. */
      readonly mrp: DecimalInput;
      /** Where the caller read the benefit. */
      readonly citation: Citation;
      /** Who the benefit is for, for the breakdown. */
      readonly description?: string;
    };

/** One row of a caller-supplied rate table (2018–2025 values above 150 mn). */
export interface PropertyTaxRowInput {
  /** Lower edge, KZT (exclusive). */
  readonly over: Money | DecimalInput;
  /** Upper edge, KZT (inclusive); absent only on an open last row. */
  readonly upTo?: Money | DecimalInput;
  /** Fixed sum, KZT: must equal the tax at `over` (a marginal schedule). */
  readonly fixed: Money | DecimalInput;
  /** Rate on the excess over `over`, percent (`"0.7"` = 0.7 %), 0–100. */
  readonly ratePercent: DecimalInput;
}

/**
 * The rows of the 2017 Code Art. 531 p.1 scale above 150 000 000 KZT, which the library has not read.
 * The first row must start at 150 000 000 with fixed sum 796 600 (the tax at 150 mn on the read rows);
 * rows must be contiguous, and each fixed sum must equal the tax at its lower edge.
 */
export interface CallerRateTable {
  readonly rows: readonly PropertyTaxRowInput[];
  /** What the rows rest on, in words (e.g. "own reading of Art. 531 p.1, ed. 2023"), shown in the breakdown. */
  readonly source: string;
  /** The legal citation, when the caller read the rows in a legal text. */
  readonly citation?: Citation;
}

/** What {@link propertyTax} computes the tax of. */
export interface PropertyTaxInput {
  /** The tax year, 2018–2026. */
  readonly year: number;
  /** The individual's objects: all of them, since the benefit and (2026) the 450 mn rule use the total. */
  readonly objects: readonly PropertyObject[];
  /** A benefit of the owner, if any (see {@link PropertyTaxBenefit}). */
  readonly benefit?: PropertyTaxBenefit;
  /**
   * Tax years 2018–2025 only: the scale rows above 150 mn (not read by the library). Required when a
   * taxable value exceeds 150 000 000 KZT; refused for 2026, whose scale is read.
   */
  readonly upperRows?: CallerRateTable;
  /** Tax year 2026 only: the individual's land plots (2026 Code Art. 599 p.1(2), Art. 602 p.2–4). */
  readonly land?: readonly LandPlot[];
}

/** The tax of one object, before the final rounding of the total. */
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
   * `annual ÷ 12 × months` to the tiyn (see `prorate`): truncated from 2026 (whole tenge follows), half away
   * from zero to 2025.
   */
  readonly due: Money;
}

/** The tax of one land plot (2026), before the final rounding of the total. */
export interface LandPlotResult {
  readonly kind: LandPlot["kind"];
  readonly annual: Money;
  readonly months: number;
  readonly due: Money;
}

/** A {@link TaxResult} with the per-object and per-plot split. */
export interface PropertyTaxResult extends TaxResult {
  readonly tax: "property";
  /** Per object, in the order given. */
  readonly objects: readonly PropertyObjectTax[];
  /** Per land plot, in the order given (2026). */
  readonly land: readonly LandPlotResult[];
  /** Whether the 2026 aggregate rule (total above 450 mn) applied. */
  readonly aggregate: boolean;
}

const LUXURY_RANGE_CITATION: Citation = {
  ...TAX_CODE.tc2026,
  article: "600",
  evidence: "published",
  publishedIn:
    "lada.kz 08.09.2025 (DGD Mangystau: coefficient 1, maslikhat may raise it up to 1.5); alau.kz 07.08.2025",
  versionDate: "2025-09-08",
};

const BENEFIT_CITATION_2017: Citation = {
  ...TAX_CODE.tc2017,
  article: "526",
  paragraph: "2",
  url: "https://fayllar.org/on-taxes-and-other-obligatory-payments-to-the-budget-tax-code.html?page=335",
};

const BASE_CITATION: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: { ...TAX_CODE.tc2017, article: "529", versionDate: "2023-05-21" },
  tc2026: { ...TAX_CODE.tc2026, article: "600", paragraph: "2" },
};

function lastMrpYear(): number {
  const last = MRP_FOR_TAXES.entries[MRP_FOR_TAXES.entries.length - 1];
  return last?.to === undefined ? Number.POSITIVE_INFINITY : Number(last.to.slice(0, 4));
}

function readMoney(value: unknown, path: string, what: string, issues: InputIssue[]): Money | undefined {
  if (value instanceof Money) return value;
  try {
    return Money.kzt(value as DecimalInput);
  } catch (e) {
    issues.push({
      path,
      message: `${what} ${JSON.stringify(String(value))} is not an amount in KZT: give a decimal string with at most two decimals, e.g. "4000000" (${
        e instanceof Error ? e.message : String(e)
      })`,
      code: "INVALID_AMOUNT",
    });
    return undefined;
  }
}

function readDecimal(value: unknown, path: string, what: string, issues: InputIssue[]) {
  try {
    return toDec(value as DecimalInput, what);
  } catch {
    issues.push({
      path,
      message: `${what} ${JSON.stringify(String(value))} is not a plain decimal such as "1.2" (never a float)`,
    });
    return undefined;
  }
}

function checkMonths(months: unknown, path: string, issues: InputIssue[]): number {
  const message = monthsProblem(months);
  if (message !== undefined) issues.push({ path, message });
  return message === undefined && typeof months === "number" ? months : 12;
}

interface ValidObject {
  readonly label: string;
  readonly assessed: Money;
  readonly coefficient: string;
  readonly months: number;
}

function validateUpperRows(table: CallerRateTable, issues: InputIssue[]): PropertyTaxRow[] {
  const rows: PropertyTaxRow[] = [];
  if (!Array.isArray(table.rows) || table.rows.length === 0) {
    issues.push({ path: "upperRows.rows", message: "give at least one row starting at 150 000 000 KZT" });
    return rows;
  }
  if (typeof table.source !== "string" || table.source.trim() === "") {
    issues.push({
      path: "upperRows.source",
      message: "say what the rows rest on (a reading, a publication)",
    });
  }
  if (table.citation !== undefined) {
    try {
      assertCitation(table.citation, "upperRows");
    } catch (e) {
      issues.push({ path: "upperRows.citation", message: e instanceof Error ? e.message : String(e) });
    }
  }
  const readTop = PROPERTY_TAX_SCALE_2017.rows[PROPERTY_TAX_SCALE_2017.rows.length - 1];
  let previous: PropertyTaxRow | undefined = readTop;
  table.rows.forEach((input, i) => {
    const path = `upperRows.rows[${i}]`;
    const over = readMoney(input.over, `${path}.over`, "lower edge", issues);
    const upTo =
      input.upTo === undefined ? undefined : readMoney(input.upTo, `${path}.upTo`, "upper edge", issues);
    const fixed = readMoney(input.fixed, `${path}.fixed`, "fixed sum", issues);
    const rate = readDecimal(input.ratePercent, `${path}.ratePercent`, "rate (percent)", issues);
    if (
      over === undefined ||
      fixed === undefined ||
      rate === undefined ||
      (input.upTo !== undefined && !upTo)
    ) {
      previous = undefined;
      return;
    }
    if (rate.isNegative() || rate.greaterThan(100)) {
      issues.push({
        path: `${path}.ratePercent`,
        message: `rate ${rate.toFixed()} % must be from 0 to 100 %`,
      });
    }
    if (upTo === undefined && i !== table.rows.length - 1) {
      issues.push({ path: `${path}.upTo`, message: "only the last row may be open (no upper edge)" });
    }
    if (upTo !== undefined && upTo.compare(over) <= 0) {
      issues.push({
        path: `${path}.upTo`,
        message: `upper edge ${formatKzt(upTo)} must exceed ${formatKzt(over)}`,
      });
    }
    const r: PropertyTaxRow =
      upTo === undefined
        ? { over, fixed, ratePercent: rate.toFixed() }
        : { over, upTo, fixed, ratePercent: rate.toFixed() };
    if (previous !== undefined) {
      const edge = previous.upTo;
      if (edge === undefined || !edge.equals(over)) {
        issues.push({
          path: `${path}.over`,
          message: `lower edge ${formatKzt(over)} must equal the previous row's upper edge ${
            edge === undefined ? "(none)" : formatKzt(edge)
          }`,
        });
      } else {
        const expected = taxInRow(previous, over);
        if (!expected.equals(fixed)) {
          issues.push({
            path: `${path}.fixed`,
            message: `fixed sum ${formatKzt(fixed)} is not the tax at ${formatKzt(over)} on the rows below (${formatKzt(
              expected,
            )}): a marginal schedule needs them equal`,
          });
        }
      }
    }
    rows.push(r);
    previous = r;
  });
  return rows;
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
 * 5. part year: annual ÷ 12 × months per object, to the tiyn (`prorate`: truncated from 2026, where whole
 *    tenge follows; half away from zero to 2025) (2026 Code Art. 603; for 2018–2025 the same rule is
 *    applied but the 2017 article was not read);
 * 6. 2026 land plots (Art. 602 p.2–4) by area, × months ÷ 12;
 * 7. the sum is rounded by `roundTax` (kept to the tiyn to 2025; whole tenge from 2026), last.
 *
 * @example
 * ```ts
 * propertyTax({ year: 2025, objects: [{ assessedValue: "4000000" }] }).amount.toKzt(); // "2600.00"
 * ```
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every bad input with what would be valid: a year
 * outside 2018–2026, a negative or malformed value, months outside 1–12, a coefficient outside 1–1.5 (or
 * not 1 before 2026), a named benefit for 2026, land before 2026, a 2018–2025 value above 150 mn with no
 * `upperRows` row covering it (the message names the missing row).
 */
export function propertyTax(input: PropertyTaxInput): PropertyTaxResult {
  const year = input.year;
  const lastYear = Math.min(LAST_PROPERTY_TAX_YEAR, lastMrpYear());
  if (!Number.isInteger(year) || year < FIRST_PROPERTY_TAX_YEAR || year > lastYear) {
    throwIfIssues("property tax input", [
      {
        path: "year",
        message: `tax year ${JSON.stringify(year)} is outside ${FIRST_PROPERTY_TAX_YEAR}–${lastYear}: give a whole year from ${FIRST_PROPERTY_TAX_YEAR} (2017 Code) to ${lastYear} (the last year with read rates and an MRP)`,
      },
    ]);
  }
  const edition = taxCodeOf(year);
  const issues: InputIssue[] = [];

  // --- objects
  const objects: ValidObject[] = [];
  if (!Array.isArray(input.objects)) {
    issues.push({
      path: "objects",
      message: "give a list of objects (it may be empty when only land is taxed)",
    });
  }
  (Array.isArray(input.objects) ? input.objects : []).forEach((o, i) => {
    const path = `objects[${i}]`;
    const assessed = readMoney(o.assessedValue, `${path}.assessedValue`, "assessed value", issues);
    if (assessed?.isNegative()) {
      issues.push({
        path: `${path}.assessedValue`,
        message: `assessed value ${assessed.toKzt()} KZT is negative: give the State Corporation's value, 0 or more`,
      });
    }
    const months = checkMonths(o.months, `${path}.months`, issues);
    let coefficient = "1";
    if (o.luxuryCoefficient !== undefined) {
      const k = readDecimal(o.luxuryCoefficient, `${path}.luxuryCoefficient`, "luxury coefficient", issues);
      if (k !== undefined) {
        if (edition === "tc2017" && !k.equals(1)) {
          issues.push({
            path: `${path}.luxuryCoefficient`,
            message: `luxury coefficient ${k.toFixed()} exists only from tax year 2026 (2026 Code Art. 600): give 1 or omit it for ${year}`,
          });
        } else if (k.lessThan(1) || k.greaterThan("1.5")) {
          issues.push({
            path: `${path}.luxuryCoefficient`,
            message: `luxury coefficient ${k.toFixed()} is outside 1 to 1.5 (the range the maslikhat may set)`,
          });
        } else {
          coefficient = k.toFixed();
        }
      }
    }
    if (assessed !== undefined) {
      objects.push({ label: o.label ?? `object ${i + 1}`, assessed, coefficient, months });
    }
  });

  // --- benefit
  let benefitMrp: string | undefined;
  let benefitCitation: Citation | undefined;
  let benefitLabel = "";
  const benefit = input.benefit;
  if (benefit !== undefined) {
    if (benefit === "within_1000_mrp" || benefit === "within_1500_mrp") {
      if (edition === "tc2026") {
        issues.push({
          path: "benefit",
          message: `"${benefit}" is established for 2018–2025 (2017 Code Art. 526 p.2); the 2026 Code's benefit article was not read: for ${year} give { mrp, citation } from your reading`,
        });
      } else {
        benefitMrp = benefit === "within_1000_mrp" ? "1000" : "1500";
        benefitCitation = BENEFIT_CITATION_2017;
        benefitLabel =
          benefit === "within_1000_mrp"
            ? "Heroes and holders of the named orders"
            : "veterans and persons with disabilities";
      }
    } else if (typeof benefit === "object" && benefit !== null) {
      const m = readDecimal(benefit.mrp, "benefit.mrp", "benefit MRP multiple", issues);
      if (m?.isNegative()) {
        issues.push({ path: "benefit.mrp", message: `benefit of ${m.toFixed()} MRP must be 0 or more` });
      }
      try {
        assertCitation(benefit.citation, "benefit");
        benefitCitation = benefit.citation;
      } catch (e) {
        issues.push({ path: "benefit.citation", message: e instanceof Error ? e.message : String(e) });
      }
      if (m !== undefined && !m.isNegative()) benefitMrp = m.toFixed();
      benefitLabel = benefit.description ?? "caller-supplied benefit";
    } else {
      issues.push({
        path: "benefit",
        message: `benefit ${JSON.stringify(benefit)} must be "within_1000_mrp", "within_1500_mrp" or { mrp, citation }`,
      });
    }
  }

  // --- caller rows and land
  let upperRows: PropertyTaxRow[] = [];
  if (input.upperRows !== undefined) {
    if (edition === "tc2026") {
      issues.push({
        path: "upperRows",
        message: `the 2026 scale above 150 mn is read (2026 Code Art. 602 p.1): omit upperRows for ${year}`,
      });
    } else {
      upperRows = validateUpperRows(input.upperRows, issues);
    }
  }
  const land = input.land ?? [];
  if (land.length > 0 && edition === "tc2017") {
    issues.push({
      path: "land",
      message: `land plot rates for ${year} (2017 Code Art. 531 p.2–4) were not read: land inside this tax is supported from 2026 only — omit land for ${year}`,
    });
  }
  const landMonths: number[] = [];
  if (edition === "tc2026") {
    land.forEach((plot, i) => {
      validatePlot(plot, `land[${i}]`, issues);
      landMonths.push(checkMonths(plot.months, `land[${i}].months`, []));
    });
  }
  throwIfIssues("property tax input", issues);

  // --- computation
  const steps: TaxStep[] = [];
  const scale = edition === "tc2026" ? PROPERTY_TAX_SCALE_2026 : PROPERTY_TAX_SCALE_2017;
  steps.push({
    step: "scale",
    value:
      edition === "tc2026"
        ? `2026 Code Art. 602 p.1 scale (${scale.note ?? ""})`
        : "2017 Code Art. 531 p.1 scale, rows read up to 150 000 000 KZT",
    citation: scale.citation,
  });

  const values = objects.map((o) => {
    const value = o.coefficient === "1" ? o.assessed : o.assessed.times(o.coefficient, "halfExpand");
    steps.push({
      step: "value",
      value: `${o.label}: value set by the State Corporation ${formatKzt(o.assessed)} KZT`,
      citation: BASE_CITATION[edition],
    });
    if (o.coefficient !== "1") {
      steps.push({
        step: "coefficient",
        value: `${o.label}: ${formatKzt(o.assessed)} × luxury coefficient Kроск ${o.coefficient} = ${formatKzt(
          value,
        )} KZT (Kроск is a factor of the base formula, Art. 600 p.2, read; its range 1–1.5 is as published)`,
        citation: LUXURY_RANGE_CITATION,
      });
    }
    return value;
  });

  // benefit, in the order of the objects
  let remaining = Money.zero;
  if (benefitMrp !== undefined && benefitCitation !== undefined) {
    const mrp = valueOnFirstJanuary(MRP_FOR_TAXES, year);
    remaining = mrp.value.times(benefitMrp, "halfExpand");
    steps.push({
      step: "MRP",
      value: `MRP in force on 1 January ${year} (${mrp.from}): ${mrp.value.toKzt()} KZT (${formatCitation(mrp.citation)})`,
      citation: mrp.citation,
    });
    steps.push({
      step: "benefit",
      value: `${benefitLabel}: not a payer within ${benefitMrp} MRP × ${mrp.value.toKzt()} = ${formatKzt(
        remaining,
      )} KZT of the total value${
        edition === "tc2026"
          ? " (caller-supplied benefit; the 1 January MRP date is the 2017 rule, assumed for 2026)"
          : "; MRP of 1 January of the tax year (Art. 526 p.2)"
      }`,
      citation: benefitCitation,
    });
  }
  const exempts = values.map((v) => {
    const used = v.compare(remaining) <= 0 ? v : remaining;
    remaining = remaining.minus(used);
    return used;
  });
  if (benefitMrp !== undefined && objects.length > 1) {
    steps.push({
      step: "note",
      value:
        "benefit taken from the objects in the order given (inference: the text read does not say how the exemption of the total value is split between objects)",
    });
  }
  const taxables = values.map((v, i) => v.minus(exempts[i] ?? Money.zero));
  const total = Money.sum(taxables);

  const aggregate = edition === "tc2026" && total.compare(AGGREGATE_THRESHOLD_2026) > 0;
  let annuals: Money[];
  if (aggregate) {
    const excess = total.minus(AGGREGATE_THRESHOLD_2026);
    const aggTax = AGGREGATE_FIXED_2026.plus(
      excess.times(percentToFactor(AGGREGATE_RATE_PERCENT_2026), "halfExpand"),
    );
    steps.push({
      step: "aggregate",
      value: `total taxable value ${formatKzt(total)} KZT > 450 000 000: ${formatKzt(
        AGGREGATE_FIXED_2026,
      )} + ${AGGREGATE_RATE_PERCENT_2026} % × (${formatKzt(total)} − 450 000 000) = ${formatKzt(aggTax)} KZT${
        benefitMrp === undefined ? "" : " (total compared after the benefit: an inference)"
      }`,
      citation: { ...TAX_CODE.tc2026, article: "600", paragraph: "12" },
    });
    annuals = aggTax.allocate(taxables.map((t) => t.tiyn));
    if (objects.length > 1) {
      steps.push({
        step: "spread",
        value: `aggregate tax spread pro rata to value: ${objects
          .map((o, i) => `${o.label} ${formatKzt(annuals[i] ?? Money.zero)}`)
          .join("; ")} KZT`,
        citation: { ...TAX_CODE.tc2026, article: "604" },
      });
    }
  } else {
    const missing: InputIssue[] = [];
    annuals = taxables.map((t, i) => {
      const label = objects[i]?.label ?? `object ${i + 1}`;
      let r = rowFor(scale.rows, t);
      let fromCaller = false;
      if (r === undefined) {
        r = rowFor(upperRows, t);
        fromCaller = true;
      }
      if (r === undefined) {
        const lastCaller = upperRows[upperRows.length - 1];
        missing.push({
          path: upperRows.length === 0 ? "upperRows" : `upperRows.rows[${upperRows.length}]`,
          message: `${label}: taxable value ${formatKzt(t)} KZT is above ${formatKzt(
            lastCaller?.upTo ?? READ_SCALE_LIMIT_2017,
          )} KZT; the 2017 Code Art. 531 p.1 rows above 150 000 000 KZT were not read: supply upperRows with a row covering ${formatKzt(
            t,
          )} KZT (missing entry: the row containing ${formatKzt(t)})`,
          code: "NO_RULE",
        });
        return Money.zero;
      }
      const annual = taxInRow(r, t);
      steps.push({
        step: "bracket",
        value: `${label}: ${formatKzt(t)} KZT in row ${describeRow(r)} → ${formatKzt(r.fixed)} + ${
          r.ratePercent
        } % × (${formatKzt(t)} − ${formatKzt(r.over)}) = ${formatKzt(annual)} KZT${
          fromCaller
            ? ` (caller-supplied row, not read by the library: ${input.upperRows?.source ?? ""})`
            : ""
        }`,
        ...(fromCaller
          ? input.upperRows?.citation === undefined
            ? {}
            : { citation: input.upperRows.citation }
          : { citation: scale.citation }),
      });
      return annual;
    });
    throwIfIssues("property tax input", missing);
  }

  const monthsCitation: Citation | undefined =
    edition === "tc2026" ? { ...TAX_CODE.tc2026, article: "603" } : undefined;
  const objectResults: PropertyObjectTax[] = objects.map((o, i) => {
    const annual = annuals[i] ?? Money.zero;
    const { due, step } = prorate(annual, o.months, year, monthsCitation);
    if (step !== undefined) {
      steps.push({
        ...step,
        value: `${o.label}: ${step.value}${
          edition === "tc2017"
            ? "; the 2017 Code part-year article was not read: the 2026 Art. 603 rule is applied (inference)"
            : ""
        }`,
      });
    }
    return {
      label: o.label,
      value: values[i] ?? Money.zero,
      exempt: exempts[i] ?? Money.zero,
      taxableValue: taxables[i] ?? Money.zero,
      annual,
      months: o.months,
      due,
    };
  });

  const landResults: LandPlotResult[] = (edition === "tc2026" ? land : []).map((plot, i) => {
    const computed = landPlotTax(plot);
    const months = landMonths[i] ?? 12;
    const { due, step } = prorate(computed.annual, months, year);
    steps.push({
      step: "land",
      value: `land[${i}] ${computed.text}${step === undefined ? "" : `; ${step.value}`}`,
      citation: computed.citation,
    });
    return { kind: plot.kind, annual: computed.annual, months, due };
  });

  const sum = Money.sum([...objectResults.map((o) => o.due), ...landResults.map((l) => l.due)]);
  steps.push({ step: "total", value: `sum before rounding: ${sum.toKzt()} KZT` });
  return {
    ...finishTax("property", year, sum, steps),
    objects: objectResults,
    land: landResults,
    aggregate,
  };
}

function validatePlot(plot: LandPlot, path: string, issues: InputIssue[]): void {
  checkMonths(plot.months, `${path}.months`, issues);
  const nonNegative = (value: unknown, field: string, what: string) => {
    const d = readDecimal(value, `${path}.${field}`, what, issues);
    if (d?.isNegative())
      issues.push({ path: `${path}.${field}`, message: `${what} ${d.toFixed()} must be 0 or more` });
    return d;
  };
  switch (plot.kind) {
    case "housing": {
      nonNegative(plot.areaM2, "areaM2", "area (m²)");
      if (!Object.hasOwn(HOUSING_LAND_RATES_2026, plot.category)) {
        issues.push({
          path: `${path}.category`,
          message: `category ${JSON.stringify(plot.category)} is not one of ${Object.keys(HOUSING_LAND_RATES_2026).join(", ")}`,
        });
      }
      if (plot.zoningFactor !== undefined) {
        const f = readDecimal(plot.zoningFactor, `${path}.zoningFactor`, "zoning factor", issues);
        if (f !== undefined && (f.lessThan("0.5") || f.greaterThan("1.5"))) {
          issues.push({
            path: `${path}.zoningFactor`,
            message: `zoning factor ${f.toFixed()} is outside 0.5 to 1.5 (Art. 602 p.6: ±50 %)`,
          });
        }
      }
      return;
    }
    case "adjacent": {
      nonNegative(plot.areaM2, "areaM2", "area (m²)");
      const r = ADJACENT_PLOT_RATES_2026[plot.settlement];
      if (r === undefined) {
        issues.push({
          path: `${path}.settlement`,
          message: `settlement ${JSON.stringify(plot.settlement)} must be "city" or "other"`,
        });
        return;
      }
      if (plot.rateAboveThreshold !== undefined) {
        const a = readDecimal(plot.rateAboveThreshold, `${path}.rateAboveThreshold`, "rate", issues);
        if (a !== undefined && (a.lessThan(r.base) || a.greaterThan(r.above))) {
          issues.push({
            path: `${path}.rateAboveThreshold`,
            message: `rate above ${r.thresholdM2} m² ${a.toFixed()} KZT/m² is outside ${r.base} to ${r.above} (Art. 602 p.3: the maslikhat may only cut it down to ${r.base})`,
          });
        }
      }
      return;
    }
    case "household":
      nonNegative(plot.areaHa, "areaHa", "area (ha)");
      return;
    default:
      issues.push({
        path: `${path}.kind`,
        message: `land plot kind ${JSON.stringify((plot as { kind?: unknown }).kind)} must be "housing", "adjacent" or "household"`,
      });
  }
}
