// Headless Chromium for the browser tests (scripts/browser-test.ts, scripts/report-browser-test.ts):
// Debian's package, /usr/bin/chromium, or another binary with CHROMIUM=/path.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The Chromium binary the browser tests run. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/**
 * Opens a page file in headless Chromium, in a fresh profile, with `flags` added (a window size,
 * logging): the DOM once the page is loaded, and what Chromium wrote on standard error (its log).
 */
export function openInChromium(file: string, flags: readonly string[] = []): { dom: string; log: string } {
  const run = spawnSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...flags,
      `--user-data-dir=${mkdtempSync(join(tmpdir(), "fourth-level-chromium-"))}`,
      "--dump-dom",
      pathToFileURL(file).href,
    ],
    { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error !== undefined) throw run.error;
  if (run.status !== 0) throw new Error(`chromium exited with ${run.status}:\n${run.stderr}`);
  return { dom: run.stdout, log: run.stderr };
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  "#39": "'",
  nbsp: "\u00a0",
};

/** Text of the dumped DOM with the entities Chromium writes decoded. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "");
