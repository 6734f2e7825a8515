import { parseInput } from "../../input/parse.js";
import type { Law } from "../../law/law.js";
import { rulebookOf } from "../../law/law.js";
import type { Rulebook } from "../../rules/rulebook.js";
import { KZ_EBK_CATEGORIES } from "./ebk-categories.js";
import { KZ_FOURTH_LEVEL_BUDGETS } from "./fourth-level-budgets.js";
import { unknownCodeNote } from "./open-codes.js";
import { MINIMUM_WAGE, MRP_FOR_TAXES } from "./parameters.js";
import { KZ_PLANNING_LAW } from "./planning-law.js";
import { KZ_REVENUE_LISTS } from "./revenue-lists.js";
import { type KazakhstanLawOptions, kazakhstanLawOptionsSchema, revenueRulesOf } from "./revenue-rules.js";
import { KZ_TRANSFER_LAW } from "./transfer-law.js";

const noteOf = (note: string | undefined) => (note === undefined ? {} : { unknownCodeNote: note });

/**
 * Kazakhstan's law as the engine reads it, as one value: when fourth-level budgets began (Law 11.07.2017
 * No 90-VI), the revenue rules and the lists of fourth-level revenues of every edition (BC2008 Art. 52-1,
 * BC2025 Art. 168 p.7 and Art. 27), the transfer law by transfer date (BC2008 to 2024, BC2025 from 2025),
 * the planning law by the year a plan is made (rolling to plans made in 2024, three-year cycles from plans
 * made in 2025), the MRP and the minimum wage, and the numbering of the EBK revenue categories. Every
 * entry cites its source.
 *
 * @param options - See {@link KazakhstanLawOptions} (EBK codes for the lines whose code the law leaves open).
 * @throws {@link FourthLevelError} `INVALID_INPUT` for options that are not `{ openCodes? }`; issue code
 * `INVALID_RULE` at `["openCodes", slug]` when `openCodes` names a line that is not open or gives a code
 * that is not six digits.
 * @category Kazakhstan law
 * @example
 * ```ts
 * const law = kazakhstanLaw();
 * valueOn(law.transfers, "2025-03-10").value.kinds.budget_withdrawal?.citations.up?.article; //=> "79"
 * valueOn(law.planning, "2025-01-01").value.fixedVolumes.article; //=> "79"
 * valueOn(law.planning, "2025-01-01").value.fixedVolumes.paragraph; //=> "2"
 * ```
 */
export function kazakhstanLaw(options: KazakhstanLawOptions = {}): Law {
  const checked = parseInput(kazakhstanLawOptionsSchema, options, "Kazakhstan's law options");
  return {
    name: "Kazakhstan",
    fourthLevelBudgets: KZ_FOURTH_LEVEL_BUDGETS,
    revenueRules: revenueRulesOf(checked),
    revenueLists: KZ_REVENUE_LISTS,
    transfers: KZ_TRANSFER_LAW,
    planning: KZ_PLANNING_LAW,
    parameters: { mrp: MRP_FOR_TAXES, minimumWage: MINIMUM_WAGE },
    ebkCategories: KZ_EBK_CATEGORIES,
    ...noteOf(unknownCodeNote(checked.openCodes ?? {})),
  };
}

/**
 * The rulebook of Kazakhstan, built from {@link kazakhstanLaw}'s revenue rules: every fourth-level revenue
 * line with an established EBK code in every edition (2018 → 2021, 2022 → 2024, 2025, 2026 →), plus the
 * codes known not to be fourth-level revenues (sent to the district or higher budgets), each rule citing
 * act, article, paragraph and edition date.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT`: issue code `INVALID_RULE` at `["openCodes", slug]`
 * when `openCodes` names a line that is not open or gives a code that is not six digits; `SEVERAL_RULES`
 * at the colliding rule when a supplied code collides with another rule.
 * @category Kazakhstan law
 * @example
 * ```ts
 * const book = kazakhstanRulebook({ openCodes: { "fines-imposed-by-akim": "204170" } });
 * ruleFor(book, "104102", "2026-05-01", "individual").citation.article; //=> "27"
 * ruleFor(book, "204170", "2026-05-01", "legal_entity").id; //=> "kz.bc2025.fines-imposed-by-akim"
 * ruleFor(book, "204170", "2021-05-01", "legal_entity").note; //=> "EBK code supplied by the caller (openCodes[\"fines-imposed-by-akim\"])"
 * ```
 */
export function kazakhstanRulebook(options: KazakhstanLawOptions = {}): Rulebook {
  return rulebookOf(kazakhstanLaw(options));
}
