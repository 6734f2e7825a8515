import type { Command } from "commander";
import { findUnits } from "../../jurisdictions/kz/find-units.js";
import { kazakhstanTerritory } from "../../jurisdictions/kz/territory.js";
import type { PlaceHit, PlaceSearch } from "../../territory/find/place-hit.js";
import { MAX_SEARCH_LIMIT } from "../../territory/find/search-places.js";
import { withOptionPaths } from "./option-paths.js";
import { jsonOption, print, wholeNumber } from "./options.js";

/** One hit on one line: code, kind, names, where it lies, why it matched. */
function hitLine(hit: PlaceHit): string {
  const unit =
    hit.unit !== undefined && !hit.isFourthLevelUnit ? `; unit ${hit.unit.nameRu} (${hit.unit.code})` : "";
  const district =
    hit.district === undefined ? "" : `; district ${hit.district.nameRu} (${hit.district.code})`;
  const kind = hit.isFourthLevelUnit ? `${hit.type}, fourth-level unit` : hit.type;
  return `${hit.code} ${hit.nameRu} / ${hit.nameKk} [${kind}]${unit}${district}; region ${hit.region.nameRu}\n    ${hit.match.why}`;
}

/** The readable answer of `find`: the hits, or that none matched and the closest names. */
export function searchText(search: PlaceSearch): string {
  if (search.hits.length === 0) {
    const closest = search.nearest.map(
      (hit) => `  ${hit.code} ${hit.match.name} (${hit.match.latin}): ${hit.match.edits} edits`,
    );
    return [`no place matches ${JSON.stringify(search.text)}; the closest names:`, ...closest].join("\n");
  }
  const more =
    search.total > search.hits.length ? `, the first ${search.hits.length} shown (--limit for more)` : "";
  const head = `${search.total} place${search.total === 1 ? "" : "s"} match ${JSON.stringify(search.text)}${more}:`;
  return [head, ...search.hits.map(hitLine)].join("\n");
}

/** Adds `fourth-level find TEXT`: fourth-level units and places by name. */
export function addFindCommand(program: Command): void {
  const find = program
    .command("find")
    .description("find fourth-level units and places by name, in Russian, Kazakh or Latin letters")
    .argument("<text...>", 'a name or part of one, e.g. zubair or "Зубаир а.о."')
    .option(
      "--limit <n>",
      `the most places to list, 1 to ${MAX_SEARCH_LIMIT} (default 10)`,
      wholeNumber("--limit", 1, MAX_SEARCH_LIMIT),
    );
  jsonOption(find, "print the search as JSON (hits, total, nearest)").action(
    (words: string[], opts: { limit?: number; json?: boolean }) => {
      const search = withOptionPaths("find", { text: "TEXT", "options.limit": "--limit" }, () =>
        findUnits(kazakhstanTerritory(), words.join(" "), {
          ...(opts.limit === undefined ? {} : { limit: opts.limit }),
        }),
      );
      print(opts.json === true, search, () => searchText(search));
    },
  );
}
