import { describeValue } from "../../errors/describe.js";
import { throwIssues } from "../../errors/issue.js";
import { namedPlace } from "../budgets.js";
import type { KatoPlace } from "../kato-place.js";
import type { Territory } from "../territory.js";
import { distances } from "./distance.js";
import type { MatchHow, PlaceHit, PlaceSearch } from "./place-hit.js";
import { latinName, type NameLanguage, type ReadName, type ReadySpelling, readName } from "./read-name.js";

/** One name of one place, read once for every search of a territory. */
interface IndexedName {
  readonly place: KatoPlace;
  readonly language: NameLanguage;
  readonly read: ReadName;
}

/** The names of a territory's places, read with one spelling. */
export interface NameIndex {
  readonly territory: Territory;
  readonly spelling: ReadySpelling;
  readonly names: readonly IndexedName[];
}

/** A name that matched, with what ranks it. */
interface Candidate {
  readonly entry: IndexedName;
  readonly how: MatchHow;
  readonly edits: number;
  /** 0 when the match is at the name's beginning, else the word it begins at. */
  readonly word: number;
  /** Letters of the matched key beyond the query's. */
  readonly extra: number;
  readonly kindAsked: boolean | undefined;
}

/** The query read in each language (its Cyrillic letters in that language's Latin). */
type Query = Readonly<Record<NameLanguage, ReadName>>;

const HOW_ORDER: Readonly<Record<MatchHow, number>> = { exact: 0, prefix: 1, fuzzy: 2, nearest: 3 };
const LANGUAGE_NAMES = { ru: "Russian", kk: "Kazakh" } as const;
/** How many of the closest names a search without hits suggests. */
const NEAREST_COUNT = 5;

/** Reads every name of a territory's places with a spelling. */
export function nameIndex(territory: Territory, spelling: ReadySpelling): NameIndex {
  const names = territory.places().flatMap((place): IndexedName[] => [
    { place, language: "ru", read: readName(place.nameRu, "ru", spelling) },
    { place, language: "kk", read: readName(place.nameKk, "kk", spelling) },
  ]);
  return { territory, spelling, names };
}

/**
 * The edits a query may be away from a name for a fuzzy match, by the query's length in key letters:
 * none up to 3 letters, 1 up to 6, 2 up to 10, 3 beyond.
 */
export function editsAllowed(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return length <= 10 ? 2 : 3;
}

/** Fourth-level units first, then the budgets above them (regions, districts, cities), then localities. */
function placeOrder(place: KatoPlace): number {
  if (place.isFourthLevelUnit) return 0;
  return place.classifierLevel <= 2 ? 1 : 2;
}

/** Orders candidates best first: how, edits, the kind asked, at the beginning, units first, shorter, code. */
function compare(a: Candidate, b: Candidate): number {
  const rank = (c: Candidate) => [
    HOW_ORDER[c.how],
    c.edits,
    c.kindAsked === false ? 1 : 0,
    c.word,
    placeOrder(c.entry.place),
    c.extra,
  ];
  const [ra, rb] = [rank(a), rank(b)];
  for (let i = 0; i < ra.length; i++) {
    const d = (ra[i] as number) - (rb[i] as number);
    if (d !== 0) return d;
  }
  return a.entry.place.code < b.entry.place.code ? -1 : a.entry.place.code > b.entry.place.code ? 1 : 0;
}

/** How one name matches the query, if it does: exact, a word begins with it, or within the edits allowed. */
function matchOf(entry: IndexedName, query: Query, kinds: readonly string[]): Candidate | undefined {
  const q = query[entry.language].keys[0] as string;
  if (q === "") return undefined;
  const keys = entry.read.keys;
  const kindAsked = kinds.length === 0 ? undefined : kinds.includes(entry.place.type);
  const at = (how: MatchHow, edits: number, word: number): Candidate => ({
    entry,
    how,
    edits,
    word,
    extra: Math.abs((keys[word] as string).length - q.length),
    kindAsked,
  });
  if (keys[0] === q) return at("exact", 0, 0);
  const word = keys.findIndex((key) => key.startsWith(q));
  if (word >= 0) return at("prefix", 0, word);
  const bound = editsAllowed(q.length);
  if (bound === 0) return undefined;
  let best: Candidate | undefined;
  keys.forEach((key, i) => {
    const edits = distances(q, key, bound).prefix;
    if (edits <= bound && (best === undefined || edits < best.edits)) best = at("fuzzy", edits, i);
  });
  return best;
}

/** The closest names when nothing matched: by edits to the name's beginning or a word's, unbounded. */
function nearestOf(index: NameIndex, query: Query): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const entry of index.names) {
    const q = query[entry.language].keys[0] as string;
    if (q === "") continue;
    const edits = Math.min(
      ...entry.read.keys.map((key) => distances(q, key, Number.POSITIVE_INFINITY).prefix),
    );
    const candidate: Candidate = { entry, how: "nearest", edits, word: 0, extra: 0, kindAsked: undefined };
    const known = best.get(entry.place.code);
    if (known === undefined || compare(candidate, known) < 0) best.set(entry.place.code, candidate);
  }
  return [...best.values()].sort(compare).slice(0, NEAREST_COUNT);
}

/** A candidate as the search returns it: the place, its unit, district and region, and why it matched. */
function hitOf(index: NameIndex, c: Candidate): PlaceHit {
  const { place, language } = c.entry;
  const owner = index.territory.owner(place.code);
  const name = language === "ru" ? place.nameRu : place.nameKk;
  const latin = latinName(name, language, index.spelling);
  const edits = c.edits === 0 ? "" : ` (${c.edits} edit${c.edits === 1 ? "" : "s"})`;
  const where = c.word === 0 ? "" : " (a later word)";
  const kind =
    c.kindAsked === undefined ? "" : c.kindAsked ? "; of the kind asked" : "; not of the kind asked";
  const why = `${c.how} match of the ${LANGUAGE_NAMES[language]} name "${name}" (${latin})${where}${edits}${kind}`;
  return {
    code: place.code,
    nameRu: place.nameRu,
    nameKk: place.nameKk,
    type: place.type,
    isFourthLevelUnit: place.isFourthLevelUnit,
    ...(owner.kind === "fourth_level" ? { unit: namedPlace(owner.unit) } : {}),
    ...(owner.district === undefined ? {} : { district: namedPlace(owner.district) }),
    region: namedPlace(owner.region),
    match: {
      how: c.how,
      language,
      name,
      latin,
      edits: c.edits,
      ...(c.kindAsked === undefined ? {} : { kindAsked: c.kindAsked }),
      why,
    },
  };
}

/**
 * Searches the names of an index's places for `text` (checked by the caller: text with a letter or a
 * digit) and returns at most `limit` hits, best first; when none, the closest names.
 */
export function searchNames(index: NameIndex, text: string, limit: number): PlaceSearch {
  const query: Query = {
    ru: readName(text, "ru", index.spelling, 0),
    kk: readName(text, "kk", index.spelling, 0),
  };
  if (query.ru.keys[0] === "" && query.kk.keys[0] === "") {
    const message = `${describeValue(text)} only names a kind of place: add the place's name`;
    throwIssues("unit search", [{ path: ["text"], code: "INVALID_INPUT", message }]);
  }
  const kinds = [...new Set([...query.ru.kinds, ...query.kk.kinds])];
  const best = new Map<string, Candidate>();
  for (const entry of index.names) {
    const candidate = matchOf(entry, query, kinds);
    if (candidate === undefined) continue;
    const known = best.get(entry.place.code);
    if (known === undefined || compare(candidate, known) < 0) best.set(entry.place.code, candidate);
  }
  const found = [...best.values()].sort(compare);
  return {
    text,
    hits: found.slice(0, limit).map((c) => hitOf(index, c)),
    total: found.length,
    nearest: found.length === 0 ? nearestOf(index, query).map((c) => hitOf(index, c)) : [],
  };
}
