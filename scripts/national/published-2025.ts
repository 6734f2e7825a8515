import { readFileSync } from "node:fs";
import { type BudgetFigures, parseDecisionText } from "../../src/index.js";

/*
 * The fourth-level budgets of 2025 the project has as published decisions (data/decisions/, each text with
 * its source address): a national year keeps their figures as read from the text. The KATO code of each
 * was found with `fourth-level find` by the unit's name and district in the decision; Актогай (Karaganda)
 * is budgeted as "село Актогай", a village the classifier holds as Актогайский с.о. (353630000), its seat.
 * Where a unit has an amendment, the amendment is the budget in force. Not used: Taskala's 2025 decisions
 * (the aggregate of its 27 rural districts, not one unit's budget) and Кокалажарский с.о.'s 2025 decision
 * (kz-nko-gmusrepov-kokalazhar-2025.txt), whose published text is cut before its transfers and
 * expenditures, which a statement's self-sufficiency and the plan need: that unit is generated.
 */

/** KATO code → the decision text (in data/decisions/) of the unit's 2025 budget. */
export const PUBLISHED_2025: Readonly<Record<string, string>> = {
  "195220000": "kz-almaty-karasay-kaskelen-2025-amend.txt",
  "634033000": "kz-eko-glubokoe-altaisky-2025-amend.txt",
  "353220000": "kz-karaganda-abai-city-2025-amend.txt",
  "353630000": "kz-karaganda-aktogay-aktogay-village-2025.txt",
  "395231000": "kz-kostanay-karasu-aidarly-2025.txt",
  "613633000": "kz-turkestan-baidibek-agybet-2025.txt",
  "274839000": "kz-wko-kaztalov-bostandyk-2025.txt",
  "333233000": "kz-zhetysu-aksudistr-aksu-2025-amend.txt",
  "331039000": "kz-zhetysu-taldykorgan-erkin-2025.txt",
};

/** The published 2025 figures, read from the decision texts under `decisions` (a folder URL), by KATO code. */
export function publishedBudgets2025(decisions: URL): Map<string, BudgetFigures> {
  return new Map(
    Object.entries(PUBLISHED_2025).map(([code, file]) => {
      return [code, parseDecisionText(readFileSync(new URL(file, decisions), "utf8")).figures];
    }),
  );
}
