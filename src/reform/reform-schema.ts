import * as z from "zod";
import { describeValue } from "../errors/describe.js";
import { citationSchema } from "../input/citation.js";
import { ebkCodeSchema, isoDateSchema } from "../input/codes.js";
import { decimalTextSchema } from "../input/decimal.js";
import { kztTextSchema } from "../input/money.js";
import { taggedUnion } from "../input/tagged.js";
import { Money } from "../money/money.js";
import {
  attributionKeySchema,
  payerKindSchema,
  recipientSchema,
  roundingModeSchema,
  ruleSharesSchema,
} from "../rules/rulebook-schema.js";

/** The days a change applies within its reform's span: `from` and `to` narrow it (both inclusive). */
const span = {
  from: isoDateSchema
    .optional()
    .describe("First day of this change, within the reform's span; the reform's effectiveFrom by default"),
  to: isoDateSchema.optional().describe("Last day of this change; the reform's until (or open) by default"),
};

const ruleChange = z.strictObject({
  kind: z.literal("rule"),
  ebk: ebkCodeSchema.describe("The EBK revenue code whose rules change"),
  payerKinds: z
    .array(payerKindSchema)
    .min(1)
    .optional()
    .describe("Only the rules of these payer kinds; all of the code's rules by default"),
  key: attributionKeySchema.optional().describe("The new attribution key (the place that decides)"),
  recipient: recipientSchema
    .optional()
    .describe("The new receiving level: fourth_level or district_or_higher"),
  shares: ruleSharesSchema
    .optional()
    .describe("Shares of each receipt sent elsewhere (replace the rule's shares; [] removes them)"),
  ...span,
});

/**
 * The largest amount a reform may give a parameter of the law, KZT: one billion. A parameter in KZT is a
 * price the law counts in (the MRP, 4 325 KZT in 2026; the minimum wage, 85 000 KZT): a value far above
 * any of them is a typo, and amounts computed from it (a rate in MRPs × a count of objects) must stay
 * within the 18 digits of tenge the library reads.
 */
export const MAX_PARAMETER_KZT = "1000000000";

/** Why a reformed value of a parameter cannot be (zero, negative or above the bound), else `undefined`. */
export function parameterValueProblem(value: Money): string | undefined {
  if (value.isNegative() || value.isZero()) {
    return `${value.toKzt()} KZT is not a value of a parameter: the MRP and the minimum wage are above 0 (amounts are divided by them)`;
  }
  return value.compare(Money.kzt(MAX_PARAMETER_KZT)) > 0
    ? `${value.toKzt()} KZT is not a value of a parameter: at most ${MAX_PARAMETER_KZT} KZT (the 2026 MRP is 4325 KZT, the minimum wage 85000 KZT)`
    : undefined;
}

const parameterChange = z.strictObject({
  kind: z.literal("parameter"),
  parameter: z.string().min(1).describe('The parameter of the law, e.g. "mrp" or "minimumWage" (KZT)'),
  scale: decimalTextSchema(
    { above: 0 },
    (v) => `${v} is not a factor: give a decimal string above 0, e.g. "1.1"`,
  )
    .optional()
    .describe('Multiply every value by this factor, e.g. "1.1"'),
  rounding: roundingModeSchema
    .optional()
    .describe("How a scaled value is rounded to whole tiyn (with scale)"),
  value: kztTextSchema
    .superRefine((value, ctx) => {
      const problem = parameterValueProblem(value);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
    })
    .optional()
    .describe(
      `Replace every value by this amount in KZT, above 0 and at most ${MAX_PARAMETER_KZT}, e.g. "5000"`,
    ),
  ...span,
});

const taxRateChange = z.strictObject({
  kind: z.literal("tax_rate"),
  path: z
    .string()
    .min(1)
    .describe('The rate table or coefficient of the tax law, a dotted path, e.g. "land.settlement"'),
  scale: decimalTextSchema(
    { above: 0 },
    (v) => `${v} is not a factor: give a decimal string above 0, e.g. "1.1"`,
  )
    .optional()
    .describe('Multiply every rate of the table by this factor, e.g. "1.1"'),
  rounding: roundingModeSchema
    .optional()
    .describe("How a scaled rate is rounded to the table's precision (with scale)"),
  value: z
    .unknown()
    .optional()
    .describe(
      "Replace the table by this value, as the tax law holds it (amounts as KZT decimal strings); null: none, where the law may hold none",
    ),
  ...span,
});

const withdrawalCapChange = z.strictObject({
  kind: z.literal("withdrawal_cap"),
  share: decimalTextSchema(
    { min: 0, max: 1 },
    (v) => `${v} is not a share: give a decimal string 0–1, e.g. "0.3", or null to remove a cap`,
  )
    .nullable()
    .describe(
      'The cap on a unit\'s budget withdrawal, as a share of its own revenues ("0.3" = 30 %); null removes a cap',
    ),
  ...span,
});

const revenueTransferChange = z.strictObject({
  kind: z.literal("revenue_transfer"),
  ebk: ebkCodeSchema.describe("The EBK code whose receipts the transfer is computed from, e.g. 101201"),
  share: z
    .union([
      decimalTextSchema(
        { above: 0, max: 1 },
        (v) => `${v} is not a share: give a decimal string above 0 and at most 1, e.g. "0.5"`,
      ),
      z.null(),
    ])
    .describe(
      'The share of the receipts the district pays each unit as a targeted transfer ("0.5" = 50 %); null removes the term',
    ),
  key: attributionKeySchema
    .optional()
    .describe('The place of a receipt that names the receiving unit, e.g. "workplace" (with a share)'),
  rounding: roundingModeSchema
    .optional()
    .describe("How the district's total of a year is rounded to whole tiyn (with a share)"),
  ...span,
});

/**
 * The largest factor of the general-transfer formula: 10. A factor multiplies the forecast costs of a
 * unit, which start from the base year's; a factor of 10 already makes them ten times what the unit
 * spends, beyond any cost coefficient, and a larger one is a typo (1e12 gives subventions of 1e19 KZT).
 */
export const MAX_FORMULA_FACTOR = "10";

/** A factor of the formula: a decimal above 0 and at most {@link MAX_FORMULA_FACTOR}. */
export const formulaFactorSchema = decimalTextSchema(
  {
    above: 0,
    max: MAX_FORMULA_FACTOR,
    why: "a factor multiplies the forecast costs, which start from the base year's; ten times them is beyond any cost coefficient",
  },
  (v) => `${v} is not a factor: give a decimal string above 0 and at most ${MAX_FORMULA_FACTOR}, e.g. "1.1"`,
);

/** A factor of the formula, or null to remove it. */
const factorSchema = z.union([formulaFactorSchema, z.null()]).optional();

const transferFormulaChange = z.strictObject({
  kind: z.literal("transfer_formula"),
  costFactor: factorSchema.describe(
    'Every unit\'s forecast costs × this factor in the general-transfer formula, e.g. "1.05", above 0 and at most 10; null removes it',
  ),
  withdrawalCostFactor: factorSchema.describe(
    'The costs of a unit with a forecast withdrawal × this factor, e.g. "1.1", above 0 and at most 10; null removes it',
  ),
  rounding: roundingModeSchema
    .optional()
    .describe("How a scaled amount is rounded to whole tiyn (with a factor)"),
  ...span,
});

type ChangeShape = z.output<
  | typeof ruleChange
  | typeof parameterChange
  | typeof taxRateChange
  | typeof withdrawalCapChange
  | typeof revenueTransferChange
  | typeof transferFormulaChange
>;

/**
 * One change of a reform: a rule, a parameter, a rate table or coefficient of the tax law (`tax_rate`,
 * applied by `applyTaxReforms`), or a term of the transfer law, from a date.
 */
export const reformChangeSchema = taggedUnion(
  "kind",
  "a reform change",
  '{ kind: "rule", ebk, … }, { kind: "parameter", parameter, … }, { kind: "tax_rate", path, … }, { kind: "withdrawal_cap", share }, { kind: "revenue_transfer", ebk, share, key, rounding } or { kind: "transfer_formula", costFactor?, withdrawalCostFactor?, rounding? }',
  [
    ruleChange,
    parameterChange,
    taxRateChange,
    withdrawalCapChange,
    revenueTransferChange,
    transferFormulaChange,
  ],
)
  .superRefine((change, ctx) => {
    const problem = changeProblem(change);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  })
  .refine((c) => c.from === undefined || c.to === undefined || c.from <= c.to, {
    error: "the change ends before it starts",
    path: ["to"],
  });

/** What a change lacks or has too much of, beyond the shape of its fields. */
function changeProblem(change: ChangeShape): string | undefined {
  if (change.kind === "rule") {
    return change.key === undefined && change.recipient === undefined && change.shares === undefined
      ? "a rule change must set key, recipient or shares"
      : undefined;
  }
  if (change.kind === "parameter" || change.kind === "tax_rate") {
    if ((change.scale === undefined) === (change.value === undefined))
      return "give exactly one of scale or value";
    if (change.scale !== undefined && change.rounding === undefined) {
      return `a scaled ${change.kind === "parameter" ? "parameter" : "rate table"} needs its rounding mode (e.g. halfExpand)`;
    }
  }
  if (change.kind === "revenue_transfer") {
    if (change.share !== null && (change.key === undefined || change.rounding === undefined))
      return 'a revenue transfer with a share needs its key (e.g. "workplace") and rounding (e.g. halfEven)';
    if (change.share === null && (change.key !== undefined || change.rounding !== undefined))
      return "a revenue transfer removed (share null) takes no key or rounding";
  }
  if (change.kind === "transfer_formula") return formulaProblem(change);
  return undefined;
}

/** What a formula change lacks: a term to set, and the rounding of a factor it sets. */
function formulaProblem(change: z.output<typeof transferFormulaChange>): string | undefined {
  const { costFactor, withdrawalCostFactor, rounding } = change;
  if (costFactor === undefined && withdrawalCostFactor === undefined)
    return "a formula change must set costFactor or withdrawalCostFactor (null removes one)";
  const sets = typeof costFactor === "string" || typeof withdrawalCostFactor === "string";
  return sets && rounding === undefined ? "a factor needs its rounding mode (e.g. halfExpand)" : undefined;
}

/** Where a reform comes from: an enacted act (its citation) or a proposal (its author and text). */
const labelSchema = taggedUnion(
  "kind",
  "a reform's label",
  '{ kind: "enacted", citation } or { kind: "proposal", author, text }',
  [
    z.strictObject({ kind: z.literal("enacted"), citation: citationSchema }),
    z.strictObject({
      kind: z.literal("proposal"),
      author: z.string().min(1).describe("Who proposes it"),
      text: z.string().min(1).describe("The proposal in its author's words"),
    }),
  ],
);

/**
 * A reform: a dated overlay on the law. Its changes apply from `effectiveFrom` (to `until`, when given),
 * each within that span; the label says whether it is enacted (with its citation) or a proposal (with
 * its author's text).
 * @category Reforms
 */
export const reformSchema = z
  .strictObject(
    {
      id: z
        .string()
        .regex(
          /^[a-z0-9][a-z0-9-]*$/,
          "must be lower-case letters, digits and hyphens, e.g. workplace-iit-50",
        )
        .describe("Stable name; the ids of the rules it changes end with it"),
      title: z.string().min(1).describe("What the reform does, in a line"),
      effectiveFrom: isoDateSchema.describe("First day the reform applies"),
      until: isoDateSchema.optional().describe("Last day the reform applies; open by default"),
      label: labelSchema,
      changes: z
        .array(reformChangeSchema)
        .min(
          1,
          'a reform needs at least one change: { kind: "rule" }, { kind: "parameter" }, { kind: "tax_rate" } or { kind: "withdrawal_cap" }',
        )
        .describe("The changes, applied in order"),
    },
    {
      error: (issue) =>
        `must be a reform { id, title, effectiveFrom, until?, label, changes }, not ${describeValue(issue.input)}`,
    },
  )
  .superRefine((reform, ctx) => {
    if (reform.until !== undefined && reform.until < reform.effectiveFrom) {
      ctx.addIssue({ code: "custom", path: ["until"], message: "the reform ends before it starts" });
    }
    reform.changes.forEach((change, i) => {
      const outside =
        (change.from !== undefined && change.from < reform.effectiveFrom) ||
        (change.to !== undefined && reform.until !== undefined && change.to > reform.until);
      if (outside) {
        ctx.addIssue({
          code: "custom",
          path: ["changes", i],
          message: `the change's days must lie within the reform's (${reform.effectiveFrom} to ${reform.until ?? "open"})`,
        });
      }
    });
  });

/**
 * A list of reforms, applied in order; ids are unique.
 * @category Reforms
 */
export const reformsSchema = z.array(reformSchema).superRefine((reforms, ctx) => {
  const seen = new Set<string>();
  reforms.forEach((r, i) => {
    if (seen.has(r.id))
      ctx.addIssue({ code: "custom", path: [i, "id"], message: `reform id ${r.id} is used twice` });
    seen.add(r.id);
  });
});

/**
 * A reform as a caller writes it (in TypeScript or in a scenario file's `reforms`): see
 * {@link reformSchema}. Amounts are KZT decimal strings, shares and factors decimal strings.
 * @category Reforms
 */
export type Reform = z.input<typeof reformSchema>;

/**
 * A reform as {@link reformSchema} reads it: amounts as `Money`, decimals in canonical form.
 * @category Reforms
 */
export type ParsedReform = z.output<typeof reformSchema>;

/**
 * One change of a {@link ParsedReform}.
 * @category Reforms
 */
export type ReformChange = ParsedReform["changes"][number];
