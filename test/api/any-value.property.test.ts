import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as charts from "../../src/charts.js";
import * as main from "../../src/index.js";
import * as node from "../../src/node.js";

/**
 * Every public function, given any JavaScript values, returns or throws a FourthLevelError — never a bare
 * TypeError or RangeError: the functions of both entries (`fourth-level-budget` and
 * `fourth-level-budget/node`), Money's static and instance methods, and the methods of the objects the API
 * returns that callers call (a territory's lookups, the file reader of a scenario folder). Arguments:
 * arbitrary values (fc.anything, with null, undefined, numbers, strings, arrays, objects without a
 * prototype, bigints, maps, sets, typed arrays) in every position. A promise must settle the same way.
 */
type AnyFunction = (...args: unknown[]) => unknown;

/** The functions an entry exports (classes, whose names start with a capital, aside). */
const functionsOf = (entry: Record<string, unknown>, prefix: string): [string, AnyFunction][] =>
  Object.entries(entry).flatMap(([name, value]): [string, AnyFunction][] =>
    typeof value === "function" && !/^[A-Z]/.test(name) ? [[`${prefix}${name}`, value as AnyFunction]] : [],
  );

/** A method called on its object, as a function of its arguments. */
const bound =
  (target: object, key: string): AnyFunction =>
  (...args) =>
    (target as Record<string, AnyFunction>)[key]?.(...args);

const ownNames = (o: object) =>
  Object.getOwnPropertyNames(o).filter((k) => k !== "constructor" && k !== "prototype");

/** The methods of a class, static and on an instance. */
function methodsOf(name: string, cls: object, instance: object): [string, AnyFunction][] {
  return [
    ...ownNames(cls)
      .filter((k) => typeof (cls as Record<string, unknown>)[k] === "function")
      .map((k): [string, AnyFunction] => [`${name}.${k}`, bound(cls, k)]),
    ...ownNames(Object.getPrototypeOf(instance)).map((k): [string, AnyFunction] => [
      `${name}#${k}`,
      bound(instance, k),
    ]),
  ];
}

/** The methods a plain object returned by the API carries as its own properties (e.g. a Territory). */
function ownMethodsOf(name: string, object: object): [string, AnyFunction][] {
  return ownNames(object)
    .filter((k) => typeof (object as Record<string, unknown>)[k] === "function")
    .map((k): [string, AnyFunction] => [`${name}.${k}`, bound(object, k)]);
}

const territory = main.kazakhstanTerritory();
const small = main.createTerritory(
  [
    {
      code: "100000000",
      type: "region",
      classifierLevel: 1,
      nameRu: "область Абай",
      nameKk: "Абай облысы",
      isFourthLevelUnit: false,
      regionCode: "100000000",
    },
  ],
  main.kazakhstanLaw(),
);

const FUNCTIONS: readonly [string, AnyFunction][] = [
  ...functionsOf(main, ""),
  ...functionsOf(node, "node: "),
  ...functionsOf(charts, "charts: "),
  ...methodsOf("Money", main.Money, main.Money.kzt("100.50")),
  ...ownMethodsOf("kazakhstanTerritory()", territory),
  ...ownMethodsOf("createTerritory()", small),
  ["scenarioFileReader()", node.scenarioFileReader("examples") as AnyFunction],
];

const anyValue = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  maxDepth: 3,
});

const ALLOWED = ["returned", "library error"];

const settled = (e: unknown): string => {
  if (e instanceof main.FourthLevelError) return "library error";
  return `${(e as Error)?.name ?? typeof e}: ${(e as Error)?.message ?? String(e)}`;
};

async function outcome(run: () => unknown): Promise<string> {
  try {
    const result = run();
    if (result instanceof Promise) return await result.then(() => "returned", settled);
    return "returned";
  } catch (e) {
    return settled(e);
  }
}

describe("no public function throws anything but FourthLevelError, whatever it is given", () => {
  it("covers the three entries, Money and the territory's methods", () => {
    const names = FUNCTIONS.map(([name]) => name);
    for (const name of [
      "readReceiptsCsv",
      "node: readTextFile",
      "Money#plus",
      "kazakhstanTerritory().owner",
      "charts: votersReport",
    ]) {
      expect(names).toContain(name);
    }
  });

  for (const [name, fn] of FUNCTIONS) {
    it(name, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(anyValue, { maxLength: 4 }), async (args) => {
          expect(ALLOWED).toContain(await outcome(() => fn(...args)));
        }),
        { numRuns: 60 },
      );
    });
  }
});
