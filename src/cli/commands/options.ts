import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Command, InvalidArgumentError } from "commander";
import { FourthLevelError } from "../../errors/error.js";
import { type Issue, issuesOf, throwIssues } from "../../errors/issue.js";
import { kazakhstanLaw, kazakhstanRulebook } from "../../jurisdictions/kz/law.js";
import { kazakhstanTerritory } from "../../jurisdictions/kz/territory.js";
import { type Law, rulebookOf } from "../../law/law.js";
import { Dec } from "../../money/decimal.js";
import { MAX_INPUT_KZT, MAX_INPUT_TEXT, Money } from "../../money/money.js";
import type { Rulebook } from "../../rules/rulebook.js";
import type { Territory } from "../../territory/territory.js";

/**
 * A file argument as given; or, when no such file exists and the argument names a file the package ships
 * (`examples/…`, `data/…`, optionally after `fourth-level-budget/`), that file of the package — so the
 * commands of the guides work from an installed package as in a clone. An argument that names neither is
 * returned as given, and reading it reports it missing.
 */
export function inputPath(argument: string): string {
  if (existsSync(argument)) return argument;
  const shipped = argument.replace(/^fourth-level-budget\//, "");
  if (!/^(examples|data)\//.test(shipped)) return argument;
  // this file is src/cli/commands/options.ts, or dist/cli/commands/options.js once built: three folders deep
  const inPackage = fileURLToPath(new URL(`../../../${shipped}`, import.meta.url));
  return existsSync(inPackage) ? inPackage : argument;
}

/** Exit code for unreadable input or bad arguments. */
export const EXIT_BAD_INPUT = 2;

/** Prints `value` as JSON when `json`, else the readable `text()`. */
export type Print = (json: boolean, value: unknown, text: () => string) => void;

/** Prints `value` as indented JSON when `json`, else the readable `text()`, on standard output. */
export const print: Print = (json, value, text) => {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
};

/** Adds `--json` to a command: `shape` says what the JSON holds. */
export function jsonOption(command: Command, shape: string): Command {
  return command.option("--json", shape);
}

const collectValues = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Reads repeatable `NAME=VALUE` options, checking each with `check` (which throws on a bad value), and
 * reports every malformed, conflicting or invalid one at once.
 */
function keyValues(
  option: string,
  pairs: readonly string[],
  check: (name: string, value: string) => void,
): Record<string, string> {
  const issues: Issue[] = [];
  const problem = (message: string) => issues.push({ path: [option], code: "INVALID_INPUT", message });
  const result: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
    if (at <= 0 || value === "") {
      problem(`${JSON.stringify(pair)} must be written NAME=VALUE`);
    } else if (result[name] !== undefined && result[name] !== value) {
      problem(`${name} is given twice, as ${result[name]} and ${value}`);
    } else {
      try {
        check(name, value);
        result[name] = value;
      } catch (e) {
        if (!(e instanceof FourthLevelError)) throw e;
        // each problem of the value, at the option that gave it
        issues.push(...issuesOf(e).map((issue) => ({ ...issue, path: [option] })));
      }
    }
  }
  throwIssues(`option ${option}`, issues);
  return result;
}

/** The options of {@link addLawOptions}, as commander reads them. */
export interface LawOptions {
  readonly ownBudgetSince?: string[];
  readonly openCode?: string[];
}

/** Adds the options that adjust the law in force: `--own-budget-since` and `--open-code` (repeatable). */
export function addLawOptions(command: Command): Command {
  return command
    .option(
      "--own-budget-since <unit=date>",
      "a unit that had its own budget before 2020, e.g. 104035000=2018-01-01 (repeatable)",
      collectValues,
    )
    .option(
      "--open-code <line=ebk>",
      "EBK code of a revenue line the law leaves open, e.g. fines-imposed-by-akim=204170 (repeatable)",
      collectValues,
    );
}

/**
 * The law, territory and rulebook that {@link addLawOptions}' options give (Kazakhstan's law and the
 * bundled territory without them).
 */
export function lawOf(opts: LawOptions): {
  readonly law: Law;
  readonly territory: Territory;
  readonly rulebook: Rulebook;
} {
  const ownBudgetSince = keyValues("--own-budget-since", opts.ownBudgetSince ?? [], (unit, date) =>
    kazakhstanTerritory({ ownBudgetSince: { [unit]: date } }),
  );
  const openCodes = keyValues("--open-code", opts.openCode ?? [], (line, ebk) =>
    kazakhstanRulebook({ openCodes: { [line]: ebk } }),
  );
  const law = kazakhstanLaw({ openCodes });
  return { law, territory: kazakhstanTerritory({ ownBudgetSince }, law), rulebook: rulebookOf(law) };
}

/** Wraps a parser so that an option given twice is refused instead of silently taking the last value. */
function once<T>(name: string, parse: (text: string) => T): (text: string) => T {
  let seen = false;
  return (text: string) => {
    if (seen) throw new InvalidArgumentError(`${name} is given more than once`);
    seen = true;
    return parse(text);
  };
}

/** A commander parser for a whole number in a range; the option given twice is refused. */
export function wholeNumber(name: string, min: number, max: number) {
  return once(name, (text: string): number => {
    const n = Number(text);
    if (!/^-?\d+$/.test(text) || n < min || n > max) {
      throw new InvalidArgumentError(`${name} must be a whole number from ${min} to ${max}`);
    }
    return n;
  });
}

/** A commander parser for a positive decimal written with a point (a quantity: an area, a load, a power). */
export function decimal(name: string) {
  return once(name, (text: string): string => {
    if (!/^\d+(\.\d+)?$/.test(text) || /^0+(\.0+)?$/.test(text)) {
      throw new InvalidArgumentError(`${name} must be a positive decimal number such as 1.5`);
    }
    return text;
  });
}

/** `text` as an amount in KZT (a decimal with at most two decimals, at most {@link MAX_INPUT_KZT}), or the option's error. */
function kzt(name: string, text: string): Money {
  if (!/^\d+(\.\d+)?$/.test(text))
    throw new InvalidArgumentError(`${name} must be an amount in KZT such as 4000000`);
  if (new Dec(text).greaterThan(MAX_INPUT_KZT.toString())) {
    throw new InvalidArgumentError(`${name} must be ${MAX_INPUT_TEXT}, not ${text}`);
  }
  try {
    return Money.kzt(text);
  } catch (e) {
    if (!(e instanceof FourthLevelError)) throw e;
    throw new InvalidArgumentError(`${name}: ${e.message}`);
  }
}

/** A commander parser for an amount in KZT, read as Money at the boundary. */
export function kztAmount(name: string) {
  return once(name, (text: string): Money => kzt(name, text));
}

/** A commander collector of a repeated amount in KZT (e.g. one `--value` per object). */
export function kztAmounts(name: string) {
  return (text: string, previous: Money[] = []): Money[] => [...previous, kzt(name, text)];
}
