export { BUDGET_LINE_KEYS, type BudgetFigures, type BudgetLineKey, isBudgetLineKey } from "./lines.js";
export {
  type DecisionLine,
  type DecisionProblem,
  type ParseDecisionOptions,
  type ParsedDecision,
  parseDecisionText,
} from "./parse-text.js";
export { type PublishedBudget, readPublishedBudgets } from "./published.js";
