#!/usr/bin/env node
// The command line of fourth-level-budget. This file exists before the package is built, so that npm
// links the command at install time; the program itself is the built dist/cli/main.js.
import { existsSync } from "node:fs";

const program = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(program)) {
  process.stderr.write(
    "fourth-level: the package is not built yet; run `npm run build` in its folder first\n",
  );
  process.exit(2);
}
await import(program.href);
