/**
 * fourth-level-budget: Kazakhstan's fourth-level budgets (cities of district significance, villages,
 * settlements, rural districts) — exact money, dated rules with legal citations, attribution of tax
 * receipts to budgets in one ledger, budget statements and consolidation, published maslikhat decisions
 * read and checked, scenario files. This entry runs anywhere (browsers too); reading files from disk and
 * terminal tables are in `fourth-level-budget/node`.
 *
 * @packageDocumentation
 * @module fourth-level-budget
 */
export {
  type AttributeOptions,
  type AttributionResult,
  attribute,
  postingFor,
  type UnattributedReceipt,
} from "./attribution/attribute.js";
export { type AttributeCsvOptions, attributeReceiptsCsv } from "./attribution/csv/attribute-csv.js";
export type { Receipt } from "./attribution/receipt.js";
export {
  RECEIPT_CSV_COLUMNS,
  type ReadReceiptsOptions,
  readReceiptsCsv,
  readReceiptsJson,
  receiptJsonSchema,
} from "./attribution/receipts-input.js";
export {
  type AttributionSql,
  type AttributionSqlOptions,
  attributionSql,
} from "./attribution/sql/attribution-sql.js";
export { attributeTotals } from "./attribution/totals/attribute-totals.js";
export {
  type AttributionNote,
  type AttributionTotalRow,
  type AttributionTotals,
  attributionTotalsOf,
  totalsByAccountAndCode,
} from "./attribution/totals/totals.js";
export {
  type ConsolidationInput,
  consolidateDistrict,
  type DistrictConsolidation,
  type LineSum,
} from "./budget/consolidation.js";
export {
  checkIdentities,
  checkIdentity,
  IDENTITY_NAMES,
  type IdentityCheck,
  type IdentityName,
  identityValue,
} from "./budget/identities.js";
export {
  BUDGET_LINE_KEYS,
  type BudgetFigures,
  type BudgetLineKey,
  isBudgetLineKey,
} from "./budget/lines.js";
export {
  type BudgetStatement,
  buildStatement,
  LINE_OF_CATEGORY,
  type LineSource,
  OWN_REVENUE_LINES,
  type SelfSufficiency,
  type StatementInput,
  type StatementLine,
  selfSufficiency,
} from "./budget/statement.js";
export {
  type DatedSeries,
  type DatedValue,
  datedSeries,
  valueOn,
  valueOnFirstJanuary,
} from "./calendar/dated.js";
export {
  addDays,
  addMonths,
  addYears,
  firstJanuary,
  fiscalYearOf,
  type IsoDate,
  isIsoDate,
  isoDate,
  lastDecember,
  nextDay,
  previousDay,
} from "./calendar/iso-date.js";
export {
  type Calibration,
  type CalibrationOptions,
  type CalibrationPoint,
  calibrateScenario,
} from "./calibrate/calibrate.js";
export { calibrationOptionsSchema } from "./calibrate/options.js";
export { type CalibrationTarget, calibrationTargetSchema } from "./calibrate/target.js";
export { assertCitation, type Citation, formatCitation } from "./citation/citation.js";
export {
  categoryOfEbk,
  type EbkCategoryNumbering,
  type EbkNumberingLaw,
  type RevenueCategory,
  revenueCategoryNumber,
} from "./classification/category.js";
export {
  type BudgetEffect,
  type CompareOptions,
  type ComparisonRow,
  type ComparisonView,
  compareResults,
  type ScenarioComparison,
} from "./compare/compare.js";
export { compareScenario, NO_REFORMS } from "./compare/compare-scenario.js";
export { comparisonToJson } from "./compare/comparison-json.js";
export {
  type DecomposedEffect,
  decomposeReforms,
  MAX_DECOMPOSED_REFORMS,
  type ReformDecomposition,
} from "./compare/decompose.js";
export { decompositionToJson } from "./compare/decomposition-json.js";
export type { UnitEffect } from "./compare/unit-effects.js";
export {
  type ErrorCode,
  FourthLevelError,
} from "./errors/error.js";
export {
  atPath,
  formatPath,
  type Issue,
  type IssuePath,
  issuesOf,
  throwIssues,
  tryRead,
} from "./errors/issue.js";
export type { EbkCode, KatoCode } from "./input/codes.js";
export { parseJsonText } from "./input/json.js";
export type { ParsedRateSchedule } from "./input/rate.js";
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
export {
  type CostExclusions,
  type FormulaTerms,
  type Law,
  type LawParameters,
  type MinimumFundingRule,
  type OverPlanRevenueRule,
  type PlanningLaw,
  planningLawOf,
  type ReplanRegime,
  type RevenueList,
  type RevenueListLine,
  rulebookOf,
} from "./law/law.js";
export {
  type CashGapTerm,
  type ReturnDeadline,
  type RevenueShareTransfer,
  TRANSFER_KINDS,
  type TransferDirection,
  type TransferKind,
  type TransferLaw,
  type TransferRule,
  type WithdrawalCap,
} from "./law/transfer-law.js";
export {
  type Account,
  type AccountBalance,
  accountId,
  accountLabel,
  type BudgetCodeTotal,
  balances,
  type Posting,
  totalsByBudgetAndCode,
} from "./ledger/ledger.js";
export { type DecimalInput, ROUNDING_MODES, type RoundingMode } from "./money/decimal.js";
export { Money, percentOf } from "./money/money.js";
export { applyReforms } from "./reform/apply.js";
export { inverseReform, type TaxLawWithTables } from "./reform/inverse.js";
export type { RateTable, RateTables } from "./reform/rate-tables.js";
export {
  type ParsedReform,
  type Reform,
  type ReformChange,
  reformSchema,
  reformsSchema,
} from "./reform/reform-schema.js";
export {
  type AmendmentJson,
  type CheckJson,
  checkDecisionTexts,
  checkParsedDecision,
  checkPublishedBudget,
  DECISION_IDENTITIES,
  type DecisionCheckJson,
  figuresToJson,
} from "./report/check.js";
export { explain } from "./report/explain/explain.js";
export {
  EXPLAIN_LINES,
  type ExplainLine,
  type ExplainRequest,
  type Explanation,
  type ExplanationHow,
  type ExplanationSource,
  type ExplanationUnit,
} from "./report/explain/explanation.js";
export { formatExplanation } from "./report/explain/format.js";
export {
  EXPORT_TABLES,
  type ExportField,
  type ExportTable,
  runExportTables,
} from "./report/export-tables.js";
export { attributionToJson, scenarioResultToJson } from "./report/json.js";
export {
  type DependentUnit,
  OVERVIEW_LINES,
  type OverviewGroup,
  type OverviewTotals,
  type ScenarioOverview,
  type SelfSufficiencySpread,
  scenarioOverview,
} from "./report/overview.js";
export type { OverviewPlanYear } from "./report/overview-plan.js";
export {
  type PlanComparisonTableRow,
  type PlanRow,
  type PlanRowSource,
  type PlanTables,
  planTables,
} from "./report/plan.js";
export { type RunSummary, runSummary } from "./report/summary.js";
export { attributionTotalsToJson } from "./report/totals-json.js";
export {
  ATTRIBUTION_KEYS,
  type AttributionKey,
  PAYER_KINDS,
  type PayerKind,
  type Recipient,
  type RevenueRule,
  type RuleShare,
} from "./rules/rule.js";
export { createRulebook, type Rulebook, ruleFor } from "./rules/rulebook.js";
export type { ScenarioAssumptions, UnitYearRates } from "./scenario/assumptions.js";
export { resolveScenario } from "./scenario/load.js";
export type {
  DistrictPlanResult,
  ScenarioDistrictPlan,
  ScenarioPlan,
} from "./scenario/plan-types.js";
export { type DistrictResult, runScenario, type ScenarioResult, type UnitResult } from "./scenario/run.js";
export {
  PLAN_REVENUE_LINES,
  type ScenarioFile,
  scenarioJsonSchema,
  scenarioSchema,
} from "./scenario/schema.js";
export type {
  DecisionHeading,
  ReadScenarioFile,
  ResolveScenarioOptions,
  Scenario,
  ScenarioDistrict,
  ScenarioFileText,
  ScenarioUnit,
} from "./scenario/types.js";
export type { MatchHow, NameMatch, PlaceHit, PlaceSearch } from "./territory/find/place-hit.js";
export type { FindUnitsOptions } from "./territory/find/search-places.js";
export type { KindWord, PlaceSpelling, TextForms } from "./territory/find/spelling.js";
export { KATO_CSV_COLUMNS, katoPlacesFromCsv } from "./territory/kato-csv.js";
export {
  type DistrictType,
  FOURTH_LEVEL_UNIT_TYPES,
  type FourthLevelUnitType,
  isFourthLevelUnitType,
  isKatoCodeShaped,
  KATO_PLACE_TYPES,
  type KatoClassifierLevel,
  type KatoCodeField,
  type KatoPlace,
  type KatoPlaceInput,
  type KatoPlaceType,
  type RegionType,
} from "./territory/kato-place.js";
export {
  type BudgetLevel,
  type BudgetOwner,
  type BudgetRef,
  createTerritory,
  type DistrictBudgetRef,
  type FourthLevelBudgetDates,
  type FourthLevelBudgetRef,
  type FourthLevelOwner,
  type FourthLevelUnit,
  type NamedPlace,
  type OutsideFourthLevelOwner,
  type OwnBudgetSinceSource,
  REPUBLICAN_BUDGET,
  type RegionBudgetRef,
  type Territory,
  type TerritoryLaw,
  type TerritoryOptions,
} from "./territory/territory.js";
export { type DistrictUnit, type DistrictUnits, unitsOfDistrict } from "./territory/units-of-district.js";
export {
  compareEqualisation,
  type EqualisationComparison,
  type UnitComparison,
} from "./transfers/equalisation/compare.js";
export { equalise } from "./transfers/equalisation/equalise.js";
export type { GeneralTransfer, GeneralTransferKind } from "./transfers/equalisation/general-transfer.js";
export { generalTransfer, generalTransferCitation } from "./transfers/equalisation/general-transfer.js";
export type {
  ChangeLimit,
  Equalisation,
  EqualisationBound,
  EqualisationConstraints,
  EqualisationMethod,
  EqualisationUnit,
  GapFillingMethod,
  SurplusTreatment,
  UnitTransfer,
  WeightsMethod,
} from "./transfers/equalisation/types.js";
export type { BindingBound } from "./transfers/equalisation/water-fill.js";
export {
  type CapitalCostDirection,
  type Consumers,
  type CostByDirectionInput,
  type CostDirection,
  type CostForecast,
  type CostForecastInput,
  type CostGrowthInput,
  type CostYear,
  type CurrentCostDirection,
  type DirectionCost,
  forecastCosts,
} from "./transfers/forecast/costs.js";
export {
  type MrpIndexation,
  type MrpPathInput,
  type MrpYear,
  mrpPath,
} from "./transfers/forecast/mrp-path.js";
export {
  FIRST_FORECAST_YEAR,
  LAST_FORECAST_YEAR,
  type Rate,
  type RateSchedule,
} from "./transfers/forecast/rates.js";
export {
  forecastRevenueLines,
  type RevenueBase,
  type RevenueGrowth,
  type RevenueYear,
} from "./transfers/forecast/revenue-lines.js";
export {
  comparePlans,
  type PlanComparison,
  type PlanComparisonRow,
  type PlanComparisonYear,
} from "./transfers/plan/compare-plans.js";
export {
  type BaseAmounts,
  type DistrictPlan,
  type DistrictPlanInput,
  type DistrictYearPlan,
  MRP_GROWTH,
  netTransfer,
  type PlanFixedVolume,
  type PlanLaw,
  type PlanMinimumFunding,
  type PlanMrpInput,
  type PlannedTransfer,
  type PlannedTransferSource,
  type PlanRevenueGrowth,
  type PlanUnitInput,
  planDistrict,
  planMadeIn,
  type UnitPlan,
  type UnitYearPlan,
} from "./transfers/plan/district-plan.js";
export {
  applyRevenueList,
  type ExcludedRevenueLine,
  type ListsLaw,
  type RevenueListInForce,
  revenueListInForce,
} from "./transfers/plan/revenue-list.js";
export { returnDeadline } from "./transfers/postings/return-deadline.js";
export type {
  DistrictAccount,
  TransferFields,
  TransferInput,
  TransfersLaw,
  UnitAccount,
} from "./transfers/postings/transfer-input.js";
export {
  type PlannedGeneralTransfer,
  plannedGeneralTransfers,
  transferPosting,
  transferPostings,
} from "./transfers/postings/transfer-postings.js";
export {
  type ReplanCycle,
  type ReplanInput,
  type ReplanResult,
  type ReplanWindow,
  replanDistrict,
  replanWindow,
  type ScheduledUnit,
  type ScheduledYear,
  type ScheduleStatus,
  type TransferSchedule,
  type TransferScheduleUnit,
  type TransferScheduleYear,
} from "./transfers/replan/replan.js";
