/*
 * Duplicate receipt ids among millions without keeping the ids: each id is hashed to a 53-bit number
 * (two 32-bit multiplicative hashes of its UTF-16 code units, which for ASCII text are its bytes), the
 * hashes are sorted, and equal neighbours are candidates. Only candidates are then compared as text, so
 * the check is exact: two different ids with the same hash are never reported.
 */

/*
 * The same hash written twice, over a string's code units and over ASCII bytes: one loop with a callback
 * per unit made the CSV scan a tenth slower. A test checks that both agree.
 */

/** The 53-bit hash of an id given as text. */
export function idHash(id: string): number {
  let a = 0x811c9dc5 | 0;
  let b = 0x9747b28c | 0;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** The hash of an id given as ASCII bytes `bytes[start … end)`: the same as {@link idHash} of its text. */
export function idHashOfBytes(bytes: Uint8Array, start: number, end: number): number {
  let a = 0x811c9dc5 | 0;
  let b = 0x9747b28c | 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

/** A growing list of hashes in a float64 array (8 bytes an id). */
export interface HashList {
  values: Float64Array;
  length: number;
  /** Whether `values[0 … length)` is sorted (set by {@link sortedHashes}, cleared by {@link pushHash}). */
  sorted: boolean;
}

/** An empty list with room for `capacity` hashes. */
export function hashList(capacity = 1024): HashList {
  return { values: new Float64Array(Math.max(capacity, 16)), length: 0, sorted: true };
}

/** Adds a hash to the list. */
export function pushHash(list: HashList, hash: number): void {
  if (list.length === list.values.length) {
    const grown = new Float64Array(list.values.length * 2);
    grown.set(list.values);
    list.values = grown;
  }
  list.values[list.length++] = hash;
  list.sorted = false;
}

/** The list's hashes, sorted (a view of its array, sorted in place once). */
export function sortedHashes(list: HashList): Float64Array {
  const values = list.values.subarray(0, list.length);
  if (!list.sorted) values.sort();
  list.sorted = true;
  return values;
}

/** The hashes that occur more than once in one of the sorted arrays or in two of them. */
export function repeatedHashes(sorted: readonly Float64Array[]): Set<number> {
  const repeated = new Set<number>();
  for (const values of sorted) {
    for (let i = 1; i < values.length; i++) {
      if (values[i] === values[i - 1]) repeated.add(values[i] as number);
    }
  }
  for (let x = 0; x < sorted.length; x++) {
    for (let y = x + 1; y < sorted.length; y++) {
      for (const hash of commonValues(sorted[x] as Float64Array, sorted[y] as Float64Array))
        repeated.add(hash);
    }
  }
  return repeated;
}

/** The values two sorted arrays share. */
function commonValues(a: Float64Array, b: Float64Array): number[] {
  const common: number[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    const [x, y] = [a[i] as number, b[j] as number];
    if (x === y) common.push(x);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return common;
}
