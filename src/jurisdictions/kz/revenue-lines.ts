import type { RevenueCategory } from "../../classification/category.js";
import { type AttributionKey, PAYER_KINDS, type PayerKind } from "../../rules/rule.js";
import {
  ALMATY_2025_DECISION,
  EGOV_KBK,
  OPEN_2018_2021,
  published,
  TABLE_2026,
  TABLES_2022_2025_2026,
  tabled,
} from "./ebk-sources.js";

/**
 * The editions of the law that list the revenues of fourth-level budgets (see `REVENUE_LIST_EDITIONS`):
 * BC2008 Art. 52-1 as added by Law 11.07.2017 No 90-VI (2018–2021) and as amended by Law 30.06.2021
 * No 60-VII (2022–2024), BC2025 Art. 168 p.7 (the transitional list of 2025), BC2025 Art. 27 (from 2026).
 *
 * @category Kazakhstan law
 */
export type EditionId = "bc2008-2018" | "bc2008-2022" | "bc2025-transitional" | "bc2025";

/**
 * The EBK codes of a revenue line in each edition of the list where a source shows them (one or more
 * specifics, e.g. the rent, the enterprise income and the participation income of communal property).
 * An edition that lists the line but has no codes here is open: the caller supplies one code.
 *
 * @category Kazakhstan law
 */
export type EditionCodes = Readonly<Partial<Record<EditionId, readonly string[]>>>;

/**
 * One revenue line of fourth-level budgets as the law lists it: its EBK codes by edition (an edition
 * without codes is open — the caller supplies the code as `openCodes[slug]`), where the codes were seen or
 * why they are open, who pays, the attribution key, and the paragraph of each edition that lists it.
 * @category Kazakhstan law
 */
export interface FourthLevelRevenueLine {
  /** Stable name, e.g. `"vehicle-tax-individuals"`. */
  readonly slug: string;
  readonly revenue: string;
  readonly category: RevenueCategory;
  /** The 6-digit EBK codes by edition; an edition of `paragraphs` without codes is open (see `ebkSource`). */
  readonly ebk: EditionCodes;
  /** The EBK subclass of the line's codes (e.g. `"2-04-1"`), for the non-tax and capital lines. */
  readonly subclass?: string;
  /**
   * Where the codes were seen: `"… as tabled: …"` (the Minister of Finance's tables of distribution of
   * receipts between the levels of budgets, which name the fourth-level share of each code) or
   * `"… as published: …"` (other published sources), and which editions stay open.
   */
  readonly ebkSource: string;
  readonly payerKinds: readonly PayerKind[];
  readonly key: AttributionKey;
  /** Paragraph of the article in each edition that lists the line; an edition not named does not. */
  readonly paragraphs: Readonly<Partial<Record<EditionId, string>>>;
  readonly note?: string;
}

const EVERY_EDITION: readonly EditionId[] = ["bc2008-2018", "bc2008-2022", "bc2025-transitional", "bc2025"];

/** The same code in every edition (a code seen undated). */
const inEvery = (code: string): EditionCodes => Object.fromEntries(EVERY_EDITION.map((id) => [id, [code]]));

/** Codes the tables of 2022, 2025 and 2026 show (the tables of 2018–2021 were not read). */
const from2022 = (...codes: string[]): EditionCodes =>
  Object.fromEntries(EVERY_EDITION.slice(1).map((id) => [id, codes]));

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
    ebk: inEvery("101202"),
    ebkSource: published(
      "101202",
      `${EGOV_KBK}; the name «Индивидуальный подоходный налог с доходов, не облагаемых у источника выплаты» in the ${ALMATY_2025_DECISION}, p.3; tabled under that name, with a fourth-level share, in ${TABLES_2022_2025_2026}`,
    ),
    payerKinds: ["individual"],
    key: "residence",
    paragraphs: { ...TO_2025("1(1)"), bc2025: "1(1)" },
  },
  {
    slug: "iit-self-assessed-entrepreneurs",
    revenue:
      "Individual income tax declared by individual entrepreneurs, private notaries, private bailiffs, lawyers, professional mediators",
    category: "tax",
    ebk: inEvery("101202"),
    ebkSource: published("101202", `${EGOV_KBK}; the same line as individuals' declared IIT`),
    payerKinds: ["individual_entrepreneur"],
    key: "registered_location",
    paragraphs: { ...TO_2025("1(1)"), bc2025: "1(1)" },
  },
  {
    slug: "property-tax-individuals",
    revenue: "Property tax of individuals",
    category: "tax",
    ebk: inEvery("104102"),
    ebkSource: published("104102", EGOV_KBK),
    payerKinds: ["individual"],
    key: "object_location",
    paragraphs: { ...TO_2025("1(2)"), bc2025: "1(2)" },
  },
  {
    slug: "land-tax-settlements-individuals",
    revenue: "Land tax on lands of settlements, individuals",
    category: "tax",
    ebk: inEvery("104302"),
    ebkSource: published(
      "104302",
      `${EGOV_KBK} (whether the house plot of an individual, taxed inside the property tax since 2020, is booked here or to 104102 is not established); from 2022 the tables name 104302 «Земельный налог», the one land-tax specific (${TABLES_2022_2025_2026})`,
    ),
    payerKinds: ["individual", "individual_entrepreneur"],
    key: "object_location",
    paragraphs: { ...TO_2025("1(3)"), bc2025: "1(3)" },
  },
  {
    slug: "land-tax-settlements-legal-entities",
    revenue: "Land tax on lands of settlements, legal entities",
    category: "tax",
    ebk: from2022("104302"),
    ebkSource: tabled(
      ["104302"],
      TABLES_2022_2025_2026,
      `the tables have one land-tax specific, 104302 «Земельный налог», shared by the place of the plot (100 % to the city, district or fourth-level budget), and no 104309; ${OPEN_2018_2021}`,
    ),
    payerKinds: ["legal_entity"],
    key: "object_location",
    paragraphs: { ...TO_2025("1(3)"), bc2025: "1(3)" },
  },
  {
    slug: "single-land-tax",
    revenue: "Single land tax",
    category: "tax",
    ebk: inEvery("104501"),
    ebkSource: published("104501", EGOV_KBK),
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: FROM_2022_TO_2025("1(3-1)"),
    note: "the Code names no territorial key for this line; the library keys it on the payer's land plot; abolished from 2026 by the Tax Code of 18 Jul 2025",
  },
  {
    slug: "vehicle-tax-individuals",
    revenue: "Vehicle tax, individuals",
    category: "tax",
    ebk: inEvery("104402"),
    ebkSource: published("104402", EGOV_KBK),
    payerKinds: ["individual", "individual_entrepreneur"],
    key: "residence",
    paragraphs: { ...TO_2025("1(4)"), bc2025: "1(4)" },
  },
  {
    slug: "vehicle-tax-legal-entities",
    revenue: "Vehicle tax, legal entities",
    category: "tax",
    ebk: inEvery("104401"),
    ebkSource: published("104401", EGOV_KBK),
    payerKinds: ["legal_entity"],
    key: "legal_seat",
    paragraphs: { ...TO_2025("1(4)"), bc2025: "1(4)" },
  },
  {
    slug: "land-use-fee",
    revenue: "Fee for the use of land plots",
    category: "tax",
    ebk: from2022("105315"),
    subclass: "1-05-3",
    ebkSource: tabled(["105315"], `${TABLES_2022_2025_2026} («Плата за пользование земельными участками»)`),
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { ...FROM_2022_TO_2025("1(4-1)"), bc2025: "1(6)" },
  },
  {
    slug: "outdoor-advertising-fee",
    revenue: "Fee for outdoor (visual) advertising",
    category: "tax",
    ebk: inEvery("105430"),
    ebkSource: published(
      "105430",
      `the State Revenue Department of Almaty, alm.kgd.gov.kz (undated); tabled with a fourth-level share in ${TABLES_2022_2025_2026}`,
    ),
    payerKinds: PAYER_KINDS,
    key: "advertisement_location",
    paragraphs: TO_2025("1(5)"),
  },
  {
    slug: "outdoor-advertising-fee-2026",
    revenue: "Fee for outdoor (visual) advertising",
    category: "tax",
    ebk: { bc2025: ["105430"] },
    ebkSource: tabled(
      ["105430"],
      `${TABLE_2026}, the same specific as to 2025 (a 2026 note giving 105402 is not borne out)`,
    ),
    payerKinds: PAYER_KINDS,
    key: "advertisement_location",
    paragraphs: { bc2025: "1(7)" },
  },
  {
    slug: "mineral-extraction-tax-common-minerals",
    revenue: "Mineral extraction tax on common minerals, groundwater and therapeutic mud",
    category: "tax",
    ebk: { bc2025: ["105310"] },
    subclass: "1-05-3",
    ebkSource: tabled(["105310"], TABLE_2026),
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { bc2025: "1(8)" },
  },
  {
    slug: "fines-imposed-by-akim",
    revenue: "Fines imposed by the akim of the unit for administrative offences",
    category: "non_tax",
    ebk: from2022("204170"),
    subclass: "2-04-1",
    ebkSource: tabled(
      ["204170"],
      `${TABLES_2022_2025_2026} («Административные штрафы, пени, санкции, взыскания, налагаемые акимами города районного значения, села, поселка, сельского округа»)`,
      OPEN_2018_2021,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(1)"), bc2025: "2(1)" },
  },
  {
    slug: "voluntary-contributions",
    revenue: "Voluntary contributions of individuals and legal entities",
    category: "non_tax",
    ebk: from2022("206115"),
    subclass: "2-06-1",
    ebkSource: tabled(
      ["206115"],
      `${TABLES_2022_2025_2026} («Добровольные сборы физических и юридических лиц»)`,
      OPEN_2018_2021,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(2)"), bc2025: "2(2)" },
  },
  {
    slug: "communal-property-income",
    revenue:
      "Income from communal property of local self-government (enterprise income, participation shares, rent, other)",
    category: "non_tax",
    ebk: from2022("201102", "201402", "201510"),
    subclass: "2-01-5",
    ebkSource: tabled(
      ["201102", "201402", "201510"],
      `${TABLES_2022_2025_2026} (part of the net income of communal state enterprises; income on participation shares in communal property; rent of the communal property of the city of district significance, village, settlement, rural district — the last to the fourth level alone)`,
      OPEN_2018_2021,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(3)"), bc2025: "2(3)" },
  },
  {
    slug: "interest-on-loans",
    revenue: "Interest on loans issued from the fourth-level budget",
    category: "non_tax",
    ebk: { bc2025: ["201706", "201713", "201718"] },
    subclass: "2-01-7",
    ebkSource: tabled(
      ["201706", "201713", "201718"],
      `${TABLE_2026} (interest on budget loans issued from the local budget to specialised organisations, to individuals, to other legal entities)`,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { bc2025: "2(3)" },
    note: "the tables of 2022 and 2025 give these codes a fourth-level share too, but the lists of those years (BC2008 Art. 52-1, BC2025 Art. 168 p.7) do not name interest on loans, so they have no rule before 2026",
  },
  {
    slug: "other-non-tax",
    revenue: "Other non-tax receipts",
    category: "non_tax",
    ebk: from2022("202102", "203102", "204114", "206105", "206107", "206109", "206117"),
    subclass: "2-06-1",
    ebkSource: tabled(
      ["202102", "203102", "204114", "206105", "206107", "206109", "206117"],
      `${TABLES_2022_2025_2026} (sales of goods and services of institutions financed from the local budget; state procurement receipts of those institutions; other fines and penalties of those institutions; their receivables; unused funds returned; other non-tax receipts to the local budget; balances of the former cash control account of local self-government)`,
      OPEN_2018_2021,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(4)"), bc2025: "2(4)" },
  },
  {
    slug: "sale-of-property",
    revenue: "Sale of property assigned to institutions financed from the fourth-level budget",
    category: "capital",
    ebk: from2022("301102"),
    subclass: "3-01-1",
    ebkSource: tabled(
      ["301102"],
      `${TABLES_2022_2025_2026} («Поступления от продажи имущества, закрепленного за государственными учреждениями, финансируемыми из местного бюджета»)`,
      OPEN_2018_2021,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("3(1)"), bc2025: "3(1)" },
  },
  {
    slug: "sale-of-land-plots",
    revenue: "Sale of land plots, except agricultural land",
    category: "capital",
    ebk: from2022("303101"),
    subclass: "3-03-1",
    ebkSource: tabled(["303101"], `${TABLES_2022_2025_2026} («Поступления от продажи земельных участков»)`),
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { ...FROM_2022_TO_2025("3(2)"), bc2025: "3(2)" },
  },
  {
    slug: "land-lease-rights-fee",
    revenue: "Fee for selling the right to lease land plots",
    category: "capital",
    ebk: inEvery("303202"),
    ebkSource: published("303202", EGOV_KBK),
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { ...FROM_2022_TO_2025("3(3)"), bc2025: "3(3)" },
  },
];
