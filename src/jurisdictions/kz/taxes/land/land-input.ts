import * as z from "zod";
import {
  decimalSchema,
  got,
  nonNegativeDecimalSchema,
  wholeNumberSchema,
} from "../../../../input/decimal.js";
import type { DecimalInput } from "../../../../money/decimal.js";
import { monthsOwnedSchema, payerSchema, taxYearSchema } from "../tax-input.js";
import {
  AGRICULTURAL_ZONES,
  type AgriculturalZone,
  NAMED_CITIES,
  type NamedCity,
  type RegionRow,
  type SettlementRowKey,
} from "./rates.js";

/**
 * A town of district or oblast significance: its rate is a share of its oblast centre's, or its region's fixed row.
 * @category Taxes
 */
export type TownCategory = "city_of_district_significance" | "city_of_oblast_significance";

/**
 * Where a settlement plot lies, by the classifier of administrative-territorial objects: `village` (село),
 * `settlement` (посёлок), a town ({@link TownCategory}), or a named city of the table.
 * @category Taxes
 */
export type SettlementCategory = "village" | "settlement" | TownCategory | NamedCity;

/**
 * How a town's rate is set (never guessed from the KATO code): `share_of_oblast_centre` — 75 % (district
 * significance) or 85 % (oblast significance) of the rate of its oblast centre; `region_row` — the fixed
 * row of a town of Almaty or Akmola region.
 * @category Taxes
 */
export type TownRate =
  | { readonly kind: "share_of_oblast_centre"; readonly oblastCentre: NamedCity }
  | { readonly kind: "region_row"; readonly region: RegionRow };

/** What every settlement plot has. */
interface SettlementPlotFields {
  readonly kind: "settlement";
  /** Area in m², a positive decimal (`"1000"` or `1000`). */
  readonly areaM2: DecimalInput;
  /**
   * `other` (default): land other than land occupied by housing; `housing`: land occupied by housing stock
   * (2026 Art. 577 column 4; refused for individuals from 2020 — it is inside their property tax).
   */
  readonly use?: "other" | "housing" | undefined;
  /**
   * Industrial land inside the settlement: the maslikhat's cut of the rate, 0 up to the law's limit (30 %:
   * 2017 Art. 507; 2026 Art. 579), a decimal percentage, e.g. `"30"`.
   */
  readonly industrialCutPercent?: DecimalInput | undefined;
  /** A plot granted for construction and left unused or misused (2026 Art. 581: ×10, not rows 27–30). */
  readonly unusedConstructionPlot?: boolean | undefined;
}

/**
 * Settlement land in a village, a settlement or a named city.
 * @category Taxes
 */
export interface PlaceSettlementPlot extends SettlementPlotFields {
  readonly category: "village" | "settlement" | NamedCity;
}

/**
 * Settlement land in a town of district or oblast significance, with how its rate is set.
 * @category Taxes
 */
export interface TownSettlementPlot extends SettlementPlotFields {
  readonly category: TownCategory;
  readonly townRate: TownRate;
}

/**
 * Settlement land (земли населённых пунктов), taxed per m² (2017 Art. 505; 2026 Art. 577).
 * @category Taxes
 */
export type SettlementPlot = PlaceSettlementPlot | TownSettlementPlot;

/**
 * Agricultural land, taxed per ha by bonitet score (2017 Art. 503; 2026 Art. 576).
 * @category Taxes
 */
export interface AgriculturalPlot {
  readonly kind: "agricultural";
  /** Area in hectares, a positive decimal. */
  readonly areaHa: DecimalInput;
  readonly zone: AgriculturalZone;
  /** Bonitet (soil quality) score, a whole number ≥ 0; scores above 100 share the `over_100` row. */
  readonly bonitet: number;
  /** Agricultural land left unused (2017 Art. 509 p.5: ×10; 2026 Art. 581: ×40). */
  readonly unused?: boolean | undefined;
}

/**
 * A land plot for {@link landTax}.
 * @category Taxes
 */
export type LandTaxPlot = SettlementPlot | AgriculturalPlot;

/**
 * A key of a rate the caller supplies where the law read sets none: settlement land by category or table
 * row (`village`, `semey`, `almaty_region:city_of_district_significance`, `city_of_district_significance`
 * for 2018–2019), with `/housing` for housing land; agricultural land by zone and bonitet (`steppe:25`,
 * `semi_desert:over_100`).
 * @category Taxes
 */
export type LandRateKey =
  | SettlementCategory
  | SettlementRowKey
  | `${SettlementCategory | SettlementRowKey}/housing`
  | `${AgriculturalZone}:${number}`
  | `${AgriculturalZone}:over_100`;

/**
 * Input of {@link landTax}.
 * @category Taxes
 */
export interface LandTaxInput {
  /** The tax year, 2018–2026. */
  readonly year: number;
  readonly payer: "individual" | "legal_entity";
  readonly plot: LandTaxPlot;
  /**
   * The maslikhat's adjustment of the base rate in percent, within the law's ±limit (±50: 2026 Art. 582
   * p.1, settlement land only, not for individual taxpayers, not with the Art. 581 multipliers; 2018–2025
   * as practised by maslikhats, the 2017 article was not read).
   */
  readonly maslikhatAdjustmentPercent?: DecimalInput | undefined;
  /** Months in the tax year, 1–12 (12 by default); see {@link landTaxMonths}. */
  readonly months?: number | undefined;
  /**
   * Rates the law does not establish for the year, by {@link LandRateKey}: KZT per m² for settlement
   * land, KZT per ha for agricultural land. An entry the law establishes for the year is refused; the
   * missing-entry error names the key to supply.
   */
  readonly rates?: Readonly<Partial<Record<LandRateKey, DecimalInput>>> | undefined;
}

/**
 * A plot's area, above 0 and at most Kazakhstan's area, 2,724,900 km² (Bureau of National Statistics):
 * no plot is larger, so a larger area is a typing or unit error.
 */
const plotAreaSchema = (max: string, unit: string) =>
  decimalSchema({
    above: 0,
    max,
    why: `no plot is larger than Kazakhstan (2,724,900 km²); the area is in ${unit}`,
  });

const TOWN_CATEGORIES = ["city_of_district_significance", "city_of_oblast_significance"] as const;
const REGION_ROWS = ["almaty_region", "akmola_region"] as const;

const settlementFields = {
  kind: z.literal("settlement"),
  areaM2: plotAreaSchema("2724900000000", "m²"),
  use: z.enum(["other", "housing"]).optional(),
  industrialCutPercent: nonNegativeDecimalSchema.optional(),
  unusedConstructionPlot: z.boolean().optional(),
};

/** The schema of a {@link TownRate}. */
export const townRateSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("share_of_oblast_centre"), oblastCentre: z.enum(NAMED_CITIES) }),
    z.strictObject({ kind: z.literal("region_row"), region: z.enum(REGION_ROWS) }),
  ],
  {
    error:
      'must say how the town\'s rate is set: { kind: "share_of_oblast_centre", oblastCentre } or { kind: "region_row", region }',
  },
);

/** What is wrong with a value that is no settlement plot: its category, or the value itself. */
function settlementPlotMessage(input: unknown): string {
  if (typeof input !== "object" || input === null) {
    return `must be a settlement plot { kind: "settlement", areaM2, category, … } (${got(input)})`;
  }
  const category = (input as { readonly category?: unknown }).category;
  return `the category must be village, settlement, city_of_district_significance, city_of_oblast_significance or one of ${NAMED_CITIES.join(", ")} (${got(category)})`;
}

/** The schema of a {@link SettlementPlot} (shared by {@link landTax} and the registry of land plots). */
export const settlementPlotSchema = z.discriminatedUnion(
  "category",
  [
    z.strictObject({ ...settlementFields, category: z.enum(["village", "settlement", ...NAMED_CITIES]) }),
    z.strictObject({ ...settlementFields, category: z.enum(TOWN_CATEGORIES), townRate: townRateSchema }),
  ],
  { error: (issue) => settlementPlotMessage(issue.input) },
);

/** The schema of an {@link AgriculturalPlot}. */
export const agriculturalPlotSchema = z.strictObject({
  kind: z.literal("agricultural"),
  areaHa: plotAreaSchema("272490000", "ha"),
  zone: z.enum(AGRICULTURAL_ZONES),
  bonitet: wholeNumberSchema(0, 1000, (v) => `bonitet ${v} must be a whole number ≥ 0`),
  unused: z.boolean().optional(),
});

const plotSchema = z.discriminatedUnion("kind", [settlementPlotSchema, agriculturalPlotSchema], {
  error: (issue) => `must be a plot { kind: "settlement" | "agricultural", … } (${got(issue.input)})`,
});

const SETTLEMENT_KEY = `(?:village|settlement|city_of_district_significance|city_of_oblast_significance|other_city_of_district_significance|other_city_of_oblast_significance|(?:almaty|akmola)_region:city_of_(?:district|oblast)_significance|${NAMED_CITIES.join("|")})(?:/housing)?`;
const RATE_KEY = new RegExp(`^(?:${SETTLEMENT_KEY}|(?:steppe|semi_desert):(?:\\d+|over_100))$`);

/** The schema of a {@link LandRateKey}. */
export const landRateKeySchema = z.string().refine((key) => RATE_KEY.test(key), {
  error: (issue) =>
    `rates key ${JSON.stringify(issue.input)} is not a rate key: a settlement category or table row (village, semey, almaty_region:city_of_district_significance…), with /housing for housing land, or an agricultural zone:bonitet (steppe:25, semi_desert:over_100)`,
}) as z.ZodType<LandRateKey, string>;

/** The fields of {@link LandTaxInput}, shared with the land-use payment. */
export const landTaxFields = {
  year: taxYearSchema,
  payer: payerSchema,
  plot: plotSchema,
  maslikhatAdjustmentPercent: decimalSchema().optional(),
  months: monthsOwnedSchema.optional(),
  rates: z.record(landRateKeySchema, nonNegativeDecimalSchema).optional(),
};

/** A {@link LandTaxInput} as its schema outputs it. */
export type CheckedLandTaxInput = z.output<z.ZodObject<typeof landTaxFields>>;

type Problem = readonly [path: readonly (string | number)[], message: string];

/** A town's oblast centre must be one whose towns take a share of its rate in the year. */
function townProblems(plot: z.output<typeof settlementPlotSchema>, year: number): Problem[] {
  if (!("townRate" in plot) || plot.townRate.kind !== "share_of_oblast_centre") return [];
  const centre = plot.townRate.oblastCentre;
  const path = ["plot", "townRate", "oblastCentre"];
  const regionRow = (city: string, region: RegionRow): Problem => [
    path,
    `${city} is the centre of ${region === "akmola_region" ? "Akmola" : "Almaty"} region, whose towns have fixed rows: give { kind: "region_row", region: "${region}" }`,
  ];
  if (centre === "kokshetau") return [regionRow("Kokshetau", "akmola_region")];
  if (centre === "konaev") return [regionRow("Konaev", "almaty_region")];
  if (centre === "taldykorgan" && year <= 2022) {
    return [
      [
        path,
        'Taldykorgan was the centre of Almaty region until Zhetisu region was formed in 2022: for tax years to 2022 give { kind: "region_row", region: "almaty_region" }, or the town\'s rate in rates',
      ],
    ];
  }
  if (centre === "almaty" || centre === "astana" || centre === "shymkent") {
    return [[path, `${centre} is a city of republican significance, not an oblast centre`]];
  }
  return [];
}

/** The rules between the fields of a land-tax input that hold whatever the law value (the Code's edition aside). */
export function landProblems(input: CheckedLandTaxInput): Problem[] {
  const { plot, year } = input;
  const adjusted = input.maslikhatAdjustmentPercent !== undefined;
  const adjustment = ["maslikhatAdjustmentPercent"];
  const problems: Problem[] = [];
  if (adjusted && year >= 2026 && input.payer === "individual") {
    problems.push([
      adjustment,
      "the maslikhat adjustment of Art. 582 p.1 (2026 Code) does not apply to individual taxpayers",
    ]);
  }
  if (adjusted && year >= 2026 && plot.kind === "agricultural") {
    problems.push([
      adjustment,
      "the maslikhat adjustment of Art. 582 p.1 (2026 Code) covers the Art. 577–578 rates, not agricultural land (Art. 576)",
    ]);
  }
  const unused = plot.kind === "agricultural" ? plot.unused === true : plot.unusedConstructionPlot === true;
  if (adjusted && unused) {
    problems.push([
      adjustment,
      year >= 2026
        ? "the maslikhat adjustment does not apply to the Art. 581 plots (2026 Code Art. 582 p.1)"
        : "the text read does not settle how the maslikhat adjustment combines with the unused-land multiplier: give one or the other",
    ]);
  }
  if (plot.kind !== "settlement") return problems;
  problems.push(...townProblems(plot, year));
  if (plot.industrialCutPercent !== undefined && adjusted) {
    problems.push([
      ["plot", "industrialCutPercent"],
      "the text read does not settle how the industrial-land cut combines with the general ±50 % adjustment: give one or the other",
    ]);
  }
  if (plot.industrialCutPercent !== undefined && plot.use === "housing") {
    problems.push([["plot", "industrialCutPercent"], "the industrial-land cut is not for housing land"]);
  }
  if (plot.unusedConstructionPlot === true && plot.use === "housing") {
    problems.push([
      ["plot", "unusedConstructionPlot"],
      "an unused construction plot is not housing land: leave use as other",
    ]);
  }
  return problems;
}

/** Adds the rules between fields of a land-tax input to a schema's issues. */
export function addLandProblems(input: CheckedLandTaxInput, ctx: z.RefinementCtx): void {
  for (const [path, message] of landProblems(input))
    ctx.issues.push({ code: "custom", path: [...path], message, input });
}

/** The schema of {@link LandTaxInput}: every field, and the rules between fields. */
export const landTaxInputSchema = z
  .strictObject(landTaxFields, { error: "must be an object { year, payer, plot, … }" })
  .superRefine(addLandProblems);
