import type { DatedValue } from "../../calendar/dated.js";
import { FourthLevelError } from "../../errors/error.js";
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

/** Checks `openCodes`: each names a line with an open code and gives six digits. */
function checkOpenCodes(openCodes: Readonly<Record<string, string>>): void {
  for (const [slug, code] of Object.entries(openCodes)) {
    const line = FOURTH_LEVEL_REVENUE_LINES.find((l) => l.slug === slug);
    if (line === undefined || line.ebk !== undefined) {
      const open = FOURTH_LEVEL_REVENUE_LINES.filter((l) => l.ebk === undefined).map((l) => l.slug);
      throw new FourthLevelError(
        "INVALID_RULE",
        `openCodes: ${JSON.stringify(slug)} is not a line with an open EBK code; open lines: ${open.join(", ")}`,
        { slug, open },
      );
    }
    if (!/^\d{6}$/.test(code)) {
      throw new FourthLevelError(
        "INVALID_RULE",
        `openCodes.${slug}: ${JSON.stringify(code)} is not a 6-digit EBK code`,
        {
          slug,
          code,
        },
      );
    }
  }
}

/**
 * The revenue rules of Kazakhstan: every fourth-level revenue line with an established EBK code (or one
 * given in `openCodes`) in every edition of the list (2018 → 2021, 2022 → 2024, 2025, 2026 →), plus the
 * codes known not to be fourth-level revenues (sent to the district or higher budgets), each rule citing
 * act, article, paragraph and edition date.
 *
 * @throws {@link FourthLevelError} `INVALID_RULE` when `openCodes` names a line that is not open or a
 * code that is not six digits.
 * @category Kazakhstan law
 * @example
 * ```ts
 * kazakhstanRevenueRules().find((r) => r.id === "kz.bc2025.vehicle-tax-individuals")?.citation.paragraph; //=> "1(4)"
 * ```
 */
export function kazakhstanRevenueRules(options: KazakhstanLawOptions = {}): RevenueRule[] {
  const openCodes = options.openCodes ?? {};
  checkOpenCodes(openCodes);
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
