import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cliPages } from "../../scripts/cli-pages.js";

const ROOT = resolve(import.meta.dirname, "../..");

describe("docs/cli/*.md, a page per command with its output", () => {
  it("each page shows what its commands print today (else run npm run docs:cli)", async () => {
    const pages = await cliPages(ROOT);
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const [was, now] = [readFileSync(join(ROOT, page.path), "utf8").split("\n"), page.text.split("\n")];
      const at = was.findIndex((line, i) => line !== now[i]);
      const line = at < 0 && was.length !== now.length ? Math.min(was.length, now.length) : at;
      const first = line < 0 ? undefined : { line: line + 1, committed: was[line], generated: now[line] };
      expect(first, `${page.path} is stale: run npm run docs:cli`).toBeUndefined();
    }
  }, 240_000);
});
