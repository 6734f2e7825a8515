import * as z from "zod";
import type { DatedValue } from "../../calendar/dated.js";
import type { Citation } from "../../citation/citation.js";
import { describeValue } from "../../errors/describe.js";
import { parseInput } from "../../input/parse.js";
import type { AttributionKey, PayerKind, RevenueRule } from "../../rules/rule.js";
import { OPEN_CODE_SLUGS } from "./open-codes.js";
import { OUTSIDE_FOURTH_LEVEL, type OutsideLine } from "./outside-lines.js";
import { type EditionId, FOURTH_LEVEL_REVENUE_LINES } from "./revenue-lines.js";
import { REVENUE_LIST_EDITIONS } from "./revenue-lists.js";

/**
 * Options of `kazakhstanLaw` and `kazakhstanRulebook`.
 *
 * @category Kazakhstan law
 */
export interface KazakhstanLawOptions {
  /**
   * EBK codes for the lines whose code is open in some edition (see `FOURTH_LEVEL_REVENUE_LINES`'
   * `ebkSource`), by line slug, e.g. `{ "fines-imposed-by-akim": "204170" }`: a code applies to the
   * editions where the line has none of its own (2018–2021, whose distribution tables were not read), and
   * `"iit-mobile-app-entrepreneurs"` (the IIT of entrepreneurs on the mobile-application regime, a
   * district revenue). Without them those lines have no rule and a receipt under an unknown code is
   * refused, never guessed.
   */
  readonly openCodes?: Readonly<Record<string, string>>;
}

function editionOf(id: EditionId): DatedValue<EditionId> {
  return REVENUE_LIST_EDITIONS.entries.find((e) => e.value === id) as DatedValue<EditionId>;
}

/** A rule of one edition: its dates are the edition's; its ground the listing article's paragraph, or `ground`. */
function rule(
  editionId: EditionId,
  slug: string,
  fields: Omit<RevenueRule, "id" | "from" | "to" | "citation">,
  ground: string | Citation,
): RevenueRule {
  const edition = editionOf(editionId);
  const { act, article, versionDate } = edition.citation;
  return {
    id: `kz.${editionId}.${slug}`,
    ...fields,
    from: edition.from,
    ...(edition.to === undefined ? {} : { to: edition.to }),
    citation: typeof ground === "string" ? { act, article, paragraph: ground, versionDate } : ground,
  };
}

const invalidRule = { code: "INVALID_RULE" } as const;

/** The options of `kazakhstanLaw`: an EBK code for a line whose code is open, by the line's slug. */
export const kazakhstanLawOptionsSchema = z.strictObject(
  {
    openCodes: z
      .record(
        z.string(),
        z
          .string({ error: 'must be a 6-digit EBK code as a string, e.g. "204170"' })
          .refine((code) => /^\d{6}$/.test(code), {
            error: (issue) => `${describeValue(issue.input)} is not a 6-digit EBK code`,
            params: invalidRule,
          }),
        { error: 'must be EBK codes by line, e.g. { "fines-imposed-by-akim": "204170" }' },
      )
      .superRefine((codes, ctx) => {
        for (const slug of Object.keys(codes).filter((key) => !OPEN_CODE_SLUGS.includes(key))) {
          ctx.addIssue({
            code: "custom",
            path: [slug],
            input: slug,
            params: invalidRule,
            message: `${JSON.stringify(slug)} is not a line with an open EBK code; open lines: ${OPEN_CODE_SLUGS.join(", ")}`,
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

/** The rules of an outside line: one per edition (or per edition of its grounds) and payer kind. */
function outsideRules(line: OutsideLine, ebk: string, caller: boolean): RevenueRule[] {
  const editions = REVENUE_LIST_EDITIONS.entries
    .map(({ value }) => value)
    .filter((id) => line.grounds === undefined || line.grounds[id] !== undefined);
  return editions.flatMap((editionId) =>
    (Object.entries(line.keys) as [PayerKind, AttributionKey][]).map(([payerKind, key]) =>
      rule(
        editionId,
        `${line.slug}.${payerKind}`,
        {
          ebk,
          revenue: line.revenue,
          category: "tax",
          payerKinds: [payerKind],
          key,
          recipient: "district_or_higher",
          note: notes(
            "not a fourth-level revenue (not in the list of fourth-level revenues)",
            callerCode(line.slug, caller),
            line.note,
          ),
        },
        line.grounds?.[editionId] ?? (editionId === "bc2025-transitional" ? "7" : "1"),
      ),
    ),
  );
}

/** What a rule says of a code the caller supplied. */
const callerCode = (slug: string, caller: boolean) =>
  caller ? `EBK code supplied by the caller (openCodes["${slug}"])` : undefined;

/** The parts of a note that are there, in one sentence. */
const notes = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined).join("; ");

/** {@link kazakhstanRevenueRules} of options already checked. @internal */
export function revenueRulesOf(options: {
  readonly openCodes?: KazakhstanLawOptions["openCodes"] | undefined;
}): RevenueRule[] {
  const openCodes = options.openCodes ?? {};
  const fourthLevel = FOURTH_LEVEL_REVENUE_LINES.flatMap((line) =>
    (Object.entries(line.paragraphs) as [EditionId, string][]).flatMap(([editionId, paragraph]) => {
      const caller = openCodes[line.slug];
      const codes = line.ebk[editionId] ?? (caller === undefined ? [] : [caller]);
      const note = notes(callerCode(line.slug, line.ebk[editionId] === undefined), line.note);
      return codes.map((ebk) =>
        rule(
          editionId,
          codes.length === 1 ? line.slug : `${line.slug}.${ebk}`,
          {
            ebk,
            revenue: line.revenue,
            category: line.category,
            payerKinds: line.payerKinds,
            key: line.key,
            recipient: "fourth_level",
            ...(note === "" ? {} : { note }),
          },
          paragraph,
        ),
      );
    }),
  );
  const outside = OUTSIDE_FOURTH_LEVEL.flatMap((line) => {
    const ebk = line.ebk ?? openCodes[line.slug];
    return ebk === undefined ? [] : outsideRules(line, ebk, line.ebk === undefined);
  });
  return [...fourthLevel, ...outside];
}
