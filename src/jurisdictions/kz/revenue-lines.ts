import type { RevenueCategory } from "../../classification/category.js";
import { type AttributionKey, PAYER_KINDS, type PayerKind } from "../../rules/rule.js";
import { ALMATY_2025_DECISION, ALMATY_2026_ANNEX, EGOV_KBK, open, published } from "./ebk-sources.js";

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
 * code is not established — the caller supplies it as `openCodes[slug]`), where the code was seen or why
 * it is open, who pays, the attribution key, and the paragraph of each edition that lists it.
 * @category Kazakhstan law
 */
export interface FourthLevelRevenueLine {
  /** Stable name, e.g. `"vehicle-tax-individuals"`. */
  readonly slug: string;
  readonly revenue: string;
  readonly category: RevenueCategory;
  /** The 6-digit EBK code; `undefined` when it is open (see `ebkSource`): the caller supplies it. */
  readonly ebk: string | undefined;
  /** The EBK subclass, where only the subclass is known (e.g. `"2-04-1"`). */
  readonly subclass?: string;
  /**
   * Where the code was seen (`"… as published: …"`: the classification's own text was read for no year),
   * or why it is open (`"open: …"`: what is known, e.g. the subclass, and that no specific code was seen).
   */
  readonly ebkSource: string;
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
    ebkSource: published(
      "101202",
      `${EGOV_KBK}; the name «Индивидуальный подоходный налог с доходов, не облагаемых у источника выплаты» in the ${ALMATY_2025_DECISION}, p.3 (whether the 2026 classification renamed it after the 2026 Code's «подлежащим обложению самостоятельно» is not established)`,
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
    ebk: "101202",
    ebkSource: published("101202", `${EGOV_KBK}; the same line as individuals' declared IIT`),
    payerKinds: ["individual_entrepreneur"],
    key: "registered_location",
    paragraphs: { ...TO_2025("1(1)"), bc2025: "1(1)" },
  },
  {
    slug: "property-tax-individuals",
    revenue: "Property tax of individuals",
    category: "tax",
    ebk: "104102",
    ebkSource: published("104102", EGOV_KBK),
    payerKinds: ["individual"],
    key: "object_location",
    paragraphs: { ...TO_2025("1(2)"), bc2025: "1(2)" },
  },
  {
    slug: "land-tax-settlements-individuals",
    revenue: "Land tax on lands of settlements, individuals",
    category: "tax",
    ebk: "104302",
    ebkSource: published(
      "104302",
      `${EGOV_KBK} (whether the house plot of an individual, taxed inside the property tax since 2020, is booked here or to 104102 is not established)`,
    ),
    payerKinds: ["individual", "individual_entrepreneur"],
    key: "object_location",
    paragraphs: { ...TO_2025("1(3)"), bc2025: "1(3)" },
  },
  {
    slug: "land-tax-settlements-legal-entities",
    revenue: "Land tax on lands of settlements, legal entities",
    category: "tax",
    ebk: undefined,
    ebkSource: open(
      "no code for legal entities' settlement land was seen; the only candidate, 104309 «Земельный налог, за исключением земельного налога с физических лиц на земли населенных пунктов» (a bank's payment helper, wording abbreviated), lumps it with land tax that stays with the district, so the code alone cannot separate the fourth-level share",
    ),
    payerKinds: ["legal_entity"],
    key: "object_location",
    paragraphs: { ...TO_2025("1(3)"), bc2025: "1(3)" },
  },
  {
    slug: "single-land-tax",
    revenue: "Single land tax",
    category: "tax",
    ebk: "104501",
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
    ebk: "104402",
    ebkSource: published("104402", EGOV_KBK),
    payerKinds: ["individual", "individual_entrepreneur"],
    key: "residence",
    paragraphs: { ...TO_2025("1(4)"), bc2025: "1(4)" },
  },
  {
    slug: "vehicle-tax-legal-entities",
    revenue: "Vehicle tax, legal entities",
    category: "tax",
    ebk: "104401",
    ebkSource: published("104401", EGOV_KBK),
    payerKinds: ["legal_entity"],
    key: "legal_seat",
    paragraphs: { ...TO_2025("1(4)"), bc2025: "1(4)" },
  },
  {
    slug: "land-use-fee",
    revenue: "Fee for the use of land plots",
    category: "tax",
    ebk: undefined,
    ebkSource: open(
      `subclass 1-05-3 «Поступления за использование природных и других ресурсов» (name in the ${ALMATY_2026_ANNEX}; that the fee belongs there is an inference)`,
    ),
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { ...FROM_2022_TO_2025("1(4-1)"), bc2025: "1(6)" },
  },
  {
    slug: "outdoor-advertising-fee",
    revenue: "Fee for outdoor (visual) advertising",
    category: "tax",
    ebk: "105430",
    ebkSource: published(
      "105430",
      "the State Revenue Department of Almaty, alm.kgd.gov.kz (undated; one page, a weak source)",
    ),
    payerKinds: PAYER_KINDS,
    key: "advertisement_location",
    paragraphs: TO_2025("1(5)"),
  },
  {
    slug: "outdoor-advertising-fee-2026",
    revenue: "Fee for outdoor (visual) advertising",
    category: "tax",
    ebk: undefined,
    ebkSource: open(
      `subclass 1-05-4 «Сборы за ведение предпринимательской и профессиональной деятельности» (${ALMATY_2026_ANNEX}); 105430 was seen for years to 2025 only, and a 2026 note giving 105402 is backed by no classification text`,
    ),
    payerKinds: PAYER_KINDS,
    key: "advertisement_location",
    paragraphs: { bc2025: "1(7)" },
  },
  {
    slug: "mineral-extraction-tax-common-minerals",
    revenue: "Mineral extraction tax on common minerals, groundwater and therapeutic mud",
    category: "tax",
    ebk: undefined,
    ebkSource: open(
      `subclass probably 1-05-3 «Поступления за использование природных и других ресурсов» (${ALMATY_2026_ANNEX}; the placement is an inference)`,
    ),
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { bc2025: "1(8)" },
  },
  {
    slug: "fines-imposed-by-akim",
    revenue: "Fines imposed by the akim of the unit for administrative offences",
    category: "non_tax",
    ebk: undefined,
    subclass: "2-04-1",
    ebkSource: open(
      `subclass 2-04-1 «Штрафы, пени, санкции, взыскания, налагаемые государственными учреждениями, финансируемыми из государственного бюджета…» (${ALMATY_2026_ANNEX})`,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(1)"), bc2025: "2(1)" },
  },
  {
    slug: "voluntary-contributions",
    revenue: "Voluntary contributions of individuals and legal entities",
    category: "non_tax",
    ebk: undefined,
    subclass: "2-06-1",
    ebkSource: open(
      `subclass 2-06-1 «Прочие неналоговые поступления» (${ALMATY_2026_ANNEX}; that contributions are booked there is an inference)`,
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
    ebk: undefined,
    subclass: "2-01-5",
    ebkSource: open(
      `subclasses 2-01-1 (share of net income of enterprises), 2-01-4 (participation shares), 2-01-5 (rent), 2-01-9 (other) (${ALMATY_2026_ANNEX}); the line takes one code: give the one your receipts carry`,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(3)"), bc2025: "2(3)" },
  },
  {
    slug: "interest-on-loans",
    revenue: "Interest on loans issued from the fourth-level budget",
    category: "non_tax",
    ebk: undefined,
    subclass: "2-01-7",
    ebkSource: open(
      `subclass 2-01-7 «Вознаграждения по кредитам, выданным из государственного бюджета» (${ALMATY_2026_ANNEX})`,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { bc2025: "2(3)" },
  },
  {
    slug: "other-non-tax",
    revenue: "Other non-tax receipts",
    category: "non_tax",
    ebk: undefined,
    subclass: "2-06-1",
    ebkSource: open(`subclass 2-06-1 «Прочие неналоговые поступления» (${ALMATY_2026_ANNEX})`),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("2(4)"), bc2025: "2(4)" },
  },
  {
    slug: "sale-of-property",
    revenue: "Sale of property assigned to institutions financed from the fourth-level budget",
    category: "capital",
    ebk: undefined,
    subclass: "3-01-1",
    ebkSource: open(
      `subclass 3-01-1 «Продажа государственного имущества, закрепленного за государственными учреждениями» (${ALMATY_2026_ANNEX})`,
    ),
    payerKinds: PAYER_KINDS,
    key: "receiving_unit",
    paragraphs: { ...TO_2025("3(1)"), bc2025: "3(1)" },
  },
  {
    slug: "sale-of-land-plots",
    revenue: "Sale of land plots, except agricultural land",
    category: "capital",
    ebk: undefined,
    ebkSource: open("neither the subclass nor the specific code was seen in a source read"),
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { ...FROM_2022_TO_2025("3(2)"), bc2025: "3(2)" },
  },
  {
    slug: "land-lease-rights-fee",
    revenue: "Fee for selling the right to lease land plots",
    category: "capital",
    ebk: "303202",
    ebkSource: published("303202", EGOV_KBK),
    payerKinds: PAYER_KINDS,
    key: "object_location",
    paragraphs: { ...FROM_2022_TO_2025("3(3)"), bc2025: "3(3)" },
  },
];
