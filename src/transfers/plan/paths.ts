import { type Issue, type IssuePath, tryRead } from "../../errors/issue.js";

/** Renames of path beginnings: a path starting with `from` starts with `to` instead. */
export type PathRenames = readonly (readonly [IssuePath, IssuePath])[];

const startsWith = (path: IssuePath, prefix: IssuePath) => prefix.every((part, i) => path[i] === part);

/** The issues with each path renamed by the first rename whose `from` begins it, then put under `at`. */
export function moveIssues(issues: readonly Issue[], at: IssuePath, renames: PathRenames = []): Issue[] {
  return issues.map((issue) => {
    const rename = renames.find(([from]) => startsWith(issue.path, from));
    const path = rename === undefined ? issue.path : [...rename[1], ...issue.path.slice(rename[0].length)];
    return { ...issue, path: [...at, ...path] };
  });
}

/** Runs `read`; its issues (when it throws the library's error) are moved by {@link moveIssues}. */
export function readMoved<T>(at: IssuePath, renames: PathRenames, read: () => T): [T | undefined, Issue[]] {
  const [value, issues] = tryRead([], read);
  return [value, moveIssues(issues, at, renames)];
}

/** The place of an issue: its path's first key, with the index of an item of a list near the top. */
function placeOf(path: IssuePath): string {
  const at = path.slice(1, 3).findIndex((part) => typeof part === "number");
  return at === -1 ? String(path[0]) : `${String(path[0])}\u0000${path[at + 1]}`;
}

/**
 * The issues grouped by place, each group in the order first met: by the first key of the path, and the
 * issues of one item of a list (`["units", i, …]`, `["input", "units", i, …]`) together, items in order;
 * otherwise as found.
 */
export function byPlace(issues: readonly Issue[]): Issue[] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = placeOf(issue.path);
    groups.set(key, [...(groups.get(key) ?? []), issue]);
  }
  const keys = [...groups.keys()];
  const rank = (key: string) => {
    const [first = "", index] = key.split("\u0000");
    return { first: keys.findIndex((k) => k.split("\u0000")[0] === first), index: Number(index ?? -1) };
  };
  const ordered = [...keys].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra.first - rb.first || ra.index - rb.index;
  });
  return ordered.flatMap((key) => groups.get(key) ?? []);
}
