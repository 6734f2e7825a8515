/**
 * Where the EBK codes of the revenue lines were seen. The classification is the Minister of Finance's order
 * «Некоторые вопросы Единой бюджетной классификации Республики Казахстан» (No 403 of 18.09.2014, registered
 * No 9756, to 2024; No 149 of 04.04.2025 for 2025; No 151 of 04.04.2025 from 2026). Beside it the Minister
 * approves a table of distribution of budget receipts between the levels of budgets that names every code
 * with the share of each level, the fourth level included (No 404 of 18.09.2014 to 2024; No 150 of
 * 04.04.2025 for 2025; No 152 of 04.04.2025 from 2026). Those tables were read in the editions below
 * (`data/ebk/level4-specifics.csv` copies their fourth-level rows); a code they show is "tabled". A code
 * seen only elsewhere is "published"; a line whose code no source shows for an edition is open there and
 * its code comes from the caller.
 */

/** The e-government list of budget classification codes, undated (it predates 2026). */
export const EGOV_KBK = "egov.kz/cms/en/articles/kbk (undated, before 2026)";

/** The subclass names of the revenue classification as applied in an oblast budget for 2026. */
export const ALMATY_2026_ANNEX =
  "Almaty oblast maslikhat decision of 15.12.2025 No 44-248 on the oblast budget for 2026-2028, annex 1 (as amended 17.06.2026)";

/** The same for 2025 (the 2024 decision on the oblast budget for 2025-2027). */
export const ALMATY_2025_DECISION =
  "Almaty oblast maslikhat decision of 18.12.2024 on the oblast budget for 2025-2027";

/** The distribution table for 2023–2024: Order 404 as restated from 21.12.2022 (text of 08.09.2023). */
export const TABLE_2022 =
  "the Minister of Finance's table of distribution of budget receipts (Order 18.09.2014 No 404, annex 1, as restated by Order 21.12.2022 No 1306, text of 08.09.2023; the editions in force before 21.12.2022 were not read)";

/** The distribution table for 2025: Order 150, in force 1 Jan – 31 Dec 2025. */
export const TABLE_2025 =
  "the Minister of Finance's table of distribution of budget receipts for 2025 (Order 04.04.2025 No 150, annex 1, as amended to 15.08.2025)";

/** The distribution table from 2026: Order 152. */
export const TABLE_2026 =
  "the Minister of Finance's table of distribution of budget receipts from 2026 (Order 04.04.2025 No 152, annex, as restated by Order 15.07.2026 No 480)";

/** The three tables, for the lines whose codes they all show. */
export const TABLES_2022_2025_2026 = `${TABLE_2022}; ${TABLE_2025}; ${TABLE_2026}`;

/** Published sources of an established code. */
export const published = (code: string, where: string): string =>
  `${code} as published: ${where}; the classification's text was not read`;

/**
 * Codes shown with a fourth-level share in the distribution tables `where`, in the column «Города
 * районного значения, села, поселка, сельского округа»; `open` says which editions no table read covers.
 */
export const tabled = (codes: readonly string[], where: string, open?: string): string =>
  `${codes.join(", ")} as tabled: ${where}, fourth-level column${open === undefined ? "" : `; ${open}`}`;

/** Why a code is open: what is known (usually the subclass) and that no specific code was seen. */
export const open = (known: string): string =>
  `open: ${known}; no source read shows the specific code, so the caller supplies it`;

/** What the tables leave open: the list of 2018–2021, whose tables were not read. */
export const OPEN_2018_2021 =
  "open for 2018–2021 (the tables in force then were not read): the caller supplies the code for those years";
