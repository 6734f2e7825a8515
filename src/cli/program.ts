import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command, CommanderError, Option } from "commander";
import { attribute } from "../attribution/attribute.js";
import type { Receipt } from "../attribution/receipt.js";
import { readReceiptsCsv, readReceiptsJson } from "../attribution/receipts-input.js";
import { parseDecisionText } from "../budget/decision/parse-text.js";
import { readPublishedBudgets } from "../budget/decision/published.js";
import { isoDate } from "../calendar/iso-date.js";
import {
  collectIssues,
  FourthLevelError,
  type InputIssue,
  issuesOfError,
  throwIfIssues,
} from "../errors/error.js";
import { parseJsonText, readTextFile } from "../files/read-text-file.js";
import { kazakhstanRulebook } from "../jurisdictions/kz/revenue-lines.js";
import { checkParsedDecision, checkPublishedBudget, type DecisionCheckJson } from "../report/check.js";
import { attributionToJson } from "../report/json.js";
import { formatAttribution, formatDecisionChecks } from "../report/text.js";
import { revenueFromRegistry } from "../revenue/chain.js";
import { type Registry, readRegistry, readVehicleRegistryCsv } from "../revenue/registry.js";
import { loadScenario } from "../scenario/load.js";
import { runScenario } from "../scenario/run.js";
import { scenarioJsonSchema } from "../scenario/schema.js";
import { kazakhstanTerritory } from "../territory/territory.js";
import { RUN_FORMATS, type RunFormat, renderRun } from "./run-output.js";
import { addTaxCommands, formatRevenue, revenueToJson, wholeNumber } from "./tax-commands.js";

/** Exit code for unreadable input or bad arguments. */
const EXIT_BAD_INPUT = 2;

/** The package's root folder: the nearest folder above this module holding the package's package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error("fourth-level: cannot find the package folder of the bundled example");
    dir = parent;
  }
  return dir;
}

/** The bundled example scenario of real 2026 budgets. */
const BUNDLED_EXAMPLE = join(packageRoot(), "examples", "kz-2026-published.json");

function print(json: boolean, value: unknown, text: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}

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

/**
 * Reads repeatable `NAME=VALUE` options, checking each with `check` (which throws on a bad value), and
 * reports every malformed, conflicting or invalid one at once.
 */
function keyValues(
  option: string,
  pairs: readonly string[],
  check: (name: string, value: string) => void,
): Record<string, string> {
  const issues: InputIssue[] = [];
  const result: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
    if (at <= 0 || value === "") {
      issues.push({ path: option, message: `${JSON.stringify(pair)} must be written NAME=VALUE` });
    } else if (result[name] !== undefined && result[name] !== value) {
      issues.push({ path: option, message: `${name} is given twice, as ${result[name]} and ${value}` });
    } else {
      try {
        check(name, value);
        result[name] = value;
      } catch (e) {
        if (!(e instanceof FourthLevelError)) throw e;
        issues.push({ path: option, message: e.message, code: e.code });
      }
    }
  }
  throwIfIssues(`option ${option}`, issues);
  return result;
}

const collectValues = (value: string, previous: string[] = []) => [...previous, value];

/** Builds the `fourth-level` command line program (exported for tests). */
export function buildProgram(): Command {
  const program = new Command("fourth-level")
    .description(
      "Kazakhstan's fourth-level budgets: check published maslikhat decisions, attribute tax receipts to budgets, run scenarios.",
    )
    .version("0.1.0")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();

  program
    .command("check")
    .description(
      "read published budget decisions (.txt in Russian or Kazakh, or .json as published-budgets.json) and check the budget identities",
    )
    .argument("<files...>", "decision files")
    .option(
      "--json",
      "print an array of { file, unit, year, figures, checks, problems, notes, truncated } (money as thousand-KZT decimal strings)",
    )
    .action((files: string[], opts: { json?: boolean }) => {
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

  program
    .command("attribute")
    .description(
      "attribute tax receipts (.csv or .json) to budgets under the law in force on each payment date",
    )
    .argument(
      "<receipts>",
      "receipts file: .csv with columns id,ebk,amount,payment_date,payer_kind,<places> or .json",
    )
    .option(
      "--unattributed",
      "keep receipts that cannot be attributed in an 'unattributed' account instead of failing",
    )
    .option(
      "--own-budget-since <unit=date>",
      "a unit that had its own budget before 2020, e.g. 104035000=2018-01-01 (repeatable)",
      collectValues,
    )
    .option(
      "--open-code <line=ebk>",
      "EBK code of a revenue line the law leaves open, e.g. land-use-fee=105316 (repeatable)",
      collectValues,
    )
    .option(
      "--json",
      "print { totals, notes, unattributed, conservation } as JSON (money as KZT decimal strings)",
    )
    .action(
      (
        file: string,
        opts: { unattributed?: boolean; ownBudgetSince?: string[]; openCode?: string[]; json?: boolean },
      ) => {
        const ownBudgetSince = keyValues("--own-budget-since", opts.ownBudgetSince ?? [], (unit, date) =>
          kazakhstanTerritory({ ownBudgetSince: { [unit]: date } }),
        );
        const openCodes = keyValues("--open-code", opts.openCode ?? [], (line, ebk) =>
          kazakhstanRulebook({ openCodes: { [line]: ebk } }),
        );
        const territory = kazakhstanTerritory({ ownBudgetSince });
        const rulebook = kazakhstanRulebook({ openCodes });
        const text = readTextFile(file);
        // Without --unattributed, problems against the rules are reported with the format problems, by row.
        const readOptions = { what: file, ...(opts.unattributed === true ? {} : { rulebook }) };
        const receipts: Receipt[] = file.toLowerCase().endsWith(".csv")
          ? readReceiptsCsv(text, territory, readOptions)
          : readReceiptsJson(text, territory, readOptions);
        if (receipts.length === 0) {
          throw new FourthLevelError("INVALID_INPUT", `${file} holds no receipts`, { file });
        }
        const result = attribute(receipts, { rulebook, territory, unattributed: opts.unattributed === true });
        print(opts.json === true, attributionToJson(result), () => formatAttribution(result));
      },
    );

  program
    .command("run")
    .description(
      "run scenario files: each unit's budget statement, identity checks and self-sufficiency, the district consolidation, and the multi-year plan of transfers when the scenario has one; with no file, the bundled example of real 2026 budgets planned to 2028",
    )
    .argument("[scenarios...]", "scenario .json files (print their schema with `fourth-level schema`)")
    .addOption(
      new Option(
        "--format <format>",
        "table (readable), md (Markdown), csv (one row per unit and year, exact) or json (everything, exact)",
      )
        .choices(RUN_FORMATS)
        .default("table"),
    )
    .addOption(
      new Option("--json", "the same as --format json (money as thousand-KZT decimal strings)").conflicts(
        "format",
      ),
    )
    .option(
      "--year <year>",
      "show only this year: the scenario's year or a planned year",
      wholeNumber("--year", 2018, 2100),
    )
    .action((files: string[], opts: { format: RunFormat; json?: boolean; year?: number }) => {
      const paths = files.length === 0 ? [BUNDLED_EXAMPLE] : files;
      // every file is read before any is reported on, so that the problems of all of them show at once
      const errors: { readonly file: string; readonly error: FourthLevelError }[] = [];
      const results = paths.flatMap((file) => {
        try {
          return [runScenario(loadScenario(file))];
        } catch (e) {
          if (!(e instanceof FourthLevelError)) throw e;
          errors.push({ file, error: e });
          return [];
        }
      });
      if (errors.length === 1) throw errors[0]?.error;
      throwIfIssues(
        `${errors.length} scenario files`,
        errors.flatMap(({ file, error }): InputIssue[] =>
          issuesOfError(error).map((issue) => ({
            ...issue,
            path: issue.path === "" ? file : `${file}: ${issue.path}`,
          })),
        ),
      );
      process.stdout.write(`${renderRun(results, opts.json === true ? "json" : opts.format, opts.year)}\n`);
    });

  addTaxCommands(program, print);

  program
    .command("revenue")
    .description(
      "the chain from tax bases to budgets: a registry of taxable objects (.json, or .csv of vehicles) → each object's tax → receipts on the due date → attribution → each budget's tax lines",
    )
    .argument(
      "<registry>",
      "registry file (.json with vehicles, dwellings, landPlots, advertisements, incomes — see the README — or .csv of vehicles)",
    )
    .option(
      "--year <year>",
      "tax year (required for .csv; for .json it must match the file)",
      wholeNumber("--year", 2018, 2100),
    )
    .addOption(
      new Option(
        "--age-coefficient-scope <scope>",
        "2026: what the car age coefficient scales (the Code does not say)",
      ).choices(["whole_amount", "mrp_part"]),
    )
    .option("--json", "print JSON (money as KZT decimal strings)")
    .action(
      (
        file: string,
        opts: { year?: number; ageCoefficientScope?: "whole_amount" | "mrp_part"; json?: boolean },
      ) => {
        const territory = kazakhstanTerritory();
        const text = readTextFile(file, "registry");
        let registry: Registry;
        if (file.toLowerCase().endsWith(".csv")) {
          if (opts.year === undefined)
            throw new FourthLevelError("INVALID_INPUT", "a .csv registry needs --year", { file });
          registry = readVehicleRegistryCsv(text, opts.year, territory, file);
        } else {
          const data = parseJsonText(text, file);
          registry = readRegistry(data, territory, file);
          if (opts.year !== undefined && opts.year !== registry.year) {
            throw new FourthLevelError(
              "INVALID_INPUT",
              `--year ${opts.year} differs from the registry's year ${registry.year}`,
              { file },
            );
          }
        }
        const objects =
          registry.vehicles.length +
          registry.dwellings.length +
          registry.landPlots.length +
          registry.advertisements.length +
          registry.incomes.length;
        if (objects === 0)
          throw new FourthLevelError("INVALID_INPUT", `${file} holds no taxable objects`, { file });
        const rulebook = kazakhstanRulebook(
          registry.openCodes === undefined ? {} : { openCodes: registry.openCodes },
        );
        const result = revenueFromRegistry(
          opts.ageCoefficientScope === undefined
            ? registry
            : { ...registry, ageCoefficientScope: opts.ageCoefficientScope },
          { rulebook, territory },
        );
        print(opts.json === true, revenueToJson(result, registry.note), () =>
          formatRevenue(result, registry.note),
        );
      },
    );

  program
    .command("schema")
    .description("print the JSON Schema of scenario files, for editors")
    .action(() => {
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });

  program
    .command("where")
    .description("which fourth-level unit, district and region budget own a KATO code")
    .argument("<kato...>", "9-digit KATO codes")
    .addOption(
      new Option("--date <date>", "also apply the units' own-budget-since date on this day (YYYY-MM-DD)"),
    )
    .option("--json", "print JSON")
    .action((codes: string[], opts: { date?: string; json?: boolean }) => {
      const territory = kazakhstanTerritory();
      const issues: InputIssue[] = [];
      for (const [i, code] of codes.entries())
        collectIssues(issues, `argument ${i + 1}`, () => territory.place(code));
      const date = opts.date === undefined ? undefined : isoDate(opts.date, "--date");
      throwIfIssues("where", issues);
      const owners = codes.map((code) => ({
        code,
        place: territory.place(code),
        owner: date === undefined ? territory.owner(code) : territory.budgetOwnerOn(code, date),
      }));
      print(opts.json === true, owners, () =>
        owners
          .map(({ code, place, owner }) =>
            owner.kind === "fourth_level"
              ? `${code} ${place.nameRu}: fourth-level unit ${owner.unit.nameRu} (${owner.unit.code}); district ${owner.district.nameRu} (${owner.district.code}); region ${owner.region.nameRu}`
              : owner.unitWithoutOwnBudget !== undefined
                ? `${code} ${place.nameRu}: in ${owner.unitWithoutOwnBudget.nameRu} (${owner.unitWithoutOwnBudget.code}), which had no budget of its own on ${opts.date}: the district budget ${owner.district?.nameRu ?? ""} (${owner.district?.code ?? ""}) owned it`
                : `${code} ${place.nameRu}: outside any fourth-level unit (${owner.reason}); district ${owner.district?.nameRu ?? "none"}; region ${owner.region.nameRu}`,
          )
          .join("\n"),
      );
    });
  return program;
}

/** Runs the CLI on `argv` and returns the exit code: 0 done, 2 unreadable input or bad arguments. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    if (e instanceof FourthLevelError) {
      process.stderr.write(`error: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}
