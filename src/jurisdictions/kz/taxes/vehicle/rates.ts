import type { Citation } from "../../../../citation/citation.js";
import { TAX_CODE, type TaxCodeEdition } from "../tax-code.js";

/**
 * One band of a rate scale: bases above `over` up to `upTo` inclusive pay `mrp` MRP.
 * @category Kazakhstan law
 */
export interface RateBand {
  /** Lower bound (exclusive); also the reference of the 7-KZT-per-cc surcharge. */
  readonly over: number;
  /** Upper bound (inclusive); absent for the last band. */
  readonly upTo?: number;
  /** MRP multiple, a decimal string. */
  readonly mrp: string;
}

/**
 * The scales of the vehicle tax, one per kind of base: `passenger_car` (engine cm³),
 * `passenger_car_post_2013` (2017 Code Art. 492 p.2 only: cars over 3,000 cc made in Kazakhstan or
 * imported after 31.12.2013), `truck` (load capacity, t), `bus` (seats), `tractor`, `motorcycle` (kW),
 * `boat` (hp).
 * @category Kazakhstan law
 */
export type VehicleScaleKey =
  | "passenger_car"
  | "passenger_car_post_2013"
  | "truck"
  | "bus"
  | "tractor"
  | "motorcycle"
  | "boat";

/**
 * Every {@link VehicleScaleKey}.
 * @category Kazakhstan law
 */
export const VEHICLE_SCALE_KEYS: readonly VehicleScaleKey[] = [
  "passenger_car",
  "passenger_car_post_2013",
  "truck",
  "bus",
  "tractor",
  "motorcycle",
  "boat",
];

/**
 * The scales of one period, by key; a key absent is not established there (the caller supplies it).
 * @category Kazakhstan law
 */
export type VehicleScales = Readonly<Partial<Record<VehicleScaleKey, RateScale>>>;

/**
 * A scale of bands for one kind of vehicle in one edition, with its legal ground.
 * @category Kazakhstan law
 */
export interface RateScale {
  readonly bands: readonly RateBand[];
  readonly citation: Citation;
}

const CAR_BANDS: readonly RateBand[] = [
  { over: 0, upTo: 1100, mrp: "1" },
  { over: 1100, upTo: 1500, mrp: "2" },
  { over: 1500, upTo: 2000, mrp: "3" },
  { over: 2000, upTo: 2500, mrp: "6" },
  { over: 2500, upTo: 3000, mrp: "9" },
  { over: 3000, upTo: 4000, mrp: "15" },
  { over: 4000, mrp: "117" },
];

/** Trucks and special vehicles by load capacity (t), the same in both Codes. */
const TRUCK_BANDS: readonly RateBand[] = [
  { over: 0, upTo: 1, mrp: "3" },
  { over: 1, upTo: 1.5, mrp: "5" },
  { over: 1.5, upTo: 5, mrp: "7" },
  { over: 5, mrp: "9" },
];

/**
 * The scales established for each edition (see {@link VehicleScaleKey}); `motorcycle` and `boat` from
 * 2026 only. A scale absent for an edition is not established there: the caller supplies it (see
 * `VehicleTaxInput.rates`). The law value `KAZAKHSTAN_TAX_LAW.vehicle.scales` dates them.
 * @category Kazakhstan law
 */
export const VEHICLE_SCALES: Readonly<Record<TaxCodeEdition, VehicleScales>> = {
  tc2017: {
    passenger_car: { bands: CAR_BANDS, citation: { ...TAX_CODE.tc2017, article: "492", paragraph: "1" } },
    passenger_car_post_2013: {
      bands: [
        { over: 3000, upTo: 3200, mrp: "35" },
        { over: 3200, upTo: 3500, mrp: "46" },
        { over: 3500, upTo: 4000, mrp: "66" },
        { over: 4000, upTo: 5000, mrp: "130" },
        { over: 5000, mrp: "200" },
      ],
      citation: {
        ...TAX_CODE.tc2017,
        article: "492",
        paragraph: "2",
        evidence: "published",
        publishedIn:
          "alau.kz 01.12.2025 (State Revenue Committee via nur.kz); nomadexpat.io; astanatimes.com 2014",
      },
    },
    truck: {
      bands: TRUCK_BANDS,
      citation: { ...TAX_CODE.tc2017, article: "492", paragraph: "1" },
    },
    // Buses over 25 seats were not read in the 2017 text: the scale stops at 25 and the caller supplies the rest.
    bus: {
      bands: [
        { over: 0, upTo: 12, mrp: "9" },
        { over: 12, upTo: 25, mrp: "14" },
      ],
      citation: { ...TAX_CODE.tc2017, article: "492", paragraph: "1" },
    },
    tractor: {
      bands: [{ over: 0, mrp: "3" }],
      citation: { ...TAX_CODE.tc2017, article: "492", paragraph: "1" },
    },
  },
  tc2026: {
    passenger_car: { bands: CAR_BANDS, citation: { ...TAX_CODE.tc2026, article: "565", paragraph: "1" } },
    truck: {
      bands: TRUCK_BANDS,
      citation: { ...TAX_CODE.tc2026, article: "565", paragraph: "1" },
    },
    bus: {
      bands: [
        { over: 0, upTo: 12, mrp: "9" },
        { over: 12, upTo: 25, mrp: "14" },
        { over: 25, mrp: "20" },
      ],
      citation: { ...TAX_CODE.tc2026, article: "565", paragraph: "1" },
    },
    tractor: {
      bands: [{ over: 0, mrp: "3" }],
      citation: { ...TAX_CODE.tc2026, article: "565", paragraph: "1" },
    },
    motorcycle: {
      bands: [
        { over: 0, upTo: 55, mrp: "1" },
        { over: 55, mrp: "10" },
      ],
      citation: { ...TAX_CODE.tc2026, article: "565", paragraph: "1" },
    },
    boat: {
      bands: [
        { over: 0, upTo: 160, mrp: "6" },
        { over: 160, upTo: 500, mrp: "18" },
        { over: 500, upTo: 1000, mrp: "32" },
        { over: 1000, mrp: "55" },
      ],
      citation: { ...TAX_CODE.tc2026, article: "565", paragraph: "1" },
    },
  },
};

/**
 * The 7-KZT-per-cc surcharge over the band's lower bound for cars over 1,500 cc.
 * @category Kazakhstan law
 */
export const SURCHARGE_PER_CC_KZT = 7;

/** Where the surcharge is written, by edition. */
export const SURCHARGE_CITATION: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: {
    ...TAX_CODE.tc2017,
    article: "492",
    paragraph: "5",
    evidence: "published",
    publishedIn:
      "State Revenue Committee wording quoted by lc-audit.kz; avtorynok.kz (2 300 cc → 6 MRP + 300 × 7); infs.kz 2018 table (paragraph number inferred)",
  },
  tc2026: { ...TAX_CODE.tc2026, article: "565", paragraph: "4" },
};

/**
 * A passenger-car age coefficient: cars of more than `over` years up to `upTo` years of operation pay × `coefficient`.
 * @category Kazakhstan law
 */
export interface AgeCoefficient {
  readonly over: number;
  readonly upTo?: number;
  /** A decimal string, e.g. `"0.7"`. */
  readonly coefficient: string;
}

/**
 * Passenger-car age coefficients from 2026 (Art. 565 p.8), by years of operation from the year of manufacture (p.6).
 * @category Kazakhstan law
 */
export const AGE_COEFFICIENTS_2026: readonly AgeCoefficient[] = [
  { over: 10, upTo: 20, coefficient: "0.7" },
  { over: 20, coefficient: "0.5" },
];

/** Citation of the age coefficients. */
export const AGE_COEFFICIENT_CITATION: Citation = { ...TAX_CODE.tc2026, article: "565", paragraph: "6, 8" };

/** Citation of the part-year rule (annual ÷ 12 × months) by edition. */
export const MONTHS_CITATION: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: {
    ...TAX_CODE.tc2017,
    article: "493",
    evidence: "published",
    publishedIn: "State Revenue Department of Almaty, alm.kgd.gov.kz 20.12.2021 (annual ÷ 12 × months owned)",
  },
  tc2026: { ...TAX_CODE.tc2026, article: "566", paragraph: "3, 4" },
};

/** The 70% reduction for agricultural legal entities and cooperatives from 2026. */
export const AGRICULTURAL_REDUCTION_2026 = {
  share: "0.7",
  citation: { ...TAX_CODE.tc2026, article: "566", paragraph: "2" },
} as const;

/**
 * Citations of the farm exemptions of the 2026 Code: listed specialised machinery (Art. 563 p.3(1)), and
 * the part of p.3 that withdraws items 1, 2 and 4 from vehicles transferred for use, trust management or
 * lease. Read in the Code's Russian text (adilet.zan.kz K2500000214; Art. 566 p.2 likewise).
 */
export const FARM_EXEMPTION_CITATION = {
  machinery: { ...TAX_CODE.tc2026, article: "563", paragraph: "3(1)" },
  leasedOut: { ...TAX_CODE.tc2026, article: "563", paragraph: "3 (last part)" },
} as const satisfies Readonly<Record<string, Citation>>;

/** Citation of the MRP date rule (MRP in force on 1 January of the tax year). */
export const MRP_DATE_CITATION: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: { ...TAX_CODE.tc2017, article: "492", paragraph: "3" },
  tc2026: { ...TAX_CODE.tc2026, article: "565", paragraph: "2" },
};

/** Citation of the personal exemptions. */
export const EXEMPTION_CITATION: Readonly<Record<TaxCodeEdition, Citation>> = {
  tc2017: {
    ...TAX_CODE.tc2017,
    article: "490",
    paragraph: "3",
    evidence: "published",
    publishedIn: "kz.otyrar.kz 2024-04 citing Art. 490 p.3; en.tengrinews.kz; bcc.kz",
  },
  tc2026: { ...TAX_CODE.tc2026, article: "563", paragraph: "3-6" },
};
