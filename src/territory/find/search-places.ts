import * as z from "zod";
import { describeValue } from "../../errors/describe.js";
import { parseInput } from "../../input/parse.js";
import type { Territory } from "../territory.js";
import { territorySchema } from "../territory-schema.js";
import { type NameIndex, nameIndex, searchNames } from "./find-places.js";
import type { PlaceSearch } from "./place-hit.js";
import { readySpelling } from "./read-name.js";
import { type PlaceSpelling, placeSpellingSchema } from "./spelling.js";

/** The longest text searched for, in characters. */
export const MAX_SEARCH_LENGTH = 200;
/** The most hits a search returns. */
export const MAX_SEARCH_LIMIT = 1000;

/**
 * Options of `findUnits`.
 *
 * @category Territory
 */
export interface FindUnitsOptions {
  /** The most hits to return, 1 to 1000; default 10. */
  readonly limit?: number;
  /** How the names are spelled; default Kazakhstan's ({@link kazakhstanPlaceSpelling}). */
  readonly spelling?: PlaceSpelling;
}

const limitMessage = `must be a whole number of hits from 1 to ${MAX_SEARCH_LIMIT}`;

const searchInput = z.strictObject({
  territory: territorySchema,
  text: z
    .string({ error: (issue) => `must be a name or part of one as text, not ${describeValue(issue.input)}` })
    .max(MAX_SEARCH_LENGTH, { error: `must be at most ${MAX_SEARCH_LENGTH} characters` })
    .refine((t) => /[\p{L}\p{N}]/u.test(t), { error: "is blank: give a name or part of one" }),
  options: z.strictObject(
    {
      limit: z
        .int({ error: limitMessage })
        .min(1, { error: limitMessage })
        .max(MAX_SEARCH_LIMIT, { error: limitMessage })
        .optional(),
      spelling: placeSpellingSchema.optional(),
    },
    { error: (issue) => `must be options { limit?, spelling? }, not ${describeValue(issue.input)}` },
  ),
});

/**
 * The names of a territory read with a spelling, kept for the life of the territory and the spelling
 * (both immutable): reading 31,000 names takes a few hundred milliseconds, a search then tens. A cache
 * only: a search gives the same result with it or without it.
 */
const indexes = new WeakMap<Territory, WeakMap<PlaceSpelling, NameIndex>>();

function indexOf(territory: Territory, spelling: PlaceSpelling): NameIndex {
  const bySpelling = indexes.get(territory) ?? new WeakMap<PlaceSpelling, NameIndex>();
  indexes.set(territory, bySpelling);
  const known = bySpelling.get(spelling);
  if (known !== undefined) return known;
  const index = nameIndex(territory, readySpelling(spelling));
  bySpelling.set(spelling, index);
  return index;
}

/**
 * Finds places of a territory by name (see `findUnits`), with `fallback` as the spelling when the
 * options give none.
 * @throws {@link FourthLevelError} `INVALID_INPUT` listing every bad argument at `["territory"]`,
 *   `["text"]`, `["options", …]`, or a text that only names a kind of place.
 */
export function searchPlaces(
  territory: unknown,
  text: unknown,
  options: unknown,
  fallback: PlaceSpelling,
): PlaceSearch {
  const input = parseInput(searchInput, { territory, text, options }, "unit search", {
    opaque: ["territory"],
  });
  // the caller's own spelling object (the parsed one is a copy), so that its names are read once
  const given = (options as FindUnitsOptions).spelling;
  const index = indexOf(input.territory, given ?? fallback);
  return searchNames(index, input.text, input.options.limit ?? 10);
}
