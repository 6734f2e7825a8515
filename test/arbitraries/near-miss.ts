import fc from "fast-check";

/** Any JavaScript value fast-check can make, including bigints, null-prototype objects, dates, maps, sparse arrays. */
export const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] => {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** Every path to a value inside the plain objects and arrays of `value` (class instances such as Money are leaves). */
function pathsOf(
  value: unknown,
  prefix: readonly (string | number)[] = [],
): (readonly (string | number)[])[] {
  if (!isContainer(value)) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

/** A copy of `value` with the value at `path` replaced (or removed, for `remove`). */
function replaced(
  value: unknown,
  path: readonly (string | number)[],
  next: unknown,
  remove: boolean,
): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return next;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && remove) copy.splice(Number(key), 1);
    else copy[Number(key)] = replaced(copy[Number(key)], rest, next, remove);
    return copy;
  }
  const copy: Record<string | number, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && remove) delete copy[key];
  else copy[key] = replaced(copy[key], rest, next, remove);
  return copy;
}

/**
 * Near misses of a valid input: the input with one field (at any depth) replaced by an arbitrary value or
 * left out, or the whole input replaced by an arbitrary value.
 */
export function nearMiss(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  if (paths.length === 0) return anyValue;
  return fc.oneof(
    anyValue,
    fc
      .tuple(fc.constantFrom(...paths), anyValue, fc.boolean())
      .map(([path, next, remove]) => replaced(valid, path, next, remove)),
  );
}
