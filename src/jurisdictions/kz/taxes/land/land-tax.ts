import { isoDate } from "../../../../calendar/iso-date.js";
import { formatCitation } from "../../../../citation/citation.js";
import { FourthLevelError } from "../../../../errors/error.js";
import { Dec, type DecimalInput, toDec } from "../../../../money/decimal.js";
import { Money } from "../../../../money/money.js";
import { checkMonths, prorate } from "../months.js";
import { finishTax } from "../rounding.js";
import { type TaxCodeEdition, taxCodeOf } from "../tax-code.js";
import type { TaxResult, TaxStep } from "../tax-result.js";
import {
  AGRICULTURAL_RATES,
  type AgriculturalZone,
  INDIVIDUALS_LAND_IN_PROPERTY_TAX,
  INDUSTRIAL_CUT_CITATION,
  INDUSTRIAL_CUT_LIMIT_PERCENT,
  LAND_USE_CONTRACT_CITATION,
  LAND_USE_FLOOR_CITATION,
  MASLIKHAT_ADJUSTMENT_CITATION,
  MASLIKHAT_ADJUSTMENT_LIMIT_PERCENT,
  MONTHS_CITATION_2026,
  NAMED_CITIES,
  type NamedCity,
  type RegionRow,
  ROWS_WITHOUT_CONSTRUCTION_MULTIPLIER,
  SETTLEMENT_TABLES,
  type SettlementRowKey,
  type SettlementTable,
  SINGLE_LAND_TAX,
  UNUSED_MULTIPLIERS,
} from "./rates.js";

/** First and last tax year the land calculators know (the 2026 reading is as of the 2026 edition). */
const FIRST_YEAR = 2018;
const LAST_YEAR = 2026;

/**
 * Where a settlement plot lies, by the classifier of administrative-territorial objects:
 * `village` (село), `settlement` (посёлок), `city_of_district_significance`, `city_of_oblast_significance`
 * (both need `oblastCentre` or `regionRow`), or a named city of the table.
 */
export type SettlementCategory =
  | "village"
  | "settlement"
  | "city_of_district_significance"
  | "city_of_oblast_significance"
  | NamedCity;

/** Settlement land (земли населённых пунктов), taxed per m² (2017 Art. 505; 2026 Art. 577). */
export interface SettlementPlot {
  readonly kind: "settlement";
  /** Area in m², a positive decimal string or integer. */
  readonly areaM2: DecimalInput;
  readonly category: SettlementCategory;
  /**
   * For a town of district or oblast significance: the oblast centre whose rate it takes a share of
   * (75 % / 85 %). An input, never guessed from the KATO code. Not for towns of Almaty or Akmola region:
   * give `regionRow` for them (their rows are fixed).
   */
  readonly oblastCentre?: NamedCity;
  /** For a town of Almaty or Akmola region: the region whose fixed row applies. */
  readonly regionRow?: RegionRow;
  /**
   * `other` (default): land other than land occupied by housing; `housing`: land occupied by housing stock
   * (2026 Art. 577 column 4; refused for individuals from 2020 — it is inside their property tax).
   */
  readonly use?: "other" | "housing";
  /**
   * Industrial land inside the settlement: the maslikhat's cut of the rate, 0–30 % (2017 Art. 507;
   * 2026 Art. 579). A decimal percentage, e.g. `"30"`.
   */
  readonly industrialCutPercent?: DecimalInput;
  /** A plot granted for construction and left unused or misused (2026 Art. 581: ×10, not rows 27–30). */
  readonly unusedConstructionPlot?: boolean;
}

/** Agricultural land, taxed per ha by bonitet score (2017 Art. 503; 2026 Art. 576). */
export interface AgriculturalPlot {
  readonly kind: "agricultural";
  /** Area in hectares, a positive decimal string or integer. */
  readonly areaHa: DecimalInput;
  readonly zone: AgriculturalZone;
  /** Bonitet (soil quality) score, a whole number ≥ 0; scores above 100 share the `over_100` row. */
  readonly bonitet: number;
  /** Agricultural land left unused (2017 Art. 509 p.5: ×10; 2026 Art. 581: ×40). */
  readonly unused?: boolean;
}

/** A land plot for {@link landTax}. */
export type LandTaxPlot = SettlementPlot | AgriculturalPlot;

/** Input of {@link landTax}. */
export interface LandTaxInput {
  /** The tax year, 2018–2026. */
  readonly year: number;
  readonly payer: "individual" | "legal_entity";
  readonly plot: LandTaxPlot;
  /**
   * The maslikhat's adjustment of the base rate, −50 … +50 (percent, decimal string): 2026 Art. 582 p.1
   * (settlement land only; not for individual taxpayers; not with the Art. 581 multipliers); 2018–2025 as
   * practised by maslikhats (the 2017 article was not read).
   */
  readonly maslikhatAdjustmentPercent?: DecimalInput;
  /** Months in the tax year, 1–12 (12 by default); see {@link landTaxMonths}. */
  readonly months?: number;
  /**
   * Rates the shipped tables do not establish for the year, by entry key: KZT per m² for settlement land,
   * KZT per ha for agricultural land. Keys: `village`, `settlement`, a named city (`semey`), a region row
   * (`almaty_region:city_of_district_significance`), `city_of_district_significance` /
   * `city_of_oblast_significance` (2018–2019: the town's own rate), with `/housing` appended for housing
   * land (e.g. `village/housing`); agricultural `steppe:25`, `semi_desert:over_100`. An entry the law
   * establishes for the year is refused. The missing-entry error names the key to supply.
   */
  readonly rates?: Readonly<Record<string, DecimalInput>>;
}

const invalid = (message: string, details: Record<string, unknown> = {}) =>
  new FourthLevelError("INVALID_INPUT", message, details);

const isNamedCity = (value: unknown): value is NamedCity =>
  typeof value === "string" && (NAMED_CITIES as readonly string[]).includes(value);

const fmt = (d: Dec): string => d.toFixed();

function positiveDecimal(value: DecimalInput, what: string, problems: string[]): Dec | undefined {
  try {
    const d = toDec(value, what);
    if (!d.greaterThan(0)) {
      problems.push(`${what} ${String(value)} must be positive`);
      return undefined;
    }
    return d;
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
    return undefined;
  }
}

function percentIn(
  value: DecimalInput | undefined,
  what: string,
  min: number,
  max: number,
  problems: string[],
): Dec | undefined {
  if (value === undefined) return undefined;
  try {
    const d = toDec(value, what);
    if (d.lessThan(min) || d.greaterThan(max)) {
      problems.push(`${what} ${String(value)} % is outside ${min} … +${max} %`);
      return undefined;
    }
    return d;
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
    return undefined;
  }
}

function checkYearMonths(year: number, months: number, problems: string[]): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    problems.push(
      `year ${year} must be ${FIRST_YEAR}–${LAST_YEAR} (the rates are read as of the 2026 edition of the Code)`,
    );
  }
  const monthsProblem = checkMonths(months);
  if (monthsProblem !== undefined) problems.push(monthsProblem);
}

/** A rate looked up in the shipped table or in the caller's `rates`, with the steps that explain it. */
interface FoundRate {
  readonly perUnit: Dec;
  readonly steps: TaxStep[];
  /** The row key of the 2020+ table used (for the Art. 581 exclusion), when a table row was used. */
  readonly rowKey?: SettlementRowKey;
}

function missingRate(year: number, key: string, why: string): FourthLevelError {
  return new FourthLevelError(
    "NO_RULE",
    `land tax ${year}: no established rate for "${key}" — ${why}; supply it as rates["${key}"] (KZT per ${
      key.startsWith("steppe:") || key.startsWith("semi_desert:") ? "ha" : "m²"
    })`,
    { year, key },
  );
}

function supplied(
  rates: LandTaxInput["rates"],
  key: string,
  year: number,
  why: string,
  unit: string,
): FoundRate {
  const value = rates?.[key];
  if (value === undefined) throw missingRate(year, key, why);
  const perUnit = toDec(value, `rates["${key}"]`);
  if (perUnit.isNegative()) throw invalid(`rates["${key}"] ${String(value)} must not be negative`, { key });
  return {
    perUnit,
    steps: [
      {
        step: "rate",
        value: `${key}: ${fmt(perUnit)} KZT/${unit} (caller-supplied: ${why})`,
      },
    ],
  };
}

function refuseSuppliedEstablished(rates: LandTaxInput["rates"], key: string, year: number, rate: string) {
  if (rates?.[key] !== undefined) {
    throw invalid(
      `land tax ${year}: rates["${key}"] is established by the law for this year (${rate}); remove it`,
      {
        key,
        year,
      },
    );
  }
}

function tableFor(year: number): SettlementTable | undefined {
  return SETTLEMENT_TABLES.find((t) => t.fromYear <= year && year <= t.toYear);
}

function settlementRate(input: LandTaxInput, plot: SettlementPlot): FoundRate {
  const year = input.year;
  const housing = plot.use === "housing";
  const suffix = housing ? "/housing" : "";
  const table = tableFor(year);
  const isTown =
    plot.category === "city_of_district_significance" || plot.category === "city_of_oblast_significance";
  if (table === undefined) {
    // 2018–2019: the edition's rows for district towns, settlements and villages were not read.
    return supplied(
      input.rates,
      `${plot.category}${suffix}`,
      year,
      "the 2017 Code Art. 505 rows in force in 2018–2019 for district towns, settlements and villages were not read",
      "m²",
    );
  }
  const rowKey: SettlementRowKey = isTown
    ? plot.regionRow !== undefined
      ? `${plot.regionRow}:${plot.category as "city_of_district_significance" | "city_of_oblast_significance"}`
      : plot.category === "city_of_district_significance"
        ? "other_city_of_district_significance"
        : "other_city_of_oblast_significance"
    : (plot.category as SettlementRowKey);
  const row = table.rows[rowKey];
  const rowLabel = row?.row === undefined ? rowKey : `row ${row.row} (${rowKey})`;
  const column = housing ? "housing land" : "land other than housing";
  const columnLabel = table.fromYear >= 2026 ? (housing ? "column 4" : "column 3") : "single column";
  if (housing) {
    if (row?.housing === undefined) {
      return supplied(input.rates, `${rowKey}${suffix}`, year, table.gaps, "m²");
    }
    refuseSuppliedEstablished(input.rates, `${rowKey}${suffix}`, year, row.housing);
    return {
      perUnit: new Dec(row.housing),
      rowKey,
      steps: [
        {
          step: "rate",
          value: `${rowLabel}, ${columnLabel} (${column}): ${row.housing} KZT/m²`,
          citation: table.citation,
        },
      ],
    };
  }
  if (row === undefined) return supplied(input.rates, rowKey, year, table.gaps, "m²");
  if (row.other.kind === "fixed") {
    refuseSuppliedEstablished(input.rates, rowKey, year, row.other.perM2);
    return {
      perUnit: new Dec(row.other.perM2),
      rowKey,
      steps: [
        {
          step: "rate",
          value: `${rowLabel}, ${columnLabel} (${column}): ${row.other.perM2} KZT/m²`,
          citation: table.citation,
        },
      ],
    };
  }
  // A share of the oblast-centre rate (75 % / 85 %); the centre is an input.
  const centre = plot.oblastCentre as NamedCity;
  const centreRow = table.rows[centre];
  let centreRate: Dec;
  const steps: TaxStep[] = [];
  if (centreRow === undefined || centreRow.other.kind !== "fixed") {
    const found = supplied(input.rates, centre, year, table.gaps, "m²");
    centreRate = found.perUnit;
    steps.push(...found.steps);
  } else {
    refuseSuppliedEstablished(input.rates, centre, year, centreRow.other.perM2);
    centreRate = new Dec(centreRow.other.perM2);
  }
  const perUnit = centreRate.times(row.other.share);
  const percent = new Dec(row.other.share).times(100);
  steps.push({
    step: "rate",
    value: `${rowLabel}, ${columnLabel} (${column}): ${fmt(percent)} % of the oblast-centre rate (${centre}: ${fmt(centreRate)}) = ${fmt(percent)} % × ${fmt(centreRate)} = ${fmt(perUnit)} KZT/m² (kept exact: the law states no rounding of the rate)`,
    citation: table.citation,
  });
  return { perUnit, rowKey, steps };
}

function agriculturalRate(input: LandTaxInput, plot: AgriculturalPlot, edition: TaxCodeEdition): FoundRate {
  const score = plot.bonitet > 100 ? "over_100" : String(plot.bonitet);
  const key = `${plot.zone}:${score}`;
  const table = AGRICULTURAL_RATES[edition];
  const value = table.rows[plot.zone]?.[score];
  const citation = table.citation[plot.zone];
  if (value === undefined || citation === undefined) {
    return supplied(
      input.rates,
      key,
      input.year,
      `only some rows of the ${edition === "tc2026" ? "2026 Art. 576" : "2017 Art. 503"} ${plot.zone} table are shipped`,
      "ha",
    );
  }
  refuseSuppliedEstablished(input.rates, key, input.year, value);
  return {
    perUnit: new Dec(value),
    steps: [
      {
        step: "rate",
        value: `agricultural land, ${plot.zone} zone, bonitet ${plot.bonitet}: ${value} KZT/ha`,
        citation,
      },
    ],
  };
}

function checkLandInput(what: string, input: LandTaxInput, months: number): void {
  const problems: string[] = [];
  checkYearMonths(input.year, months, problems);
  if (input.payer !== "individual" && input.payer !== "legal_entity") {
    problems.push(`payer ${JSON.stringify(input.payer)} must be individual or legal_entity`);
  }
  const plot = input.plot;
  const edition = taxCodeOf(input.year);
  percentIn(
    input.maslikhatAdjustmentPercent,
    "maslikhat adjustment",
    -MASLIKHAT_ADJUSTMENT_LIMIT_PERCENT,
    MASLIKHAT_ADJUSTMENT_LIMIT_PERCENT,
    problems,
  );
  if (input.maslikhatAdjustmentPercent !== undefined && edition === "tc2026") {
    if (input.payer === "individual") {
      problems.push(
        "the maslikhat adjustment of Art. 582 p.1 (2026 Code) does not apply to individual taxpayers",
      );
    }
    if (plot.kind === "agricultural") {
      problems.push(
        "the maslikhat adjustment of Art. 582 p.1 (2026 Code) covers the Art. 577–578 rates, not agricultural land (Art. 576)",
      );
    }
  }
  const unused =
    (plot.kind === "agricultural" && plot.unused === true) ||
    (plot.kind === "settlement" && plot.unusedConstructionPlot === true);
  if (unused && input.maslikhatAdjustmentPercent !== undefined) {
    problems.push(
      edition === "tc2026"
        ? "the maslikhat adjustment does not apply to the Art. 581 plots (2026 Code Art. 582 p.1)"
        : "the text read does not settle how the maslikhat adjustment combines with the unused-land multiplier: give one or the other",
    );
  }
  if (plot.kind === "settlement") {
    positiveDecimal(plot.areaM2, "area (m²)", problems);
    const isTown =
      plot.category === "city_of_district_significance" || plot.category === "city_of_oblast_significance";
    const known = isTown || plot.category === "village" || plot.category === "settlement";
    if (!known && !isNamedCity(plot.category)) {
      problems.push(
        `category ${JSON.stringify(plot.category)} must be village, settlement, city_of_district_significance, city_of_oblast_significance or one of ${NAMED_CITIES.join(", ")}`,
      );
    }
    if (plot.use !== undefined && plot.use !== "other" && plot.use !== "housing") {
      problems.push(`use ${JSON.stringify(plot.use)} must be other or housing`);
    }
    if (isTown) {
      const given = (plot.oblastCentre === undefined ? 0 : 1) + (plot.regionRow === undefined ? 0 : 1);
      if (given !== 1) {
        problems.push(
          `a ${plot.category} needs exactly one of oblastCentre (its oblast centre, whose rate it takes a share of) or regionRow (almaty_region / akmola_region, fixed rows); it is never guessed from the KATO code`,
        );
      }
      if (
        plot.regionRow !== undefined &&
        plot.regionRow !== "almaty_region" &&
        plot.regionRow !== "akmola_region"
      ) {
        problems.push(`regionRow ${JSON.stringify(plot.regionRow)} must be almaty_region or akmola_region`);
      }
      if (plot.oblastCentre !== undefined) {
        if (!isNamedCity(plot.oblastCentre)) {
          problems.push(`oblastCentre ${JSON.stringify(plot.oblastCentre)} is not a city of the table`);
        } else if (plot.oblastCentre === "kokshetau") {
          problems.push(
            "Kokshetau is the centre of Akmola region, whose towns have fixed rows: give regionRow akmola_region",
          );
        } else if (plot.oblastCentre === "konaev") {
          problems.push(
            "Konaev is the centre of Almaty region, whose towns have fixed rows: give regionRow almaty_region",
          );
        } else if (plot.oblastCentre === "taldykorgan" && input.year <= 2022) {
          problems.push(
            "Taldykorgan was the centre of Almaty region until Zhetisu region was formed in 2022: for tax years to 2022 give regionRow almaty_region, or the town's rate in rates",
          );
        } else if (["almaty", "astana", "shymkent"].includes(plot.oblastCentre)) {
          problems.push(`${plot.oblastCentre} is a city of republican significance, not an oblast centre`);
        }
      }
    } else if (plot.oblastCentre !== undefined || plot.regionRow !== undefined) {
      problems.push(`oblastCentre and regionRow are only for towns of district or oblast significance`);
    }
    if (plot.industrialCutPercent !== undefined) {
      percentIn(plot.industrialCutPercent, "industrial-land cut", 0, INDUSTRIAL_CUT_LIMIT_PERCENT, problems);
      if (input.maslikhatAdjustmentPercent !== undefined) {
        problems.push(
          "the text read does not settle how the industrial-land cut combines with the general ±50 % adjustment: give one or the other",
        );
      }
      if (plot.use === "housing") problems.push("the industrial-land cut is not for housing land");
    }
    if (plot.unusedConstructionPlot === true && plot.use === "housing") {
      problems.push("an unused construction plot is not housing land: leave use as other");
    }
  } else if (plot.kind === "agricultural") {
    positiveDecimal(plot.areaHa, "area (ha)", problems);
    if (plot.zone !== "steppe" && plot.zone !== "semi_desert") {
      problems.push(`zone ${JSON.stringify(plot.zone)} must be steppe or semi_desert`);
    }
    if (!Number.isInteger(plot.bonitet) || plot.bonitet < 0) {
      problems.push(`bonitet ${plot.bonitet} must be a whole number ≥ 0`);
    }
  } else {
    problems.push(
      `plot kind ${JSON.stringify((plot as { kind?: unknown }).kind)} must be settlement or agricultural`,
    );
  }
  if (problems.length > 0) throw invalid(`${what}: ${problems.join("; ")}`, { problems });
}

/**
 * The annual land tax of the plot, to the tiyn, with its steps (no months, no year rounding). Inputs must be
 * checked first.
 */
function annualLandTax(input: LandTaxInput): { readonly annual: Money; readonly steps: TaxStep[] } {
  const year = input.year;
  const edition = taxCodeOf(year);
  const plot = input.plot;
  const steps: TaxStep[] = [];
  if (plot.kind === "settlement" && plot.use === "housing" && input.payer === "individual" && year >= 2020) {
    throw new FourthLevelError(
      "NO_RULE",
      `land tax ${year}: an individual's land occupied by housing is taxed inside the property tax of individuals from 2020 (${formatCitation(INDIVIDUALS_LAND_IN_PROPERTY_TAX[edition])}), not by the land tax: compute it with the property-tax calculator`,
      { year, payer: input.payer, use: "housing" },
    );
  }
  const found =
    plot.kind === "settlement" ? settlementRate(input, plot) : agriculturalRate(input, plot, edition);
  steps.push(...found.steps);
  const area = toDec(plot.kind === "settlement" ? plot.areaM2 : plot.areaHa);
  const unit = plot.kind === "settlement" ? "m²" : "ha";
  let exact = area.times(found.perUnit);
  steps.push({
    step: "base amount",
    value: `${fmt(area)} ${unit} × ${fmt(found.perUnit)} KZT/${unit} = ${fmt(exact)} KZT`,
  });
  if (input.maslikhatAdjustmentPercent !== undefined) {
    const p = toDec(input.maslikhatAdjustmentPercent);
    const factor = new Dec(1).plus(p.dividedBy(100));
    exact = exact.times(factor);
    steps.push({
      step: "maslikhat adjustment",
      value: `${p.isNegative() ? "" : "+"}${fmt(p)} % → × ${fmt(factor)} = ${fmt(exact)} KZT`,
      citation: MASLIKHAT_ADJUSTMENT_CITATION[edition],
    });
  }
  if (plot.kind === "settlement" && plot.industrialCutPercent !== undefined) {
    const p = toDec(plot.industrialCutPercent);
    const factor = new Dec(1).minus(p.dividedBy(100));
    exact = exact.times(factor);
    steps.push({
      step: "industrial-land cut",
      value: `−${fmt(p)} % (at most ${INDUSTRIAL_CUT_LIMIT_PERCENT} %) → × ${fmt(factor)} = ${fmt(exact)} KZT`,
      citation: INDUSTRIAL_CUT_CITATION[edition],
    });
  }
  if (plot.kind === "agricultural" && plot.unused === true) {
    const m = UNUSED_MULTIPLIERS[edition].agricultural;
    exact = exact.times(m.factor);
    steps.push({
      step: "multiplier",
      value: `agricultural land left unused: × ${m.factor} = ${fmt(exact)} KZT`,
      citation: m.citation,
    });
  }
  if (plot.kind === "settlement" && plot.unusedConstructionPlot === true) {
    const m = UNUSED_MULTIPLIERS[edition].construction;
    if (m === undefined) {
      throw new FourthLevelError(
        "NO_RULE",
        `land tax ${year}: the multiplier for unused construction plots in the 2017 Code was not read (2026 Code Art. 581 sets ×10 from 2026); leave unusedConstructionPlot out and apply the maslikhat's decision yourself`,
        { year },
      );
    }
    if (found.rowKey !== undefined && ROWS_WITHOUT_CONSTRUCTION_MULTIPLIER.includes(found.rowKey)) {
      steps.push({
        step: "multiplier",
        value: `unused construction plot: no ×${m.factor} for ${found.rowKey} (Art. 577 rows 27–30 are excluded)`,
        citation: m.citation,
      });
    } else {
      exact = exact.times(m.factor);
      steps.push({
        step: "multiplier",
        value: `unused construction plot: × ${m.factor} = ${fmt(exact)} KZT`,
        citation: m.citation,
      });
    }
  }
  const annual = Money.kzt(fmt(exact), "halfExpand");
  steps.push({
    step: "annual amount",
    value:
      exact.decimalPlaces() <= 2
        ? `${annual.toKzt()} KZT`
        : `${annual.toKzt()} KZT (exact ${fmt(exact)} rounded to the tiyn, half away from zero)`,
  });
  if (edition === "tc2026" && input.payer === "individual" && plot.kind === "settlement") {
    steps.push({
      step: "note",
      value:
        "from 2026 an individual's land plot is an object of the property tax (Art. 599 p.1(2)); its non-housing settlement land is taxed at this Art. 577 column 3 rate (Art. 602 p.5)",
      citation: INDIVIDUALS_LAND_IN_PROPERTY_TAX.tc2026,
    });
  }
  return { annual, steps };
}

/** {@link prorate} with the 2017 note (`citation2017`) in place of the 2026 Art. 583 citation before 2026. */
function landProrate(
  annual: Money,
  months: number,
  year: number,
  citation2017: string,
): { readonly due: Money; readonly step?: TaxStep } {
  if (taxCodeOf(year) === "tc2026") return prorate(annual, months, year, MONTHS_CITATION_2026);
  const { due, step } = prorate(annual, months, year);
  return step === undefined ? { due } : { due, step: { ...step, value: `${step.value}; ${citation2017}` } };
}

/**
 * Land tax of one plot for a tax year (EBK 104302 for settlement land), as the payer or the tax authority
 * computes it:
 * 1. the base rate: settlement land per m² by category (2020–2025: 2017 Code Art. 505 as restated by Law
 *    382-VI; 2026: Art. 577 column 3 / column 4), towns of district (oblast) significance at 75 % (85 %) of
 *    the oblast-centre rate given as input, kept exact (4.7025 KZT/m²); agricultural land per ha by bonitet;
 * 2. × area;
 * 3. the maslikhat's adjustment (±50 %) or the industrial-land cut (≤ 30 %);
 * 4. unused land: construction plots ×10 (2026, not rows 27–30), agricultural land ×10 (2017) / ×40 (2026);
 * 5. the annual amount to the tiyn (half away from zero), then annual ÷ 12 × months to the tiyn (`prorate`:
 *    truncated from 2026, where whole tenge follows; half away from zero to 2025);
 * 6. the rounding of the year (`roundTax`: tiyn kept to 2025, whole tenge from 2026).
 * Rates not established for the year (2018–2019 settlement land, 2020–2025 housing land and the Zhezkazgan,
 * Konaev, Semey rows, agricultural rows not shipped) come from `rates`; without them the call fails with
 * `NO_RULE` naming the key.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` (bad area, months, year, category, out-of-range
 * adjustment), `NO_RULE` (rate not established, individual's housing land from 2020, 2017 construction
 * multiplier).
 * @example
 * ```ts
 * // village, 1 000 m², 2025: 1 000 × 0.48 = 480 KZT
 * landTax({ year: 2025, payer: "legal_entity", plot: { kind: "settlement", areaM2: 1000, category: "village" } }).amount.toKzt(); // "480.00"
 * ```
 */
export function landTax(input: LandTaxInput): TaxResult {
  const months = input.months ?? 12;
  checkLandInput("land tax", input, months);
  const { annual, steps } = annualLandTax(input);
  const { due, step } = landProrate(
    annual,
    months,
    input.year,
    "months as counted by the caller: the 2017 Code's month rule was not read (the 2026 rule is Art. 583)",
  );
  if (step !== undefined) steps.push(step);
  return finishTax("land", input.year, due, steps);
}

/**
 * Months of land tax in a tax year under 2026 Code Art. 583: a plot granted by the state is taxed from the
 * month after the grant; on a transfer the seller counts up to the start of the month of transfer and the
 * buyer from the start of that month. (The 2017 Code's month rule was not read.)
 * @param period - `acquired`: when and how the right arose (absent if held from before the year);
 * `transferred`: the date of transfer to another holder (absent if still held at year end).
 * @throws {@link FourthLevelError} `INVALID_DATE` for a malformed date, `INVALID_INPUT` when no month is left.
 * @example
 * ```ts
 * landTaxMonths(2026, { acquired: { date: "2026-03-10", how: "state_grant" } }); // 9 (April–December)
 * landTaxMonths(2026, { acquired: { date: "2026-03-10", how: "purchase" } });    // 10 (March–December)
 * landTaxMonths(2026, { transferred: "2026-03-10" });                            // 2 (January, February)
 * ```
 */
export function landTaxMonths(
  year: number,
  period: {
    readonly acquired?: { readonly date: string; readonly how: "state_grant" | "purchase" };
    readonly transferred?: string;
  },
): number {
  const yearOf = (date: string) => Number(date.slice(0, 4));
  const monthOf = (date: string) => Number(date.slice(5, 7));
  let first = 1;
  if (period.acquired !== undefined) {
    const date = isoDate(period.acquired.date, "acquisition date");
    if (period.acquired.how !== "state_grant" && period.acquired.how !== "purchase") {
      throw invalid(`acquisition ${JSON.stringify(period.acquired.how)} must be state_grant or purchase`);
    }
    const start = monthOf(date) + (period.acquired.how === "state_grant" ? 1 : 0);
    first = yearOf(date) > year ? 13 : yearOf(date) < year ? 1 : start;
  }
  let endExclusive = 13;
  if (period.transferred !== undefined) {
    const date = isoDate(period.transferred, "transfer date");
    endExclusive = yearOf(date) < year ? 1 : yearOf(date) > year ? 13 : monthOf(date);
  }
  const months = endExclusive - first;
  if (months < 1) {
    throw invalid(
      `no month of land tax in ${year} (acquired ${period.acquired?.date ?? "before"}, transferred ${period.transferred ?? "after"})`,
    );
  }
  return months;
}

/** Input of {@link landUsePayment}: the plot as for {@link landTax}, and the lease contract's annual amount. */
export interface LandUsePaymentInput extends LandTaxInput {
  /**
   * The annual payment in the calculation made by the land-relations authority for the lease contract
   * (2026 Art. 622 p.1), KZT: a Money or a decimal string.
   */
  readonly contractAnnualAmount: Money | DecimalInput;
}

/**
 * Payment for the use of a land plot leased from the state (2017 Code Art. 561–563; 2026 Code Art. 617–624):
 * the contract's annual amount, but not lower than the land tax of the same plot (2017 Art. 563 p.2; 2026
 * Art. 621 p.2, 622 p.3); then ÷ 12 × months (2026 Art. 622 p.2: from the 1st of the month the right arises to
 * the 1st of the month it ends) and the year's rounding. The comparison is in the breakdown.
 * The unused-land multipliers of Art. 622 p.9–10 are not applied here (how they combine with the contract
 * amount is not settled): a plot marked unused is refused.
 * @throws {@link FourthLevelError} as {@link landTax}; `NO_RULE` for an individual's housing land from 2020
 * (its floor is the property tax, Art. 622 p.3); `INVALID_INPUT` for a negative contract amount.
 */
export function landUsePayment(input: LandUsePaymentInput): TaxResult {
  const months = input.months ?? 12;
  checkLandInput("land-use payment", input, months);
  const problems: string[] = [];
  let contract: Money | undefined;
  try {
    contract =
      input.contractAnnualAmount instanceof Money
        ? input.contractAnnualAmount
        : Money.kzt(input.contractAnnualAmount);
    if (contract.isNegative()) problems.push(`contract amount ${contract.toKzt()} must not be negative`);
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }
  const plot = input.plot;
  if (
    (plot.kind === "agricultural" && plot.unused === true) ||
    (plot.kind === "settlement" && plot.unusedConstructionPlot === true)
  ) {
    problems.push(
      "the unused-land multipliers of the land-use payment (2026 Art. 622 p.9–10) are not applied here: include them in the contract amount and leave the plot's unused flag out",
    );
  }
  if (problems.length > 0 || contract === undefined) {
    throw invalid(`land-use payment: ${problems.join("; ")}`, { problems });
  }
  const edition = taxCodeOf(input.year);
  const { annual: floor, steps: taxSteps } = annualLandTax({ ...input, months: 12 });
  const steps: TaxStep[] = [
    {
      step: "contract amount",
      value: `${contract.toKzt()} KZT a year (calculation of the land-relations authority)`,
      citation: LAND_USE_CONTRACT_CITATION[edition],
    },
    ...taxSteps.map((s) => ({ ...s, step: `land tax floor: ${s.step}` })),
  ];
  const annual = contract.compare(floor) >= 0 ? contract : floor;
  steps.push({
    step: "floor",
    value: `max(contract ${contract.toKzt()}, land tax of the plot ${floor.toKzt()}) = ${annual.toKzt()} KZT${
      annual === contract ? "" : " (the contract amount is below the land tax: the land tax applies)"
    }`,
    citation: LAND_USE_FLOOR_CITATION[edition],
  });
  const { due, step } = landProrate(
    annual,
    months,
    input.year,
    "months as counted by the caller: the 2017 Code's month rule for the payment was not read",
  );
  if (step !== undefined) {
    steps.push(edition === "tc2026" ? { ...step, citation: LAND_USE_CONTRACT_CITATION.tc2026 } : step);
  }
  return finishTax("land_use_payment", input.year, due, steps);
}

/** Input of {@link singleLandTax}. */
export interface SingleLandTaxInput {
  /** The tax year: 2022–2025 only. */
  readonly year: number;
  /**
   * The object of taxation of the single land tax (2017 Code Art. 703), KZT. That article was not read (it is
   * probably the farm's income): the caller supplies the value.
   */
  readonly objectOfTaxation: Money | DecimalInput;
}

/**
 * Single land tax of a peasant or farm enterprise (2017 Code Art. 704: 0.5 % of the object of taxation),
 * tax years 2022–2025. 2018–2021: the rate in force is not established (error); from 2026: abolished
 * (error saying so).
 * @throws {@link FourthLevelError} `NO_RULE` outside 2022–2025; `INVALID_INPUT` for a bad or negative object.
 * @example
 * ```ts
 * singleLandTax({ year: 2023, objectOfTaxation: "10000000" }).amount.toKzt(); // "50000.00"
 * ```
 */
export function singleLandTax(input: SingleLandTaxInput): TaxResult {
  const year = input.year;
  if (!Number.isInteger(year) || year < FIRST_YEAR) {
    throw invalid(`single land tax: year ${year} must be a whole year from ${FIRST_YEAR}`, { year });
  }
  if (year >= 2026) {
    throw new FourthLevelError(
      "NO_RULE",
      `single land tax ${year}: abolished from 2026 by the Tax Code of 18 Jul 2025 No 214-VIII; peasant and farm enterprises on the special regime pay IIT instead`,
      { year },
    );
  }
  if (year < SINGLE_LAND_TAX.fromYear) {
    throw new FourthLevelError(
      "NO_RULE",
      `single land tax ${year}: the rate in force for 2018–2021 is not established (the 0.5 % of 2017 Code Art. 704 is read in the wording from 2022)`,
      { year },
    );
  }
  let object: Money;
  try {
    object =
      input.objectOfTaxation instanceof Money ? input.objectOfTaxation : Money.kzt(input.objectOfTaxation);
  } catch (e) {
    throw invalid(`single land tax: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (object.isNegative()) throw invalid(`single land tax: object ${object.toKzt()} must not be negative`);
  const computed = object.times(SINGLE_LAND_TAX.rate, "halfExpand");
  const steps: TaxStep[] = [
    {
      step: "object",
      value: `${object.toKzt()} KZT, as supplied (the object of taxation, 2017 Code Art. 703, was not read)`,
    },
    {
      step: "rate",
      value: `0.5 % × ${object.toKzt()} = ${computed.toKzt()} KZT (to the tiyn, half away from zero)`,
      citation: SINGLE_LAND_TAX.citation,
    },
  ];
  return finishTax("single_land_tax", year, computed, steps);
}
