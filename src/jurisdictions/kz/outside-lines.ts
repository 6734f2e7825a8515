import type { Citation } from "../../citation/citation.js";
import type { AttributionKey, PayerKind } from "../../rules/rule.js";
import { cite, READINGS } from "./acts.js";
import { EGOV_KBK, open, published } from "./ebk-sources.js";
import type { EditionId } from "./revenue-lines.js";

/**
 * A revenue met in fourth-level practice that is not a fourth-level revenue: its EBK code (or `undefined`
 * where it is open — the caller supplies it as `openCodes[slug]`), the key of each payer kind, and, when
 * the line exists only in some editions, the ground of each.
 */
export interface OutsideLine {
  readonly slug: string;
  readonly revenue: string;
  /** The 6-digit EBK code; `undefined` when it is open (see `ebkSource`). */
  readonly ebk: string | undefined;
  /** Where the code was seen, or why it is open (as for the fourth-level lines). */
  readonly ebkSource: string;
  readonly keys: Readonly<Partial<Record<PayerKind, AttributionKey>>>;
  readonly note: string;
  /**
   * The editions that carry the line, each with the article that sends it above the fourth level. Absent:
   * every edition, cited by the article that lists the fourth-level revenues (which does not list it).
   */
  readonly grounds?: Readonly<Partial<Record<EditionId, Citation>>>;
}

/**
 * Revenue codes met in fourth-level practice that are NOT fourth-level revenues: the fourth-level list
 * is exhaustive (only the Budget Code assigns a receipt to a level, BC2025 Art. 22 p.2), so they go to
 * the district or higher budgets of the place of their key.
 */
export const OUTSIDE_FOURTH_LEVEL: readonly OutsideLine[] = [
  {
    slug: "iit-withheld-at-source",
    revenue: "Individual income tax withheld at source",
    ebk: "101201",
    ebkSource: published("101201", EGOV_KBK),
    keys: { individual: "legal_seat", individual_entrepreneur: "legal_seat", legal_entity: "legal_seat" },
    note: "keyed on the tax agent's (employer's) seat; shared oblast/district by oblast-maslikhat norms to 2025, all to the district from 2026 (BC2025 Art. 26 p.1(2))",
  },
  {
    slug: "iit-foreigners-not-withheld",
    revenue: "Individual income tax of foreign nationals not withheld at source",
    ebk: "101205",
    ebkSource: published("101205", EGOV_KBK),
    keys: { individual: "residence", individual_entrepreneur: "registered_location" },
    note: "oblast/district line",
  },
  {
    slug: "iit-mobile-app-entrepreneurs",
    revenue:
      "Individual income tax of individual entrepreneurs on the special tax regime with a special mobile application",
    ebk: undefined,
    ebkSource: open("subclass 1-01-2 (individual income tax); no source read names a code for this line"),
    keys: { individual_entrepreneur: "registered_location" },
    note: "from 2026 BC2025 Art. 26 p.1(3) sends it, «уплаченный и перечисленный Государственной корпорацией», to the district budget; in 2025 Art. 168 p.6(1) names no such item, so it is part of the IIT shared by the oblast maslikhat's norms (p.4(1), 6(1)) — an inference. The Code names no territorial key: the library keys it on the entrepreneur's registered location, as entrepreneurs' declared IIT. The 2026 Tax Code has no regime of this name (Art. 715 p.1: the special regime for the self-employed), so from 2026 the line may carry only arrears; before 2025 it has no rule (BC2008 was not read for it)",
    grounds: {
      "bc2025-transitional": cite(READINGS.bc2025Transitional, "168", "4(1), 6(1)"),
      bc2025: cite(READINGS.bc2025, "26", "1(3)"),
    },
  },
  {
    slug: "cit-non-large",
    revenue: "Corporate income tax, except large business and oil sector",
    ebk: "101111",
    ebkSource: published("101111", EGOV_KBK),
    keys: { legal_entity: "legal_seat" },
    note: "oblast (up to 50%) and district by oblast norms to 2025; district from 2026 (BC2025 Art. 26 p.1(1))",
  },
  {
    slug: "social-tax",
    revenue: "Social tax",
    ebk: "103101",
    ebkSource: published("103101", EGOV_KBK),
    keys: { individual_entrepreneur: "registered_location", legal_entity: "legal_seat" },
    note: "oblast and district by oblast norms (BC2025 Art. 26 p.1(4))",
  },
  {
    slug: "property-tax-legal-entities",
    revenue: "Property tax of legal entities and individual entrepreneurs",
    ebk: "104101",
    ebkSource: published("104101", EGOV_KBK),
    keys: { individual_entrepreneur: "object_location", legal_entity: "object_location" },
    note: "district budget (BC2025 Art. 26 p.1(5))",
  },
];
