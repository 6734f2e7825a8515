import { kazakhstanTerritory, type Territory } from "../../src/index.js";
import { type NationalBudget, nationalBudgets } from "./budgets.js";
import { publishedBudgets2025 } from "./published-2025.js";
import { nationalUnits } from "./units.js";

/** The synthetic national year of a seed: the bundled territory and every unit's budget. */
export function nationalYear(seed: number): { territory: Territory; budgets: NationalBudget[] } {
  const territory = kazakhstanTerritory();
  const published = publishedBudgets2025(new URL("../../data/decisions/", import.meta.url));
  return { territory, budgets: nationalBudgets(nationalUnits(territory), published, seed) };
}
