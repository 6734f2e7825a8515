/**
 * How far a query is from a name and from the name's best-fitting beginning, in edits: insertions,
 * deletions, substitutions and swaps of two neighbouring letters (the optimal string alignment distance,
 * a restricted Damerau–Levenshtein distance).
 */
export interface Distances {
  /** Edits turning the query into the whole name. */
  readonly whole: number;
  /** Edits turning the query into the closest beginning of the name (at most `whole`). */
  readonly prefix: number;
}

const FAR: Distances = Object.freeze({ whole: Number.POSITIVE_INFINITY, prefix: Number.POSITIVE_INFINITY });

/**
 * The {@link Distances} of `query` to `name`, or both infinite as soon as every beginning of the name is
 * more than `bound` edits away (so that a search over thousands of names stays cheap).
 *
 * @param bound - The most edits of interest; `Infinity` to always compute them.
 */
export function distances(query: string, name: string, bound: number): Distances {
  const m = query.length;
  const n = name.length;
  if (m === 0) return { whole: n, prefix: 0 };
  let before = new Array<number>(n + 1).fill(0); // row i - 2
  let previous = Array.from({ length: n + 1 }, (_, j) => j); // row i - 1
  for (let i = 1; i <= m; i++) {
    const row = new Array<number>(n + 1);
    row[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      const same = query[i - 1] === name[j - 1];
      let d = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (same ? 0 : 1),
      );
      if (i > 1 && j > 1 && query[i - 1] === name[j - 2] && query[i - 2] === name[j - 1]) {
        d = Math.min(d, (before[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < least) least = d;
    }
    if (least > bound) return FAR;
    before = previous;
    previous = row;
  }
  return { whole: previous[n] as number, prefix: Math.min(...previous) };
}
