import type { PayerKind, RevenueRule } from "../rules/rule.js";
import { around, overlap, reformCitation, type Span, withFields } from "./overlay.js";
import type { ParsedReform, ReformChange } from "./reform-schema.js";

type RuleChange = Extract<ReformChange, { kind: "rule" }>;

/** The rules a rule change meets: its EBK code, a payer kind it names, a day of its span. */
export function ruleMeets(rule: RevenueRule, change: RuleChange, span: Span): boolean {
  return (
    rule.ebk === change.ebk &&
    changedKinds(rule, change).length > 0 &&
    overlap(rule.from, rule.to, span) !== undefined
  );
}

/** The payer kinds of `rule` a change names (all of them when it names none). */
export function changedKinds(rule: RevenueRule, change: Pick<RuleChange, "payerKinds">): PayerKind[] {
  const named = change.payerKinds;
  return named === undefined ? [...rule.payerKinds] : rule.payerKinds.filter((k) => named.includes(k));
}

/**
 * One rule under a rule change: unchanged when the change does not meet it; otherwise cut at the span's
 * ends, the days within split between the payer kinds the change names (changed: key, recipient and
 * shares as the change sets them, citing the reform, id `<rule id>+<reform id>`) and the others
 * (unchanged), and the days after the span kept (id `<rule id>~<first day>`).
 */
function overlayRule(rule: RevenueRule, change: RuleChange, span: Span, reform: ParsedReform): RevenueRule[] {
  const days = ruleMeets(rule, change, span) ? overlap(rule.from, rule.to, span) : undefined;
  if (days === undefined) return [rule];
  const kinds = changedKinds(rule, change);
  const others = rule.payerKinds.filter((k) => !kinds.includes(k));
  const { before, during, after } = around(rule, days);
  const fields = {
    ...(change.key === undefined ? {} : { key: change.key }),
    ...(change.recipient === undefined ? {} : { recipient: change.recipient }),
    ...(change.shares === undefined ? {} : { shares: change.shares }),
  };
  const changed: RevenueRule = {
    ...withFields(during, fields),
    id: `${rule.id}+${reform.id}`,
    payerKinds: kinds,
    citation: reformCitation(reform),
    note: `${rule.id} as changed by reform ${reform.id} (${reform.title}) from ${days.from}${
      reform.label.kind === "proposal" ? `; proposal of ${reform.label.author}: ${reform.label.text}` : ""
    }`,
  };
  return [
    ...(before === undefined ? [] : [before]),
    changed,
    ...(others.length === 0 ? [] : [{ ...during, id: `${rule.id}~${reform.id}-others`, payerKinds: others }]),
    ...(after === undefined ? [] : [{ ...after, id: `${rule.id}~${after.from}` }]),
  ];
}

/** The rules with a rule change of a reform applied over `span`. */
export function overlayRules(
  rules: readonly RevenueRule[],
  change: RuleChange,
  span: Span,
  reform: ParsedReform,
): RevenueRule[] {
  return rules.flatMap((rule) => overlayRule(rule, change, span, reform));
}
