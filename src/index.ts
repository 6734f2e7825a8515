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
export { compareScenario } from "./compare/compare-scenario.js";
export { comparisonToJson } from "./compare/comparison-json.js";
export {
  type DecomposedEffect,
  decomposeReforms,
  MAX_DECOMPOSED_REFORMS,
  type ReformDecomposition,
} from "./compare/decompose.js";
export { decompositionToJson } from "./compare/decomposition-json.js";
export { NO_REFORMS } from "./compare/scenario-comparer.js";
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
export * from "./kazakhstan.js";
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
export type { RateCeiling, RateTable, RateTables } from "./reform/rate-tables.js";
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
export type { PlanningLawUsed, PlanningTermAmounts, UnitPlanningTerms } from "./scenario/planning-terms.js";
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
export * from "./transfers-exports.js";
