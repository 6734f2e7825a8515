import type { RevenueCategory } from "../../classification/category.js";
import { type AttributionKey, PAYER_KINDS, type PayerKind } from "../../rules/rule.js";

/**
 * The editions of the law that list the revenues of fourth-level budgets (see `REVENUE_LIST_EDITIONS`):
 * BC2008 Art. 52-1 as added by Law 11.07.2017 No 90-VI (2018–2021) and as amended by Law 30.06.2021
 * No 60-VII (2022–2024), BC2025 Art. 168 p.7 (the transitional list of 2025), BC2025 Art. 27 (from 2026).
 *
 * @category Kazakhstan law
 */
export type EditionId = "bc2008-2018" | "bc2008-2022" | "bc2025-transitional" | "bc2025";

/**
 * One revenue line of fourth-level budgets as the law lists it: its EBK code (or `undefined` where the
 * code is not established — the caller supplies it), who pays, the attribution key, and the paragraph
 * of each edition that lists it.
 * @category Kazakhstan law
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

/**
 * The revenue lines of fourth-level budgets in every edition (BC2008 Art. 52-1, BC2025 Art. 168 p.7, BC2025 Art. 27).
 *
 * @category Kazakhstan law
 */
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

/** A revenue code met in fourth-level practice that is not a fourth-level revenue, with its keys. */
export interface OutsideLine {
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
export const OUTSIDE_FOURTH_LEVEL: readonly OutsideLine[] = [
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
