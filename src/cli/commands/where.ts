import { type Command, Option } from "commander";
import { isoDate } from "../../calendar/iso-date.js";
import { formatCitation } from "../../citation/citation.js";
import { type Issue, throwIssues, tryRead } from "../../errors/issue.js";
import { kazakhstanLaw } from "../../jurisdictions/kz/law.js";
import { kazakhstanTerritory } from "../../jurisdictions/kz/territory.js";
import type { KatoPlace } from "../../territory/kato-place.js";
import type { BudgetOwner } from "../../territory/territory.js";
import { jsonOption, print } from "./options.js";

/** One line of `where`: the place and the budget that owns it (`date` when `--date` was given). */
function ownerLine(code: string, place: KatoPlace, owner: BudgetOwner, date: string | undefined): string {
  if (owner.kind === "fourth_level") {
    return `${code} ${place.nameRu}: fourth-level unit ${owner.unit.nameRu} (${owner.unit.code}); district ${owner.district.nameRu} (${owner.district.code}); region ${owner.region.nameRu}`;
  }
  if (owner.unitWithoutOwnBudget !== undefined) {
    return `${code} ${place.nameRu}: in ${owner.unitWithoutOwnBudget.nameRu} (${owner.unitWithoutOwnBudget.code}), which had no budget of its own on ${date}: the district budget ${owner.district?.nameRu ?? ""} (${owner.district?.code ?? ""}) owned it`;
  }
  return `${code} ${place.nameRu}: outside any fourth-level unit (${owner.reason}); district ${owner.district?.nameRu ?? "none"}; region ${owner.region.nameRu}`;
}

/**
 * A `--date` before the first fourth-level budgets (2018-01-01, the first day of the bundled law's rules
 * too): the bundled data — the law from then, the classifier of 2026 — say nothing of earlier dates.
 */
function tooEarly(date: string | undefined): Issue[] {
  const { firstDay, citation } = kazakhstanLaw().fourthLevelBudgets;
  if (date === undefined || date >= firstDay) return [];
  const message = `${date} is before ${firstDay}, when the first fourth-level budgets began (${formatCitation(citation)}): before then no place had one; the bundled law starts then and its classifier is of 2026, so give a date from ${firstDay}`;
  return [{ path: ["--date"], code: "INVALID_DATE", message }];
}

/** Adds `fourth-level where <kato...>`: which unit, district and region budget own each code. */
export function addWhereCommand(program: Command): void {
  const where = program
    .command("where")
    .description("which fourth-level unit, district and region budget own a KATO code")
    .argument("<kato...>", "9-digit KATO codes")
    .addOption(
      new Option("--date <date>", "also apply the units' own-budget-since date on this day (YYYY-MM-DD)"),
    );
  jsonOption(where, "print JSON").action((codes: string[], opts: { date?: string; json?: boolean }) => {
    const territory = kazakhstanTerritory();
    const issues: Issue[] = codes.flatMap(
      (code, i) => tryRead([`argument ${i + 1}`], () => territory.place(code))[1],
    );
    const date = opts.date === undefined ? undefined : isoDate(opts.date, "--date");
    throwIssues("where", [...issues, ...tooEarly(date)]);
    const owners = codes.map((code) => ({
      code,
      place: territory.place(code),
      owner: date === undefined ? territory.owner(code) : territory.budgetOwnerOn(code, date),
    }));
    print(opts.json === true, owners, () =>
      owners.map(({ code, place, owner }) => ownerLine(code, place, owner, opts.date)).join("\n"),
    );
  });
}
