import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";

/** One `npx fourth-level …` command of a guide: where it is, its arguments, the exit code it documents. */
export interface GuideCommand {
  /** `docs/cli.md:42`. */
  readonly where: string;
  /** The command line as written. */
  readonly line: string;
  /** The words after `npx fourth-level`, unquoted; globs kept, a file named through the package `@resolve:…`. */
  readonly words: readonly string[];
  /** 0, or the code a `# exit code N` comment documents. */
  readonly exitCode: number;
}

/** `"$(node -p 'require.resolve("fourth-level-budget/…")')"`: a bundled file named through the package. */
const BY_NAME = /"?\$\(node -p 'require\.resolve\("([^"]+)"\)'\)"?/g;

/** Splits a shell line into words: quotes removed, a `#` comment apart, `>` and `|` tails left out. */
function shellWords(line: string): { words: string[]; comment: string } {
  const text = line.replace(BY_NAME, (_, name: string) => `@resolve:${name}`);
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else word = (word ?? "") + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= "";
    } else if (/\s/.test(c) || c === "#" || c === ">" || c === "|") {
      if (word !== undefined) words.push(word);
      word = undefined;
      if (c === "#") return { words, comment: text.slice(i + 1) };
      if (c === ">" || c === "|") {
        const hash = text.indexOf(" #", i);
        return { words, comment: hash < 0 ? "" : text.slice(hash + 2) };
      }
    } else word = (word ?? "") + c;
  }
  if (word !== undefined) words.push(word);
  return { words, comment: "" };
}

/** Every `npx fourth-level` command in the ```sh blocks of docs/*.md and of the README. */
export function guideCommands(root: string): GuideCommand[] {
  const docs = join(root, "docs");
  const guides = [
    ...readdirSync(docs)
      .filter((f) => f.endsWith(".md"))
      .map((f) => join(docs, f)),
    join(root, "README.md"),
  ];
  return guides.flatMap((path) => {
    const lines = readFileSync(path, "utf8").split("\n");
    const found: GuideCommand[] = [];
    let inShell = false;
    for (const [i, raw] of lines.entries()) {
      const line = raw.trim();
      if (/^```(sh|bash|shell)\s*$/.test(line)) inShell = true;
      else if (line === "```") inShell = false;
      else if (inShell && line.startsWith("npx fourth-level")) {
        const { words, comment } = shellWords(line);
        const code = /exit code (\d+)/.exec(comment);
        found.push({
          where: `${relative(root, path)}:${i + 1}`,
          line,
          words: words.slice(2),
          exitCode: code === null ? 0 : Number(code[1]),
        });
      }
    }
    return found;
  });
}

/**
 * The arguments of a command as bash would pass them in `cwd`: `$(node -p 'require.resolve("…")')`
 * resolved from `resolveFrom` (`cwd` unless given; the package's own name resolves in a clone too), and
 * globs (`*` in the last part of a path) expanded; a glob that matches nothing there is passed as written,
 * as bash does.
 */
export function argumentsIn(cwd: string, words: readonly string[], resolveFrom = cwd): string[] {
  const require = createRequire(join(resolveFrom, "package.json"));
  return words.flatMap((word) => {
    if (word.startsWith("@resolve:")) return [require.resolve(word.slice("@resolve:".length))];
    if (!word.includes("*")) return [word];
    const folder = dirname(word);
    const pattern = new RegExp(
      `^${word
        .slice(folder.length + 1)
        .replace(/[.]/g, "\\.")
        .replace(/\*/g, ".*")}$`,
    );
    const matches = existsSync(join(cwd, folder))
      ? readdirSync(join(cwd, folder)).filter((f) => pattern.test(f))
      : [];
    return matches.length === 0 ? [word] : matches.sort().map((f) => `${folder}/${f}`);
  });
}

/** Whether a command names a file or folder the package ships (`examples/…`, `data/…`) or a glob. */
export const namesBundledFiles = (command: GuideCommand): boolean =>
  command.words.some((word) => /^(examples|data)\//.test(word) || word.includes("*"));
