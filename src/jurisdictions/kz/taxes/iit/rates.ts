import { type DatedSeries, datedSeries } from "../../../../calendar/dated.js";
import type { Citation } from "../../../../citation/citation.js";
import { TAX_CODE } from "../tax-code.js";

/**
 * Who declares the income: an individual (`individual`: income not taxed at source, e.g. rent, foreign
 * income), an individual entrepreneur on the general regime (`individual_entrepreneur`), or a private
 * practitioner — notary, bailiff, advocate, professional mediator (`private_practitioner`). Residents only.
 * @category Taxes
 */
export type IitPayerKind = "individual" | "individual_entrepreneur" | "private_practitioner";

/**
 * Every {@link IitPayerKind}.
 * @category Kazakhstan law
 */
export const IIT_PAYER_KINDS: readonly IitPayerKind[] = [
  "individual",
  "individual_entrepreneur",
  "private_practitioner",
];

/**
 * One band of an IIT scale: taxable income up to `upToMrp` MRP (inclusive) pays `rate`.
 * @category Kazakhstan law
 */
export interface IitBand {
  /**
   * Upper edge of the band in MRP of annual income (the MRP in force on 1 January of the tax year),
   * inclusive; absent for the top band. A whole number.
   */
  readonly upToMrp?: number;
  /** The rate as a decimal fraction string, e.g. `"0.1"` for 10 %. */
  readonly rate: string;
}

/**
 * A marginal IIT scale: each band's rate applies to the slice of income inside the band.
 * @category Kazakhstan law
 */
export interface IitSchedule {
  /** The bands, lowest first; every band but the last has `upToMrp`. */
  readonly bands: readonly IitBand[];
  readonly citation: Citation;
}

/**
 * A payer kind whose scale the library does not have for a year: what is missing and what is known.
 * @category Kazakhstan law
 */
export interface IitScheduleGap {
  /** What is not established, in words (used in the error message). */
  readonly missing: string;
  /** What is published, if anything (for the message; never applied). */
  readonly published?: string;
}

/**
 * For each payer kind, the scale or why there is none.
 * @category Kazakhstan law
 */
export type IitRatesOfYear = Readonly<Record<IitPayerKind, IitSchedule | IitScheduleGap>>;

/**
 * Whether `entry` is an established scale (not a gap).
 * @category Taxes
 * @example
 * ```ts
 * import { isIitSchedule } from "fourth-level-budget";
 * isIitSchedule({ missing: "not established" }); //=> false
 * ```
 */
export function isIitSchedule(entry: IitSchedule | IitScheduleGap): entry is IitSchedule {
  return typeof entry === "object" && entry !== null && Array.isArray((entry as { bands?: unknown }).bands);
}

const TC2017 = TAX_CODE.tc2017.act;
const TC2026 = TAX_CODE.tc2026.act;

const FLAT_10_2017: IitSchedule = {
  bands: [{ rate: "0.1" }],
  citation: {
    act: TC2017,
    article: "",
    evidence: "published",
    publishedIn:
      "kgd.gov.kz/kk/calc/ipn (State Revenue Committee calculator: «ИПН = (Т − МЗЖ − Ж − МЖА) × 10%»); 10 % for residents",
    versionDate: "2026-11-01",
  },
};

const PUBLISHED_2026 = "itsheff.kz; sotreport.kz (East Kazakhstan DGD briefing, 2025)";

/**
 * The scale published for individual entrepreneurs on the general regime from 2026: 10 % up to 230,000 MRP,
 * 15 % above (itsheff.kz, not read in the Code). The library does not apply it by itself — whether it
 * governs a given entrepreneur's declared income is the caller's call; pass it as
 * `SelfAssessedIitInput.schedule` to use it.
 * @category Kazakhstan law
 */
export const IE_GENERAL_REGIME_2026_AS_PUBLISHED: IitSchedule = {
  bands: [{ upToMrp: 230_000, rate: "0.1" }, { rate: "0.15" }],
  citation: {
    act: TC2026,
    article: "",
    evidence: "published",
    publishedIn:
      "itsheff.kz (individual entrepreneurs on the general regime: 10 % up to 230 000 MRP, 15 % above)",
    versionDate: "2026-11-01",
  },
};

/**
 * IIT rates on income the individual declares himself (EBK 101202), by tax year and payer kind.
 * - 2018–2025 (2017 Code): 10 % flat for residents, every payer kind [published: KGD calculator].
 * - From 2026 (2026 Code), `individual`: 10 % up to 8,500 MRP of annual income, 15 % on the excess
 *   [published: itsheff.kz, sotreport.kz; the 8,500 × MRP threshold is 36,762,500 KZT in 2026].
 * - From 2026, `private_practitioner`: 9 % is published, but whether a 15 % band applies above some
 *   threshold is not established — a gap: the caller supplies the scale.
 * - From 2026, `individual_entrepreneur`: a gap; the published scale
 *   ({@link IE_GENERAL_REGIME_2026_AS_PUBLISHED}) is available for the caller to pass explicitly.
 * @category Kazakhstan law
 */
export const IIT_SELF_ASSESSED_RATES: DatedSeries<IitRatesOfYear> = datedSeries(
  "IIT rates on self-declared income",
  [
    {
      from: "2018-01-01",
      to: "2025-12-31",
      value: {
        individual: FLAT_10_2017,
        individual_entrepreneur: FLAT_10_2017,
        private_practitioner: FLAT_10_2017,
      },
      citation: FLAT_10_2017.citation,
    },
    {
      from: "2026-01-01",
      value: {
        individual: {
          bands: [{ upToMrp: 8500, rate: "0.1" }, { rate: "0.15" }],
          citation: {
            act: TC2026,
            article: "",
            evidence: "published",
            publishedIn: `${PUBLISHED_2026}: 10 % up to 8 500 MRP of annual income, 15 % on the excess`,
            versionDate: "2026-11-01",
          },
        },
        individual_entrepreneur: {
          missing:
            "the IIT scale of individual entrepreneurs from 2026 (published: 10 % up to 230 000 MRP, 15 % above — " +
            "not read in the Code and dependent on the regime); pass `schedule`, e.g. IE_GENERAL_REGIME_2026_AS_PUBLISHED",
          published: "10 % up to 230 000 MRP, 15 % above (itsheff.kz)",
        },
        private_practitioner: {
          missing:
            "whether a 15 % band applies to private practitioners from 2026 and above which threshold " +
            "(only the 9 % rate is published); pass `schedule` with the bands you rely on",
          published: "9 % (itsheff.kz)",
        },
      },
      citation: {
        act: TC2026,
        article: "",
        evidence: "published",
        publishedIn: PUBLISHED_2026,
        versionDate: "2026-11-01",
      },
    },
  ],
);

/**
 * The basic (standard) monthly deduction of an employee, in MRP, with the annual cap when there is one.
 * @category Kazakhstan law
 */
export interface BasicDeduction {
  /** MRP per month. */
  readonly monthlyMrp: number;
  /** MRP per year, when capped. */
  readonly annualCapMrp?: number;
}

/**
 * The basic monthly IIT deduction applied by the tax agent (one agent only) to withheld IIT (EBK 101201,
 * not the fourth-level line): **14 MRP** a month in 2024–2025 [published: exams.kz Aug 2024; inform.kz
 * 10.01.2026]; **30 MRP** a month from 2026 with an annual cap of **360 MRP** (2026 Code Art. 401)
 * [published: kursvaluty.kz 19.01.2026; ng.kz; zakon.kz 16.01.2026]. Years before 2024 (1 minimum wage up
 * to about 2023; the end year is not established) have no value.
 * @category Kazakhstan law
 */
export const IIT_BASIC_DEDUCTION: DatedSeries<BasicDeduction> = datedSeries("IIT basic monthly deduction", [
  {
    from: "2024-01-01",
    to: "2025-12-31",
    value: { monthlyMrp: 14 },
    citation: {
      act: TC2017,
      article: "",
      evidence: "published",
      publishedIn: "exams.kz (Aug 2024, 14 MRP); inform.kz 10.01.2026 («вычет в размере 14 МРП»)",
      versionDate: "2026-01-10",
    },
  },
  {
    from: "2026-01-01",
    value: { monthlyMrp: 30, annualCapMrp: 360 },
    citation: {
      act: TC2026,
      article: "401",
      evidence: "published",
      publishedIn:
        "kursvaluty.kz 19.01.2026 (Art. 401: 30 MRP a month, 360 MRP a year, one tax agent); ng.kz; zakon.kz 16.01.2026",
      versionDate: "2026-01-19",
    },
  },
]);
