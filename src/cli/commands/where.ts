import { type Command, Option } from "commander";
import { type Issue, throwIssues, tryRead } from "../../errors/issue.js";
import { kazakhstanLaw } from "../../jurisdictions/kz/law.js";
import { kazakhstanTerritory } from "../../jurisdictions/kz/territory.js";
import type { KatoPlace } from "../../territory/kato-place.js";
import { ownerDate } from "../../territory/owner-date.js";
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
    const dates = kazakhstanLaw().fourthLevelBudgets;
    const [date, dateIssues] =
      opts.date === undefined ? [undefined, []] : tryRead(["--date"], () => ownerDate(opts.date, dates));
    throwIssues("where", [...issues, ...dateIssues]);
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
