// The law of Kazakhstan as the library reads it (revenue rules and editions, territory, planning and transfer
// law, tax calculators and their law, the decision reader, ready reforms, worker records): re-exported by the main entry.
export { ACTS, type ActReading, cite, READINGS } from "./jurisdictions/kz/acts.js";
export { applyAmendment } from "./jurisdictions/kz/decisions/amendment.js";
export {
  type AppliedAmendment,
  type DecisionBlock,
  type DecisionLine,
  type DecisionProblem,
  type ParseDecisionOptions,
  type ParsedDecision,
  parseDecisionText,
} from "./jurisdictions/kz/decisions/parse-text.js";
export { type PublishedBudget, readPublishedBudgets } from "./jurisdictions/kz/decisions/published.js";
export type { DecisionReference } from "./jurisdictions/kz/decisions/references.js";
export { KZ_EBK_CATEGORIES } from "./jurisdictions/kz/ebk-categories.js";
export {
  BC2008_TO,
  BC2025_FROM,
  BUDGET_CODES,
  type BudgetCodeId,
  TAX_CODES,
  type TaxCodeId,
} from "./jurisdictions/kz/editions.js";
export { findUnits } from "./jurisdictions/kz/find-units.js";
export { KZ_FOURTH_LEVEL_BUDGETS } from "./jurisdictions/kz/fourth-level-budgets.js";
export { kazakhstanLaw, kazakhstanRulebook } from "./jurisdictions/kz/law.js";
export { MINIMUM_WAGE, MRP_FOR_TAXES, mrpForBenefits } from "./jurisdictions/kz/parameters.js";
export { kazakhstanPlaceSpelling } from "./jurisdictions/kz/place-spelling.js";
export { KZ_PLANNING_LAW } from "./jurisdictions/kz/planning-law.js";
export {
  moveRevenueLineReform,
  propertyTaxReform,
  transferFormulaReform,
  withdrawalCapReform,
  workplaceIitReform,
  workplaceIitTransferReform,
} from "./jurisdictions/kz/reforms/catalogue.js";
export {
  type Assessment,
  type RevenueOptions,
  type RevenueResult,
  revenueFromRegistry,
} from "./jurisdictions/kz/revenue/chain.js";
export { type DueDateTax, dueDate } from "./jurisdictions/kz/revenue/due-date.js";
export { readRegistry } from "./jurisdictions/kz/revenue/read-registry.js";
export {
  type Registry,
  type RegistryInput,
  registrySchema,
} from "./jurisdictions/kz/revenue/registry-schema.js";
export {
  readVehicleRegistryCsv,
  VEHICLE_CSV_COLUMNS,
} from "./jurisdictions/kz/revenue/vehicle-registry-csv.js";
export {
  type EditionCodes,
  type EditionId,
  FOURTH_LEVEL_REVENUE_LINES,
  type FourthLevelRevenueLine,
} from "./jurisdictions/kz/revenue-lines.js";
export {
  KZ_REVENUE_LISTS,
  REVENUE_LIST_EDITIONS,
  transfersCitationOn,
} from "./jurisdictions/kz/revenue-lists.js";
export { type KazakhstanLawOptions, kazakhstanRevenueRules } from "./jurisdictions/kz/revenue-rules.js";
export { advertisingFee } from "./jurisdictions/kz/taxes/advertising/advertising-fee.js";
export type {
  AdvertisingFeeInput,
  AdvertisingLocation,
  CallerAdvertisingRates,
} from "./jurisdictions/kz/taxes/advertising/advertising-input.js";
export type {
  AdvertisingFeeLaw,
  LawForAdvertisingFee,
} from "./jurisdictions/kz/taxes/advertising/advertising-law.js";
export {
  AD_OBJECT_TYPES,
  ADVERTISING_COLUMN_C,
  ADVERTISING_ROAD_RATES,
  type AdjustmentLimits,
  type AdObjectType,
  type AdvertisingBand,
  type AdvertisingColumn,
  type AdvertisingColumnRates,
  COLUMN_C_2026,
  COLUMN_C_ADJUSTMENT_LIMITS,
  ROAD_CATEGORIES,
  type RoadCategory,
  type RoadRates,
  WITHOUT_NOTIFICATION_MULTIPLIER,
} from "./jurisdictions/kz/taxes/advertising/rates.js";
export { iitBandEdge } from "./jurisdictions/kz/taxes/iit/band-edge.js";
export { basicDeductionForMonth } from "./jurisdictions/kz/taxes/iit/basic-deduction.js";
export type {
  IitDeduction,
  IitIncome,
  SelfAssessedIitInput,
} from "./jurisdictions/kz/taxes/iit/iit-input.js";
export type { IitLaw, LawForIit } from "./jurisdictions/kz/taxes/iit/iit-law.js";
export {
  type BasicDeduction,
  IE_GENERAL_REGIME_2026_AS_PUBLISHED,
  IIT_BASIC_DEDUCTION,
  IIT_PAYER_KINDS,
  IIT_SELF_ASSESSED_RATES,
  type IitBand,
  type IitPayerKind,
  type IitRatesOfYear,
  type IitSchedule,
  type IitScheduleGap,
  isIitSchedule,
} from "./jurisdictions/kz/taxes/iit/rates.js";
export { selfAssessedIit } from "./jurisdictions/kz/taxes/iit/self-assessed-iit.js";
export type {
  AgriculturalPlot,
  LandRateKey,
  LandTaxInput,
  LandTaxPlot,
  PlaceSettlementPlot,
  SettlementCategory,
  SettlementPlot,
  TownCategory,
  TownRate,
  TownSettlementPlot,
} from "./jurisdictions/kz/taxes/land/land-input.js";
export type {
  LandTaxLaw,
  LawForLandTax,
  SingleLandTaxRule,
  UnusedMultipliers,
} from "./jurisdictions/kz/taxes/land/land-law.js";
export { landTax } from "./jurisdictions/kz/taxes/land/land-tax.js";
export { landTaxMonths } from "./jurisdictions/kz/taxes/land/land-tax-months.js";
export { type LandUsePaymentInput, landUsePayment } from "./jurisdictions/kz/taxes/land/land-use-payment.js";
export {
  AGRICULTURAL_RATES,
  AGRICULTURAL_ZONES,
  type AgriculturalTable,
  type AgriculturalZone,
  NAMED_CITIES,
  type NamedCity,
  type RegionRow,
  type RowValue,
  SETTLEMENT_RATES_2020,
  SETTLEMENT_RATES_2026,
  type SettlementRow,
  type SettlementRowKey,
  type SettlementTable,
  SINGLE_LAND_TAX,
} from "./jurisdictions/kz/taxes/land/rates.js";
export { type SingleLandTaxInput, singleLandTax } from "./jurisdictions/kz/taxes/land/single-land-tax.js";
export { applyTaxReforms } from "./jurisdictions/kz/taxes/law/apply-tax-reforms.js";
export { KAZAKHSTAN_RATE_TABLES } from "./jurisdictions/kz/taxes/law/rate-tables.js";
export { KAZAKHSTAN_TAX_LAW, type TaxLaw, taxLawSchema } from "./jurisdictions/kz/taxes/law/tax-law.js";
export type { TaxLawBasics } from "./jurisdictions/kz/taxes/law-basics.js";
export { ownershipMonths } from "./jurisdictions/kz/taxes/months.js";
export {
  ADJACENT_PLOT_RATES_2026,
  type AdjacentPlot,
  type AdjacentPlotSettlement,
  HOUSEHOLD_PLOT_RATES_2026,
  HOUSING_LAND_CATEGORIES,
  HOUSING_LAND_RATES_2026,
  type HouseholdPlot,
  type HousingLand,
  type HousingLandCategory,
  type LandPlot,
} from "./jurisdictions/kz/taxes/property/land.js";
export type {
  CallerRateTable,
  PropertyObject,
  PropertyTaxBenefit,
  PropertyTaxInput,
  PropertyTaxRowInput,
} from "./jurisdictions/kz/taxes/property/property-input.js";
export {
  type AggregateRule,
  type CoefficientRange,
  FIRST_PROPERTY_TAX_YEAR,
  LAST_PROPERTY_TAX_YEAR,
  type LawForPropertyTax,
  type NamedBenefit,
  type NamedPropertyTaxBenefit,
  type PropertyLandRates,
  type PropertyTaxLaw,
} from "./jurisdictions/kz/taxes/property/property-law.js";
export {
  type LandPlotResult,
  PROPERTY_TAX_EBK,
  type PropertyObjectTax,
  type PropertyTaxResult,
  propertyTax,
} from "./jurisdictions/kz/taxes/property/property-tax.js";
export {
  AGGREGATE_FIXED_2026,
  AGGREGATE_THRESHOLD_2026,
  PROPERTY_TAX_SCALE_2017,
  PROPERTY_TAX_SCALE_2026,
  type PropertyTaxRow,
  type PropertyTaxScale,
  READ_SCALE_LIMIT_2017,
} from "./jurisdictions/kz/taxes/property/scale.js";
export { roundTax, tiynRoundingBefore } from "./jurisdictions/kz/taxes/round-tax.js";
export { TAX_ROUNDING, type TaxRoundingRule } from "./jurisdictions/kz/taxes/rounding.js";
export { type TaxCodeEdition, taxCodeOf } from "./jurisdictions/kz/taxes/tax-code.js";
export type { TaxResult, TaxStep } from "./jurisdictions/kz/taxes/tax-result.js";
export {
  AGE_COEFFICIENTS_2026,
  type AgeCoefficient,
  type RateBand,
  type RateScale,
  SURCHARGE_PER_CC_KZT,
  VEHICLE_SCALE_KEYS,
  VEHICLE_SCALES,
  type VehicleScaleKey,
  type VehicleScales,
} from "./jurisdictions/kz/taxes/vehicle/rates.js";
export type {
  Vehicle,
  VehicleExemption,
  VehicleTaxInput,
} from "./jurisdictions/kz/taxes/vehicle/vehicle-input.js";
export type { LawForVehicleTax, VehicleTaxLaw } from "./jurisdictions/kz/taxes/vehicle/vehicle-law.js";
export { vehicleTax } from "./jurisdictions/kz/taxes/vehicle/vehicle-tax.js";
export { kazakhstanTerritory } from "./jurisdictions/kz/territory.js";
export { KZ_TRANSFER_LAW } from "./jurisdictions/kz/transfer-law.js";
export {
  type PublishedFigure,
  WORKER_ASSUMPTIONS,
  WORKER_CALIBRATION_FIGURES,
  type WorkerAssumptions,
} from "./jurisdictions/kz/workers/calibration.js";
export {
  type GeneratedWorkers,
  type GenerateWorkersOptions,
  generateWorkers,
} from "./jurisdictions/kz/workers/generate-workers.js";
export { readWorkersCsv, readWorkersJson } from "./jurisdictions/kz/workers/read-workers.js";
export {
  WORKER_CSV_COLUMNS,
  type WorkerRecord,
  type WorkerRecords,
} from "./jurisdictions/kz/workers/records.js";
export type { WorkerTargets } from "./jurisdictions/kz/workers/targets.js";
export { withheldIit } from "./jurisdictions/kz/workers/withheld-iit.js";
export { type WorkerReceiptsOptions, workerReceipts } from "./jurisdictions/kz/workers/worker-receipts.js";
