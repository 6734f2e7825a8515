import { type DatedSeries, datedSeries } from "../../../../calendar/dated.js";
import type { Citation } from "../../../../citation/citation.js";
import { TAX_CODE } from "../tax-code.js";

/**
 * The kinds of advertising object of 2026 Tax Code Art. 655 p.3 (rows grouped by object; the area picks
 * the band):
 * - `non_video` — advertising other than video: row 1 (up to 2 m² incl.) and rows 3.1–3.7 (above 2 m²);
 * - `lightbox` — row 2, lightboxes (city format), any area;
 * - `rooftop` — rows 4.1 (illuminated rooftop: LED panels, neon letters, up to 30 m² incl.) and 4.2 (>30 m²);
 * - `street_furniture` — rows 5.1–5.3, on tents, awnings, umbrellas, flags, street furniture (not video);
 * - `kiosk` — rows 6.1–6.4, on temporary kiosks (not video);
 * - `mobile` — row 7, mobile (portable) advertising, any area;
 * - `video` — rows 8.1 (up to 20 m² incl.) and 8.2 (>20 m²);
 * - `running_line` — row 9, running line (ticker), any area.
 * @category Taxes
 */
export type AdObjectType =
  | "non_video"
  | "lightbox"
  | "rooftop"
  | "street_furniture"
  | "kiosk"
  | "mobile"
  | "video"
  | "running_line";

/**
 * Every {@link AdObjectType}.
 * @category Kazakhstan law
 */
export const AD_OBJECT_TYPES: readonly AdObjectType[] = [
  "non_video",
  "lightbox",
  "rooftop",
  "street_furniture",
  "kiosk",
  "mobile",
  "video",
  "running_line",
];

/**
 * Road categories of Art. 655 p.2 (right-of-way of international and republican public roads):
 * `approach_to_city` (approaches to a city), `I_II`, `III`, `IV`.
 * @category Taxes
 */
export type RoadCategory = "approach_to_city" | "I_II" | "III" | "IV";

/**
 * Every {@link RoadCategory}.
 * @category Kazakhstan law
 */
export const ROAD_CATEGORIES: readonly RoadCategory[] = ["approach_to_city", "I_II", "III", "IV"];

/**
 * One area band of a rate table: sides up to `upToM2` (inclusive) pay `mrp` MRP a month.
 * @category Kazakhstan law
 */
export interface AdvertisingBand {
  /** Upper edge in m², inclusive, a decimal string; absent for the last (open) band. */
  readonly upToM2?: string;
  /** Monthly rate in MRP per side, a decimal string (`"0.5"`). */
  readonly mrp: string;
  /** The row of the table, for the breakdown (e.g. `"3.2"`). */
  readonly row?: string;
}

/**
 * A column of monthly rates per side, by object type: the bands of each type, lowest first.
 * @category Kazakhstan law
 */
export type AdvertisingColumn = Readonly<Partial<Record<AdObjectType, readonly AdvertisingBand[]>>>;

/**
 * A column with its legal ground.
 * @category Kazakhstan law
 */
export interface AdvertisingColumnRates {
  readonly rates: AdvertisingColumn;
  readonly citation: Citation;
}

/**
 * Road right-of-way rates: MRP a month per side up to 3 m² incl., by road category.
 * @category Kazakhstan law
 */
export interface RoadRates {
  readonly mrpUpTo3M2: Readonly<Record<RoadCategory, string>>;
  /**
   * Whether sides above 3 m² pay in proportion to area ÷ 3 m² (read for 2026); `undefined` where the rule
   * is not established (the caller confirms it in its rate table).
   */
  readonly proportionalAbove3M2: boolean | undefined;
  readonly citation: Citation;
}

const TC2026_ART655 = {
  ...TAX_CODE.tc2026,
  article: "655",
  url: "https://adilet.zan.kz/rus/docs/K2500000214",
} as const;

/**
 * Column C of 2026 Tax Code Art. 655 p.3: city of district significance, village, settlement, right-of-way
 * of district roads, outside settlements and outside road right-of-way — the fourth-level case. Monthly
 * MRP per side. Read in the Code's text. "Up to 2 m² inclusive" (row 1) puts 2 m² itself in row 1.
 * @category Kazakhstan law
 */
export const COLUMN_C_2026: AdvertisingColumn = {
  non_video: [
    { row: "1", upToM2: "2", mrp: "0.5" },
    { row: "3.1", upToM2: "5", mrp: "1" },
    { row: "3.2", upToM2: "10", mrp: "2" },
    { row: "3.3", upToM2: "20", mrp: "3" },
    { row: "3.4", upToM2: "30", mrp: "5" },
    { row: "3.5", upToM2: "50", mrp: "7" },
    { row: "3.6", upToM2: "70", mrp: "12" },
    { row: "3.7", mrp: "25" },
  ],
  lightbox: [{ row: "2", mrp: "1" }],
  rooftop: [
    { row: "4.1", upToM2: "30", mrp: "6" },
    { row: "4.2", mrp: "8" },
  ],
  street_furniture: [
    { row: "5.1", upToM2: "5", mrp: "0" },
    { row: "5.2", upToM2: "10", mrp: "0" },
    { row: "5.3", mrp: "1" },
  ],
  kiosk: [
    { row: "6.1", upToM2: "2", mrp: "0" },
    { row: "6.2", upToM2: "5", mrp: "0" },
    { row: "6.3", upToM2: "10", mrp: "1" },
    { row: "6.4", mrp: "2" },
  ],
  mobile: [{ row: "7", mrp: "1" }],
  video: [
    { row: "8.1", upToM2: "20", mrp: "6" },
    { row: "8.2", mrp: "16" },
  ],
  running_line: [{ row: "9", mrp: "1" }],
};

/**
 * Column-C rates by date: from 1 January 2026 the Art. 655 p.3 column C. For 2018–2025 the library has
 * **no** values (2017 Code Art. 605's column for cities of district significance, villages and settlements,
 * and Government decree No 1055 of 04.10.2013, were not read; the 2026 column is not carried back): the
 * caller supplies them.
 * @category Kazakhstan law
 */
export const ADVERTISING_COLUMN_C: DatedSeries<AdvertisingColumnRates | undefined> = datedSeries(
  "advertising fee, column C rates",
  [
    {
      from: "2018-01-01",
      to: "2025-12-31",
      value: undefined,
      citation: {
        act: `${TAX_CODE.tc2017.act} (Art. 605 column for district towns, villages, settlements: not read)`,
        article: "",
        evidence: "published",
        publishedIn:
          "title only: Government decree 04.10.2013 No 1055 (adilet.zan.kz/kaz/docs/P1300001055/history)",
        versionDate: "2026-11-01",
      },
    },
    {
      from: "2026-01-01",
      value: { rates: COLUMN_C_2026, citation: { ...TC2026_ART655, paragraph: "3 (column C)" } },
      citation: { ...TC2026_ART655, paragraph: "3 (column C)" },
    },
  ],
);

const ROAD_MRP: Readonly<Record<RoadCategory, string>> = {
  approach_to_city: "8",
  I_II: "7",
  III: "3",
  IV: "2",
};

const ROAD_2017: Citation = {
  act: TAX_CODE.tc2017.act,
  article: "605",
  evidence: "published",
  publishedIn:
    "fayllar.org p.371 (English translation of the 2017 Code), as summarised in the project's tax-rates.md §5 [P]; the article text itself not read",
  versionDate: "2026-11-01",
};

/**
 * Right-of-way of international and republican public roads: 8 / 7 / 3 / 2 MRP a month per side up to
 * 3 m² incl. for approaches to a city / categories I–II / III / IV.
 * - 2026: Art. 655 p.2, read; above 3 m² the rate rises in proportion to area ÷ 3 m².
 * - 2018–2025: 2017 Code Art. 605, the same values as published (fayllar.org p.371, tagged [P], not read
 *   in the article); the rule for sides above 3 m² was not read: the caller confirms it.
 * @category Kazakhstan law
 */
export const ADVERTISING_ROAD_RATES: DatedSeries<RoadRates> = datedSeries("advertising fee, road rates", [
  {
    from: "2018-01-01",
    to: "2025-12-31",
    value: { mrpUpTo3M2: ROAD_MRP, proportionalAbove3M2: undefined, citation: ROAD_2017 },
    citation: ROAD_2017,
  },
  {
    from: "2026-01-01",
    value: {
      mrpUpTo3M2: ROAD_MRP,
      proportionalAbove3M2: true,
      citation: { ...TC2026_ART655, paragraph: "2" },
    },
    citation: { ...TC2026_ART655, paragraph: "2" },
  },
]);

/**
 * Limits on the maslikhat's adjustment of the base rates, in percent.
 * @category Kazakhstan law
 */
export interface AdjustmentLimits {
  /** Lowest adjustment, e.g. `-50`. */
  readonly minPercent: number;
  /** Highest adjustment, e.g. `100`. */
  readonly maxPercent: number;
  readonly citation: Citation;
}

/**
 * Maslikhat adjustment of column-C rates: from 2026 oblast maslikhats may lower the Art. 655 p.3 rates for
 * settlements and oblast-road right-of-way by up to 50 % or raise them by up to 100 % (Art. 655, after the
 * table; read). No adjustment of the republican-road rates (p.2) is provided there. 2018–2025: not read —
 * put adjusted rates into the caller's table instead.
 * @category Kazakhstan law
 */
export const COLUMN_C_ADJUSTMENT_LIMITS: DatedSeries<AdjustmentLimits | undefined> = datedSeries(
  "advertising fee, maslikhat adjustment limits",
  [
    {
      from: "2018-01-01",
      to: "2025-12-31",
      value: undefined,
      citation: {
        act: `${TAX_CODE.tc2017.act} (adjustment limits not read)`,
        article: "",
        evidence: "published",
        publishedIn: "none: not established",
        versionDate: "2026-11-01",
      },
    },
    {
      from: "2026-01-01",
      value: {
        minPercent: -50,
        maxPercent: 100,
        citation: { ...TC2026_ART655, paragraph: "3 (after the table: oblast maslikhats)" },
      },
      citation: { ...TC2026_ART655, paragraph: "3 (after the table: oblast maslikhats)" },
    },
  ],
);

/**
 * The multiplier when the placement was not notified: from 2026 the fee is collected at **double** rates
 * (Art. 653 p.2, read). 2018–2025: not read — the caller supplies it.
 * @category Kazakhstan law
 */
export const WITHOUT_NOTIFICATION_MULTIPLIER: DatedSeries<{ readonly factor: string } | undefined> =
  datedSeries("advertising fee, multiplier without notification", [
    {
      from: "2018-01-01",
      to: "2025-12-31",
      value: undefined,
      citation: {
        act: `${TAX_CODE.tc2017.act} (rule not read)`,
        article: "",
        evidence: "published",
        publishedIn: "none: not established",
        versionDate: "2026-11-01",
      },
    },
    {
      from: "2026-01-01",
      value: { factor: "2" },
      citation: { act: TC2026_ART655.act, article: "653", paragraph: "2", versionDate: "2026-01-01" },
    },
  ]);
