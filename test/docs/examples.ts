import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One runnable example: where it was found and its TypeScript code. */
export interface Example {
  /** `src/money/money.ts:42` or `docs/cli.md:10`. */
  readonly where: string;
  readonly code: string;
}

function filesUnder(dir: string, suffix: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return path.endsWith(suffix) ? [path] : [];
  });
}

const FENCE = /^```(ts|typescript)\s*$/;

/** The ```ts blocks of a text, each with the line it starts on (1-based). */
function fencedBlocks(lines: readonly string[]): { line: number; code: string }[] {
  const blocks: { line: number; code: string }[] = [];
  let start = -1;
  for (const [i, line] of lines.entries()) {
    if (start < 0 && FENCE.test(line.trim())) start = i;
    else if (start >= 0 && line.trim() === "```") {
      blocks.push({ line: start + 2, code: lines.slice(start + 1, i).join("\n") });
      start = -1;
    }
  }
  return blocks;
}

/** The `@example` blocks of the TSDoc comments of a source file. */
function sourceExamples(root: string, path: string): Example[] {
  const text = readFileSync(path, "utf8");
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const at = text.slice(0, comment.index).split("\n").length;
    const lines = comment[0].split("\n").map((l) => l.replace(/^\s*\*( |$)/, "").replace(/^\/\*\*\s?/, ""));
    const tag = lines.findIndex((l) => l.trim().startsWith("@example"));
    if (tag < 0) continue;
    const end = lines.findIndex((l, i) => i > tag && /^@\w+/.test(l.trim()));
    const body = lines.slice(tag + 1, end < 0 ? undefined : end);
    for (const block of fencedBlocks(body)) {
      examples.push({ where: `${relative(root, path)}:${at + tag + block.line - 1}`, code: block.code });
    }
  }
  return examples;
}

/** The ```ts blocks of a Markdown guide. */
function guideExamples(root: string, path: string): Example[] {
  const lines = readFileSync(path, "utf8").split("\n");
  return fencedBlocks(lines).map((b) => ({ where: `${relative(root, path)}:${b.line}`, code: b.code }));
}

/** Every example of the package: `@example` blocks in src/ (tests aside), ```ts blocks in docs/ and the README. */
export function allExamples(root: string): Example[] {
  const sources = filesUnder(join(root, "src"), ".ts").filter((f) => !f.endsWith(".test.ts"));
  let guides: string[] = [];
  try {
    guides = filesUnder(join(root, "docs"), ".md").filter((f) => !f.includes(`${join("docs", "api")}`));
  } catch {
    guides = [];
  }
  guides.push(join(root, "README.md"));
  return [
    ...sources.flatMap((f) => sourceExamples(root, f)),
    ...guides.flatMap((f) => guideExamples(root, f)),
  ];
}

function bracketDepth(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== undefined) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
  }
  return depth;
}

const ASSERTION = /^(\s*)(.*?);?\s*\/\/=>\s?(.*)$/;

/**
 * The example as a module: its imports, then a function `run(expect)` with its statements, where each
 * `expression; //=> value` becomes `expect(expression).toEqual(value)` (a value may go on over the
 * following `//` lines until its brackets close) and `expression; //=> throws CODE` expects a
 * FourthLevelError with that code.
 */
export function toModule(
  code: string,
  entries: { readonly main: string; readonly node: string; readonly charts?: string },
  exported: { readonly main: readonly string[]; readonly node: readonly string[] },
): string {
  const imports: string[] = [];
  const body: string[] = [];
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^import\s/.test(line)) {
      imports.push(line);
      while (!/from\s+["'][^"']+["'];?\s*$/.test(imports.at(-1) as string) && i + 1 < lines.length) {
        imports.push(lines[++i] as string);
      }
      continue;
    }
    const alone = /^\s*\/\/=>/.test(line);
    const match = ASSERTION.exec(alone ? `${(body.pop() ?? "").replace(/;\s*$/, "")} ${line.trim()}` : line);
    if (match === null) {
      body.push(line);
      continue;
    }
    const [, indent, expression, first] = match as unknown as [string, string, string, string];
    let value = first;
    while (bracketDepth(value) > 0 && i + 1 < lines.length)
      value += `\n${(lines[++i] as string).replace(/^\s*\/\/\s?/, "")}`;
    const thrown = /^throws\s+([A-Z_]+)\s*$/.exec(value.trim());
    body.push(
      thrown === null
        ? `${indent}expect(${expression}).toEqual(${value});`
        : `${indent}expectCode(() => { ${expression}; }, ${JSON.stringify(thrown[1])});`,
    );
  }
  const imported = new Set(imports.join(" ").match(/[A-Za-z_$][\w$]*/g) ?? []);
  const used = (names: readonly string[]) =>
    names.filter(
      (n) =>
        !imported.has(n) &&
        new RegExp(`(?<![\\w$])(?<![^.]\\.)${n.replace("$", "\\$")}(?![\\w$])`).test(code),
    );
  const fromMain = used(exported.main);
  const fromNode = used(exported.node).filter((n) => !fromMain.includes(n));
  return [
    `import * as mainEntry from ${JSON.stringify(entries.main)};`,
    ...(fromNode.length > 0 ? [`import * as nodeEntry from ${JSON.stringify(entries.node)};`] : []),
    ...imports.map((l) =>
      l.replace(
        /from\s+"fourth-level-budget(\/node|\/charts)?"/,
        (_, entry) =>
          `from ${JSON.stringify(entry === "/node" ? entries.node : entry === "/charts" ? (entries.charts ?? entries.main) : entries.main)}`,
      ),
    ),
    "export async function run(expect: (v: unknown) => { toEqual(e: unknown): void }, expectCode: (f: () => unknown, code: string) => void): Promise<void> {",
    ...(fromMain.length > 0 ? [`const { ${fromMain.join(", ")} } = mainEntry;`] : []),
    ...(fromNode.length > 0 ? [`const { ${fromNode.join(", ")} } = nodeEntry;`] : []),
    ...body,
    "}",
  ].join("\n");
}
