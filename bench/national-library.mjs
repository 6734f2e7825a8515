// Child process of bench/national.ts: runs `fourth-level attribute --json FILE` (the built CLI) in this
// process, its output to stdout, then writes this process's peak memory and CPU time to the file named last.
import { writeFileSync } from "node:fs";

const [file, report] = process.argv.slice(2);
const { main } = await import(new URL("../dist/cli/program.js", import.meta.url).href);
const code = await main(["attribute", "--json", file]);
writeFileSync(
  report,
  JSON.stringify({ code, maxRssKiB: process.resourceUsage().maxRSS, cpuSeconds: cpuSeconds() }),
);

/** CPU time of this process, all its threads, in seconds. */
function cpuSeconds() {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1e6;
}
