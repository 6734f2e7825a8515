import type { FourthLevelBudgetDates } from "../../territory/budgets.js";
import { ACTS, READINGS } from "./acts.js";

/**
 * When Kazakhstan's fourth-level units got budgets of their own: from 1 Jan 2018 the units with over 2,000
 * people, from 1 Jan 2020 all units, under the Law of 11 Jul 2017 No 90-VI, whose entry into force the note
 * to BC2008 Art. 35 p.1(1-1) states (ed. 2024-01-01): «для городов районного значения, сел, поселков,
 * сельских округов с численностью населения более двух тысяч человек с 01.01.2018 и … две тысячи и менее
 * человек с 01.01.2020». Which units had a budget before 2020 is a unit
 * attribute (`ownBudgetSince` of a territory), not part of the law.
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * KZ_FOURTH_LEVEL_BUDGETS.firstDay; //=> "2018-01-01"
 * KZ_FOURTH_LEVEL_BUDGETS.allUnitsFrom; //=> "2020-01-01"
 * ```
 */
export const KZ_FOURTH_LEVEL_BUDGETS: FourthLevelBudgetDates = {
  firstDay: "2018-01-01",
  allUnitsFrom: "2020-01-01",
  citation: {
    act: ACTS.bc2008,
    article: "35",
    paragraph: `1(1-1) (note on the entry into force of ${ACTS.law90VI})`,
    versionDate: READINGS.bc2008.versionDate,
  },
};
