import * as z from "zod";
import { REVENUE_CATEGORIES, type RevenueCategory } from "../classification/category.js";
import { describeValue } from "../errors/describe.js";
import { citationSchema } from "../input/citation.js";
import { isoDateSchema } from "../input/codes.js";
import { decimalTextSchema } from "../input/decimal.js";
import { Dec, ROUNDING_MODES, type RoundingMode } from "../money/decimal.js";
import {
  ATTRIBUTION_KEYS,
  type AttributionKey,
  PAYER_KINDS,
  type PayerKind,
  type RevenueRule,
} from "./rule.js";
import type { Rulebook } from "./rulebook.js";

const invalidRule = { code: "INVALID_RULE" } as const;

const oneOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], {
    error: (issue) => `${describeValue(issue.input)} is not ${what}: one of ${values.join(", ")}`,
  });

/** A payer kind: one of {@link PAYER_KINDS}. */
export const payerKindSchema = oneOf<PayerKind>(PAYER_KINDS, "a payer kind");

/** An attribution key: one of {@link ATTRIBUTION_KEYS}. */
export const attributionKeySchema = oneOf<AttributionKey>(ATTRIBUTION_KEYS, "an attribution key");

/** A recipient of a rule: `fourth_level` or `district_or_higher`. */
export const recipientSchema = oneOf(["fourth_level", "district_or_higher"], "a recipient");

/** A rounding mode: one of {@link ROUNDING_MODES}. */
export const roundingModeSchema = oneOf<RoundingMode>(ROUNDING_MODES, "a rounding mode");

/** One {@link RuleShare}: a fraction above 0 and at most 1, a key, a recipient and a rounding mode. */
export const ruleShareSchema = z.strictObject(
  {
    share: decimalTextSchema(
      { above: 0, max: 1 },
      (value) => `${value} is not a share: give a decimal fraction above 0 and at most 1, e.g. "0.5"`,
    ),
    key: attributionKeySchema,
    recipient: recipientSchema,
    rounding: roundingModeSchema,
  },
  {
    error: (issue) =>
      `must be a share { share, key, recipient, rounding }, not ${describeValue(issue.input)}`,
  },
);

/** A rule's shares: their fractions sum to at most 1. */
export const ruleSharesSchema = z
  .array(ruleShareSchema)
  .refine((shares) => shares.reduce((sum, s) => sum.plus(s.share), new Dec(0)).lessThanOrEqualTo(1), {
    error: (issue) =>
      `the shares sum to ${(issue.input as { share: string }[]).reduce((sum, s) => sum.plus(s.share), new Dec(0)).toString()}: they must sum to at most 1`,
    params: invalidRule,
  });

/** One rule given to `createRulebook`: every field of a {@link RevenueRule}, and no other. */
export const revenueRuleSchema = z
  .strictObject(
    {
      id: z.string({ error: "must be the rule's id, a string" }).min(1, { error: "must not be empty" }),
      ebk: z
        .string({ error: 'must be a 6-digit EBK code as a string, e.g. "104402"' })
        .refine((ebk) => /^\d{6}$/.test(ebk), {
          error: (issue) => `EBK code ${describeValue(issue.input)} is not six digits`,
          params: invalidRule,
        }),
      revenue: z.string({ error: "must say what the revenue is, in words" }),
      category: oneOf<RevenueCategory>(REVENUE_CATEGORIES, "a revenue category"),
      payerKinds: z
        .array(payerKindSchema, { error: `must be a list of payer kinds (${PAYER_KINDS.join(", ")})` })
        .refine((kinds) => kinds.length > 0, {
          error: `must name at least one payer kind (${PAYER_KINDS.join(", ")})`,
          params: invalidRule,
        }),
      key: attributionKeySchema,
      recipient: recipientSchema,
      from: isoDateSchema,
      to: isoDateSchema.optional(),
      citation: z
        .custom((c) => typeof c === "object" && c !== null, {
          error: "a rule must cite its legal ground: { act, article, versionDate }",
          params: invalidRule,
        })
        .pipe(citationSchema),
      note: z.string({ error: "must be text" }).optional(),
      shares: ruleSharesSchema.optional(),
    },
    {
      error: (issue) =>
        `must be a revenue rule { id, ebk, revenue, category, payerKinds, key, recipient, from, to?, citation, note?, shares? }, not ${describeValue(issue.input)}`,
    },
  )
  .refine((rule) => rule.to === undefined || rule.from <= rule.to, {
    error: (issue) => {
      const rule = issue.input as RevenueRule;
      return `ends (${rule.to}) before it starts (${rule.from})`;
    },
    path: ["to"],
    params: invalidRule,
  }) as unknown as z.ZodType<RevenueRule, RevenueRule>;

function rangesOverlap(a: RevenueRule, b: RevenueRule): boolean {
  return a.from <= (b.to ?? "9999-12-31") && b.from <= (a.to ?? "9999-12-31");
}

/** The issues of rules that would apply together: the same code, a shared day and payer kind. */
function overlapIssues(rules: readonly RevenueRule[], ctx: z.RefinementCtx): void {
  const byCode = new Map<string, number[]>();
  rules.forEach((rule, i) => {
    const group = byCode.get(rule.ebk);
    if (group === undefined) byCode.set(rule.ebk, [i]);
    else group.push(i);
  });
  for (const group of byCode.values()) {
    group.forEach((i, at) => {
      for (const j of group.slice(at + 1)) {
        const [a, b] = [rules[i] as RevenueRule, rules[j] as RevenueRule];
        const shared = a.payerKinds.filter((k) => b.payerKinds.includes(k));
        if (shared.length === 0 || !rangesOverlap(a, b)) continue;
        ctx.addIssue({
          code: "custom",
          path: [j],
          input: b,
          params: { code: "SEVERAL_RULES" },
          message: `rules ${a.id} and ${b.id} both apply to EBK ${a.ebk} for ${shared.join(", ")} from ${
            [a.from, b.from].sort()[1]
          }: exactly one rule must apply`,
        });
      }
    });
  }
}

/**
 * The rules of a rulebook: each a {@link RevenueRule} with a citation, no id used twice, and never two rules
 * applying to the same EBK code, day and payer kind (issue code `SEVERAL_RULES`, at the later rule).
 */
export const rulesSchema = z
  .array(revenueRuleSchema, {
    error: (issue) => `must be an array of revenue rules, not ${describeValue(issue.input)}`,
  })
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.forEach((rule, i) => {
      if (seen.has(rule.id)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "id"],
          input: rule.id,
          params: invalidRule,
          message: `rule id ${JSON.stringify(rule.id)} is used twice`,
        });
      }
      seen.add(rule.id);
    });
    overlapIssues(rules, ctx);
  });

/** Whether `r` is shaped as a rulebook `createRulebook` builds: its rules and their index by code. */
export const isRulebook = (r: unknown): r is Rulebook =>
  typeof r === "object" &&
  r !== null &&
  Array.isArray((r as { rules?: unknown }).rules) &&
  (r as { byCode?: unknown }).byCode instanceof Map;

/** A rulebook as `createRulebook` builds it (checked by shape, see {@link isRulebook}). */
export const rulebookSchema = z.custom<Rulebook>(isRulebook, {
  error: "must be a rulebook, e.g. kazakhstanRulebook() or createRulebook(rules)",
});
