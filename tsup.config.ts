import { defineConfig, type Options } from "tsup";

/** Keep Cyrillic text (the KATO names) as UTF-8 rather than \u escapes: half the size. */
const utf8: Options["esbuildOptions"] = (options) => {
  options.charset = "utf8";
};

/** The package's entries: the main one runs anywhere, `node` needs Node.js. */
const entry = { index: "src/index.ts", node: "src/node.ts" };
/** `charts` is an ECMAScript module only: vega, which it loads, uses top-level await. */
const esmOnly = { charts: "src/charts.ts" };

export default defineConfig([
  // ESM: one file per source module (no bundling), so that a bundler keeps only the modules an app
  // imports; the CLI is src/cli/main.ts (dist/cli/main.js, its shebang kept).
  {
    entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.fixture.ts"],
    format: ["esm"],
    bundle: false,
    clean: true,
    target: "node20",
    esbuildOptions: utf8,
  },
  // CJS: one file per entry, sharing the modules both use (one FourthLevelError class for both).
  {
    entry,
    format: ["cjs"],
    splitting: true,
    // import.meta.url of the modules (the worker of attributeReceiptsCsvFile) from the file's __filename
    shims: true,
    target: "node20",
    esbuildOptions: utf8,
  },
  // Type declarations of both entries, for import (.d.ts) and require (.d.cts); of `charts` for import.
  {
    entry,
    format: ["esm", "cjs"],
    dts: { only: true },
    target: "node20",
  },
  {
    entry: esmOnly,
    format: ["esm"],
    dts: { only: true },
    target: "node20",
  },
]);
