// Runs every `npx fourth-level …` command of the guides (docs/*.md) from an INSTALLED package: packs the
// built package (`npm run build` first), installs the tarball into an empty folder, and runs each command
// there as written, as bash would (`examples/…` and `data/…` are not in that folder: the command reads the
// package's own; a glob that matches nothing is passed as written;
// `$(node -p 'require.resolve("fourth-level-budget/…")')` resolves through the package's `exports`). Each
// must end with the exit code the guide documents (0 unless a `# exit code N` comment says otherwise). The
// same commands run from the clone, and from a folder without the bundled files, in
// test/docs/guide-commands.test.ts. Run: node --import tsx scripts/guide-commands.ts
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { argumentsIn, guideCommands } from "../test/docs/commands.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function npm(args: readonly string[], cwd: string): void {
  const done = spawnSync("npm", [...args, "--loglevel=error"], {
    cwd,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (done.status !== 0) throw new Error(`npm ${args.join(" ")} failed in ${cwd}`);
}

/** An empty folder with the packed package installed into it. */
function installedPackage(): string {
  if (!existsSync(join(ROOT, "dist", "cli", "main.js"))) throw new Error("run npm run build first");
  const folder = mkdtempSync(join(tmpdir(), "fourth-level-installed-"));
  npm(["pack", "--ignore-scripts", "--pack-destination", folder], ROOT);
  const tarball = readdirSync(folder).find((f) => f.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack wrote no tarball");
  writeFileSync(join(folder, "package.json"), '{ "name": "guide-commands", "private": true }\n');
  npm(["install", "--no-audit", "--no-fund", "--prefer-offline", join(folder, tarball)], folder);
  return folder;
}

const folder = installedPackage();
const bin = join(folder, "node_modules", ".bin", "fourth-level");
const failures: string[] = [];
const commands = guideCommands(ROOT);
for (const command of commands) {
  const args = argumentsIn(folder, command.words);
  const run = spawnSync(bin, args, { cwd: folder, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== command.exitCode) {
    failures.push(
      `${command.where}: ${command.line}\n  exit ${run.status}: ${run.stderr.trim().slice(0, 500)}`,
    );
  }
}
rmSync(folder, { recursive: true, force: true });
console.log(
  `${commands.length - failures.length} of ${commands.length} guide commands ran from the installed package`,
);
if (failures.length > 0) {
  console.log(failures.join("\n"));
  process.exitCode = 1;
}
