import type { PlaceSearch } from "../../territory/find/place-hit.js";
import { type FindUnitsOptions, searchPlaces } from "../../territory/find/search-places.js";
import type { Territory } from "../../territory/territory.js";
import { kazakhstanPlaceSpelling } from "./place-spelling.js";

/**
 * Finds fourth-level units and other places of a territory by name, in Russian or Kazakh or in Latin
 * letters: `"zubair"`, `"Зубаир а.о."` and `"Зубаировский сельский округ"` all find Зубаировский с.о.
 * (104049000). Case, ё and е, the Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і and their Russian look-alikes),
 * the common Latin spellings (zh/j, kh/h, sh/ş, q/k, y/i…) and the classifier's kind words (с.о., а.о., с.,
 * а., г., қ., район, ауданы…, abbreviated or spelled out) do not matter; a kind word in the query ranks
 * places of that kind first. A query matches a name exactly, or begins it or one of its words (prefix), or
 * is within a few edits of it (fuzzy: letters inserted, deleted, replaced or swapped; none for up to 3
 * letters, 1 up to 6, 2 up to 10, 3 beyond). Hits come best first: exact, prefix, fuzzy; then fewer
 * edits, the kind asked, fourth-level units before districts and regions before localities, shorter
 * names, code order. Places sharing a name (19 rural districts are called Жамбылский с.о.) come in code
 * order.
 *
 * The names of a territory are read once per territory and spelling (a few hundred milliseconds) and
 * kept while both live; a search then takes tens of milliseconds.
 *
 * @param territory - E.g. `kazakhstanTerritory()`.
 * @param text - A name or part of one, up to 200 characters, with at least a letter or a digit.
 * @param options - See {@link FindUnitsOptions}.
 * @returns The hits (at most `limit`, default 10), how many matched, and when none did, the 5 places with
 *   the closest names.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every bad argument: `["territory"]` not a
 *   territory, `["text"]` not text, blank, too long or only a kind word ("с.о."), `["options", "limit"]`
 *   not a whole number from 1 to 1000, `["options", "spelling"]` not a {@link PlaceSpelling}.
 * @category Territory
 * @example
 * ```ts
 * import { findUnits, kazakhstanTerritory } from "fourth-level-budget";
 * const kz = kazakhstanTerritory();
 * const [unit, village] = findUnits(kz, "zubair").hits;
 * [unit?.code, unit?.type, unit?.district?.nameRu]; //=> ["104049000", "rural_district", "Бородулихинский район"]
 * unit?.match.why; //=> 'exact match of the Kazakh name "Зубаир а.о." (Zubair a.o.)'
 * village?.nameRu; //=> "с.Зубаир"
 * findUnits(kz, "Зубаировский сельский округ").hits[0]?.code; //=> "104049000"
 * findUnits(kz, "zubiar").hits[0]?.match.edits; //=> 1
 * findUnits(kz, "  "); //=> throws INVALID_INPUT
 * ```
 */
export function findUnits(territory: Territory, text: string, options: FindUnitsOptions = {}): PlaceSearch {
  return searchPlaces(territory, text, options, kazakhstanPlaceSpelling());
}
