import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/program.js";

const EXAMPLE = join(__dirname, "..", "examples", "reform-workplace-iit.json");

/** Collects what is written to a stream, instead of writing it. */
const collect = (stream: NodeJS.WriteStream, into: string[]) =>
  vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => into.push(String(chunk)) > 0);

/** Runs the CLI, returning its exit code and what it printed. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  collect(process.stdout, out);
  collect(process.stderr, err);
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, out: out.join(""), err: err.join("") };
}

afterEach(() => {
  process.exitCode = undefined;
});

interface Row {
  account: string;
  level: number | null;
  year: number;
  ebk: string;
  baseline: string;
  reform: string;
  delta: string;
}

describe("fourth-level compare", () => {
  it("--json: one row per budget account, year and line, KZT decimal strings; the district loses what the units gain", async () => {
    const { code, out } = await cli("compare", EXAMPLE, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as { view: string; rows: Row[] };
    expect(json.view).toBe("held_as_planned");
    const row = (account: string) => json.rows.find((r) => r.account === account && r.ebk === "101201");
    // 8 ILLUSTRATIVE receipts: 2 335 201.51 KZT in all, all to the district under the law
    expect(row("104000000")).toEqual({
      account: "104000000",
      level: 3,
      name: "Бородулихинский район",
      year: 2026,
      ebk: "101201",
      baseline: "2335201.51",
      reform: "1167600.76",
      delta: "-1167600.75",
    });
    expect(row("104035000")?.delta).toBe("448950.25");
    const sum = json.rows.reduce((s, r) => s + BigInt(r.delta.replace(".", "")), 0n);
    expect(sum).toBe(0n);
  });

  it("the same scenario with reforms: [] shows no change at all", async () => {
    const data = JSON.parse(readFileSync(EXAMPLE, "utf8")) as Record<string, unknown>;
    const dir = mkdtempSync(join(tmpdir(), "fourth-level-"));
    const path = join(dir, "no-reform.json");
    writeFileSync(
      path,
      JSON.stringify({
        ...data,
        $schema: undefined,
        reforms: [],
        receipts: {
          note: "ILLUSTRATIVE",
          file: join(__dirname, "..", "examples", "receipts-workplace-iit-illustrative.csv"),
        },
        districts: [
          {
            kato: "104000000",
            units: [{ kato: "104035000", figures: { tax_revenue: "39585", expenditures: "54959" } }],
          },
        ],
      }),
    );
    const { code, out } = await cli("compare", path, "--json");
    expect(code).toBe(0);
    const rows = (JSON.parse(out) as { rows: Row[] }).rows;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.delta === "0.00" && r.baseline === r.reform)).toBe(true);
    const table = await cli("compare", path);
    expect(table.out).toContain("Budgets that gain: none");
    expect(table.out).toContain("Rows that change (0 of");
  });

  it("table shows both views; csv lists every row; --year keeps a year; a bad view exits 2", async () => {
    const table = await cli("compare", EXAMPLE);
    expect(table.out).toContain("transfers held as planned");
    expect(table.out).toContain("the transfer law's response");
    expect(table.out).toMatch(
      /Бель-Агачский с\.о\. \(104035000\)\s+│ 2026 │\s+41585000\.00 │\s+42033950\.25 │\s+75\.7 │\s+76\.5/,
    );
    const csv = await cli("compare", EXAMPLE, "--format", "csv");
    expect(csv.out.split("\n")[0]).toBe("view,account,level,name,year,ebk,baseline,reform,delta");
    const none = await cli("compare", EXAMPLE, "--json", "--year", "2027");
    expect((JSON.parse(none.out) as { rows: Row[] }).rows).toEqual([]);
    expect((await cli("compare", EXAMPLE, "--view", "sideways")).code).toBe(2);
  });
});
