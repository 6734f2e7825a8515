/**
 * fourth-level-budget: Kazakhstan's fourth-level budgets (cities of district significance, villages,
 * settlements, rural districts) — exact money, dated rules with legal citations, attribution of tax
 * receipts, budget statements and published maslikhat decisions.
 *
 * @packageDocumentation
 */

export {
  type DatedSeries,
  type DatedValue,
  datedSeries,
  valueOn,
  valueOnFirstJanuary,
} from "./calendar/dated.js";
export {
  firstJanuary,
  fiscalYearOf,
  type IsoDate,
  isIsoDate,
  isoDate,
  lastDecember,
  nextDay,
  previousDay,
} from "./calendar/iso-date.js";
export { assertCitation, type Citation, formatCitation } from "./citation/citation.js";
export { type ErrorCode, FourthLevelError, type InputIssue, throwIfIssues } from "./errors/error.js";
export { type DecimalInput, ROUNDING_MODES, type RoundingMode } from "./money/decimal.js";
export { Money, percentOf } from "./money/money.js";
