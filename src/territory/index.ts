/**
 * The territory: Kazakhstan's budget levels and the KATO classifier's places, with the fourth-level,
 * district and regional budget that owns each place.
 *
 * @module
 */
export { KATO_CSV_COLUMNS, katoPlacesFromCsv } from "./kato-csv.js";
export {
  type DistrictType,
  type FourthLevelUnitType,
  isKatoCodeShaped,
  KATO_PLACE_TYPES,
  type KatoClassifierLevel,
  type KatoPlace,
  type KatoPlaceType,
  type RegionType,
} from "./kato-place.js";
export {
  ALL_UNITS_OWN_BUDGET_SINCE,
  type BudgetLevel,
  type BudgetOwner,
  type BudgetRef,
  createTerritory,
  type DistrictBudgetRef,
  FIRST_UNITS_OWN_BUDGET_SINCE,
  type FourthLevelBudgetRef,
  type FourthLevelOwner,
  type FourthLevelUnit,
  kazakhstanTerritory,
  type OutsideFourthLevelOwner,
  type OwnBudgetSinceSource,
  REPUBLICAN_BUDGET,
  type Territory,
  type TerritoryOptions,
} from "./territory.js";
