import type { Citation } from "../../../../citation/citation.js";
import { TAX_CODE, type TaxCodeEdition } from "../tax-code.js";

const FAYLLAR = "fayllar.org/on-taxes-and-other-obligatory-payments-to-the-budget-tax-code.html";

/**
 * The cities named in the settlement-land tables (2017 Code Art. 505 from 2020; 2026 Code Art. 577).
 * @category Kazakhstan law
 */
export const NAMED_CITIES = [
  "almaty",
  "shymkent",
  "astana",
  "aktau",
  "aktobe",
  "atyrau",
  "zhezkazgan",
  "kokshetau",
  "karaganda",
  "konaev",
  "kostanay",
  "kyzylorda",
  "uralsk",
  "ust_kamenogorsk",
  "pavlodar",
  "petropavlovsk",
  "semey",
  "taldykorgan",
  "taraz",
  "turkestan",
] as const;

/**
 * A city with its own row in the settlement-land table.
 * @category Taxes
 */
export type NamedCity = (typeof NAMED_CITIES)[number];

/**
 * The two regions whose towns have fixed rows instead of a share of the oblast-centre rate.
 * @category Taxes
 */
export type RegionRow = "almaty_region" | "akmola_region";

/**
 * A key of the settlement-land table: a named city, a region row (`almaty_region:city_of_district_significance`
 * …), the "other towns" rows (a share of the oblast-centre rate), settlements and villages.
 * @category Kazakhstan law
 */
export type SettlementRowKey =
  | NamedCity
  | `${RegionRow}:city_of_oblast_significance`
  | `${RegionRow}:city_of_district_significance`
  | "other_city_of_oblast_significance"
  | "other_city_of_district_significance"
  | "settlement"
  | "village";

/**
 * A column value: a fixed rate in KZT per m², or a share of the oblast-centre rate (column 3 rows 27–28).
 * @category Kazakhstan law
 */
export type RowValue =
  | { readonly kind: "fixed"; readonly perM2: string }
  | { readonly kind: "share_of_centre"; readonly share: string };

/**
 * One row of a settlement-land table.
 * @category Kazakhstan law
 */
export interface SettlementRow {
  /** Row number in the table of the Code (2026 Art. 577), when it has one. */
  readonly row?: number;
  /** Land other than land occupied by housing (2026: column 3). */
  readonly other: RowValue;
  /** Land occupied by housing stock (2026: column 4); absent where the table has no such column. */
  readonly housing?: string;
}

/**
 * A settlement-land table (dated by `KAZAKHSTAN_TAX_LAW.land.settlement`), with its legal ground.
 * @category Kazakhstan law
 */
export interface SettlementTable {
  /** How the breakdown names the table's columns: other land, and housing land where there is a column. */
  readonly columns: { readonly other: string; readonly housing?: string };
  readonly rows: Readonly<Partial<Record<SettlementRowKey, SettlementRow>>>;
  readonly citation: Citation;
  /** What the table does not cover, in words (for the missing-entry error). */
  readonly gaps: string;
}

const fixed = (perM2: string): RowValue => ({ kind: "fixed", perM2 });
const share = (value: string): RowValue => ({ kind: "share_of_centre", share: value });

/**
 * 2017 Code Art. 505 as restated by Law of 10 Dec 2020 No 382-VI (retroactive to 01.01.2020), tax years
 * 2020–2025: one column, land other than housing, KZT per m² (research notes tax-rates.md Part 2 §4.1,
 * read in the official English translation as of 01.01.2023, fayllar p.322). No rows for Zhezkazgan,
 * Konaev, Semey (oblast centres from 2022) and no housing column: those are caller-supplied.
 * @category Kazakhstan law
 */
export const SETTLEMENT_RATES_2020: SettlementTable = {
  columns: { other: "single column" },
  rows: {
    almaty: { other: fixed("28.95") },
    shymkent: { other: fixed("9.17") },
    astana: { other: fixed("19.30") },
    aktau: { other: fixed("9.65") },
    aktobe: { other: fixed("6.75") },
    atyrau: { other: fixed("8.20") },
    kokshetau: { other: fixed("5.79") },
    karaganda: { other: fixed("9.65") },
    kostanay: { other: fixed("6.27") },
    kyzylorda: { other: fixed("8.68") },
    uralsk: { other: fixed("5.79") },
    ust_kamenogorsk: { other: fixed("9.65") },
    pavlodar: { other: fixed("9.65") },
    petropavlovsk: { other: fixed("5.79") },
    taldykorgan: { other: fixed("9.17") },
    taraz: { other: fixed("9.17") },
    turkestan: { other: fixed("7.79") },
    "almaty_region:city_of_oblast_significance": { other: fixed("6.75") },
    "almaty_region:city_of_district_significance": { other: fixed("5.79") },
    "akmola_region:city_of_oblast_significance": { other: fixed("5.79") },
    "akmola_region:city_of_district_significance": { other: fixed("5.02") },
    other_city_of_oblast_significance: { other: share("0.85") },
    other_city_of_district_significance: { other: share("0.75") },
    settlement: { other: fixed("0.96") },
    village: { other: fixed("0.48") },
  },
  citation: {
    ...TAX_CODE.tc2017,
    article: "505",
    url: `${FAYLLAR}?page=322`,
  },
  gaps: "the 2017 Code Art. 505 (2020 wording) has no housing column and no rows for Zhezkazgan, Konaev and Semey",
};

/**
 * 2026 Code Art. 577, columns 3 (other land) and 4 (housing land), KZT per m² (tax-rates.md Part 2 §4.2).
 * @category Kazakhstan law
 */
export const SETTLEMENT_RATES_2026: SettlementTable = {
  columns: { other: "column 3", housing: "column 4" },
  rows: {
    almaty: { row: 1, other: fixed("28.95"), housing: "0.96" },
    shymkent: { row: 2, other: fixed("9.17"), housing: "0.58" },
    astana: { row: 3, other: fixed("19.30"), housing: "0.96" },
    aktau: { row: 4, other: fixed("9.65"), housing: "0.58" },
    aktobe: { row: 5, other: fixed("6.75"), housing: "0.58" },
    atyrau: { row: 6, other: fixed("8.20"), housing: "0.58" },
    zhezkazgan: { row: 7, other: fixed("8.20"), housing: "0.58" },
    kokshetau: { row: 8, other: fixed("5.79"), housing: "0.58" },
    karaganda: { row: 9, other: fixed("9.65"), housing: "0.58" },
    konaev: { row: 10, other: fixed("9.17"), housing: "0.58" },
    kostanay: { row: 11, other: fixed("6.27"), housing: "0.58" },
    kyzylorda: { row: 12, other: fixed("8.68"), housing: "0.58" },
    uralsk: { row: 13, other: fixed("5.79"), housing: "0.58" },
    ust_kamenogorsk: { row: 14, other: fixed("9.65"), housing: "0.58" },
    pavlodar: { row: 15, other: fixed("9.65"), housing: "0.58" },
    petropavlovsk: { row: 16, other: fixed("5.79"), housing: "0.58" },
    semey: { row: 17, other: fixed("8.68"), housing: "0.58" },
    taldykorgan: { row: 18, other: fixed("9.17"), housing: "0.58" },
    taraz: { row: 19, other: fixed("9.17"), housing: "0.58" },
    turkestan: { row: 20, other: fixed("7.79"), housing: "0.39" },
    "almaty_region:city_of_oblast_significance": { row: 22, other: fixed("6.75"), housing: "0.39" },
    "almaty_region:city_of_district_significance": { row: 23, other: fixed("5.79"), housing: "0.39" },
    "akmola_region:city_of_oblast_significance": { row: 25, other: fixed("5.79"), housing: "0.39" },
    "akmola_region:city_of_district_significance": { row: 26, other: fixed("5.02"), housing: "0.39" },
    other_city_of_oblast_significance: { row: 27, other: share("0.85"), housing: "0.39" },
    other_city_of_district_significance: { row: 28, other: share("0.75"), housing: "0.19" },
    settlement: { row: 29, other: fixed("0.96"), housing: "0.13" },
    village: { row: 30, other: fixed("0.48"), housing: "0.09" },
  },
  citation: { ...TAX_CODE.tc2026, article: "577" },
  gaps: "none: the 2026 Art. 577 table is complete",
};

/** The 2026 Art. 577 rows whose construction plots are not multiplied by 10 when unused (Art. 581). */
export const ROWS_WITHOUT_CONSTRUCTION_MULTIPLIER: readonly SettlementRowKey[] = [
  "other_city_of_oblast_significance",
  "other_city_of_district_significance",
  "settlement",
  "village",
];

/**
 * Agricultural-land zones of 2017 Art. 503 / 2026 Art. 576.
 * @category Taxes
 */
export type AgriculturalZone = "steppe" | "semi_desert";

/**
 * Every {@link AgriculturalZone}.
 * @category Kazakhstan law
 */
export const AGRICULTURAL_ZONES: readonly AgriculturalZone[] = ["steppe", "semi_desert"];

/**
 * Agricultural-land rates, KZT per ha, by zone and bonitet score (`"over_100"` for scores above 100).
 * @category Kazakhstan law
 */
export interface AgriculturalTable {
  readonly rows: Readonly<Partial<Record<AgriculturalZone, Readonly<Record<string, string>>>>>;
  readonly citation: Readonly<Partial<Record<AgriculturalZone, Citation>>>;
}

const STEPPE_ROWS: Readonly<Record<string, string>> = {
  "1": "2.4",
  "10": "12.05",
  "20": "24.1",
  "30": "48.25",
  "31": "72.35",
  "40": "120.6",
  "41": "144.75",
  "50": "193",
  "51": "217.1",
};

/**
 * The agricultural rows established, by edition. Only the rows the research notes give (tax-rates.md
 * §4.1; Part 2 §4.2): every other score is caller-supplied.
 * - 2017 Art. 503, steppe zone, read on a mirror (kodeksy-kz.com). The semi-desert rows of Part 1 were
 *   published for the 2008 Code only, so for 2018–2025 they are caller-supplied.
 * - 2026 Art. 576: read as identical to the Part 1 rows (steppe and semi-desert). The semi-desert score 91
 *   reads 210.9 in the text, out of line with its neighbours: not shipped (supply it if you accept it).
 * @category Kazakhstan law
 */
export const AGRICULTURAL_RATES: Readonly<Record<TaxCodeEdition, AgriculturalTable>> = {
  tc2017: {
    rows: { steppe: STEPPE_ROWS },
    citation: {
      steppe: { ...TAX_CODE.tc2017, article: "503", url: "kodeksy-kz.com/ka/nalogovyj_kodeks/503.htm" },
    },
  },
  tc2026: {
    rows: {
      steppe: STEPPE_ROWS,
      semi_desert: { "1": "0.48", "50": "19.30", "51": "19.78", over_100: "50.18" },
    },
    citation: {
      steppe: { ...TAX_CODE.tc2026, article: "576" },
      semi_desert: { ...TAX_CODE.tc2026, article: "576" },
    },
  },
};

/** Maslikhat adjustment of base rates: at most ±50 %. */
export const MASLIKHAT_ADJUSTMENT_LIMIT_PERCENT = 50;

/** Where the ±50 % adjustment is written, by edition. */
export const MASLIKHAT_ADJUSTMENT_CITATION: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: {
    ...TAX_CODE.tc2017,
    article: "",
    evidence: "published",
    publishedIn:
      "maslikhat practice: Karabalyk 2009 (adilet V09NL000118), Taraz 2010 (zakon.uchet.kz V10GA000120), ±50 % (2008 Code Art. 387); the 2017 Code article was not read",
    versionDate: "2026-01-01",
  },
  tc2026: { ...TAX_CODE.tc2026, article: "582", paragraph: "1" },
};

/** Industrial land inside settlements: maslikhats may cut the rates by at most 30 % in total. */
export const INDUSTRIAL_CUT_LIMIT_PERCENT = 30;

/** Where the industrial-land cut is written, by edition. */
export const INDUSTRIAL_CUT_CITATION: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: { ...TAX_CODE.tc2017, article: "507", url: `${FAYLLAR}?page=323` },
  tc2026: { ...TAX_CODE.tc2026, article: "579" },
};

/** Where the month rule is written: 2026 Art. 583. The 2017 Code's month rule was not read. */
export const MONTHS_CITATION_2026: Citation = { ...TAX_CODE.tc2026, article: "583" };

/** From 2026, an individual's land plot is an object of the property tax (Art. 599 p.1(2), Art. 602). */
export const INDIVIDUALS_LAND_IN_PROPERTY_TAX: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: {
    ...TAX_CODE.tc2017,
    article: "531",
    paragraph: "2",
    url: `${FAYLLAR}?page=338`,
  },
  tc2026: { ...TAX_CODE.tc2026, article: "599, 602", paragraph: "1(2); 2" },
};

/** The land-use payment is not lower than the land tax of the plot, by edition. */
export const LAND_USE_FLOOR_CITATION: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: { ...TAX_CODE.tc2017, article: "563", paragraph: "2", url: `${FAYLLAR}?page=349` },
  tc2026: { ...TAX_CODE.tc2026, article: "621, 622", paragraph: "2; 3" },
};

/** Where the land-use payment amount (from the lease contract's calculation) and its months are written. */
export const LAND_USE_CONTRACT_CITATION: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: { ...TAX_CODE.tc2017, article: "563", paragraph: "2", url: `${FAYLLAR}?page=349` },
  tc2026: { ...TAX_CODE.tc2026, article: "622", paragraph: "1, 2" },
};

/**
 * Single land tax, 2022–2025: 0.5 % of the object of taxation (2017 Code Art. 704).
 * @category Kazakhstan law
 */
export const SINGLE_LAND_TAX = {
  rate: "0.005",
  citation: { ...TAX_CODE.tc2017, article: "704", url: `${FAYLLAR}?page=432` } satisfies Citation,
} as const;
