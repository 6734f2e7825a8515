import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { writeNationalReceipts } from "../../scripts/national/receipts.js";
import { nationalYear } from "../../scripts/national/year.js";
import {
  accountId,
  attributionSql,
  kazakhstanLaw,
  kazakhstanRulebook,
  kazakhstanTerritory,
} from "../../src/index.js";
import { attributeReceiptsCsvFile } from "../../src/node.js";

const dir = mkdtempSync(join(tmpdir(), "fourth-level-sql-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const territory = kazakhstanTerritory();
const rulebook = kazakhstanRulebook();

/** Generated receipts of 2026, and rows the rules cannot take: an unknown code, a missing key place. */
function receiptsFile(): string {
  const path = join(dir, "receipts.csv");
  const { budgets } = nationalYear(7);
  writeNationalReceipts(path, { count: 20_000, seed: 7, year: 2026, rulebook, territory, budgets });
  appendFileSync(
    path,
    `${[
      "x-1,999999,10.00,2026-05-01,individual,104035100,,,,,,",
      "x-2,104402,20.50,2026-05-01,individual,,,,104035100,,,",
      "x-3,104402,0.01,2026-12-31,legal_entity,104035100,,,,,,",
    ].join("\n")}\n`,
  );
  return path;
}

/** Totals by `account|ebk|rule` → [tiyn, receipts]. */
type Totals = Map<string, [bigint, number]>;

async function duckdbTotals(path: string, sql: string, owners: string): Promise<Totals> {
  const db = await DuckDBInstance.create(":memory:");
  const connection = await db.connect();
  const ownersFile = join(dir, "kato_owner.csv");
  writeFileSync(ownersFile, owners);
  await connection.run(
    `CREATE TABLE kato_owner AS SELECT * FROM read_csv('${ownersFile}', header = true, all_varchar = true, types = {'unit_budget_since': 'DATE'})`,
  );
  await connection.run(
    `CREATE VIEW receipts AS SELECT * FROM read_csv('${path}', comment = '#', header = true, all_varchar = true, types = {'amount': 'DECIMAL(18,2)', 'payment_date': 'DATE'})`,
  );
  await connection.run(sql);
  const reader = await connection.runAndReadAll(
    "SELECT account, ebk, rule_id, receipts, CAST(amount_kzt * 100 AS BIGINT) AS tiyn FROM attribution_totals",
  );
  const totals: Totals = new Map();
  for (const row of reader.getRowObjects()) {
    totals.set(`${row.account}|${row.ebk}|${row.rule_id}`, [row.tiyn as bigint, Number(row.receipts)]);
  }
  connection.closeSync();
  return totals;
}

describe("fourth-level sql: the year's attribution law as SQL", () => {
  it("gives in DuckDB every total of the TypeScript path to the tiyn, with the same counts", async () => {
    const path = receiptsFile();
    const totals = await attributeReceiptsCsvFile(path, {
      rulebook,
      territory,
      law: kazakhstanLaw(),
      unattributed: true,
    });
    const expected: Totals = new Map();
    for (const row of totals.rows) {
      const key = `${accountId(row.account)}|${row.ebk}|${row.ruleId}`;
      const [tiyn, n] = expected.get(key) ?? [0n, 0];
      expected.set(key, [tiyn + row.amount.tiyn, n + row.receipts]);
    }
    // the three rows the rules cannot take are kept aside on both sides
    expect(totals.unattributed.map((u) => [u.receiptId, u.code])).toEqual([
      ["x-1", "UNKNOWN_EBK"],
      ["x-2", "MISSING_KEY"],
      ["x-3", "NO_RULE"],
    ]);
    const { sql, owners } = attributionSql(rulebook, territory, { year: 2026, owners: "table" });
    const actual = await duckdbTotals(path, sql, owners);
    expect(actual.size).toBeGreaterThan(1000);
    expect(actual).toEqual(expected);
  });
});
