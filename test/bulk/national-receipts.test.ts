import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeNationalReceipts } from "../../scripts/national/receipts.js";
import { nationalYear } from "../../scripts/national/year.js";
import { kazakhstanRulebook } from "../../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "fourth-level-national-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rulebook = kazakhstanRulebook();
const { territory, budgets } = nationalYear(2025);

function generate(name: string, seed: number, count = 20_000): string {
  const path = join(dir, name);
  writeNationalReceipts(path, { count, seed, year: 2026, rulebook, territory, budgets });
  return readFileSync(path, "utf8");
}

describe("synthetic national receipts", () => {
  it("is labelled as generated, and the same seed gives the same file", () => {
    const a = generate("a.csv", 3, 2000);
    expect(a.split("\n")[0]).toMatch(/^# GENERATED synthetic receipts, NOT published data: seed 3/);
    expect(generate("b.csv", 3, 2000)).toBe(a);
    expect(generate("c.csv", 4, 2000)).not.toBe(a);
  });

  it("tells how many rows are written, batch by batch, up to the count", () => {
    const told: number[] = [];
    const path = join(dir, "e.csv");
    writeNationalReceipts(path, {
      count: 70_000,
      seed: 1,
      year: 2026,
      rulebook,
      territory,
      budgets,
      onRows: (rows) => told.push(rows),
    });
    expect(told).toEqual([65_536, 70_000]);
  });

  it("sums, on the fourth-level lines, to the published own revenues of 2025 as calibrated", () => {
    const text = generate("d.csv", 5);
    const fourthLevel = new Set(["101202", "104102", "104302", "104402", "104401", "303202"]);
    let tiyn = 0n;
    for (const line of text.split("\n")) {
      const [id, ebk, amount] = line.split(",");
      if (id?.startsWith("g5-") && fourthLevel.has(ebk as string))
        tiyn += BigInt((amount as string).replace(".", ""));
    }
    // by hand: 442 bn KZT × 1/3 own revenues × (95.5 % tax + 3.0 % capital sales) = 145.1 bn KZT in 2026,
    // whatever the number of receipts; a sample of 20,000 receipts lands within 10 % of it
    const expected = 145_100_000_000n * 100n;
    expect(Number(tiyn) / Number(expected)).toBeGreaterThan(0.9);
    expect(Number(tiyn) / Number(expected)).toBeLessThan(1.1);
  });
});
