import type { NamedPlace } from "../budgets.js";
import type { KatoPlaceType } from "../kato-place.js";

/**
 * How a name matched a search: `exact` the whole name (its kind words aside), `prefix` the name or one of
 * its words begins with the query, `fuzzy` within a few edits of the name or of its beginning, `nearest`
 * no match at all, only the closest name (see {@link PlaceSearch.nearest}).
 *
 * @category Territory
 */
export type MatchHow = "exact" | "prefix" | "fuzzy" | "nearest";

/**
 * Why a place was found: the name that matched, how, and whether its kind is the one the query named.
 *
 * @category Territory
 */
export interface NameMatch {
  /** How the name matched. */
  readonly how: MatchHow;
  /** Which of the place's names matched: `ru` (`nameRu`) or `kk` (`nameKk`). */
  readonly language: "ru" | "kk";
  /** The name that matched, as the classifier writes it. */
  readonly name: string;
  /** That name in Latin letters (see {@link PlaceSpelling}). */
  readonly latin: string;
  /** Edits (letters inserted, deleted, replaced or swapped) between the query and the name; 0 unless `fuzzy` or `nearest`. */
  readonly edits: number;
  /**
   * Whether the place is of a kind the query named ("с.о.", "а.", "район"…): `true` or `false`, absent
   * when the query named no kind.
   */
  readonly kindAsked?: boolean;
  /** The same in words, e.g. `exact match of the Kazakh name "Зубаир а.о." (Zubair a.o.)`. */
  readonly why: string;
}

/**
 * A place found by name: its KATO code, kind and names, the fourth-level unit, district and region it
 * lies in, and why it matched.
 *
 * @category Territory
 */
export interface PlaceHit extends NamedPlace {
  /** What kind of place it is. */
  readonly type: KatoPlaceType;
  /** Whether it is a fourth-level budget unit itself. */
  readonly isFourthLevelUnit: boolean;
  /** The fourth-level unit it is or lies in, if any. */
  readonly unit?: NamedPlace;
  /** The district or city of regional significance (level-3 budget) it is or lies in, if any. */
  readonly district?: NamedPlace;
  /** The region or city of republican significance (level-2 budget) it is or lies in. */
  readonly region: NamedPlace;
  /** Why it was found. */
  readonly match: NameMatch;
}

/**
 * What a search by name found.
 *
 * @category Territory
 */
export interface PlaceSearch {
  /** The text searched for, as given. */
  readonly text: string;
  /** The places found, best first (exact, then prefix, then fuzzy matches), at most the limit asked. */
  readonly hits: readonly PlaceHit[];
  /** How many places matched, the limit aside. */
  readonly total: number;
  /** When nothing matched: the places with the closest names (at most 5), closest first; else empty. */
  readonly nearest: readonly PlaceHit[];
}
