import type { Dec, DecimalInput } from "../../money/decimal.js";
import type { Money } from "../../money/money.js";
import type { BindingBound } from "./water-fill.js";

/**
 * One fourth-level unit (rural district, village, settlement, town of district significance) as the
 * equalisation methods see it. Amounts in KZT ({@link Money}, exact tiyn).
 *
 * @category Transfers
 */
export interface EqualisationUnit {
  /** A name or KATO code, unique within the district; used in explanations and errors. */
  readonly id: string;
  /** Forecast own revenues for the year, without transfers (needed by `gap_filling`). */
  readonly forecastOwnRevenues?: Money;
  /** Forecast costs for the year, without targeted transfers and debt service (needed by `gap_filling`). */
  readonly forecastCosts?: Money;
  /**
   * Named indicators as plain decimals (never floats): population, area, number of places, or any other
   * the caller uses for `weights` or a per-capita cap, e.g. `{ population: "1200", area_km2: "350.5" }`.
   */
  readonly indicators?: Readonly<Record<string, DecimalInput>>;
  /** Last year's subvention (≥ 0), needed by a {@link ChangeLimit}. */
  readonly lastYear?: Money;
}

/**
 * How far a unit's subvention may move from last year's, in either direction: by `percent` of last
 * year's amount (a decimal ≥ 0, e.g. `"10"`), or by an absolute `amount` of KZT.
 *
 * @category Transfers
 */
export type ChangeLimit =
  | { readonly kind: "percent"; readonly percent: DecimalInput }
  | { readonly kind: "amount"; readonly amount: Money };

/**
 * Floors and caps on each unit's subvention; every figure is configuration chosen by the caller. A
 * per-unit value replaces the common one for that unit. Floors and caps apply to the units that share
 * the pool, not to a unit paying a budget withdrawal.
 *
 * @category Transfers
 */
export interface EqualisationConstraints {
  /** The least every unit receives, KZT. */
  readonly floor?: Money;
  /** Floors for named units (by `id`), replacing `floor` for them. */
  readonly floorByUnit?: Readonly<Record<string, Money>>;
  /** The most any unit receives, KZT. */
  readonly cap?: Money;
  /** Caps for named units (by `id`), replacing `cap` for them. */
  readonly capByUnit?: Readonly<Record<string, Money>>;
  /**
   * The most per person: `amount` (KZT) × the unit's `indicator` (e.g. `"population"`), rounded down
   * to the tiyn.
   */
  readonly capPerCapita?: { readonly amount: Money; readonly indicator: string };
  /**
   * A corridor around last year's subvention: a cap at last year + the limit (rounded down to the
   * tiyn) and a floor at last year − the limit (rounded up, never below zero). A unit without
   * `lastYear` is not limited, and its explanation says so.
   */
  readonly maxChange?: ChangeLimit;
}

/**
 * What a unit with a surplus (own revenues above costs) does under `gap_filling`: `keep` it (no
 * transfer, weight zero in the pool), or pay it as a budget `withdraw`al to the district, at most `cap`
 * KZT per unit when a cap is set.
 *
 * @category Transfers
 */
export type SurplusTreatment =
  | { readonly kind: "keep" }
  | { readonly kind: "withdraw"; readonly cap?: Money };

/**
 * Gap filling: each unit's gap is forecast costs − forecast own revenues (the law's formula, e.g. BC2025
 * Art. 79 p.1 with Art. 80); the pool is split in proportion to the positive gaps. Without a
 * `pool` the pool is the total gap, so each unit gets its gap; with a pool the gaps are scaled to it
 * (down when it is smaller than the total gap, up when larger).
 *
 * @category Transfers
 */
export interface GapFillingMethod {
  readonly kind: "gap_filling";
  /** The total of subventions, KZT (≥ 0); the total gap when left out. */
  readonly pool?: Money;
  /** What units with a surplus do. */
  readonly surpluses: SurplusTreatment;
  /** Floors and caps. */
  readonly constraints?: EqualisationConstraints;
}

/**
 * A fixed pool split in proportion to one named indicator of each unit (population, area, places…).
 *
 * @category Transfers
 */
export interface WeightsMethod {
  readonly kind: "weights";
  /** The total of subventions, KZT (≥ 0). */
  readonly pool: Money;
  /** The key in each unit's `indicators` to weigh by, e.g. `"population"`. */
  readonly indicator: string;
  /** Floors and caps. */
  readonly constraints?: EqualisationConstraints;
}

/**
 * An equalisation method with all its configuration: none of its figures is set by law.
 *
 * @category Transfers
 */
export type EqualisationMethod = GapFillingMethod | WeightsMethod;

/**
 * Which limit fixed a unit's amount: its floor, its cap, the withdrawal cap, or none.
 *
 * @category Transfers
 */
export type EqualisationBound = BindingBound | "withdrawal_cap";

/**
 * One unit's transfer under a method.
 *
 * @category Transfers
 */
export interface UnitTransfer {
  /** The unit's `id`. */
  readonly unit: string;
  /** `subvention` (district → unit), `withdrawal` (unit → district) or `none` (zero). */
  readonly kind: "subvention" | "withdrawal" | "none";
  /** The amount, KZT, never negative. */
  readonly amount: Money;
  /** The amount signed from the unit's side: a subvention positive, a withdrawal negative. */
  readonly net: Money;
  /** What the method alone gave, before floors and caps (a withdrawal: the whole surplus). */
  readonly byMethod: Money;
  /** The unit's effective floor (zero when none). */
  readonly floor: Money;
  /** The unit's effective cap; absent when none. */
  readonly cap?: Money;
  /** Which limit fixed the amount. */
  readonly bound: EqualisationBound;
  /** In words: what the method gave and what floors, caps and re-distribution changed. */
  readonly explanation: string;
}

/**
 * The result of {@link equalise}.
 *
 * @category Transfers
 */
export interface Equalisation {
  /** The method used. */
  readonly method: EqualisationMethod["kind"];
  /** The total of subventions, KZT: exactly the sum of the units' subventions. */
  readonly pool: Money;
  /** The total of budget withdrawals, KZT. */
  readonly withdrawals: Money;
  /** The district's net outlay: pool − withdrawals. */
  readonly netOutlay: Money;
  /** One entry per unit, in the order given. */
  readonly units: readonly UnitTransfer[];
}

/** A bound with the reason it applies, for the explanation and the errors. @internal */
export interface Limit {
  readonly amount: Money;
  readonly reason: string;
}

/** What a unit brings to the pool: its index among the units, its weight and a line explaining it. @internal */
export interface PoolEntry {
  readonly index: number;
  readonly weight: Dec;
  readonly basis: string;
}

/** A unit paying a budget withdrawal under gap filling: its index, its surplus and a line explaining it. @internal */
export interface WithdrawalEntry {
  readonly index: number;
  readonly surplus: Money;
  readonly basis: string;
}

/** What a method makes of the units: the pool, the units sharing it and the units paying a withdrawal. @internal */
export interface PoolShares {
  readonly pool: Money;
  readonly entries: readonly PoolEntry[];
  readonly withdrawals: readonly WithdrawalEntry[];
}
