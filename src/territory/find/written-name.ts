import type { KatoPlace, KatoPlaceType } from "../kato-place.js";
import { distances } from "./distance.js";
import { fold, keyOf, type ReadySpelling, wordsOf } from "./read-name.js";

/**
 * What a name as running text writes it says of a place: `same` when some of its words name the place
 * (`words`, as written), `other` when it names a place below the district and none of its words name this
 * one, `none` when it names no such place (no name, or only a district or a region).
 */
export type WrittenNameCheck =
  | { readonly kind: "same"; readonly words: string }
  | { readonly kind: "other" }
  | { readonly kind: "none" };

/** Kinds of place above the fourth-level units: their kind word follows (or precedes) their own name. */
const ABOVE_UNITS: ReadonlySet<KatoPlaceType> = new Set(["district", "city_district", "region"]);
/** The fewest letters a name's beginning must have to be taken for the name. */
const SHORTEST_PREFIX = 4;
/** The most letters a name may have beyond another's to be taken for it (a suffix such as -ов, -ин). */
const LONGEST_EXTRA = 2;
/** The fewest letters two names must have to be taken as one when they differ by one edit. */
const SHORTEST_FUZZY = 8;

/** The kinds named by a kind word (or a case form of one) of `count` words at `at`, if they spell one. */
function kindAt(
  words: readonly string[],
  at: number,
  spelling: ReadySpelling,
): [number, readonly KatoPlaceType[]] | undefined {
  for (let count = Math.min(spelling.longestTextKind, words.length - at); count >= 1; count--) {
    const part = words.slice(at, at + count).join(" ");
    for (const language of ["ru", "kk"] as const) {
      const kinds = spelling.textKinds.get(fold(part, spelling.latin[language], spelling));
      if (kinds !== undefined) return [count, kinds];
    }
  }
  return undefined;
}

/**
 * The runs of words between the kind words of a written name, without the name of a district or region
 * (the word next to its kind word), and whether a kind word names a place below the district.
 */
function runsOf(written: string, spelling: ReadySpelling): [string[][], boolean] {
  const words = wordsOf(written);
  const runs: string[][] = [];
  let run: string[] = [];
  let namesPlace = false;
  for (let at = 0; at < words.length; ) {
    const kind = kindAt(words, at, spelling);
    if (kind === undefined) {
      run.push(words[at] as string);
      at++;
      continue;
    }
    const [count, types] = kind;
    if (types.length > 0 && types.every((t) => ABOVE_UNITS.has(t))) run.pop();
    else if (types.length > 0) namesPlace = true;
    if (run.length > 0) runs.push(run);
    run = [];
    at += count;
  }
  if (run.length > 0) runs.push(run);
  return [runs, namesPlace];
}

/** The key of words (lower case) and the keys of the words without each ending they may have (3 letters left). */
function formsOf(words: string, spelling: ReadySpelling): string[] {
  const stems = [
    words,
    ...spelling.endings
      .filter((ending) => words.endsWith(ending) && words.length - ending.length >= 3)
      .map((ending) => words.slice(0, words.length - ending.length)),
  ];
  return (["ru", "kk"] as const).flatMap((language) =>
    stems.map((stem) => keyOf(fold(stem, spelling.latin[language], spelling))),
  );
}

/** Whether two forms are one name: the same, one a beginning of the other but a suffix, or one edit apart. */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (
    short.length >= SHORTEST_PREFIX &&
    long.startsWith(short) &&
    long.length - short.length <= LONGEST_EXTRA
  ) {
    return true;
  }
  return short.length >= SHORTEST_FUZZY && distances(a, b, 1).whole <= 1;
}

/**
 * Compares a name as running text writes it (a decision's heading: "Зубаирского сельского округа", "села
 * Дружба Камыстинского района", "Новодворовка ауылдық округінің") with places (a unit and its localities):
 * the kind words and their case forms are set aside, the name of a district or region next to its kind
 * word is dropped, and each run of the remaining words, its ending set aside, is compared with each name
 * of each place in Russian and Kazakh (the same, a beginning but a short suffix, or one edit apart in a
 * long name).
 */
export function checkWrittenName(
  written: string,
  places: readonly KatoPlace[],
  spelling: ReadySpelling,
): WrittenNameCheck {
  const [runs, namesPlace] = runsOf(written, spelling);
  const names = places.flatMap((place) =>
    [place.nameRu, place.nameKk].flatMap((name) =>
      runsOf(name, spelling)[0].flatMap((run) => formsOf(run.join(" "), spelling)),
    ),
  );
  for (const run of runs) {
    for (let from = 0; from < run.length; from++) {
      for (let to = from + 1; to <= run.length; to++) {
        const words = run.slice(from, to).join(" ");
        if (formsOf(words, spelling).some((form) => names.some((name) => related(form, name)))) {
          return { kind: "same", words };
        }
      }
    }
  }
  return namesPlace ? { kind: "other" } : { kind: "none" };
}
