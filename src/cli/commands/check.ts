import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { FourthLevelError } from "../../errors/error.js";
import { throwIssues, tryRead } from "../../errors/issue.js";
import { readTextFile } from "../../files/read-text-file.js";
import { parseJsonText } from "../../input/json.js";
import { type ParsedDecision, parseDecisionText } from "../../jurisdictions/kz/decisions/parse-text.js";
import { type PublishedBudget, readPublishedBudgets } from "../../jurisdictions/kz/decisions/published.js";
import { checkDecisionTexts, checkPublishedBudget, type DecisionCheckJson } from "../../report/check.js";
import { formatDecisionChecks } from "../../report/text.js";
import { EXIT_BAD_INPUT, inputPath, jsonOption, print } from "./options.js";

/** A decision text read, or the decisions of a published-budgets JSON already checked. */
type FileRead = { readonly file: string; readonly parsed: ParsedDecision } | DecisionCheckJson[];

/**
 * The decisions of a JSON file: an array of them (as `published-budgets.json`), or one decision object,
 * whose problems are named at its own fields.
 */
function readJsonDecisions(data: unknown, file: string): readonly PublishedBudget[] {
  if (Array.isArray(data)) return readPublishedBudgets(data, file);
  const [one, issues] = tryRead([], () => readPublishedBudgets([data], file));
  throwIssues(
    `${file} (a JSON file holds an array of decisions, as published-budgets.json, or one decision object)`,
    issues.map((issue) => ({ ...issue, path: issue.path.slice(1) })),
  );
  return one ?? [];
}

function readFile(file: string): FileRead {
  const text = readTextFile(inputPath(file));
  if (file.toLowerCase().endsWith(".json")) {
    const data = parseJsonText(text, file);
    return readJsonDecisions(data, file).flatMap((b) => checkPublishedBudget(file, b));
  }
  return { file, parsed: parseDecisionText(text, { file }) };
}

/**
 * The files an argument names: the file itself, or for a folder every decision text (`.txt`) in it by
 * name, each named as the argument names the folder (`data/decisions/x.txt`), so that it works as a glob
 * does in a clone, from an installed package too (a folder the package ships is read by {@link inputPath}).
 */
function filesOf(argument: string): string[] | { failure: string } {
  const path = inputPath(argument);
  const found = statSync(path, { throwIfNoEntry: false });
  if (found === undefined && /[*?]/.test(argument)) {
    return {
      failure: `${argument}: no file matches this pattern here; to check every decision text of a folder, give the folder (e.g. data/decisions, the package's own texts from any folder)`,
    };
  }
  if (!found?.isDirectory()) return [argument];
  const texts = readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith(".txt"))
    .sort();
  if (texts.length === 0) return { failure: `${argument}: the folder holds no decision text (.txt)` };
  return texts.map((name) => join(argument, name));
}

/** The files' decisions checked, texts together so that an amendment given with the decision it amends is applied. */
function checked(read: readonly FileRead[]): DecisionCheckJson[] {
  const texts = read.filter((r): r is { file: string; parsed: ParsedDecision } => !Array.isArray(r));
  const checkedTexts = checkDecisionTexts(texts);
  return read.flatMap((r) => (Array.isArray(r) ? r : (checkedTexts[texts.indexOf(r)] ?? [])));
}

/** The closing line of `check`: decisions checked and their identities counted by status. */
function checkCounts(results: readonly DecisionCheckJson[]): string {
  const statuses = results.flatMap((r) => r.checks.map((c) => c.status));
  const count = (status: string) => statuses.filter((s) => s === status).length;
  return `${results.length} decision(s) checked; identities: ${count("ok")} ok, ${count("mismatch")} mismatch, ${count("not_checkable")} not checkable`;
}

/** Adds `fourth-level check <files...>`: the budget identities of published decisions. */
export function addCheckCommand(program: Command): void {
  const check = program
    .command("check")
    .description(
      "read published budget decisions (.txt in Russian or Kazakh, or .json as published-budgets.json) and check the budget identities",
    )
    .argument("<files...>", "decision files, or folders: every .txt decision text in a folder");
  jsonOption(
    check,
    "print an array of { file, unit, year, figures, checks, problems, notes, truncated, amendment? } (money as thousand-KZT decimal strings)",
  ).action((files: string[], opts: { json?: boolean }) => {
    const read: FileRead[] = [];
    const failures: string[] = [];
    const named = files.flatMap((argument) => {
      const found = filesOf(argument);
      if (Array.isArray(found)) return found;
      failures.push(found.failure);
      return [];
    });
    for (const file of named) {
      try {
        const one = readFile(file);
        if (Array.isArray(one) && one.length === 0) failures.push(`${file}: holds no decision`);
        read.push(one);
      } catch (e) {
        if (!(e instanceof FourthLevelError)) throw e;
        failures.push(e.message.startsWith(file) ? e.message : `${file}: ${e.message}`);
      }
    }
    const results = checked(read);
    print(opts.json === true, results, () => `${formatDecisionChecks(results)}\n\n${checkCounts(results)}`);
    if (failures.length > 0) {
      process.stderr.write(`error: could not read ${failures.length} file(s):\n${failures.join("\n")}\n`);
      process.exitCode = EXIT_BAD_INPUT;
    }
  });
}
