import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FourthLevelError } from "../../src/errors/error.js";
import { allExamples, toModule } from "./examples.js";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT = join(ROOT, "test", "docs", ".generated");
const ENTRIES = {
  main: join(ROOT, "src", "index.ts"),
  node: join(ROOT, "src", "node.ts"),
  charts: join(ROOT, "src", "charts.ts"),
};

function expectCode(run: () => unknown, code: string): void {
  let thrown: unknown;
  try {
    run();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, `expected a FourthLevelError ${code}`).toBeInstanceOf(FourthLevelError);
  expect((thrown as FourthLevelError).code).toBe(code);
}

const examples = allExamples(ROOT);
const hasNodeEntry = existsSync(ENTRIES.node);
const EXPORTED = {
  main: Object.keys(await import(ENTRIES.main)),
  node: hasNodeEntry ? Object.keys(await import(ENTRIES.node)) : [],
};
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

describe("every @example in src/ and every ```ts block in docs/ runs, and its //=> results hold", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(50);
  });
  for (const [i, example] of examples.entries()) {
    it(example.where, async () => {
      const file = join(OUT, `example-${i}.ts`);
      writeFileSync(file, toModule(example.code, ENTRIES, EXPORTED));
      const module = (await import(file)) as {
        run: (e: typeof expect, c: typeof expectCode) => Promise<void>;
      };
      // a guide's block runs where a user of the installed package runs it: in a folder of their own,
      // without the clone's examples/ and data/ (it names them through the package)
      const guide = !example.where.startsWith("src/");
      const folder = guide ? mkdtempSync(join(tmpdir(), "guide-example-")) : ROOT;
      process.chdir(folder);
      try {
        await module.run(expect, expectCode);
      } finally {
        process.chdir(ROOT);
        if (guide) rmSync(folder, { recursive: true, force: true });
      }
    });
  }
});
