// The library against DuckDB on the same synthetic national receipts, in the same run (not part of the
// test suite). Run: npm run bench:national [-- --counts 1000000,5000000 --seed 1 --year 2026]
// For each count: the receipts are generated (seeded, labelled as generated; kept in the temp folder for
// the next run), then `fourth-level attribute --json` and DuckDB running the SQL of `fourth-level sql`
// each attribute them in a child process; the totals per account and EBK code must be identical to the
// tiyn, with the same counts. Printed: wall time of each child from start to exit, peak memory (maxRSS)
// of each, and the library's speed as a multiple of DuckDB's.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { GENERATOR_VERSION, writeNationalReceipts } from "../scripts/national/receipts.js";
import { nationalYear } from "../scripts/national/year.js";
import { attributionSql, kazakhstanRulebook, kazakhstanTerritory } from "../src/index.js";

const { values } = parseArgs({
  options: {
    counts: { type: "string", default: "1000000,5000000" },
    seed: { type: "string", default: "1" },
    year: { type: "string", default: "2026" },
  },
});
const [seed, year] = [Number(values.seed), Number(values.year)];
const territory = kazakhstanTerritory();
const rulebook = kazakhstanRulebook();
const work = join(tmpdir(), "fourth-level-bench-national");

/** Runs a child process, its stdout to a file; resolves with the wall time in seconds. */
function timed(args: readonly string[], stdoutFile: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", openSync(stdoutFile, "w"), "inherit"] });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`${args[0]} exited ${code}`)),
    );
  });
}

/** `account|ebk` → `receipts tiyn`, from the library's JSON. */
function libraryTotals(file: string): Map<string, string> {
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    totals: { account: string; ebk: string; receipts: number; amountKzt: string }[];
  };
  const totals = new Map<string, [number, bigint]>();
  for (const t of json.totals) {
    const [n, tiyn] = totals.get(`${t.account}|${t.ebk}`) ?? [0, 0n];
    totals.set(`${t.account}|${t.ebk}`, [n + t.receipts, tiyn + BigInt(t.amountKzt.replace(".", ""))]);
  }
  return new Map([...totals].map(([k, [n, tiyn]]) => [k, `${n} ${tiyn}`]));
}

function duckdbTotals(file: string): Map<string, string> {
  const rows = JSON.parse(readFileSync(file, "utf8")) as string[][];
  return new Map(rows.map(([account, ebk, n, tiyn]) => [`${account}|${ebk}`, `${n} ${tiyn}`]));
}

const same = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
const mib = (kib: number) => (kib / 1024).toFixed(0);

mkdirSync(work, { recursive: true }); // generated files stay there for the next run (same name, same content)
const sql = attributionSql(rulebook, territory, { year, owners: "table" });
const [sqlFile, ownersFile] = [join(work, "attribution.sql"), join(work, "kato_owner.csv")];
writeFileSync(sqlFile, sql.sql);
writeFileSync(ownersFile, sql.owners);
const { budgets } = nationalYear(seed);

console.log(`node ${process.version}, ${availableParallelism()} cores; payments of ${year}, seed ${seed}`);
console.log(
  "receipts     file MiB | library s (cpu s) peak MiB | DuckDB s (cpu s) peak MiB | library speed ÷ DuckDB's | totals",
);
for (const count of values.counts.split(",").map(Number)) {
  const file = join(work, `receipts-v${GENERATOR_VERSION}-${count}-${seed}-${year}.csv`);
  if (!existsSync(file)) writeNationalReceipts(file, { count, seed, year, rulebook, territory, budgets });
  const size = statSync(file).size / 1024 / 1024;
  const [libOut, libReport, duckOut, duckReport] = [
    join(work, "lib.json"),
    join(work, "lib-rss.json"),
    join(work, "duck.json"),
    join(work, "duck-rss.json"),
  ] as const;
  const libSeconds = await timed(
    [join(import.meta.dirname, "national-library.mjs"), file, libReport],
    libOut,
  );
  const duckSeconds = await timed(
    [join(import.meta.dirname, "national-duckdb.mjs"), file, sqlFile, ownersFile, duckReport],
    duckOut,
  );
  const identical = same(libraryTotals(libOut), duckdbTotals(duckOut));
  const lib = JSON.parse(readFileSync(libReport, "utf8")) as { maxRssKiB: number; cpuSeconds: number };
  const duck = JSON.parse(readFileSync(duckReport, "utf8")) as { maxRssKiB: number; cpuSeconds: number };
  const cell = (seconds: number, run: { maxRssKiB: number; cpuSeconds: number }) =>
    `${seconds.toFixed(2).padStart(9)} (${run.cpuSeconds.toFixed(2).padStart(5)}) ${mib(run.maxRssKiB).padStart(8)}`;
  console.log(
    `${count.toLocaleString("en-US").padStart(10)} ${size.toFixed(0).padStart(9)} | ${cell(libSeconds, lib)} | ${cell(duckSeconds, duck)} | ${`× ${(duckSeconds / libSeconds).toFixed(2)}`.padStart(24)} | ${identical ? "identical" : "DIFFERENT"}`,
  );
  if (!identical) process.exitCode = 1;
}
