// How docs/rules.md finds, for a rule, the tests that check it and the source file that defines it: the
// `it(…)` blocks of the test files, searched for the rule's id or for what the rule is about on a date it
// covers; the source files of src/, searched for the rule's data.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Citation } from "../src/citation/citation.js";

/** One `it(…)` of a test file: where it is, its title, its text, the dates and years it names. */
export interface TestBlock {
  readonly file: string;
  readonly title: string;
  readonly text: string;
  readonly dates: readonly string[];
  readonly years: readonly number[];
}

/** What a test must name to check a rule. */
export interface Probe {
  /** The rule's id: a test naming it checks the rule. */
  readonly id?: string;
  /** At least one of these… */
  readonly anyOf: readonly string[];
  /** …and all of these must be in the test. */
  readonly allOf?: readonly string[];
  /** …and a date (or, with `years`, a year) of the test within the rule's dates. */
  readonly from?: string;
  readonly to?: string | undefined;
  readonly years?: boolean;
  /** …or, instead of a date, this value (a parameter's amount). */
  readonly value?: RegExp;
  /** Tests whose title names the rule's article or one of these words are shown first. */
  readonly citation?: Citation;
  readonly keywords?: readonly string[];
  /** Tests in a file whose path holds this (e.g. `/vehicle/`) are shown before the others. */
  readonly preferPath?: string;
}

export function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === ".generated" ? [] : filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

export const posixPath = (root: string, path: string) => relative(root, path).split(sep).join("/");

/** The `it(…)` blocks of every test file under src/ and test/. */
export function testBlocks(root: string): TestBlock[] {
  const files = ["src", "test"]
    .flatMap((dir) => filesUnder(join(root, dir), (p) => p.endsWith(".test.ts")))
    .sort();
  return files.flatMap((path) => {
    const parts = readFileSync(path, "utf8")
      .split(/^(?=\s*it(?:\.each)?\()/m)
      .slice(1);
    return parts.map((text): TestBlock => {
      const title =
        /^\s*it\(\s*(["'`])(.*?)\1/s.exec(text)?.[2] ?? /\)\(\s*(["'`])(.*?)\1/s.exec(text)?.[2] ?? "";
      const years = text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, "").match(/\b20[1-3]\d\b/g) ?? [];
      return {
        file: posixPath(root, path),
        title,
        text,
        dates: text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [],
        years: years.map(Number),
      };
    });
  });
}

function inRange(probe: Probe, block: TestBlock): boolean {
  if (probe.value !== undefined) return probe.value.test(block.text);
  const from = probe.from ?? "0000-01-01";
  const to = probe.to ?? "9999-12-31";
  if (block.dates.some((d) => d >= from && d <= to)) return true;
  const [first, last] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  return probe.years === true && block.years.some((y) => y >= first && y <= last);
}

/** The tests that check a rule (those naming its id first), as Markdown links, at most two. */
export function testsFor(blocks: readonly TestBlock[], probe: Probe): string {
  const byId = probe.id === undefined ? [] : blocks.filter((b) => b.text.includes(`"${probe.id}"`));
  const byContent = blocks.filter(
    (b) =>
      !byId.includes(b) &&
      probe.anyOf.some((word) => b.text.includes(word)) &&
      (probe.allOf ?? []).every((word) => b.text.includes(word)) &&
      inRange(probe, b),
  );
  const article = probe.citation === undefined ? undefined : `Art. ${probe.citation.article}`;
  const paragraph = `${article} p.${probe.citation?.paragraph}`;
  const score = (b: TestBlock) =>
    (article !== undefined && b.title.includes(article) ? 2 : 0) +
    (b.title.includes(paragraph) ? 1 : 0) +
    ((probe.keywords ?? []).some((k) => b.title.toLowerCase().includes(k.toLowerCase())) ? 1 : 0) +
    (probe.preferPath !== undefined && b.file.includes(probe.preferPath) ? 3 : 0);
  const ranked = byContent
    .map((b, i) => ({ b, i, s: score(b) }))
    .sort((x, y) => y.s - x.s || x.i - y.i)
    .map((x) => x.b);
  const found = [...byId, ...ranked].slice(0, 2);
  if (found.length === 0) return "—";
  return found.map((b) => `\`${b.file}\` “${b.title.replace(/\|/g, "\\|")}”`).join("; ");
}

/** The source file (not a test) that holds `pattern`: the file that defines the rule. */
export function definedIn(sources: ReadonlyMap<string, string>, pattern: RegExp): string {
  for (const [path, text] of sources) if (pattern.test(text)) return `\`${path}\``;
  throw new Error(`rules-table: no source file under src/ matches ${pattern}`);
}

export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const seriesPattern = (name: string) => new RegExp(`datedSeries\\(\\s*"${literal(name)}"`);
