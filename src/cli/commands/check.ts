import type { Command } from "commander";
import { parseDecisionText } from "../../jurisdictions/kz/decisions/parse-text.js";
import { readPublishedBudgets } from "../../jurisdictions/kz/decisions/published.js";
import { FourthLevelError } from "../../errors/error.js";
import { readTextFile } from "../../files/read-text-file.js";
import { parseJsonText } from "../../input/json.js";
import { checkParsedDecision, checkPublishedBudget, type DecisionCheckJson } from "../../report/check.js";
import { formatDecisionChecks } from "../../report/text.js";
import { EXIT_BAD_INPUT, jsonOption, print } from "./options.js";

function checkFile(file: string): DecisionCheckJson[] {
  const text = readTextFile(file);
  if (file.toLowerCase().endsWith(".json")) {
    const data = parseJsonText(text, file);
    return readPublishedBudgets(Array.isArray(data) ? data : [data], file).flatMap((b) =>
      checkPublishedBudget(file, b),
    );
  }
  return [checkParsedDecision(file, parseDecisionText(text, { file }))];
}

/** Adds `fourth-level check <files...>`: the budget identities of published decisions. */
export function addCheckCommand(program: Command): void {
  const check = program
    .command("check")
    .description(
      "read published budget decisions (.txt in Russian or Kazakh, or .json as published-budgets.json) and check the budget identities",
    )
    .argument("<files...>", "decision files");
  jsonOption(
    check,
    "print an array of { file, unit, year, figures, checks, problems, notes, truncated } (money as thousand-KZT decimal strings)",
  ).action((files: string[], opts: { json?: boolean }) => {
    const results: DecisionCheckJson[] = [];
    const failures: string[] = [];
    for (const file of files) {
      try {
        const read = checkFile(file);
        if (read.length === 0) failures.push(`${file}: holds no decision`);
        results.push(...read);
      } catch (e) {
        if (!(e instanceof FourthLevelError)) throw e;
        failures.push(e.message.startsWith(file) ? e.message : `${file}: ${e.message}`);
      }
    }
    print(opts.json === true, results, () => formatDecisionChecks(results));
    if (failures.length > 0) {
      process.stderr.write(`error: could not read ${failures.length} file(s):\n${failures.join("\n")}\n`);
      process.exitCode = EXIT_BAD_INPUT;
    }
  });
}
