import * as z from "zod";
import type { DatedValue } from "../../calendar/dated.js";
import { describeValue } from "../../errors/describe.js";
import { parseInput } from "../../input/parse.js";
import type { AttributionKey, PayerKind, RevenueRule } from "../../rules/rule.js";
import { type EditionId, FOURTH_LEVEL_REVENUE_LINES, OUTSIDE_FOURTH_LEVEL } from "./revenue-lines.js";
import { REVENUE_LIST_EDITIONS } from "./revenue-lists.js";

/**
 * Options of `kazakhstanLaw` and `kazakhstanRulebook`.
 *
 * @category Kazakhstan law
 */
export interface KazakhstanLawOptions {
  /**
   * EBK codes for the lines whose code the law leaves open, by line slug, e.g.
   * `{ "land-use-fee": "105316" }`. Without them those lines have no rule and a receipt under an unknown
   * code is refused, never guessed.
   */
  readonly openCodes?: Readonly<Record<string, string>>;
}

function editionOf(id: EditionId): DatedValue<EditionId> {
  return REVENUE_LIST_EDITIONS.entries.find((e) => e.value === id) as DatedValue<EditionId>;
}

function rule(
  editionId: EditionId,
  slug: string,
  fields: Omit<RevenueRule, "id" | "from" | "to" | "citation">,
  paragraph: string,
): RevenueRule {
  const edition = editionOf(editionId);
  const { act, article, versionDate } = edition.citation;
  return {
    id: `kz.${editionId}.${slug}`,
    ...fields,
    from: edition.from,
    ...(edition.to === undefined ? {} : { to: edition.to }),
    citation: { act, article, paragraph, versionDate },
  };
}

const invalidRule = { code: "INVALID_RULE" } as const;

/** The lines whose EBK code the law leaves open: the caller may give one. */
const OPEN_LINES = FOURTH_LEVEL_REVENUE_LINES.filter((l) => l.ebk === undefined).map((l) => l.slug);

/** The options of `kazakhstanLaw`: an EBK code for a line whose code is open, by the line's slug. */
export const kazakhstanLawOptionsSchema = z.strictObject(
  {
    openCodes: z
      .record(
        z.string(),
        z
          .string({ error: 'must be a 6-digit EBK code as a string, e.g. "105316"' })
          .refine((code) => /^\d{6}$/.test(code), {
            error: (issue) => `${describeValue(issue.input)} is not a 6-digit EBK code`,
            params: invalidRule,
          }),
        { error: 'must be EBK codes by line, e.g. { "land-use-fee": "105316" }' },
      )
      .superRefine((codes, ctx) => {
        for (const slug of Object.keys(codes).filter((key) => !OPEN_LINES.includes(key))) {
          ctx.addIssue({
            code: "custom",
            path: [slug],
            input: slug,
            params: invalidRule,
            message: `${JSON.stringify(slug)} is not a line with an open EBK code; open lines: ${OPEN_LINES.join(", ")}`,
          });
        }
      })
      .optional(),
  },
  { error: (issue) => `must be options { openCodes? }, not ${describeValue(issue.input)}` },
);

/**
 * The revenue rules of Kazakhstan: every fourth-level revenue line with an established EBK code (or one
 * given in `openCodes`) in every edition of the list (2018 → 2021, 2022 → 2024, 2025, 2026 →), plus the
 * codes known not to be fourth-level revenues (sent to the district or higher budgets), each rule citing
 * act, article, paragraph and edition date.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` when the options are not `{ openCodes? }`; issue code
 * `INVALID_RULE` at `["openCodes", slug]` when `openCodes` names a line that is not open or gives a code
 * that is not six digits.
 * @category Kazakhstan law
 * @example
 * ```ts
 * kazakhstanRevenueRules().find((r) => r.id === "kz.bc2025.vehicle-tax-individuals")?.citation.paragraph; //=> "1(4)"
 * ```
 */
export function kazakhstanRevenueRules(options: KazakhstanLawOptions = {}): RevenueRule[] {
  return revenueRulesOf(parseInput(kazakhstanLawOptionsSchema, options, "Kazakhstan's law options"));
}

/** {@link kazakhstanRevenueRules} of options already checked. @internal */
export function revenueRulesOf(options: {
  readonly openCodes?: KazakhstanLawOptions["openCodes"] | undefined;
}): RevenueRule[] {
  const openCodes = options.openCodes ?? {};
  const fourthLevel = FOURTH_LEVEL_REVENUE_LINES.flatMap((line) => {
    const ebk = line.ebk ?? openCodes[line.slug];
    if (ebk === undefined) return [];
    return (Object.entries(line.paragraphs) as [EditionId, string][]).map(([editionId, paragraph]) =>
      rule(
        editionId,
        line.slug,
        {
          ebk,
          revenue: line.revenue,
          category: line.category,
          payerKinds: line.payerKinds,
          key: line.key,
          recipient: "fourth_level",
          ...(line.note === undefined ? {} : { note: line.note }),
        },
        paragraph,
      ),
    );
  });
  const outside = OUTSIDE_FOURTH_LEVEL.flatMap((line) =>
    REVENUE_LIST_EDITIONS.entries.flatMap(({ value: editionId }) =>
      (Object.entries(line.keys) as [PayerKind, AttributionKey][]).map(([payerKind, key]) =>
        rule(
          editionId,
          `${line.slug}.${payerKind}`,
          {
            ebk: line.ebk,
            revenue: line.revenue,
            category: "tax",
            payerKinds: [payerKind],
            key,
            recipient: "district_or_higher",
            note: `not a fourth-level revenue (not in the list of this article); ${line.note}`,
          },
          editionId === "bc2025-transitional" ? "7" : "1",
        ),
      ),
    ),
  );
  return [...fourthLevel, ...outside];
}
