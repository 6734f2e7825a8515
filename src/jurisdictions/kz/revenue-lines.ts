import type { IsoDate } from "../../calendar/iso-date.js";
import type { Citation } from "../../citation/citation.js";
import type { RevenueCategory } from "../../classification/category.js";
import { FourthLevelError } from "../../errors/error.js";
import {
  type AttributionKey,
  PAYER_KINDS,
  type PayerKind,
  type Recipient,
  type RevenueRule,
} from "../../rules/rule.js";
import { createRulebook, type Rulebook } from "../../rules/rulebook.js";

/** The editions of the law that list the revenues of fourth-level budgets. */
export type EditionId = "bc2008-2018" | "bc2008-2022" | "bc2025-transitional" | "bc2025";

/** One edition of the law's list of fourth-level revenues: the period it governs and what to cite. */
export interface Edition {
  /** First payment date the edition governs, `YYYY-MM-DD`. */
  readonly from: IsoDate;
  /** Last payment date it governs; absent while in force. */
  readonly to?: IsoDate;
  /** The act, as cited (e.g. the Budget Code with its date and number). */
  readonly act: string;
  /** The article that lists the fourth-level revenues. */
  readonly article: string;
  /** The date of the wording read. */
  readonly versionDate: IsoDate;
}

/**
 * The four editions, each with the period it governs (by payment date). Fourth-level budgets exist from
 * 1 Jan 2018 for units over 2,000 people and from 1 Jan 2020 for all (Law 11.07.2017 No 90-VI); which
 * units had a budget before 2020 is a unit attribute (`ownBudgetSince`), not part of the rules.
 */
export const EDITIONS: Readonly<Record<EditionId, Edition>> = {
  "bc2008-2018": {
    from: "2018-01-01",
    to: "2021-12-31",
    act: "Budget Code of 4 Dec 2008 No 95-IV (Art. 52-1 added by Law 11.07.2017 No 90-VI)",
    article: "52-1",
    versionDate: "2020-05-13",
  },
  "bc2008-2022": {
    from: "2022-01-01",
    to: "2024-12-31",
    act: "Budget Code of 4 Dec 2008 No 95-IV (as amended by Law 30.06.2021 No 60-VII)",
    article: "52-1",
    versionDate: "2024-01-01",
  },
  "bc2025-transitional": {
    from: "2025-01-01",
    to: "2025-12-31",
    act: "Budget Code of 15 Mar 2025 No 171-VIII (transitional list, word for word that of BC2008 Art. 52-1 in 2022-2024)",
    article: "168",
    versionDate: "2026-01-16",
  },
  bc2025: {
    from: "2026-01-01",
    act: "Budget Code of 15 Mar 2025 No 171-VIII (as amended by Law 18.07.2025 No 215-VIII)",
    article: "27",
    versionDate: "2026-01-16",
  },
};

/**
 * One revenue line of fourth-level budgets as the law lists it: its EBK code (or `undefined` where the
 * code is not established — the caller supplies it), who pays, the attribution key, and the paragraph
 * of each edition that lists it.
 */
export interface FourthLevelRevenueLine {
  /** Stable name, e.g. `"vehicle-tax-individuals"`. */
  readonly slug: string;
  readonly revenue: string;
  readonly category: RevenueCategory;
  /** The 6-digit EBK code; `undefined` when it is open (see `note`) and must be supplied by the caller. */
  readonly ebk: string | undefined;
  /** The EBK subclass, where only the subclass is known (e.g. `"2-04-1"`). */
  readonly subclass?: string;
  readonly payerKinds: readonly PayerKind[];
  readonly key: AttributionKey;
  /** Paragraph of the article in each edition that lists the line; an edition not named does not. */
  readonly paragraphs: Readonly<Partial<Record<EditionId, string>>>;
  readonly note?: string;
}

const TO_2025 = (paragraph: string) => ({
  "bc2008-2018": paragraph,
  "bc2008-2022": paragraph,
  "bc2025-transitional": `7 (BC2008 Art. 52-1 p.${paragraph})`,
});
const FROM_2022_TO_2025 = (paragraph: string) => ({
  "bc2008-2022": paragraph,
  "bc2025-transitional": `7 (BC2008 Art. 52-1 p.${paragraph})`,
});

/** The revenue lines of fourth-level budgets in every edition (BC2008 Art. 52-1, BC2025 Art. 168 p.7, BC2025 Art. 27). */
export const FOURTH_LEVEL_REVENUE_LINES: readonly FourthLevelRevenueLine[] = [
  {
    slug: "iit-self-assessed-individuals",
    revenue: "Individual income tax on income the individual declares himself (not withheld at source)",
    category: "tax",
    ebk: "101202",
    payerKinds: ["individual"],
    key: "residence",
    paragraphs: { ...TO_2025("1(1)"), bc2025: "1(1)" },
  },
  {
    slug: "iit-self-assessed-entrepreneurs",
    revenue:
      "Individual income tax declared by individual entrepreneurs, private notaries, private bailiffs, lawyers, professional mediators",
    category: "tax",
    ebk: "101202",
    payerKinds: ["individual_entrepreneur"],
    key: "registered_location",
    paragraphs: { ...TO_2025("1(1)"), bc2025: "1(1)" },
  },
  {
    slug: "property-tax-individuals",
    revenue: "Property tax of individuals",
    category: "tax",
    ebk: "104102",
    payerKinds: ["individual"],
    key: "object_location",
    paragraphs: { ...TO_2025("1(2)"), bc2025: "1(2)" },
  },
  {
    slug: "land-tax-settlements-individuals",
    revenue: "Land tax on lands of settlements, individuals",
    category: "tax",
    ebk: "104302",
    payerKinds: ["individual", "individual_entrepreneur"],
    key: "object_location",
    paragraphs: { ...TO_2025("1(3)"), bc2025: "1(3)" },
  },
  {
    slug: "land-tax-settlements-legal-entities",
    revenue: "Land tax on lands of settlements, legal entities",
    category: "tax",
    ebk: undefined,
    payerKinds: ["legal_entity"],
    key: "object_location",
    paragraphs: { ...TO_2025("1(3)"), bc2025: "1(3)" },
    note: "EBK 104309 lumps this tax with other land tax that stays with the district; how the treasury splits it is not established — supply the code",
  },
  {
    slug: "single-land-tax",
    revenue: "Single land tax",
    category: "tax",
    ebk: "104501",
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: FROM_2022_TO_2025("1(3-1)"),
    note: "the Code names no territorial key for this line; the library keys it on the payer's land plot; abolished from 2026 by the Tax Code of 18 Jul 2025",
  },
  {
    slug: "vehicle-tax-individuals",
    revenue: "Vehicle tax, individuals",
    category: "tax",
    ebk: "104402",
    payerKinds: ["individual", "individual_entrepreneur"],
    key: "residence",
    paragraphs: { ...TO_2025("1(4)"), bc2025: "1(4)" },
  },
  {
    slug: "vehicle-tax-legal-entities",
    revenue: "Vehicle tax, legal entities",
    category: "tax",
    ebk: "104401",
    payerKinds: ["legal_entity"],
    key: "legal_seat",
    paragraphs: { ...TO_2025("1(4)"), bc2025: "1(4)" },
  },
  {
    slug: "land-use-fee",
    revenue: "Fee for the use of land plots",
    category: "tax",
    ebk: undefined,
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { ...FROM_2022_TO_2025("1(4-1)"), bc2025: "1(6)" },
    note: "EBK code not established — supply it",
  },
  {
    slug: "outdoor-advertising-fee",
    revenue: "Fee for outdoor (visual) advertising",
    category: "tax",
    ebk: "105430",
    payerKinds: PAYER_KINDS,
    key: "advertisement_location",
    paragraphs: TO_2025("1(5)"),
  },
  {
    slug: "outdoor-advertising-fee-2026",
    revenue: "Fee for outdoor (visual) advertising",
    category: "tax",
    ebk: undefined,
    payerKinds: PAYER_KINDS,
    key: "advertisement_location",
    paragraphs: { bc2025: "1(7)" },
    note: "the 2026 code is not established: 105430 until 2025, a 2026 source gives 105402 — supply it",
  },
  {
    slug: "mineral-extraction-tax-common-minerals",
    revenue: "Mineral extraction tax on common minerals, groundwater and therapeutic mud",
    category: "tax",
    ebk: undefined,
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { bc2025: "1(8)" },
    note: "EBK code not established — supply it",
  },
  {
    slug: "fines-imposed-by-akim",
    revenue: "Fines imposed by the akim of the unit for administrative offences",
    category: "non_tax",
    ebk: undefined,
    subclass: "2-04-1",
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(1)"), bc2025: "2(1)" },
    note: "only the subclass is established — supply the specific code",
  },
  {
    slug: "voluntary-contributions",
    revenue: "Voluntary contributions of individuals and legal entities",
    category: "non_tax",
    ebk: undefined,
    subclass: "2-06-1",
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(2)"), bc2025: "2(2)" },
    note: "booked in subclass 2-06-1 as far as is known — supply the specific code",
  },
  {
    slug: "communal-property-income",
    revenue:
      "Income from communal property of local self-government (enterprise income, participation shares, rent, other)",
    category: "non_tax",
    ebk: undefined,
    subclass: "2-01-5",
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(3)"), bc2025: "2(3)" },
    note: "rent is subclass 2-01-5; specific codes not established — supply them",
  },
  {
    slug: "interest-on-loans",
    revenue: "Interest on loans issued from the fourth-level budget",
    category: "non_tax",
    ebk: undefined,
    subclass: "2-01-7",
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { bc2025: "2(3)" },
    note: "specific code not established — supply it",
  },
  {
    slug: "other-non-tax",
    revenue: "Other non-tax receipts",
    category: "non_tax",
    ebk: undefined,
    subclass: "2-06-1",
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(4)"), bc2025: "2(4)" },
    note: "specific code not established — supply it",
  },
  {
    slug: "sale-of-property",
    revenue: "Sale of property assigned to institutions financed from the fourth-level budget",
    category: "capital",
    ebk: undefined,
    subclass: "3-01-1",
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("3(1)"), bc2025: "3(1)" },
    note: "specific code not established — supply it",
  },
  {
    slug: "sale-of-land-plots",
    revenue: "Sale of land plots, except agricultural land",
    category: "capital",
    ebk: undefined,
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { ...FROM_2022_TO_2025("3(2)"), bc2025: "3(2)" },
    note: "EBK code not established — supply it",
  },
  {
    slug: "land-lease-rights-fee",
    revenue: "Fee for selling the right to lease land plots",
    category: "capital",
    ebk: "303202",
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { ...FROM_2022_TO_2025("3(3)"), bc2025: "3(3)" },
  },
];

interface OutsideLine {
  readonly slug: string;
  readonly revenue: string;
  readonly ebk: string;
  readonly keys: Readonly<Partial<Record<PayerKind, AttributionKey>>>;
  readonly note: string;
}

/**
 * Revenue codes met in fourth-level practice that are NOT fourth-level revenues: the fourth-level list
 * is exhaustive (only the Budget Code assigns a receipt to a level, BC2025 Art. 22 p.2), so they go to
 * the district or higher budgets of the place of their key.
 */
const OUTSIDE_FOURTH_LEVEL: readonly OutsideLine[] = [
  {
    slug: "iit-withheld-at-source",
    revenue: "Individual income tax withheld at source",
    ebk: "101201",
    keys: { individual: "legal_seat", individual_entrepreneur: "legal_seat", legal_entity: "legal_seat" },
    note: "keyed on the tax agent's (employer's) seat; shared oblast/district by oblast-maslikhat norms to 2025, all to the district from 2026 (BC2025 Art. 26 p.1(2))",
  },
  {
    slug: "iit-foreigners-not-withheld",
    revenue: "Individual income tax of foreign nationals not withheld at source",
    ebk: "101205",
    keys: { individual: "residence", individual_entrepreneur: "registered_location" },
    note: "oblast/district line",
  },
  {
    slug: "cit-non-large",
    revenue: "Corporate income tax, except large business and oil sector",
    ebk: "101111",
    keys: { legal_entity: "legal_seat" },
    note: "oblast (up to 50%) and district by oblast norms to 2025; district from 2026 (BC2025 Art. 26 p.1(1))",
  },
  {
    slug: "social-tax",
    revenue: "Social tax",
    ebk: "103101",
    keys: { individual_entrepreneur: "registered_location", legal_entity: "legal_seat" },
    note: "oblast and district by oblast norms (BC2025 Art. 26 p.1(4))",
  },
  {
    slug: "property-tax-legal-entities",
    revenue: "Property tax of legal entities and individual entrepreneurs",
    ebk: "104101",
    keys: { individual_entrepreneur: "object_location", legal_entity: "object_location" },
    note: "district budget (BC2025 Art. 26 p.1(5))",
  },
];

function citationOf(edition: Edition, paragraph: string): Citation {
  return { act: edition.act, article: edition.article, paragraph, versionDate: edition.versionDate };
}

function rule(
  editionId: EditionId,
  slug: string,
  fields: Omit<RevenueRule, "id" | "from" | "to" | "citation">,
  paragraph: string,
): RevenueRule {
  const edition = EDITIONS[editionId];
  return {
    id: `kz.${editionId}.${slug}`,
    ...fields,
    from: edition.from,
    ...(edition.to === undefined ? {} : { to: edition.to }),
    citation: citationOf(edition, paragraph),
  };
}

/** Options of {@link kazakhstanRulebook}. */
export interface KazakhstanRulebookOptions {
  /**
   * EBK codes for the lines whose code the law leaves open, by line slug, e.g.
   * `{ "land-use-fee": "105316" }`. Without them those lines have no rule and a receipt under an unknown
   * code is refused, never guessed.
   */
  readonly openCodes?: Readonly<Record<string, string>>;
}

/**
 * The rulebook of Kazakhstan: every fourth-level revenue line with an established EBK code in every
 * edition (2018 → 2021, 2022 → 2024, 2025, 2026 →), plus the codes known not to be fourth-level
 * revenues (sent to the district or higher budgets), each rule citing act, article, paragraph and
 * edition date.
 *
 * @throws {@link FourthLevelError} `INVALID_RULE` when `openCodes` names a line that is not open or a
 * code that is not six digits; `SEVERAL_RULES` when a supplied code collides with another rule.
 * @example
 * ```ts
 * const book = kazakhstanRulebook({ openCodes: { "land-use-fee": "105316" } });
 * ruleFor(book, "104102", "2026-05-01", "individual").citation.article; // "27"
 * ```
 */
export function kazakhstanRulebook(options: KazakhstanRulebookOptions = {}): Rulebook {
  const openCodes = options.openCodes ?? {};
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
  const recipient: Recipient = "fourth_level";
  const fourthLevel = FOURTH_LEVEL_REVENUE_LINES.flatMap((line) => {
    const ebk = line.ebk ?? openCodes[line.slug];
    if (ebk === undefined) return [];
    return Object.entries(line.paragraphs).map(([editionId, paragraph]) =>
      rule(
        editionId as EditionId,
        line.slug,
        {
          ebk,
          revenue: line.revenue,
          category: line.category,
          payerKinds: line.payerKinds,
          key: line.key,
          recipient,
          ...(line.note === undefined ? {} : { note: line.note }),
        },
        paragraph,
      ),
    );
  });
  const outside = OUTSIDE_FOURTH_LEVEL.flatMap((line) =>
    (Object.keys(EDITIONS) as EditionId[]).flatMap((editionId) =>
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
  return createRulebook([...fourthLevel, ...outside]);
}

/**
 * The edition in force on a date, with its citation of the transfers paragraph (transfers to fourth-level
 * budgets come from the district budget only).
 * @throws {@link FourthLevelError} `NO_RULE` before 1 Jan 2018, when fourth-level budgets did not exist.
 */
export function transfersCitationOn(date: IsoDate): Citation {
  const entry = (Object.entries(EDITIONS) as [EditionId, Edition][]).find(
    ([, e]) => e.from <= date && (e.to === undefined || date <= e.to),
  );
  if (entry === undefined) {
    throw new FourthLevelError("NO_RULE", `no fourth-level budgets on ${date}: they exist from 2018-01-01`, {
      date,
    });
  }
  const [id, edition] = entry;
  return citationOf(edition, id === "bc2025-transitional" ? "7 (BC2008 Art. 52-1 p.4)" : "4");
}
