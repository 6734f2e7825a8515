// Child process of bench/national.ts: DuckDB runs the SQL of `fourth-level sql` on the receipts file,
// writes the totals per account and EBK code as JSON to stdout, then this process's peak memory and CPU time to the
// file named last.
import { readFileSync, writeFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";

const [file, sqlFile, ownersFile, report] = process.argv.slice(2);
const db = await DuckDBInstance.create(":memory:");
const connection = await db.connect();
await connection.run(
  `CREATE TABLE kato_owner AS SELECT * FROM read_csv('${ownersFile}', header = true, all_varchar = true, types = {'unit_budget_since': 'DATE'})`,
);
await connection.run(
  `CREATE VIEW receipts AS SELECT * FROM read_csv('${file}', comment = '#', header = true, all_varchar = true, types = {'amount': 'DECIMAL(18,2)', 'payment_date': 'DATE'})`,
);
await connection.run(readFileSync(sqlFile, "utf8"));
const reader = await connection.runAndReadAll(
  "SELECT account, ebk, CAST(SUM(receipts) AS BIGINT) AS receipts, CAST(SUM(amount_kzt) * 100 AS BIGINT) AS tiyn FROM attribution_totals GROUP BY account, ebk",
);
const totals = reader.getRowObjects().map((r) => [r.account, r.ebk, String(r.receipts), String(r.tiyn)]);
process.stdout.write(JSON.stringify(totals));
connection.closeSync();
writeFileSync(
  report,
  JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, cpuSeconds: cpuSeconds() }),
);

/** CPU time of this process, all its threads, in seconds. */
function cpuSeconds() {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1e6;
}
