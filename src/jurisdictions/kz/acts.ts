import * as z from "zod";
import type { IsoDate } from "../../calendar/iso-date.js";
import type { Citation } from "../../citation/citation.js";
import { describeValue } from "../../errors/describe.js";
import { isoDateSchema } from "../../input/codes.js";
import { parseInput } from "../../input/parse.js";

/**
 * An act as read: its name as cited and the date of the edition whose text was read. Add an article and
 * a paragraph with {@link cite} to get a {@link Citation}.
 *
 * @category Kazakhstan law
 */
export interface ActReading {
  /** The act as cited, e.g. `"Budget Code of 15 Mar 2025 No 171-VIII"`. */
  readonly act: string;
  /** The date of the edition read, `YYYY-MM-DD`. */
  readonly versionDate: IsoDate;
  /** An address of the text read, when there is one. */
  readonly url?: string;
}

/**
 * The names of the acts the library cites, as cited: the Budget Codes of 2008 and 2025, the Tax Codes of
 * 2017 and 2026, and the laws that amended them.
 *
 * @category Kazakhstan law
 * @example
 * ```ts
 * ACTS.bc2025; //=> "Budget Code of 15 Mar 2025 No 171-VIII"
 * ```
 */
export const ACTS = {
  /** The Budget Code of 4 Dec 2008, in force 2009–2024. */
  bc2008: "Budget Code of 4 Dec 2008 No 95-IV",
  /** The Budget Code of 15 Mar 2025, in force from 1 Jan 2025. */
  bc2025: "Budget Code of 15 Mar 2025 No 171-VIII",
  /** The Tax Code of 25 Dec 2017, in force 2018–2025. */
  tc2017: "Tax Code of 25 Dec 2017 No 120-VI",
  /** The Tax Code of 18 Jul 2025, in force from 1 Jan 2026. */
  tc2026: "Tax Code of 18 Jul 2025 No 214-VIII",
  /** The law that created fourth-level budgets (BC2008 Art. 52-1 and others). */
  law90VI: "Law 11.07.2017 No 90-VI",
  /** The law that amended BC2008 Art. 52-1 from 2022. */
  law60VII: "Law 30.06.2021 No 60-VII",
  /** The law that amended BC2025 Art. 27 from 2026. */
  law215VIII: "Law 18.07.2025 No 215-VIII",
} as const;

const CODES = "https://github.com/kazakhstan-law/codes/blob";
const BC2025_PATH = "02-codes/2025/0315-biudzhetnyi-kodeks-respubliki-kazakhstan-208203/rus";
const BC2008_PATH = "02-codes/2008/1204-biudzhetnyi-kodeks-respubliki-kazakhstan-42587/rus";

/**
 * The readings of the acts the library cites: each act with the date of the edition read.
 * - `bc2008`: BC2008 as of 01.01.2024 (the transfer and planning articles);
 * - `bc2008Final`: BC2008's final and transitional provisions as of 30.12.2022 (Art. 243-4);
 * - `bc2025`: BC2025 as of 16.01.2026 (the transfer, planning and revenue articles);
 * - `bc2025Transitional`: BC2025's final and transitional provisions (Art. 168, 172) as of 17.07.2025,
 *   unchanged since the original edition of 15.03.2025;
 * - `tc2017`: the Tax Code of 2017 in the official English translation as of 01.01.2023;
 * - `tc2026`: the Tax Code of 2026, Russian text as of 01.01.2026.
 *
 * @category Kazakhstan law
 */
export const READINGS = {
  bc2008: { act: ACTS.bc2008, versionDate: "2024-01-01" },
  bc2008Final: {
    act: ACTS.bc2008,
    versionDate: "2022-12-30",
    url: `${CODES}/360992d69f4dd865d2ece7501d53fc66e25e4c34/${BC2008_PATH}/sec013.md`,
  },
  bc2025: { act: ACTS.bc2025, versionDate: "2026-01-16" },
  bc2025Transitional: {
    act: ACTS.bc2025,
    versionDate: "2025-07-17",
    url: `${CODES}/61b333885312fd3a7e0adc11a214d37ca9f166b7/${BC2025_PATH}/sec008.md`,
  },
  tc2017: { act: ACTS.tc2017, versionDate: "2023-01-01" },
  tc2026: { act: ACTS.tc2026, versionDate: "2026-01-01" },
} as const satisfies Readonly<Record<string, ActReading>>;

/** The address of BC2025 section 4 (Art. 70–…) in its original edition of 15.03.2025, as read. */
export const BC2025_SEC004_URL = `${CODES}/2f8d5f43840a7310fdbe8952797b5f7cc95ddd6a/${BC2025_PATH}/sec004.md`;

/**
 * A citation of an article (and paragraph, when given) of an act as read, with any further fields.
 *
 * @throws {@link FourthLevelError} `INVALID_INPUT` for a reading that is not `{ act, versionDate, url? }`,
 * an article that is not text, or further fields that are not those of a citation.
 * @category Kazakhstan law
 * @example
 * ```ts
 * cite(READINGS.bc2025, "20", "9");
 * //=> { act: "Budget Code of 15 Mar 2025 No 171-VIII", versionDate: "2026-01-16", article: "20", paragraph: "9" }
 * ```
 */
export function cite(
  reading: ActReading,
  article: string,
  paragraph?: string,
  more: Partial<Citation> = {},
): Citation {
  const checked = parseInput(citeSchema, { reading, article, paragraph, more }, "citation");
  return {
    ...checked.reading,
    article: checked.article,
    ...(checked.paragraph === undefined ? {} : { paragraph: checked.paragraph }),
    ...checked.more,
  } as Citation;
}

const text = z.string({ error: (issue) => `must be text, not ${describeValue(issue.input)}` });

const citeSchema = z.strictObject({
  reading: z.strictObject(
    { act: text.min(1), versionDate: isoDateSchema, url: text.optional() },
    { error: "must be an act as read, e.g. READINGS.bc2025 ({ act, versionDate, url? })" },
  ),
  article: text.min(1, { error: "must name the article" }),
  paragraph: text.optional(),
  more: z.strictObject(
    {
      act: text.optional(),
      article: text.optional(),
      paragraph: text.optional(),
      versionDate: isoDateSchema.optional(),
      url: text.optional(),
      evidence: z.enum(["read", "published"]).optional(),
      publishedIn: text.optional(),
    },
    { error: "must be further fields of a citation, e.g. { url }" },
  ),
});

/** A citation of BC2008 as read (ed. 2024-01-01). */
export const bc2008 = (article: string, paragraph?: string, more?: Partial<Citation>): Citation =>
  cite(READINGS.bc2008, article, paragraph, more);

/** A citation of BC2025 as read (ed. 2026-01-16). */
export const bc2025 = (article: string, paragraph?: string, more?: Partial<Citation>): Citation =>
  cite(READINGS.bc2025, article, paragraph, more);
