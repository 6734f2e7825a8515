import { type IsoDate, isIsoDate } from "../calendar/iso-date.js";
import { describeValue } from "../errors/describe.js";
import { type ErrorCode, FourthLevelError } from "../errors/error.js";
import { type Issue, throwIssues } from "../errors/issue.js";
import { parseInput } from "../input/parse.js";
import { PAYER_KINDS, type PayerKind, type RevenueRule } from "./rule.js";
import { isRulebook, rulesSchema } from "./rulebook-schema.js";

/**
 * A validated set of rules in which at most one rule applies to any (EBK code, date, payer kind).
 *
 * @category Rules
 */
export interface Rulebook {
  readonly rules: readonly RevenueRule[];
  /** The same rules grouped by EBK code, for lookup. */
  readonly byCode: ReadonlyMap<string, readonly RevenueRule[]>;
  /**
   * What to tell a caller whose EBK code no rule knows, when the law has more to say than "add a rule"
   * (e.g. the lines whose code the law leaves open and the option that supplies one).
   */
  readonly unknownCodeNote?: string;
}

/**
 * Builds a rulebook, refusing any rule without a citation, with malformed fields, or that would apply
 * together with another rule to the same EBK code, date and payer kind.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem with its path (`[3, "ebk"]`), each
 * with its code: `INVALID_RULE` (malformed rule, missing citation, duplicate id, end before start),
 * `SEVERAL_RULES` (two rules overlap: both ids named, at the later rule), `INVALID_DATE`.
 * @category Rules
 * @example
 * ```ts
 * const kz = kazakhstanRulebook();
 * const book = createRulebook(kz.rules.filter((rule) => rule.ebk !== "101202"));
 * // 101202 is two lines (individuals, entrepreneurs) in each of the four editions
 * book.rules.length; //=> kz.rules.length - 8
 * ```
 */
export function createRulebook(rules: readonly RevenueRule[]): Rulebook {
  return rulebookFrom(parseInput(rulesSchema, rules, "rules"));
}

/** The rulebook of rules already checked (see {@link rulesSchema}), with the law's note on unknown codes. @internal */
export function rulebookFrom(rules: readonly RevenueRule[], unknownCodeNote?: string): Rulebook {
  const byCode = new Map<string, RevenueRule[]>();
  for (const rule of rules) {
    const group = byCode.get(rule.ebk);
    if (group === undefined) byCode.set(rule.ebk, [rule]);
    else group.push(rule);
  }
  return { rules, byCode, ...(unknownCodeNote === undefined ? {} : { unknownCodeNote }) };
}

/**
 * The problems of a lookup's arguments. A loop of small guards rather than a parse of the whole call:
 * attribution looks up one rule per receipt, and a parse would walk the rulebook every time.
 */
function lookupIssues(rulebook: unknown, ebk: unknown, date: unknown, payerKind: unknown): Issue[] {
  const at = (path: string, message: string, code: ErrorCode = "INVALID_INPUT"): Issue[] => [
    { path: [path], code, message },
  ];
  return [
    ...(isRulebook(rulebook) ? [] : at("rulebook", "must be a rulebook, e.g. kazakhstanRulebook()")),
    ...(typeof ebk === "string"
      ? []
      : at("ebk", `${describeValue(ebk)} is not an EBK code: give 6 digits as a string, e.g. "104402"`)),
    ...(isIsoDate(date)
      ? []
      : at("date", `${describeValue(date)} is not a calendar date YYYY-MM-DD`, "INVALID_DATE")),
    ...(PAYER_KINDS.includes(payerKind as PayerKind)
      ? []
      : at("payerKind", `${describeValue(payerKind)} is not a payer kind: one of ${PAYER_KINDS.join(", ")}`)),
  ];
}

/**
 * The one rule that applies to a payment of EBK code `ebk` made on `date` by a payer of kind `payerKind`.
 *
 * @throws {@link FourthLevelError} `UNKNOWN_EBK` when no rule of the rulebook has this code on any date;
 * `NO_RULE` when the code is known but no rule covers this date and payer kind (the message lists what
 * is covered); `SEVERAL_RULES` if more than one applies (impossible for a rulebook built by
 * {@link createRulebook}, checked anyway); `INVALID_INPUT` for a rulebook that is not one, a code that is
 * not a string, a date that is not `YYYY-MM-DD` (issue code `INVALID_DATE`) or an unknown payer kind.
 * @category Rules
 * @example
 * ```ts
 * const book = kazakhstanRulebook();
 * ruleFor(book, "104402", "2026-03-10", "individual").key; //=> "residence"
 * ```
 */
export function ruleFor(rulebook: Rulebook, ebk: string, date: IsoDate, payerKind: PayerKind): RevenueRule {
  throwIssues("rule lookup", lookupIssues(rulebook, ebk, date, payerKind));
  return ruleIn(rulebook, ebk, date, payerKind);
}

/** Whether a rule of a rulebook's index can be read (a rulebook built by hand may hold anything). */
const isRule = (r: unknown): r is RevenueRule => {
  if (typeof r !== "object" || r === null) return false;
  const { id, from, to, payerKinds } = r as Partial<RevenueRule>;
  return (
    typeof id === "string" &&
    typeof from === "string" &&
    (to === undefined || typeof to === "string") &&
    Array.isArray(payerKinds) &&
    payerKinds.every((k) => typeof k === "string")
  );
};

/** {@link ruleFor} on arguments already checked (see {@link rulebookSchema}). @internal */
export function ruleIn(rulebook: Rulebook, ebk: string, date: IsoDate, payerKind: PayerKind): RevenueRule {
  const group: unknown = rulebook.byCode.get(ebk);
  const sameCode = Array.isArray(group) ? group.filter(isRule) : [];
  if (sameCode.length === 0) {
    const known = [...rulebook.byCode.keys()].filter((k) => typeof k === "string").sort();
    throw new FourthLevelError(
      "UNKNOWN_EBK",
      `EBK code ${JSON.stringify(ebk)} has no rule in the rulebook (known codes: ${known.join(", ")}); ${
        typeof rulebook.unknownCodeNote === "string"
          ? rulebook.unknownCodeNote
          : "add a rule with createRulebook for other codes"
      }`,
      { ebk, known },
    );
  }
  const applicable = sameCode.filter(
    (r) => r.from <= date && (r.to === undefined || date <= r.to) && r.payerKinds.includes(payerKind),
  );
  if (applicable.length === 1) return applicable[0] as RevenueRule;
  if (applicable.length === 0) {
    const covered = sameCode.map((r) => `${r.from}..${r.to ?? "open"} for ${r.payerKinds.join("/")}`);
    throw new FourthLevelError(
      "NO_RULE",
      `no rule for EBK ${ebk} paid on ${date} by a payer of kind ${payerKind}; rules cover ${covered.join("; ")}`,
      { ebk, date, payerKind },
    );
  }
  throw new FourthLevelError(
    "SEVERAL_RULES",
    `${applicable.length} rules apply to EBK ${ebk} on ${date} for ${payerKind}: ${applicable.map((r) => r.id).join(", ")}`,
    { ebk, date, payerKind, rules: applicable.map((r) => r.id) },
  );
}
