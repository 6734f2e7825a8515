import { defineConfig, type Options } from "tsup";

/** Keep Cyrillic text (the KATO names) as UTF-8 rather than \u escapes: half the size. */
const utf8: Options["esbuildOptions"] = (options) => {
  options.charset = "utf8";
};

// ESM: the library and the CLI share chunks (the bundled KATO data is shipped once for both);
// CJS: the library only. The CLI's shebang comes from the first line of src/cli/main.ts.
export default defineConfig([
  {
    entry: { index: "src/index.ts", cli: "src/cli/main.ts" },
    format: ["esm"],
    splitting: true,
    dts: { entry: { index: "src/index.ts" } },
    clean: true,
    target: "node20",
    esbuildOptions: utf8,
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: { entry: { index: "src/index.ts" } },
    target: "node20",
    shims: true,
    esbuildOptions: utf8,
  },
]);
