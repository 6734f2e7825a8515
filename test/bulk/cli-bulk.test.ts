import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/cli/program.js";
import {
  attribute,
  attributionToJson,
  kazakhstanLaw,
  kazakhstanRulebook,
  kazakhstanTerritory,
  readReceiptsCsv,
} from "../../src/index.js";
import { formatAttribution } from "../../src/node.js";

const EXAMPLE = join(__dirname, "..", "..", "examples", "receipts-borodulikha-illustrative.csv");

let out = "";
beforeEach(() => {
  out = "";
  process.exitCode = undefined;
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

/** What `attribute` printed before the fast path: the postings of every receipt, formatted. */
function postingsWay(file: string, unattributed: boolean) {
  const law = kazakhstanLaw();
  const [rulebook, territory] = [kazakhstanRulebook(), kazakhstanTerritory({}, law)];
  const text = readFileSync(file, "utf8");
  const receipts = readReceiptsCsv(text, territory, { what: file, ...(unattributed ? {} : { rulebook }) });
  return attribute(receipts, { rulebook, territory, law, unattributed });
}

describe("fourth-level attribute on a CSV file: totals in one pass, the same output", () => {
  it("prints the same table, notes and conservation line, and the same JSON", async () => {
    expect(await main(["attribute", EXAMPLE])).toBe(0);
    expect(out).toBe(`${formatAttribution(postingsWay(EXAMPLE, false))}\n`);
    out = "";
    expect(await main(["attribute", "--json", EXAMPLE])).toBe(0);
    expect(JSON.parse(out)).toEqual(attributionToJson(postingsWay(EXAMPLE, false)));
  });

  it("keeps unattributable receipts aside with --unattributed, as before", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "fourth-level-")), "r.csv");
    writeFileSync(
      file,
      `${readFileSync(EXAMPLE, "utf8")}odd-1,999999,5.00,2026-01-05,individual,104035100,,,,,,\n`,
    );
    expect(await main(["attribute", "--unattributed", "--json", file])).toBe(0);
    expect(JSON.parse(out)).toEqual(attributionToJson(postingsWay(file, true)));
  });
});

describe("fourth-level sql", () => {
  it("prints the year's rules, the places and the totals view; --owners writes the places as CSV", async () => {
    expect(await main(["sql", "--year", "2026"])).toBe(0);
    expect(out).toContain("'kz.bc2025.vehicle-tax-individuals'");
    expect(out).toContain("('104035100', '104035000', DATE '2020-01-01', '3', '104000000')"); // с.Бель-Агач
    expect(out).not.toContain("kz.bc2025-transitional"); // the 2025 edition is not in force in 2026
    const owners = join(mkdtempSync(join(tmpdir(), "fourth-level-")), "kato_owner.csv");
    out = "";
    expect(await main(["sql", "--year", "2025", "--owners", owners])).toBe(0);
    expect(out).toContain("'kz.bc2025-transitional.single-land-tax'");
    expect(out).not.toContain("CREATE TEMPORARY VIEW kato_owner");
    expect(readFileSync(owners, "utf8").split("\n")).toContain("104035100,104035000,2020-01-01,3,104000000");
    expect(await main(["sql"])).toBe(2); // --year is required
  });
});
