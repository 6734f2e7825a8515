#!/usr/bin/env node
import { main } from "./program.js";

// A reader that stops early (`fourth-level run | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
