/*
 * The figures a synthetic national year is calibrated to, each with its source, and the assumptions it
 * makes where nothing is published — stated here, printed in every generated file's preamble.
 *
 * Published (data/aggregates in the project's shared data; the sentence is quoted there):
 * - N1: in 2025 the budgets of rural districts exceeded 442 bn KZT (President K.-Zh. Tokayev, III Republican
 *   Forum of maslikhat deputies, 12 Mar 2026; kazpravda.kz, trend.az);
 * - N2: a third of it was covered by their own revenues (same sentence);
 * - N3: the average budget reached 190 mn KZT (same speech);
 * - the territory: 2,335 fourth-level units in the KATO classifier (edition of 17 Jul 2026, stat.gov.kz),
 *   population on 1 Jan 2023 from the Bureau's bulletin matched to KATO codes.
 * Derived from the project's own data: tax revenue is 95.5 % of own revenues (tax + non-tax + capital
 * sales) and capital sales 3.0 %, summed over the 45 published budgets of data/decisions/published-budgets.json.
 * Not published (the shared data's README says so): own revenues by revenue line, and receipts that are
 * not fourth-level revenues. Those shares below are ASSUMPTIONS, to be replaced when a source is found.
 */

/** Published: total of fourth-level budgets in 2025, KZT (N1: "exceeded 442 bn"). */
export const BUDGETS_TOTAL_2025_KZT = 442_000_000_000n;

/** Published: the share of own revenues in them (N2: "a third"), as a fraction numerator / denominator. */
export const OWN_SHARE = { numerator: 1n, denominator: 3n } as const;

/** Derived from the project's 45 published budgets: tax and capital-sales shares of own revenues, per mille. */
export const TAX_SHARE_PER_MILLE = 955n;
export const CAPITAL_SHARE_PER_MILLE = 30n;

/**
 * ASSUMPTION: the spread of own revenues per resident between units (σ of a lognormal factor with mean
 * about 1), not published. Chosen with FIXED_COST_PER_MILLE so that the units' self-sufficiency spreads
 * about as widely as in the project's published budgets (the 42 of data/decisions/published-budgets.json
 * that state expenditures, 2018-2026: median 27.1 %, range 1.6-90.4 %); seed 2025 gives a median of
 * 20.0 % and deciles 6.7 % to 56.8 % (the published sample holds more towns, whose share is higher).
 */
export const OWN_REVENUE_SIGMA = 0.8;

/**
 * ASSUMPTION: the share, per mille, of a unit's cost need that is the same for every unit (the akim's
 * office, lighting, the minimum of services); the rest is per resident. Not published.
 */
export const FIXED_COST_PER_MILLE = 100n;

/**
 * ASSUMPTION: how the fourth level's tax revenue divides between its lines, per mille (lines not in
 * force in a year drop out and the others are scaled up). Chosen to resemble the published rural
 * budgets read so far (vehicle and property tax of individuals lead), not measured.
 */
export const TAX_LINE_SHARES: Readonly<Record<string, number>> = {
  "vehicle-tax-individuals": 430,
  "property-tax-individuals": 200,
  "land-tax-settlements-individuals": 120,
  "iit-self-assessed-individuals": 90,
  "iit-self-assessed-entrepreneurs": 70,
  "vehicle-tax-legal-entities": 50,
  "outdoor-advertising-fee": 15,
  "single-land-tax": 25,
};

/** ASSUMPTION: the capital line generated (its code is established; the others' codes are open). */
export const CAPITAL_LINE = "land-lease-rights-fee";

/**
 * ASSUMPTION: the share of receipt rows per line, per mille — how many payments make up each line's
 * revenue (many small vehicle-tax payments, few lease fees). The remaining rows are receipts that are
 * not fourth-level revenues (IIT withheld at source, social tax, CIT, property tax of legal entities),
 * as a tax office's file holds them.
 */
export const ROW_SHARES: Readonly<Record<string, number>> = {
  "vehicle-tax-individuals": 330,
  "property-tax-individuals": 160,
  "land-tax-settlements-individuals": 100,
  "iit-self-assessed-individuals": 40,
  "iit-self-assessed-entrepreneurs": 30,
  "vehicle-tax-legal-entities": 20,
  "outdoor-advertising-fee": 5,
  "single-land-tax": 10,
  "land-lease-rights-fee": 5,
};

/** ASSUMPTION: the mean of a receipt that is not a fourth-level revenue, in tiyn (150,000 KZT). */
export const OUTSIDE_MEAN_TIYN = 15_000_000;

/** ASSUMPTION: the share, per mille, of fourth-level receipts keyed on a place outside every unit (a city). */
export const OUTSIDE_UNITS_PER_MILLE = 5;

/** The preamble of every generated file: what it is, and what it is calibrated to. */
export function generatedPreamble(what: string, seed: number, year: number, count: number): string[] {
  return [
    `GENERATED ${what}, NOT published data: seed ${seed}, payment year ${year}, ${count} receipts.`,
    "Calibrated to published national aggregates: fourth-level budgets over 442 bn KZT in 2025, one third own revenues",
    "(President, 12 Mar 2026); units weighted by population (KATO, Bureau of National Statistics, 1 Jan 2023);",
    "shares by revenue line and the receipts that are not fourth-level revenues are stated ASSUMPTIONS",
    "(scripts/national/calibration.ts). Real KATO and EBK codes; invented payers, amounts and dates.",
  ];
}
