// Planning and re-planning of general transfers, equalisation, transfer postings: re-exported by the main entry.
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
