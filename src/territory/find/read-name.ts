import type { KatoPlaceType } from "../kato-place.js";
import type { KindWord, PlaceSpelling } from "./spelling.js";

/** The language of a classifier name: `nameRu` or `nameKk`. */
export type NameLanguage = "ru" | "kk";

/** A {@link PlaceSpelling} made ready for reading names. */
export interface ReadySpelling {
  readonly latin: Readonly<Record<NameLanguage, ReadonlyMap<string, string>>>;
  readonly sameLatin: readonly (readonly [string, string])[];
  /** By the folded spelling of a kind word: the kinds of place it names. */
  readonly kinds: ReadonlyMap<string, readonly KatoPlaceType[]>;
  /** The most words a kind word has ("сельский округ": 2, "с.о.": 2). */
  readonly longestKind: number;
  /** The kinds of place named by the kind words and by their case forms in running text. */
  readonly textKinds: ReadonlyMap<string, readonly KatoPlaceType[]>;
  /** The most words a kind word or a case form of one has. */
  readonly longestTextKind: number;
  /** The endings of case forms and adjectives in lower case, longest first. */
  readonly endings: readonly string[];
}

/** A name as it is compared: the kinds its kind words name and its keys. */
export interface ReadName {
  /** The kinds of place named by the kind words set aside. */
  readonly kinds: readonly KatoPlaceType[];
  /** The key of the name without its kind words, then the key from each later word on. */
  readonly keys: readonly string[];
}

/** Words of a name: letters and digits, an abbreviation's dot kept with its word ("с.", "о.", "зубаир"). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\./g, ". ")
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** `text` (lower case) in Latin letter by letter. */
const toLatin = (text: string, latin: ReadonlyMap<string, string>): string =>
  Array.from(text, (letter) => latin.get(letter) ?? letter).join("");

/** `text` in Latin with the spellings taken as one made one, no accents, only letters and digits. */
export function fold(
  text: string,
  latin: ReadonlyMap<string, string>,
  spelling: Pick<ReadySpelling, "sameLatin">,
): string {
  let folded = toLatin(text.toLowerCase(), latin);
  for (const [written, readAs] of spelling.sameLatin) folded = folded.replaceAll(written, readAs);
  return folded.normalize("NFD").replace(/[^\p{L}\p{N}]/gu, "");
}

/** A key: the folded text with each run of one letter made one letter ("zubairovskii" → "zubairovski"). */
export const keyOf = (folded: string) => folded.replace(/(.)\1+/gu, "$1");

/** Kind words by their folded spelling in both letter tables, and the most words one has. */
function kindsOf(
  kindWords: readonly KindWord[],
  partial: Pick<ReadySpelling, "latin" | "sameLatin">,
): [Map<string, KatoPlaceType[]>, number] {
  const kinds = new Map<string, KatoPlaceType[]>();
  let longest = 0;
  for (const { words, types } of kindWords) {
    for (const word of words) {
      longest = Math.max(longest, wordsOf(word).length);
      for (const table of [partial.latin.ru, partial.latin.kk]) {
        const key = fold(word, table, partial);
        if (key === "") continue;
        kinds.set(key, [...new Set([...(kinds.get(key) ?? []), ...types])]);
      }
    }
  }
  return [kinds, longest];
}

/** A spelling made ready: letter tables as maps, the kind words by their folded spelling in both tables. */
export function readySpelling(spelling: PlaceSpelling): ReadySpelling {
  const latin = {
    ru: new Map(Object.entries(spelling.latinRu)),
    kk: new Map(Object.entries(spelling.latinKk)),
  };
  const partial = { latin, sameLatin: spelling.sameLatin };
  const [kinds, longestKind] = kindsOf(spelling.kindWords, partial);
  const [textKinds, longestTextKind] = kindsOf(
    [...spelling.kindWords, ...(spelling.inText?.kindWords ?? [])],
    partial,
  );
  const endings = [...new Set((spelling.inText?.endings ?? []).map((e) => e.toLowerCase()))].sort(
    (a, b) => b.length - a.length,
  );
  return { ...partial, kinds, longestKind, textKinds, longestTextKind, endings };
}

/** The kinds named by the first (`atEnd` false) or last `count` folded words, when they spell a kind word. */
function kindAt(
  folded: readonly string[],
  count: number,
  atEnd: boolean,
  spelling: ReadySpelling,
): readonly KatoPlaceType[] | undefined {
  const part = atEnd ? folded.slice(folded.length - count) : folded.slice(0, count);
  return spelling.kinds.get(part.join(""));
}

/**
 * Reads a name (or a query) in a language: sets aside the kind words at its beginning and end ("с.о.",
 * "а.", "сельский округ", "им."), keeping at least `keep` words (1 for a name, 0 for a query, whose key
 * is then empty when it only names a kind), and keys what is left.
 */
export function readName(text: string, language: NameLanguage, spelling: ReadySpelling, keep = 1): ReadName {
  let folded = wordsOf(text)
    .map((word) => fold(word, spelling.latin[language], spelling))
    .filter((word) => word !== "");
  const kinds = new Set<KatoPlaceType>();
  let found = true;
  while (found) {
    found = false;
    for (let count = Math.min(spelling.longestKind, folded.length - keep); count >= 1 && !found; count--) {
      for (const atEnd of [true, false]) {
        const named = kindAt(folded, count, atEnd, spelling);
        if (named === undefined) continue;
        for (const type of named) kinds.add(type);
        folded = atEnd ? folded.slice(0, folded.length - count) : folded.slice(count);
        found = true;
        break;
      }
    }
  }
  const keys = folded.map((_, i) => keyOf(folded.slice(i).join("")));
  return { kinds: [...kinds], keys: keys.length === 0 ? [""] : keys };
}

/** A name in Latin letter by letter, capitals kept, for people ("Зубаир а.о." → "Zubair a.o."). */
export function latinName(name: string, language: NameLanguage, spelling: ReadySpelling): string {
  return Array.from(name, (letter) => {
    const lower = letter.toLowerCase();
    const latin = spelling.latin[language].get(lower);
    if (latin === undefined) return letter;
    return lower === letter ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }).join("");
}
