// What an app pays for importing the package: each case is bundled from the built package (run
// `npm run build` first) the way a web app's bundler would (esbuild, minified), and its size printed.
// Fails when `import { Money }` is over its limit, when the main entry cannot be bundled for a browser
// (it imports a Node built-in), or when it refers to a Node global (Buffer, process, ...).
// Run: npm run size
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Platform } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The most `import { Money } from "fourth-level-budget"` may weigh, minified: 40 KiB. */
const MONEY_LIMIT = 40 * 1024;

/**
 * Globals of Node.js that a browser lacks: the main entry must not refer to any of them (`global` is left
 * out: csv-parse's browser build reads it only after `typeof global` says it is there).
 */
const NODE_GLOBALS = ["Buffer", "process", "__dirname", "__filename", "setImmediate", "require"];
const SENTINEL = "NODE_GLOBAL_";

interface Case {
  readonly name: string;
  readonly code: string;
  readonly platform: Platform;
  readonly limit?: number;
}

const CASES: readonly Case[] = [
  {
    name: 'import { Money } from "fourth-level-budget"',
    code: 'export { Money } from "fourth-level-budget";',
    platform: "browser",
    limit: MONEY_LIMIT,
  },
  { name: "the main entry, all of it", code: 'export * from "fourth-level-budget";', platform: "browser" },
  { name: "the node entry, all of it", code: 'export * from "fourth-level-budget/node";', platform: "node" },
];

/** Bundles one case; returns its minified size and the Node globals it refers to (browser cases). */
async function measure(c: Case): Promise<{ bytes: number; gzip: number; nodeGlobals: string[] }> {
  const result = await build({
    stdin: { contents: c.code, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: c.platform,
    charset: "utf8",
    write: false,
    logLevel: "silent",
    // a free reference to a Node global becomes a sentinel name, found in the output below
    define:
      c.platform === "browser" ? Object.fromEntries(NODE_GLOBALS.map((g) => [g, `${SENTINEL}${g}`])) : {},
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`${c.name}: esbuild wrote nothing`);
  const found = new Set([...output.text.matchAll(new RegExp(`${SENTINEL}(\\w+)`, "g"))].map((m) => m[1]));
  return {
    bytes: output.contents.length,
    gzip: gzipSync(output.contents).length,
    nodeGlobals: [...found].filter((g) => g !== undefined),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<number> {
  if (!existsSync(new URL("../dist/index.js", import.meta.url))) {
    console.error("bundle-size: dist/index.js is missing: run `npm run build` first");
    return 1;
  }
  const failures: string[] = [];
  for (const c of CASES) {
    try {
      const { bytes, gzip, nodeGlobals } = await measure(c);
      const limit = c.limit === undefined ? "" : ` (limit ${kb(c.limit)})`;
      console.log(`${c.name} (${c.platform}): ${kb(bytes)} minified, ${kb(gzip)} gzipped${limit}`);
      if (c.limit !== undefined && bytes > c.limit) failures.push(`${c.name}: ${bytes} bytes > ${c.limit}`);
      if (nodeGlobals.length > 0) failures.push(`${c.name}: refers to Node's ${nodeGlobals.join(", ")}`);
    } catch (e) {
      failures.push(`${c.name}: cannot be bundled for ${c.platform}: ${(e as Error).message}`);
    }
  }
  for (const f of failures) console.error(`FAIL ${f}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
