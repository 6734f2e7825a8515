import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
/** The groups of the API reference (typedoc's `@category`), in the order of the design guide. */
const CATEGORIES = new Set([
  "Money",
  "Calendar",
  "Citations",
  "Errors",
  "Input",
  "Territory",
  "Rules",
  "Attribution",
  "Ledger",
  "Budget",
  "Decisions",
  "Transfers",
  "Planning",
  "Taxes",
  "Kazakhstan law",
  "Workers",
  "Scenario",
  "Reforms",
  "Reports",
  "Node",
]);

/** Every export of an entry with the `@category` of its declaration's TSDoc (undefined when none). */
function categories(
  program: ts.Program,
  entry: string,
): { name: string; where: string; category?: string }[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(join(ROOT, entry));
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(module).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declaration = target.declarations?.[0];
    const node =
      declaration !== undefined && ts.isVariableDeclaration(declaration)
        ? declaration.parent.parent
        : declaration;
    const tag =
      node === undefined ? undefined : ts.getJSDocTags(node).find((t) => t.tagName.text === "category");
    const where = node === undefined ? entry : relative(ROOT, node.getSourceFile().fileName);
    const category = typeof tag?.comment === "string" ? tag.comment.trim() : undefined;
    return { name: symbol.name, where, ...(category === undefined ? {} : { category }) };
  });
}

describe("the API reference groups every export by @category", () => {
  const program = ts.createProgram([join(ROOT, "src/index.ts"), join(ROOT, "src/node.ts")], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    noEmit: true,
  });
  for (const entry of ["src/index.ts", "src/node.ts"]) {
    it(`every export of ${entry} has one of the categories`, () => {
      const wrong = categories(program, entry)
        .filter((e) => e.category === undefined || !CATEGORIES.has(e.category))
        .map((e) => `${e.where}: ${e.name} (${e.category ?? "no @category"})`);
      expect(wrong).toEqual([]);
    });
  }
});
