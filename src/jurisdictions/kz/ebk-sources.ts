/**
 * Where the EBK codes of the revenue lines were seen. The classification itself — the Minister of Finance's
 * order «О некоторых вопросах Единой бюджетной классификации Республики Казахстан» (registered No 9756) as
 * amended, kept since the Order of 11.04.2025 No 163 under new rules — was not read for any year: no
 * edition of it for 2025 or 2026 was found. A code is therefore "published" (seen in the sources below),
 * never "read"; a line whose specific code no source shows is open and its code comes from the caller.
 * A second search (the classification's specifics, the table of distribution of receipts between budget
 * levels of Order 18.09.2014 No 404 and, from 2026, of Order 04.04.2025 No 152, the egov.kz list, payment
 * guides) found no specific code of an open line either (docs/law-and-sources.md).
 */

/** The e-government list of budget classification codes, undated (it predates 2026). */
export const EGOV_KBK = "egov.kz/cms/en/articles/kbk (undated, before 2026)";

/** The subclass names of the revenue classification as applied in an oblast budget for 2026. */
export const ALMATY_2026_ANNEX =
  "Almaty oblast maslikhat decision of 15.12.2025 No 44-248 on the oblast budget for 2026-2028, annex 1 (as amended 17.06.2026)";

/** The same for 2025 (the 2024 decision on the oblast budget for 2025-2027). */
export const ALMATY_2025_DECISION =
  "Almaty oblast maslikhat decision of 18.12.2024 on the oblast budget for 2025-2027";

/** Published sources of an established code. */
export const published = (code: string, where: string): string =>
  `${code} as published: ${where}; the classification's text was not read`;

/** Why a code is open: what is known (usually the subclass) and that no specific code was seen. */
export const open = (known: string): string =>
  `open: ${known}; no source read shows the specific code, so the caller supplies it`;
