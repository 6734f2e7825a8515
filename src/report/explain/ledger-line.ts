import type { BudgetLineKey } from "../../budget/lines.js";
import { LINE_OF_CATEGORY } from "../../budget/statement.js";
import { fiscalYearOf } from "../../calendar/iso-date.js";
import { formatCitation } from "../../citation/citation.js";
import type { Posting } from "../../ledger/ledger.js";
import { Money } from "../../money/money.js";
import { labelOf, nameOf, type UnitContext } from "./context.js";
import { type Explanation, type ExplanationSource, node } from "./explanation.js";
import { readLine } from "./read-line.js";

/** How many receipt ids a group names. */
const FIRST_IDS = 5;

/** The postings crediting the unit's budget in the year on `key`, as the statement takes them. */
function postingsOf(ctx: UnitContext, key: BudgetLineKey): Posting[] {
  const { code } = ctx.unit.unit;
  return ctx.result.ledger.filter(
    (p) =>
      p.to.kind === "budget" &&
      p.to.level === 4 &&
      p.to.code === code &&
      fiscalYearOf(p.date) === ctx.result.year &&
      p.category !== undefined &&
      LINE_OF_CATEGORY[p.category] === key,
  );
}

/** The postings grouped by the rule and EBK code that decided them, in the ledger's order. */
function byRule(postings: readonly Posting[]): Posting[][] {
  const groups = new Map<string, Posting[]>();
  for (const p of postings) {
    const id = `${p.ruleId}|${p.ebk ?? ""}`;
    groups.set(id, [...(groups.get(id) ?? []), p]);
  }
  return [...groups.values()];
}

/** The published figure a posting carries (the district's transfers as the decision gives them). */
function publishedBehind(ctx: UnitContext, postings: readonly Posting[]): Explanation[] {
  const prefix = `published:${ctx.unit.unit.code}:${ctx.result.year}:`;
  return postings.flatMap((p) => {
    const key = p.sourceId.startsWith(prefix) ? p.sourceId.slice(prefix.length) : undefined;
    const amount = key === undefined ? undefined : ctx.unit.published[key as BudgetLineKey];
    return key === undefined || amount === undefined ? [] : [readLine(ctx, key as BudgetLineKey, amount)];
  });
}

/** One group: the receipts of one rule and code, with the rule's key and article. */
function ruleGroup(ctx: UnitContext, key: BudgetLineKey, postings: readonly Posting[]): Explanation {
  const [first] = postings as [Posting];
  const rule = ctx.law.revenueRules.find((r) => r.id === first.ruleId);
  const sum = Money.sum(postings.map((p) => p.amount));
  const citation = first.citation ?? rule?.citation;
  const law: ExplanationSource = {
    kind: "law",
    citation: citation === undefined ? `rule ${first.ruleId}` : formatCitation(citation),
    ruleId: first.ruleId,
    ...(rule === undefined ? {} : { attributionKey: rule.key }),
  };
  const published = publishedBehind(ctx, postings);
  const ids = postings.map((p) => p.sourceId);
  const receipts: ExplanationSource = {
    kind: "receipts",
    citation: ctx.result.attribution?.note ?? "the scenario's receipts",
    count: postings.length,
    ids: ids.slice(0, FIRST_IDS),
  };
  const what =
    rule === undefined ? "" : ` (${rule.revenue}; the budget is the one owning the payer's ${rule.key})`;
  return node({
    figure: first.ebk === undefined ? "postings" : `EBK ${first.ebk}`,
    label: `${first.ebk === undefined ? key : `EBK ${first.ebk}`} credited to ${nameOf(ctx)}, ${ctx.result.year}`,
    value: sum.toThousandKzt(),
    how: "rule",
    detail: `${postings.length} posting(s) totalling ${sum.toKzt()} KZT (${ids.slice(0, FIRST_IDS).join(", ")}${ids.length > FIRST_IDS ? ", …" : ""}), sent to this budget by rule ${first.ruleId}${what}`,
    sources: published.length > 0 ? [law] : [law, receipts],
    notes: [...new Set(postings.flatMap((p) => (p.note === undefined ? [] : [`${p.sourceId}: ${p.note}`])))],
    children: published,
  });
}

/**
 * A statement line the ledger gives: the sum of the postings crediting the unit on it in the year, one
 * child per rule and EBK code (receipts counted, the first ids, the rule's attribution key and article).
 * @internal
 */
export function ledgerLine(ctx: UnitContext, key: BudgetLineKey, amount: Money): Explanation {
  const groups = byRule(postingsOf(ctx, key)).map((g) => ruleGroup(ctx, key, g));
  const published = ctx.unit.published[key];
  const replaced =
    published === undefined || published.equals(amount)
      ? []
      : [`the ledger's ${amount.toThousandKzt()} replaces the published ${published.toThousandKzt()}`];
  return node({
    figure: key,
    label: labelOf(ctx, key, ctx.result.year),
    value: amount.toThousandKzt(),
    how: "sum",
    ...(groups.length > 1
      ? { formula: `${groups.map((g) => g.value).join(" + ")} = ${amount.toThousandKzt()}` }
      : {}),
    detail: `the ledger's postings to this budget in ${ctx.result.year} booked on ${key}, by rule and EBK code`,
    notes: replaced,
    children: groups,
  });
}
