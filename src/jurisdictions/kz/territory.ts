import type { Territory, TerritoryLaw, TerritoryOptions } from "../../territory/territory.js";
import { bundledTerritory } from "../../territory/territory.js";
import { KZ_FOURTH_LEVEL_BUDGETS } from "./fourth-level-budgets.js";

const KZ_TERRITORY_LAW: TerritoryLaw = { fourthLevelBudgets: KZ_FOURTH_LEVEL_BUDGETS };

/**
 * Kazakhstan's territory from the bundled KATO classifier (НК РК 11-2025 as updated 17 Jul 2026, Bureau
 * of National Statistics, stat.gov.kz, via the MIT-licensed compilation siaarzh/kz-tax-rates): 15,594
 * places, 2,335 fourth-level units (2,108 rural districts, 108 village administrations, 71 settlement
 * administrations, 48 cities of district significance), under Kazakhstan's law of fourth-level budgets
 * (from 1 Jan 2018 for units over 2,000 people, from 1 Jan 2020 for all: every unit's default
 * `ownBudgetSince` is 2020-01-01). The classifier is taken as the territory; its counts differ from the
 * Bureau's 2026 statistics (see data/kato/SOURCE.md). The first call decodes and validates the bundled data
 * (a few hundred milliseconds) and keeps it for the process; later calls only build the 2,335 units with
 * their `ownBudgetSince`.
 *
 * @param options - See {@link TerritoryOptions}.
 * @param law - When the units got budgets of their own; default Kazakhstan's (`kazakhstanLaw()`), e.g. a
 * reform's law instead.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every bad `ownBudgetSince` entry at
 * `["options", "ownBudgetSince", code]`: issue code `UNKNOWN_KATO` for a code that is not a fourth-level
 * unit, `INVALID_DATE` for a date that is not real or not from 2018-01-01 to 2020-01-01; or a law without
 * `fourthLevelBudgets`.
 * @category Territory
 * @example
 * ```ts
 * import { kazakhstanTerritory } from "fourth-level-budget";
 * const kz = kazakhstanTerritory({ ownBudgetSince: { "104035000": "2018-01-01" } });
 * const owner = kz.owner("104035100"); // с.Бель-Агач
 * const names = owner.kind === "fourth_level" ? [owner.unit.nameRu, owner.district.nameRu] : [];
 * names; //=> ["Бель-Агачский с.о.", "Бородулихинский район"]
 * kz.budgetOwnerOn("104035100", "2018-01-01").kind; //=> "fourth_level"
 * kz.budgetOwnerOn("104035100", "2017-12-31"); //=> throws INVALID_DATE
 * ```
 */
export function kazakhstanTerritory(
  options: TerritoryOptions = {},
  law: TerritoryLaw = KZ_TERRITORY_LAW,
): Territory {
  return bundledTerritory(law, options);
}
