// The layout rules of the house, checked on the sources of src/ (tests aside) with the TypeScript parser:
// - no file over 400 lines (the generated KATO data aside);
// - no function over 80 lines;
// - no import cycle between folders (src/jurisdictions/kz and src/jurisdictions/kz/decisions are two folders);
// - the engine folders (money, calendar, territory, classification, rules, attribution, ledger,
//   transfers, budget) import nothing from src/jurisdictions/: they are handed the law;
// - the main entry (src/index.ts and all it imports) imports no Node built-in and no Node-only package;
// - zod is imported as a namespace (`import * as z from "zod"`), which bundlers can tree-shake;
// - no module does anything on import but declare (package.json says `"sideEffects": false`): no
//   top-level statement other than imports, exports and declarations (the CLI's entry aside).
// Every violation is printed with its file and line. Run: npm run check:architecture
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, posix, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SRC = join(ROOT, "src");

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const LONG_FILES_ALLOWED = new Set(["src/territory/kato-data.generated.ts"]);
const ENGINE_FOLDERS = new Set([
  "money",
  "calendar",
  "territory",
  "classification",
  "rules",
  "attribution",
  "ledger",
  "transfers",
  "budget",
]);
const MAIN_ENTRY = "src/index.ts";
/** The one module that acts when loaded: the command line's entry, which no library module imports. */
const RUNS_ON_LOAD = new Set(["src/cli/main.ts"]);
/**
 * Packages the main entry must not import: those that need Node.js (the terminal tables, the command
 * line and the XLSX writer), and vega and vega-lite, which are large (the charts entry loads them).
 */
const NODE_ONLY_PACKAGES = new Set([
  "cli-table3",
  "commander",
  "csv-stringify",
  "markdown-table",
  "vega",
  "vega-lite",
  "write-excel-file",
]);

interface Violation {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

interface Import {
  readonly specifier: string;
  readonly line: number;
  /** `import { z } from "zod"`: the names imported, when the import names them. */
  readonly named: boolean;
  /** The source file it resolves to (relative to the root, POSIX), for an import of a project file. */
  readonly target?: string;
}

interface SourceInfo {
  readonly file: string;
  readonly source: ts.SourceFile;
  readonly imports: readonly Import[];
}

const toPosix = (path: string) => path.split(sep).join(posix.sep);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource = entry.name.endsWith(".ts") && !/\.(test|fixture)\.ts$/.test(entry.name);
    return isSource ? [toPosix(relative(ROOT, path))] : [];
  });
}

const lineOf = (source: ts.SourceFile, pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;

function importsOf(file: string, source: ts.SourceFile): Import[] {
  const imports: Import[] = [];
  const add = (specifier: string, node: ts.Node, named: boolean) => {
    const target = specifier.startsWith(".")
      ? posix.join(posix.dirname(file), specifier).replace(/\.js$/, ".ts")
      : undefined;
    imports.push({
      specifier,
      line: lineOf(source, node.getStart(source)),
      named,
      ...(target === undefined ? {} : { target }),
    });
  };
  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier !== undefined &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const bindings = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : undefined;
      add(node.moduleSpecifier.text, node, bindings !== undefined && ts.isNamedImports(bindings));
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, node, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return imports;
}

function read(file: string): SourceInfo {
  const text = readFileSync(join(ROOT, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  return { file, source, imports: importsOf(file, source) };
}

function longFile({ file, source }: SourceInfo): Violation[] {
  const text = source.getFullText();
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  return lines > MAX_FILE_LINES && !LONG_FILES_ALLOWED.has(file)
    ? [{ file, line: 1, message: `${lines} lines (at most ${MAX_FILE_LINES})` }]
    : [];
}

function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name !== undefined) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  if (ts.isCallExpression(parent)) return `callback of ${parent.expression.getText().split("\n")[0]}`;
  return "anonymous function";
}

function longFunctions({ file, source }: SourceInfo): Violation[] {
  const found: Violation[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const start = lineOf(source, node.getStart(source));
      const lines = lineOf(source, node.getEnd()) - start + 1;
      if (lines > MAX_FUNCTION_LINES) {
        const name = functionName(node as ts.FunctionLikeDeclaration);
        found.push({
          file,
          line: start,
          message: `${name} is ${lines} lines (at most ${MAX_FUNCTION_LINES})`,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Top-level statements that act on import (a call, a loop, an assignment), which a bundler must keep. */
function topLevelEffects({ file, source }: SourceInfo): Violation[] {
  if (RUNS_ON_LOAD.has(file)) return [];
  const declares = (s: ts.Statement) =>
    ts.isImportDeclaration(s) ||
    ts.isExportDeclaration(s) ||
    ts.isVariableStatement(s) ||
    ts.isFunctionDeclaration(s) ||
    ts.isClassDeclaration(s) ||
    ts.isInterfaceDeclaration(s) ||
    ts.isTypeAliasDeclaration(s) ||
    ts.isEnumDeclaration(s) ||
    ts.isModuleDeclaration(s) ||
    ts.isImportEqualsDeclaration(s) ||
    ts.isEmptyStatement(s);
  return source.statements
    .filter((s) => !declares(s))
    .map((s) => ({
      file,
      line: lineOf(source, s.getStart(source)),
      message: `a top-level statement runs on import (package.json says "sideEffects": false): ${s.getText(source).split("\n")[0]}`,
    }));
}

/** The folder of a source file below src/ (`src/jurisdictions/kz/decisions/x.ts` → `jurisdictions/kz/decisions`). */
const folderOf = (file: string) => posix.dirname(posix.relative("src", file));

function engineImportsOfLaw({ file, imports }: SourceInfo): Violation[] {
  const folder = folderOf(file);
  if (!ENGINE_FOLDERS.has(folder.split("/")[0] ?? "")) return [];
  return imports
    .filter((i) => i.target?.startsWith("src/jurisdictions/"))
    .map((i) => ({
      file,
      line: i.line,
      message: `the engine folder ${folder} imports ${i.specifier}: hand it the law instead`,
    }));
}

function zodNamedImports({ file, imports }: SourceInfo): Violation[] {
  return imports
    .filter((i) => i.specifier === "zod" && i.named)
    .map((i) => ({ file, line: i.line, message: 'zod imported by name: write `import * as z from "zod"`' }));
}

/** The strongly connected components of the folder graph with more than one folder (Tarjan). */
function folderCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const connect = (folder: string) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder) ?? 0);
    stack.push(folder);
    for (const next of edges.get(folder) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(folder, Math.min(low.get(folder) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) {
        low.set(folder, Math.min(low.get(folder) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(folder) !== index.get(folder)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = top === folder ? undefined : stack.pop()) {
      component.push(top);
    }
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const folder of [...edges.keys()].sort()) if (!index.has(folder)) connect(folder);
  return cycles;
}

function cycleViolations(infos: readonly SourceInfo[]): Violation[] {
  const edges = new Map<string, Set<string>>();
  for (const { file, imports } of infos) {
    for (const i of imports) {
      if (i.target === undefined) continue;
      const [from, to] = [folderOf(file), folderOf(i.target)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return folderCycles(edges).flatMap((cycle) => {
    const members = new Set(cycle);
    return infos.flatMap(({ file, imports }) =>
      imports
        .filter((i) => i.target !== undefined && folderOf(i.target) !== folderOf(file))
        .filter((i) => members.has(folderOf(file)) && members.has(folderOf(i.target as string)))
        .map((i) => ({
          file,
          line: i.line,
          message: `import cycle between the folders ${cycle.join(", ")}: ${folderOf(file)} imports ${folderOf(i.target as string)} (${i.specifier})`,
        })),
    );
  });
}

const NODE_BUILTINS = new Set(builtinModules);

/** Imports of Node built-ins and Node-only packages in the modules the main entry reaches. */
function nodeInMainEntry(infos: ReadonlyMap<string, SourceInfo>): Violation[] {
  const reached = new Set<string>();
  const found: Violation[] = [];
  const visit = (file: string) => {
    const info = infos.get(file);
    if (info === undefined || reached.has(file)) return;
    reached.add(file);
    for (const i of info.imports) {
      const name = i.specifier.startsWith("@") ? i.specifier : (i.specifier.split("/")[0] ?? "");
      if (i.specifier.startsWith("node:") || NODE_BUILTINS.has(name) || NODE_ONLY_PACKAGES.has(name)) {
        found.push({
          file,
          line: i.line,
          message: `the main entry reaches ${i.specifier}, which needs Node.js: move it behind src/node.ts`,
        });
      }
      if (i.target !== undefined) visit(i.target);
    }
  };
  visit(MAIN_ENTRY);
  return found;
}

function main(): number {
  const infos = sourceFiles(SRC).map(read);
  const violations = [
    ...infos.flatMap((info) => [
      ...longFile(info),
      ...longFunctions(info),
      ...engineImportsOfLaw(info),
      ...zodNamedImports(info),
      ...topLevelEffects(info),
    ]),
    ...cycleViolations(infos),
    ...nodeInMainEntry(new Map(infos.map((info) => [info.file, info]))),
  ].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  for (const v of violations) console.log(`${v.file}:${v.line}: ${v.message}`);
  console.log(
    violations.length === 0
      ? `architecture: ${infos.length} source files, no violation`
      : `architecture: ${violations.length} violation(s) in ${infos.length} source files`,
  );
  return violations.length === 0 ? 0 : 1;
}

process.exitCode = main();
