import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import type { KatoPlaceType } from "../kato-place.js";
import { katoPlaceTypeSchema } from "../territory-schema.js";

/**
 * A word that says what kind of place a name is, as the classifier abbreviates it or spelled out
 * ("с.о.", "сельский округ", "а.о."): searching for places, it is set aside from the name and the kinds it
 * names rank first.
 *
 * @category Territory
 */
export interface KindWord {
  /** The word's spellings, in any script, e.g. `["с.о.", "сельский округ"]`; dots and case do not matter. */
  readonly words: readonly string[];
  /** The kinds of place it names; none for a word that names no kind (e.g. "им.", "named after"). */
  readonly types: readonly KatoPlaceType[];
}

/**
 * How a jurisdiction's place names are spelled, for finding places by name (see `findUnits`): how each
 * letter of the Russian and of the Kazakh names is written in Latin, which Latin spellings count as the
 * same, and the words that say what kind of place a name is. Kazakhstan's is `kazakhstanPlaceSpelling()`.
 *
 * @category Territory
 */
export interface PlaceSpelling {
  /** Latin for each lower-case letter of the Russian names (`nameRu`), e.g. `{ "ж": "zh" }`; letters not listed stay as written. */
  readonly latinRu: Readonly<Record<string, string>>;
  /** Latin for each lower-case letter of the Kazakh names (`nameKk`), e.g. `{ "қ": "q" }`. */
  readonly latinKk: Readonly<Record<string, string>>;
  /**
   * Latin spellings taken as one when names and queries are compared, `[written, read as]` replaced in
   * this order in the lower-case Latin text, e.g. `["zh", "j"]`. Accents are dropped after them.
   */
  readonly sameLatin: readonly (readonly [string, string])[];
  /** The words that say what kind of place a name is. */
  readonly kindWords: readonly KindWord[];
  /**
   * How running text (the heading of a decision) writes names, for comparing a name as written with a
   * place (see `writtenNameMatches`): the kind words in their case forms ("сельского округа",
   * "ауылдық округінің", "села") and the endings of case forms and of adjectives made of a name ("ского",
   * "ская", "а", "ның"), set aside when names are compared. Without it, names are compared as written.
   */
  readonly inText?: TextForms;
}

/**
 * The case forms of a {@link PlaceSpelling}: kind words as running text inflects them, and the endings
 * that a name takes in its case forms and adjectives.
 *
 * @category Territory
 */
export interface TextForms {
  /** Kind words in their case forms, e.g. `{ words: ["сельского округа"], types: ["rural_district"] }`. */
  readonly kindWords: readonly KindWord[];
  /** Endings of case forms and adjectives, in any script, e.g. `["ского", "ский", "а", "ның"]`. */
  readonly endings: readonly string[];
}

const text = z.string({ error: (issue) => `must be text, not ${describeValue(issue.input)}` });
const letters = z.record(z.string(), text, {
  error: 'must map each letter to its Latin, e.g. { "ж": "zh" }',
});

const kindWordsSchema = z.array(
  z.strictObject(
    { words: z.array(text.min(1, { error: "must not be empty" })), types: z.array(katoPlaceTypeSchema) },
    { error: 'must be { words, types }, e.g. { words: ["с.о."], types: ["rural_district"] }' },
  ),
  { error: "must be a list of kind words" },
);

/** A {@link PlaceSpelling} given by a caller. */
export const placeSpellingSchema: z.ZodType<PlaceSpelling, PlaceSpelling> = z.strictObject(
  {
    latinRu: letters,
    latinKk: letters,
    sameLatin: z.array(z.tuple([text, text]), {
      error: 'must be pairs [written, read as], e.g. [["zh", "j"]]',
    }),
    kindWords: kindWordsSchema,
    inText: z
      .strictObject(
        { kindWords: kindWordsSchema, endings: z.array(text.min(1, { error: "must not be empty" })) },
        { error: 'must be { kindWords, endings }, e.g. { kindWords: [], endings: ["ского"] }' },
      )
      .exactOptional(),
  },
  {
    error: (issue) =>
      `must be a place spelling { latinRu, latinKk, sameLatin, kindWords, inText? } (e.g. kazakhstanPlaceSpelling()), not ${describeValue(issue.input)}`,
  },
);
