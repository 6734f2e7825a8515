import type { IsoDate } from "../calendar/iso-date.js";
import type { Citation } from "../citation/citation.js";
import type { DistrictType, FourthLevelUnitType, KatoPlace } from "./kato-place.js";

/**
 * The four budget levels: 1 republican; 2 regional (region, city of republican significance, the
 * capital); 3 district (district, city of regional significance); 4 fourth level (city of district
 * significance, village, settlement, rural district) — the levels of Kazakhstan's budget system (e.g.
 * BC2025 Art. 7 p.1).
 * @category Territory
 */
export type BudgetLevel = 1 | 2 | 3 | 4;

/**
 * A budget: its level, the KATO code of the territory that holds it and that territory's name as in the
 * classifier. The republican budget has code `"000000000"` ({@link REPUBLICAN_BUDGET}).
 *
 * @category Territory
 * @example
 * ```ts
 * const district = kazakhstanTerritory().budget("104000000");
 * [district.level, district.nameRu]; //=> [3, "Бородулихинский район"]
 * ```
 */
export interface BudgetRef {
  /** The budget level, 1 republican … 4 fourth level. */
  readonly level: BudgetLevel;
  /** KATO code of the territory whose budget this is; `"000000000"` for the republican budget. */
  readonly code: string;
  /** Russian name as in the classifier. */
  readonly nameRu: string;
  /** Kazakh name as in the classifier. */
  readonly nameKk: string;
}

/**
 * A budget or place by its KATO code and its names.
 *
 * @category Territory
 */
export interface NamedPlace {
  /** The 9-digit KATO code. */
  readonly code: string;
  /** Russian name as in the classifier. */
  readonly nameRu: string;
  /** Kazakh name as in the classifier. */
  readonly nameKk: string;
}

/** A place's code and names alone, e.g. of a {@link BudgetRef} or a {@link KatoPlace}. */
export function namedPlace(place: NamedPlace): NamedPlace {
  return { code: place.code, nameRu: place.nameRu, nameKk: place.nameKk };
}

/**
 * The republican (level-1) budget.
 *
 * @category Territory
 */
export const REPUBLICAN_BUDGET: BudgetRef = Object.freeze({
  level: 1,
  code: "000000000",
  nameRu: "Республиканский бюджет",
  nameKk: "Республикалық бюджет",
});

/**
 * When a jurisdiction's fourth-level units got budgets of their own: the first day any unit could have
 * one, and the day from which every unit has one (the default `ownBudgetSince` of a unit). Part of a
 * {@link Law}; in Kazakhstan 1 Jan 2018 (units over 2,000 people) and 1 Jan 2020 (all units).
 *
 * @category Territory
 */
export interface FourthLevelBudgetDates {
  /** The first day a fourth-level unit could have a budget of its own, `YYYY-MM-DD`. */
  readonly firstDay: IsoDate;
  /** The day from which every fourth-level unit has a budget of its own, `YYYY-MM-DD`. */
  readonly allUnitsFrom: IsoDate;
  /** The legal source of both dates. */
  readonly citation: Citation;
}

/**
 * The part of a {@link Law} a territory reads: when fourth-level units got budgets of their own.
 *
 * @category Territory
 */
export interface TerritoryLaw {
  readonly fourthLevelBudgets: FourthLevelBudgetDates;
}

/**
 * Where a unit's {@link FourthLevelBudgetRef.ownBudgetSince} comes from: `"default"` is the law's
 * {@link FourthLevelBudgetDates.allUnitsFrom}, because the classifier does not say which units had one
 * earlier (in Kazakhstan: over 2,000 people in 2017); `"caller"` was set through
 * {@link TerritoryOptions.ownBudgetSince}.
 * @category Territory
 */
export type OwnBudgetSinceSource = "default" | "caller";

/**
 * A regional (level-2) budget: a region or a city of republican significance.
 *
 * @category Territory
 */
export interface RegionBudgetRef extends BudgetRef {
  /** Always 2. */
  readonly level: 2;
}

/**
 * A fourth-level budget, with the date from which its unit has had a budget of its own.
 *
 * @category Territory
 */
export interface FourthLevelBudgetRef extends BudgetRef {
  /** Always 4. */
  readonly level: 4;
  /** The first day the unit had a budget of its own; before it, the district budget received its revenues. */
  readonly ownBudgetSince: IsoDate;
  /** Whether {@link FourthLevelBudgetRef.ownBudgetSince} is the default or was set by the caller. */
  readonly ownBudgetSinceSource: OwnBudgetSinceSource;
}

/**
 * A district (level-3) budget: a district or a city of regional significance, with its region.
 *
 * @category Territory
 */
export interface DistrictBudgetRef extends BudgetRef {
  /** Always 3. */
  readonly level: 3;
  /** `district` or `city_regional`. */
  readonly type: DistrictType;
  /** The region (level 2) the district belongs to. */
  readonly region: RegionBudgetRef;
}

/**
 * A fourth-level budget unit (a row with `budget4 = 1` in the classifier): a rural district, village or
 * settlement administration, or a city of district significance, with its district and region.
 *
 * @category Territory
 * @example
 * ```ts
 * const unit = kazakhstanTerritory().fourthLevelUnit("104035000");
 * [unit.nameRu, unit.type, unit.district.code]; //=> ["Бель-Агачский с.о.", "rural_district", "104000000"]
 * [unit.ownBudgetSince, unit.ownBudgetSinceSource]; //=> ["2020-01-01", "default"]
 * ```
 */
export interface FourthLevelUnit extends FourthLevelBudgetRef {
  /** What kind of unit it is. */
  readonly type: FourthLevelUnitType;
  /** The district budget above it. */
  readonly district: DistrictBudgetRef;
  /** The regional budget above the district. */
  readonly region: RegionBudgetRef;
}

/**
 * A place inside a fourth-level unit: the unit's budget owns it, under its district and region.
 *
 * @category Territory
 */
export interface FourthLevelOwner {
  /** Discriminant. */
  readonly kind: "fourth_level";
  /** The fourth-level unit (the classifier's `unit4_code`). */
  readonly unit: FourthLevelUnit;
  /** The district budget above the unit (`district_code`). */
  readonly district: DistrictBudgetRef;
  /** The regional budget (`region_code`). */
  readonly region: RegionBudgetRef;
}

/**
 * A place that no fourth-level budget owns (on the date asked, for {@link Territory.budgetOwnerOn}).
 *
 * @category Territory
 */
export interface OutsideFourthLevelOwner {
  /** Discriminant. */
  readonly kind: "outside_fourth_level";
  /** The district budget that owns the place, if any (none in regions' own rows and in cities of republican significance). */
  readonly district?: DistrictBudgetRef;
  /** The regional budget of the place (every classifier row has one). */
  readonly region: RegionBudgetRef;
  /** Why no fourth-level budget owns it, in words. */
  readonly reason: string;
  /** The unit the place belongs to when it had no budget of its own yet on the date asked. */
  readonly unitWithoutOwnBudget?: FourthLevelUnit;
}

/**
 * Which budgets own a place: see {@link Territory.owner}.
 *
 * @category Territory
 */
export type BudgetOwner = FourthLevelOwner | OutsideFourthLevelOwner;

/**
 * Options of {@link createTerritory} and {@link kazakhstanTerritory}.
 *
 * @category Territory
 */
export interface TerritoryOptions {
  /**
   * First day of a unit's own budget, by unit code, for units that had one before the law's
   * {@link FourthLevelBudgetDates.allUnitsFrom} (in Kazakhstan units with over 2,000 people had one from
   * 1 Jan 2018, all from 1 Jan 2020). Dates from the law's `firstDay` to its `allUnitsFrom`. Units not
   * listed get `allUnitsFrom`.
   */
  readonly ownBudgetSince?: Readonly<Record<string, string>>;
}

/**
 * Kazakhstan's administrative territory as the KATO classifier describes it, with the budget that owns
 * each place. Immutable; built by {@link kazakhstanTerritory} (the bundled classifier) or
 * {@link createTerritory} (any places). Codes are 9-digit strings.
 * @category Territory
 */
export interface Territory {
  /**
   * The classifier row of a code.
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` for a code not 9 digits or not in the classifier.
   */
  place(code: string): KatoPlace;
  /** Every place, in classifier (code) order. */
  places(): readonly KatoPlace[];
  /**
   * The budget held by a territory: `"000000000"` the republican budget, a region or city of republican
   * significance (level 2), a district or city of regional significance (level 3), a fourth-level unit (4).
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` when the code is unknown or its place holds no budget
   *   (a village, a city district…).
   */
  budget(code: string): BudgetRef;
  /**
   * Which fourth-level unit, district and region own a place, from the classifier's `unit4_code`,
   * `district_code` and `region_code`; or, outside any unit, the district and region and the reason.
   * Regardless of date: see {@link Territory.budgetOwnerOn} for dates before a unit had a budget.
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` for a code not 9 digits or not in the classifier.
   */
  owner(code: string): BudgetOwner;
  /**
   * Like {@link Territory.owner}, on a date: before the unit's `ownBudgetSince`, the unit had no budget,
   * so the district budget owns the place (kind `outside_fourth_level`, with `unitWithoutOwnBudget`).
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` for an unknown code; `INVALID_DATE` for a date that
   *   is not `YYYY-MM-DD` or is before the law's {@link FourthLevelBudgetDates.firstDay} (in Kazakhstan
   *   1 Jan 2018, Law 11.07.2017 No 90-VI): before it no fourth-level budget existed and the law says
   *   nothing of who owned receipts.
   */
  budgetOwnerOn(code: string, date: IsoDate): BudgetOwner;
  /** All fourth-level units (2,335 in the bundled classifier), in code order. */
  fourthLevelUnits(): readonly FourthLevelUnit[];
  /**
   * One fourth-level unit.
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` when the code is unknown or not a fourth-level unit.
   */
  fourthLevelUnit(code: string): FourthLevelUnit;
  /**
   * The fourth-level units of a district or city of regional significance, in code order (possibly none).
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` when the code is unknown or not a district / city of
   *   regional significance.
   */
  unitsOfDistrict(districtCode: string): readonly FourthLevelUnit[];
  /**
   * The places of a fourth-level unit: every place whose `unit4Code` is the unit, the unit's own row left
   * out, in code order (possibly none). From an index built once with the territory, not a scan.
   * @throws {@link FourthLevelError} `UNKNOWN_KATO` when the code is unknown or not a fourth-level unit.
   * @example
   * ```ts
   * kazakhstanTerritory().placesOfUnit("104035000").some((p) => p.nameRu === "с.Бель-Агач"); //=> true
   * ```
   */
  placesOfUnit(unitCode: string): readonly KatoPlace[];
  /** All district budgets (districts and cities of regional significance), in code order. */
  districts(): readonly DistrictBudgetRef[];
  /**
   * Places whose Russian or Kazakh name contains `query`, ignoring case and surrounding spaces, in code
   * order. Names are abbreviated as in the classifier ("с.", "с.о.", "а.о.", "Г.А."…).
   * @throws {@link FourthLevelError} `INVALID_INPUT` for a blank query or one that is not text.
   */
  findByName(query: string): readonly KatoPlace[];
}
