import { type IsoDate, isoDate } from "../calendar/iso-date.js";
import { assertCitation } from "../citation/citation.js";
import { FourthLevelError } from "../errors/error.js";
import { ATTRIBUTION_KEYS, PAYER_KINDS, type PayerKind, type RevenueRule } from "./rule.js";

/**
 * A validated set of rules in which at most one rule applies to any (EBK code, date, payer kind).
 *
 * @category Rules
 */
export interface Rulebook {
  readonly rules: readonly RevenueRule[];
  /** The same rules grouped by EBK code, for lookup. */
  readonly byCode: ReadonlyMap<string, readonly RevenueRule[]>;
}

const EBK = /^\d{6}$/;

function rangesOverlap(a: RevenueRule, b: RevenueRule): boolean {
  return a.from <= (b.to ?? "9999-12-31") && b.from <= (a.to ?? "9999-12-31");
}

function checkRule(rule: RevenueRule): void {
  const invalid = (why: string) =>
    new FourthLevelError("INVALID_RULE", `rule ${JSON.stringify(rule.id)}: ${why}`, { ruleId: rule.id });
  if (!EBK.test(rule.ebk)) throw invalid(`EBK code ${JSON.stringify(rule.ebk)} is not six digits`);
  if (rule.payerKinds.length === 0 || rule.payerKinds.some((k) => !PAYER_KINDS.includes(k))) {
    throw invalid(`payer kinds must be a non-empty list of ${PAYER_KINDS.join(", ")}`);
  }
  if (!ATTRIBUTION_KEYS.includes(rule.key))
    throw invalid(`key must be one of ${ATTRIBUTION_KEYS.join(", ")}`);
  isoDate(rule.from, `rule ${rule.id}: from`);
  if (rule.to !== undefined && isoDate(rule.to, `rule ${rule.id}: to`) < rule.from) {
    throw invalid(`ends (${rule.to}) before it starts (${rule.from})`);
  }
  assertCitation(rule.citation, `rule ${rule.id}`);
}

/**
 * Builds a rulebook, refusing any rule without a citation, with malformed fields, or that would apply
 * together with another rule to the same EBK code, date and payer kind.
 *
 * @category Rules
 * @throws {@link FourthLevelError} `INVALID_RULE` (malformed rule, missing citation, duplicate id),
 * `SEVERAL_RULES` (two rules overlap; both ids named), `INVALID_DATE`.
 * @example
 * ```ts
 * const kz = kazakhstanRulebook();
 * const book = createRulebook(kz.rules.filter((rule) => rule.ebk !== "101202"));
 * // 101202 is two lines (individuals, entrepreneurs) in each of the four editions
 * book.rules.length; //=> kz.rules.length - 8
 * ```
 */
export function createRulebook(rules: readonly RevenueRule[]): Rulebook {
  const ids = new Set<string>();
  for (const rule of rules) {
    checkRule(rule);
    if (ids.has(rule.id)) {
      throw new FourthLevelError("INVALID_RULE", `rule id ${JSON.stringify(rule.id)} is used twice`, {
        ruleId: rule.id,
      });
    }
    ids.add(rule.id);
  }
  const byCode = new Map<string, RevenueRule[]>();
  for (const rule of rules) {
    const group = byCode.get(rule.ebk);
    if (group === undefined) byCode.set(rule.ebk, [rule]);
    else group.push(rule);
  }
  for (const group of byCode.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as RevenueRule;
        const b = group[j] as RevenueRule;
        const shared = a.payerKinds.filter((k) => b.payerKinds.includes(k));
        if (shared.length > 0 && rangesOverlap(a, b)) {
          throw new FourthLevelError(
            "SEVERAL_RULES",
            `rules ${a.id} and ${b.id} both apply to EBK ${a.ebk} for ${shared.join(", ")} from ${
              [a.from, b.from].sort()[1]
            }: exactly one rule must apply`,
            { ebk: a.ebk, rules: [a.id, b.id], payerKinds: shared },
          );
        }
      }
    }
  }
  return { rules, byCode };
}

/**
 * The one rule that applies to a payment of EBK code `ebk` made on `date` by a payer of kind `payerKind`.
 *
 * @category Rules
 * @throws {@link FourthLevelError} `INVALID_DATE` for a date that is not `YYYY-MM-DD`;
 * `UNKNOWN_EBK` when no rule of the rulebook has this code on any date;
 * `NO_RULE` when the code is known but no rule covers this date and payer kind (the message lists what
 * is covered); `SEVERAL_RULES` if more than one applies (impossible for a rulebook built by
 * {@link createRulebook}, checked anyway).
 * @example
 * ```ts
 * const book = kazakhstanRulebook();
 * ruleFor(book, "104402", "2026-03-10", "individual").key; // "residence"
 * ```
 */
export function ruleFor(rulebook: Rulebook, ebk: string, date: IsoDate, payerKind: PayerKind): RevenueRule {
  isoDate(date, "payment date");
  const sameCode = rulebook.byCode.get(ebk) ?? [];
  if (sameCode.length === 0) {
    const known = [...new Set(rulebook.rules.map((r) => r.ebk))].sort();
    throw new FourthLevelError(
      "UNKNOWN_EBK",
      `EBK code ${JSON.stringify(ebk)} has no rule in the rulebook (known codes: ${known.join(", ")}); add a rule with createRulebook for other codes`,
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
