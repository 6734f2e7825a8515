import * as z from "zod";
import { ebkCodeSchema, isoDateSchema } from "../../../input/codes.js";
import { decimalTextSchema } from "../../../input/decimal.js";
import { parseInput } from "../../../input/parse.js";
import { formulaFactorSchema, type Reform, reformSchema } from "../../../reform/reform-schema.js";
import { payerKindSchema, recipientSchema, roundingModeSchema } from "../../../rules/rulebook-schema.js";

/**
 * The label of the catalogue's "where the work is done" reforms when the caller gives none: the
 * President's words to rural akims (28 Nov 2025, as reported; not law).
 */
const WHERE_WORK_IS_DONE = {
  kind: "proposal",
  author: "President of Kazakhstan, meeting with rural akims, 28 Nov 2025 (as reported)",
  text: "taxes should be paid where work is done and income is generated",
} as const;

const labelSchema = reformSchema.shape.label;

/** What every catalogue reform takes: its dates, label and (optionally) its id. */
const common = {
  effectiveFrom: isoDateSchema.describe("First day the reform applies"),
  until: isoDateSchema.optional(),
  id: z.string().optional(),
  label: labelSchema.optional(),
};

const shareOptions = z.strictObject({
  ...common,
  share: decimalTextSchema(
    { above: 0, max: 1 },
    (v) => `${v} is not a share: give a decimal string above 0 and at most 1, e.g. "0.5"`,
  ),
  rounding: roundingModeSchema.optional(),
});

/** A catalogue reform's common fields, with its label (the given one, else `label`). */
function head(
  options: z.output<z.ZodObject<typeof common>>,
  id: string,
  title: string,
  label: Reform["label"] = WHERE_WORK_IS_DONE,
): Omit<Reform, "changes"> {
  return {
    id: options.id ?? id,
    title,
    effectiveFrom: options.effectiveFrom,
    ...(options.until === undefined ? {} : { until: options.until }),
    label: options.label ?? label,
  };
}

/** A share with the place that names the unit: the workplace (default) or the residence. */
const keyedShareOptions = shareOptions.extend({ key: z.enum(["workplace", "residence"]).optional() });

/**
 * Reform (a), "IIT where the work is done": a share `s` of the individual income tax withheld at source
 * (EBK 101201) goes to the fourth-level unit of the employee's workplace (`key: "workplace"`, the
 * default) or residence (`key: "residence"`); the rest goes as the law says (to the district budget of the
 * tax agent's seat, BC2025 Art. 26 p.1(2)). Where the place is no fourth-level unit with its own budget
 * (e.g. a district centre), the share goes to the district budget owning the place. Receipts under
 * 101201 must then carry the workplace (or residence) KATO code. Shares are rounded `halfEven` to the
 * tiyn by default, the remainder staying with the district.
 *
 * @param options - `share` (decimal string, 0 < s ≤ 1), `effectiveFrom`, optionally `until`, `key`,
 *   `rounding`, `id` (default `workplace-iit`) and `label` (default: the President's proposal of 28 Nov
 *   2025, as reported).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the options.
 * @category Reforms
 * @example
 * ```ts
 * const reform = workplaceIitReform({ share: "0.5", effectiveFrom: "2027-01-01" });
 * reform.changes[0]; //=> { kind: "rule", ebk: "101201", shares: [{ share: "0.5", key: "workplace", recipient: "fourth_level", rounding: "halfEven" }] }
 * ```
 */
export function workplaceIitReform(options: z.input<typeof keyedShareOptions>): Reform {
  const o = parseInput(keyedShareOptions, options, "workplace IIT reform");
  const key = o.key ?? "workplace";
  return {
    ...head(o, "workplace-iit", `${o.share} of IIT withheld at source (101201) to the unit of the ${key}`),
    changes: [
      {
        kind: "rule",
        ebk: "101201",
        shares: [{ share: o.share, key, recipient: "fourth_level", rounding: o.rounding ?? "halfEven" }],
      },
    ],
  };
}

/**
 * Reform (b), the effect of (a) delivered as a targeted transfer: the IIT withheld at source (EBK 101201)
 * stays with the district, which pays each of its fourth-level units a targeted current transfer of
 * `share` × the IIT withheld for the employees working in the unit (`key: "workplace"`, the default; or
 * living there, `key: "residence"`), computed from workplace data: receipts under 101201 carrying the
 * workplace KATO code (e.g. `workerReceipts` of employer–employee records). The district's total of a year
 * is rounded once (`halfEven` by default) and split among its units by the largest remainder. A transfer
 * is no own revenue, so the units' self-sufficiency does not move, unlike under (a). The nearest ground
 * in force is the targeted current transfer of a district to its units (BC2025 Art. 83 p.2(1)), which
 * compensates only losses from new acts: a proposal.
 *
 * @param options - `share` (decimal string, 0 < s ≤ 1), `effectiveFrom`, optionally `until`, `key`,
 *   `rounding`, `id` (default `workplace-iit-transfer`) and `label` (default: the President's proposal).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the options.
 * @category Reforms
 * @example
 * ```ts
 * const reform = workplaceIitTransferReform({ share: "0.5", effectiveFrom: "2027-01-01" });
 * reform.changes[0]; //=> { kind: "revenue_transfer", ebk: "101201", share: "0.5", key: "workplace", rounding: "halfEven" }
 * ```
 */
export function workplaceIitTransferReform(options: z.input<typeof keyedShareOptions>): Reform {
  const o = parseInput(keyedShareOptions, options, "workplace IIT transfer reform");
  const key = o.key ?? "workplace";
  return {
    ...head(
      o,
      "workplace-iit-transfer",
      `targeted transfer of ${o.share} of IIT withheld at source (101201) to the unit of the ${key}`,
    ),
    changes: [
      { kind: "revenue_transfer", ebk: "101201", share: o.share, key, rounding: o.rounding ?? "halfEven" },
    ],
  };
}

/**
 * Reform (c): a share `s` of the property tax of legal entities and individual entrepreneurs (EBK 104101,
 * a district revenue, BC2025 Art. 26 p.1(5)) goes to the fourth-level unit where the property stands
 * (`object_location`); the rest stays with the district.
 *
 * @param options - `share`, `effectiveFrom`, optionally `until`, `rounding` (default `halfEven`), `id`
 *   (default `property-tax-where-property`) and `label`.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the options.
 * @category Reforms
 * @example
 * ```ts
 * propertyTaxReform({ share: "0.3", effectiveFrom: "2027-01-01" }).changes[0]?.kind; //=> "rule"
 * ```
 */
export function propertyTaxReform(options: z.input<typeof shareOptions>): Reform {
  const o = parseInput(shareOptions, options, "property tax reform");
  return {
    ...head(
      o,
      "property-tax-where-property",
      `${o.share} of legal entities' property tax (104101) to the unit of the property`,
    ),
    changes: [
      {
        kind: "rule",
        ebk: "104101",
        shares: [
          {
            share: o.share,
            key: "object_location",
            recipient: "fourth_level",
            rounding: o.rounding ?? "halfEven",
          },
        ],
      },
    ],
  };
}

const capOptions = z.strictObject({
  ...common,
  share: decimalTextSchema(
    { min: 0, max: 1 },
    (v) => `${v} is not a share: give a decimal string 0–1, e.g. "0.3"`,
  ),
  label: labelSchema,
});

/**
 * Reform (d): a cap on budget withdrawals: a unit's withdrawal is at most `share` of its own revenues of
 * the year (the transfer law's `withdrawalCap`). The law in force has no cap (BC2025 Art. 79–80 set the
 * withdrawal as forecast own revenues − forecast costs).
 *
 * @param options - `share` (0–1), `effectiveFrom`, `label` (required: whose cap it is), optionally
 *   `until` and `id` (default `withdrawal-cap`).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the options.
 * @category Reforms
 * @example
 * ```ts
 * const cap = withdrawalCapReform({
 *   share: "0.3", effectiveFrom: "2027-01-01",
 *   label: { kind: "proposal", author: "analyst", text: "study a cap on withdrawals" },
 * });
 * cap.changes; //=> [{ kind: "withdrawal_cap", share: "0.3" }]
 * ```
 */
export function withdrawalCapReform(options: z.input<typeof capOptions>): Reform {
  const o = parseInput(capOptions, options, "withdrawal cap reform");
  return {
    ...head(o, "withdrawal-cap", `budget withdrawals capped at ${o.share} of own revenues`, o.label),
    changes: [{ kind: "withdrawal_cap", share: o.share }],
  };
}

const moveOptions = z.strictObject({
  ...common,
  ebk: ebkCodeSchema,
  to: recipientSchema,
  payerKinds: z.array(payerKindSchema).min(1).optional(),
  label: labelSchema,
});

/**
 * Reform (e): a revenue line moves between levels from a date: its receipts go `to` the fourth level
 * (the unit owning the place of the line's key) or to the district or higher budgets. Only the Budget
 * Code assigns a receipt to a level (BC2025 Art. 22 p.2), so an enacted move cites its amending law.
 *
 * @param options - `ebk`, `to` (`fourth_level` or `district_or_higher`), `effectiveFrom`, `label`,
 *   optionally `payerKinds`, `until` and `id` (default `move-<ebk>`).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the options.
 * @category Reforms
 * @example
 * ```ts
 * const move = moveRevenueLineReform({
 *   ebk: "101111", to: "fourth_level", effectiveFrom: "2028-01-01",
 *   label: { kind: "proposal", author: "analyst", text: "CIT of small firms to villages" },
 * });
 * move.changes; //=> [{ kind: "rule", ebk: "101111", recipient: "fourth_level" }]
 * ```
 */
export function moveRevenueLineReform(options: z.input<typeof moveOptions>): Reform {
  const o = parseInput(moveOptions, options, "revenue line move");
  return {
    ...head(o, `move-${o.ebk}`, `EBK ${o.ebk} moved to ${o.to.replaceAll("_", " ")}`, o.label),
    changes: [
      {
        kind: "rule",
        ebk: o.ebk,
        recipient: o.to,
        ...(o.payerKinds === undefined ? {} : { payerKinds: o.payerKinds }),
      },
    ],
  };
}

const factorSchema = formulaFactorSchema.optional();

const formulaOptions = z
  .strictObject({
    ...common,
    costFactor: factorSchema,
    withdrawalCostFactor: factorSchema,
    rounding: roundingModeSchema.optional(),
    label: labelSchema,
  })
  .refine((o) => o.costFactor !== undefined || o.withdrawalCostFactor !== undefined, {
    error: 'give costFactor, withdrawalCostFactor or both, e.g. { withdrawalCostFactor: "1.1" }',
  });

/**
 * Terms of the general-transfer formula from a date (a `transfer_formula` change): in the plans made
 * in years whose 1 January the reform covers, every unit's forecast costs × `costFactor` (e.g. a
 * territorial cost coefficient of the typical methodology, BC2025 Art. 80 p.2), and the costs of a unit
 * with a forecast budget withdrawal × `withdrawalCostFactor` (the additional indicator to the forecast
 * costs of such budgets, BC2025 Art. 80 p.4 part 3), so the unit keeps more. The scaled costs are
 * rounded to the tiyn, `halfEven` by default. The law in force sets no term, so the label says whose
 * terms they are. Seen in `compare`'s `law_response` view, where the plans are made anew.
 *
 * @param options - `costFactor` and/or `withdrawalCostFactor` (decimal strings above 0, at most 10),
 *   `effectiveFrom`, `label` (required), optionally `until`, `rounding` and `id` (default
 *   `transfer-formula`).
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every problem of the options (neither factor
 *   given: at the options as a whole).
 * @category Reforms
 * @example
 * ```ts
 * const formula = transferFormulaReform({
 *   withdrawalCostFactor: "1.1", effectiveFrom: "2028-01-01",
 *   label: { kind: "proposal", author: "analyst", text: "an additional indicator for units with a withdrawal" },
 * });
 * formula.changes; //=> [{ kind: "transfer_formula", withdrawalCostFactor: "1.1", rounding: "halfEven" }]
 * ```
 */
export function transferFormulaReform(options: z.input<typeof formulaOptions>): Reform {
  const o = parseInput(formulaOptions, options, "transferFormulaReform options");
  const terms = [
    ...(o.costFactor === undefined ? [] : [`forecast costs × ${o.costFactor}`]),
    ...(o.withdrawalCostFactor === undefined
      ? []
      : [`costs of units with a withdrawal × ${o.withdrawalCostFactor}`]),
  ];
  return {
    ...head(o, "transfer-formula", `general-transfer formula: ${terms.join("; ")}`, o.label),
    changes: [
      {
        kind: "transfer_formula",
        ...(o.costFactor === undefined ? {} : { costFactor: o.costFactor }),
        ...(o.withdrawalCostFactor === undefined ? {} : { withdrawalCostFactor: o.withdrawalCostFactor }),
        rounding: o.rounding ?? "halfEven",
      },
    ],
  };
}
